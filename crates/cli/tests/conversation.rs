//! `jobspor indsatsplan check|rules|schema` and `jobspor conversation guides|summary|schema`
//! (issue 17): the example plan's findings, bad input as one line naming the path, the guides as
//! data, and the generated schemas and doc sections.

mod common;
use common::{assert_bad_input, assert_generated, assert_generated_section, assert_rules, json, run};

const PLAN: &str = "tests/fixtures/indsatsplan/indsatsplan.json";

#[test]
fn the_indsatsplan_on_the_command_line() {
    let (code, out, err) = run(&["indsatsplan", "check", PLAN, "--today", "2026-03-01"], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0, "{out}");
    assert_eq!(v["main_goal_areas"][0]["id"], "kontor");
    assert_eq!(v["sub_goals"][1]["smart"]["met"], 5);
    // Later: the first delmål's evaluation date (2026-04-07) has passed without an evaluation.
    let (code, out, err) = run(&["indsatsplan", "check", PLAN, "--today", "2026-05-01"], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"IP005"), "{codes:?}");
    assert_eq!(v["sub_goals"][0]["evaluation_due"], true);
    // The same from stdin, with today in the configuration.
    let body = std::fs::read(format!("{}/{PLAN}", common::ROOT)).unwrap();
    let (code, from_stdin, err) = run(&["indsatsplan", "check", "-", "--config", "tests/fixtures/indsatsplan/config.json"], Some(&body));
    assert_eq!((code, json(&from_stdin)["sub_goals"][0]["evaluation_due"].clone()), (0, serde_json::Value::Bool(true)), "{err}");
}

#[test]
fn bad_indsatsplans_give_one_line_naming_the_path() {
    assert_bad_input(&["indsatsplan", "check", "-"], Some(br#"{"sub_goals": [{"activities": [{"who": "chef"}]}]}"#), "at sub_goals[0].activities[0].who");
    assert_bad_input(&["indsatsplan", "check", "-"], Some(br#"{"sub_goals": [{"evaluation": {"date": "snart"}}]}"#), "at sub_goals[0].evaluation.date");
    assert_bad_input(&["indsatsplan", "check", "-"], Some(b"[]"), "JSON object");
    assert_bad_input(&["indsatsplan", "check", "-"], Some(b"\xff"), "not UTF-8");
    assert_bad_input(&["indsatsplan", "check", PLAN, "--today", "i morgen"], None, "at today");
    assert_bad_input(&["indsatsplan", "check", PLAN, "--nope"], None, "--nope");
    assert_bad_input(&["indsatsplan", "schema", "nothing"], None, "unknown schema");
    assert_bad_input(&["conversation", "summary", "-"], Some(br#"{"agreements": [{"who": 3}]}"#), "at agreements[0].who");
}

#[test]
fn the_rules_guides_and_schemas() {
    let rules = assert_rules(&["indsatsplan", "rules"], 7, "IP");
    assert_eq!(rules[1]["name"], "sub-goal-without-activity");
    let (code, out, _) = run(&["conversation", "guides"], None);
    assert_eq!(code, 0);
    let g = json(&out);
    assert_eq!(g["guides"][0]["id"], "first");
    assert_eq!(g["guides"][0]["phases"][2]["title"]["da"], "Afrunding og aftaler");
    assert!(g["gamemaster"]["parts"][1]["source"].as_str().unwrap().starts_with("frederikshavn-metodehaandbog.txt:"));
    let (_, a, _) = run(&["indsatsplan", "schema", "result"], None);
    let (_, b, _) = run(&["schema", "indsatsplan-result"], None);
    assert_eq!(a, b);
    let (_, a, _) = run(&["conversation", "schema", "guides"], None);
    let (_, b, _) = run(&["schema", "conversation-guides"], None);
    assert_eq!(a, b);
    let (_, help, _) = run(&["--help"], None);
    assert!(help.contains("jobspor indsatsplan check") && help.contains("jobspor conversation guides"));
}

#[test]
fn a_conversation_summary_on_the_command_line() {
    let record = r#"{"guide": "first", "agreements": [{"text": "Du søger nogle job"}, {"text": "Du søger 3 stillinger som ekspedient i Aalborg inden 20. maj, fordi du gerne vil arbejde med kunder"}]}"#;
    let v = common::run_json(&["conversation", "summary", "-", "--today", "2026-05-06"], Some(record.as_bytes()));
    assert!(v["agreements"][0]["smart"]["met"].as_u64().unwrap() < 5);
    assert_eq!(v["agreements"][1]["smart"]["met"], 5);
    assert_eq!(v["who_does_what"][0]["who"], "borger");
}

/// The committed schemas and the generated sections of docs/indsatsplan.md and
/// docs/conversation.md: regenerate with `jobspor schema NAME > schema/NAME.schema.json` and paste
/// `jobspor indsatsplan rules --markdown` / `jobspor conversation guides --markdown` between the
/// markers.
#[test]
fn generated_files_are_up_to_date() {
    for name in [
        "indsatsplan",
        "indsatsplan-config",
        "indsatsplan-result",
        "conversation-guides",
        "conversation-record",
        "conversation-summary",
        "conversation-summary-config",
    ] {
        assert_generated(&["schema", name], &format!("schema/{name}.schema.json"));
    }
    assert_generated_section(&["indsatsplan", "rules", "--markdown"], "docs/indsatsplan.md", "rules");
    assert_generated_section(&["conversation", "guides", "--markdown"], "docs/conversation.md", "guides");
}
