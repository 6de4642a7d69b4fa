//! `jobspor progress-card check|rules|schema|items` and `jobspor placement-followup
//! check|rules|schema`: the hand-counted card and the follow-up's prompts on the command line, bad
//! input as one line naming the path, and the generated schemas and doc sections.

mod common;
use common::{assert_bad_input, assert_generated, assert_generated_section, assert_rules, json, run};

const CARD: &str = "tests/fixtures/progress/card.json";
const FOLLOWUP: &str = "tests/fixtures/progress/followup.json";

#[test]
fn the_card_on_the_command_line() {
    let (code, out, err) = run(&["progress-card", "check", CARD], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let totals: Vec<f64> = v["evaluations"].as_array().unwrap().iter().map(|e| e["total"].as_f64().unwrap()).collect();
    assert_eq!(totals, [35.0, 43.0, 51.0]);
    assert_eq!(v["overall"]["change"], 16.0);
    assert_eq!(v["evaluations"][2]["groups"][1]["total"], 21.0);
    // The same from stdin.
    let body = std::fs::read(format!("{}/{CARD}", common::ROOT)).unwrap();
    let (code, from_stdin, err) = run(&["progress-card", "check", "-"], Some(&body));
    assert_eq!((code, from_stdin), (0, out.clone()), "{err}");
    // Weights from a file (here stdin).
    let (code, out, err) = run(&["progress-card", "check", CARD, "--config", "-"], Some(br#"{"weights": {"attendance": 2, "quality": 3}}"#));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["evaluations"][0]["total"], 44.0);
}

#[test]
fn the_followup_on_the_command_line() {
    let v = common::run_json(&["placement-followup", "check", FOLLOWUP], None);
    let kinds: Vec<serde_json::Value> = v["visits"][0]["tasks"].as_array().unwrap().iter().map(|t| t["prompt"]["kind"].clone()).collect();
    assert_eq!(kinds, [json("\"employer_lower\""), json("\"employer_higher\""), serde_json::Value::Null]);
    assert_eq!(v["visits"][1]["tasks"][0]["change"], 2);
    assert_eq!(v["questions"]["citizen"].as_array().unwrap().len(), 3);
    assert!(v["findings"].as_array().unwrap().is_empty());
}

#[test]
fn bad_input_is_one_line_naming_the_path() {
    assert_bad_input(&["progress-card", "check", "-"], Some(br#"{"evaluations": [{"scores": {"attendance": 9}}]}"#), "at evaluations[0].scores.attendance");
    assert_bad_input(&["progress-card", "check", "-"], Some(br#"{"hours_goal": "tyve"}"#), "at hours_goal");
    assert_bad_input(&["progress-card", "check", "-"], Some(b"[]"), "JSON object");
    assert_bad_input(&["progress-card", "check", CARD, "--config", "-"], Some(br#"{"weights": {"cpr": 1}}"#), "at weights.cpr");
    assert_bad_input(&["progress-card", "check"], None, "missing FILE");
    assert_bad_input(&["placement-followup", "check", "-"], Some(br#"{"visits": [{"tasks": [{"employer_score": 11}]}]}"#), "at visits[0].tasks[0].employer_score");
    assert_bad_input(&["placement-followup", "check", "-"], Some(b"\xff"), "not UTF-8");
    assert_bad_input(&["placement-followup", "check", FOLLOWUP, "--nope"], None, "--nope");
    assert_bad_input(&["placement-followup", "schema", "nothing"], None, "unknown schema");
}

#[test]
fn the_rules_items_and_schemas() {
    let card = assert_rules(&["progress-card", "rules"], 5, "PC");
    assert_eq!(card[0]["code"], "PC001");
    let followup = assert_rules(&["placement-followup", "rules"], 6, "PF");
    assert_eq!(followup[0]["name"], "task-without-agreement");
    let (code, out, _) = run(&["progress-card", "items"], None);
    assert_eq!(code, 0);
    let items = json(&out);
    assert_eq!(items.as_array().unwrap().len(), 13);
    assert_eq!(items[1]["levels"][1]["text"]["da"], "Sygefravær mellem 5 – 10 %");
    assert!(items[1]["levels"][1]["source"].as_str().unwrap().ends_with("discus-laeringskatalog-matchning.txt:1691"));
    let (_, a, _) = run(&["placement-followup", "schema", "result"], None);
    let (_, b, _) = run(&["schema", "placement-followup-result"], None);
    assert_eq!(a, b);
    let (code, out, _) = run(&["progress-card", "check", "--help"], None);
    assert_eq!(code, 0);
    assert!(out.contains("jobspor progress-card check FILE|- [--config FILE]"), "{out}");
    let (_, help, _) = run(&["--help"], None);
    assert!(help.contains("jobspor progress-card check") && help.contains("jobspor placement-followup check"));
}

/// The committed schemas and the sections of docs/progress.md are generated; regenerate with
/// `jobspor schema progress-card > schema/progress-card.schema.json` etc. and paste `jobspor
/// progress-card items --markdown`, `jobspor progress-card rules --markdown` and `jobspor
/// placement-followup rules --markdown` between the markers in docs/progress.md.
#[test]
fn generated_progress_files_are_up_to_date() {
    for name in ["progress-card", "progress-card-config", "progress-card-result", "placement-followup", "placement-followup-config", "placement-followup-result"] {
        assert_generated(&["schema", name], &format!("schema/{name}.schema.json"));
    }
    assert_generated_section(&["progress-card", "items", "--markdown"], "docs/progress.md", "items");
    assert_generated_section(&["progress-card", "rules", "--markdown"], "docs/progress.md", "card-rules");
    assert_generated_section(&["placement-followup", "rules", "--markdown"], "docs/progress.md", "followup-rules");
}
