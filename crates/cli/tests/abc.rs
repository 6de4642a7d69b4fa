//! `jobspor abc`: output contract, exit codes, and the committed generated files (JSON Schemas
//! and the rule reference in docs/abc.md).

mod common;
use common::{json, run};

const PLAN: &str = "tests/fixtures/abc/plan.json";
const DEMAND: &str = "tests/fixtures/abc/demand.json";
const CONFIG: &str = "tests/fixtures/abc/config.json";

#[test]
fn abc_prints_the_result_contract() {
    let v = common::run_json(&["abc", PLAN, "--demand", DEMAND, "--config", CONFIG], None);
    let rows = v["rows"].as_array().unwrap();
    let classes: Vec<&str> = rows.iter().map(|r| r["class"].as_str().unwrap()).collect();
    assert_eq!(classes, ["A", "B", "C"]);
    for r in rows {
        assert!(r["reason"]["da"].is_string() && r["reason"]["en"].is_string());
        assert!(r["circles"]["wish"]["band"].is_string());
        assert!(r["circles"]["competence"]["source"].is_string());
        assert_eq!(r["circles"]["demand"]["region"], "Nordjylland");
    }
    assert_eq!(rows[2]["circles"]["demand"]["matched"], "Lagermand");
    assert_eq!(v["findings"], serde_json::json!([]));
    assert_eq!(v["search_focus"]["A"], 50);
    assert_eq!(v["search_focus"]["from_week"], 0.0);

    // stdin, the flags in another order, and a plan with findings.
    let plan = br#"{"region": "Bornholm", "weeks_unemployed": 30, "rows": [{"plan": "A", "occupation": "Journalist", "wish": 9}]}"#;
    let (code, out, err) = run(&["abc", "--config", CONFIG, "-", "--demand", DEMAND], Some(plan));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["rows"][0]["circles"]["demand"]["region"], "Hele landet", "the fallback region");
    assert_eq!(v["rows"][0]["class"], "unrealistic");
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    for c in ["AB001", "AB201", "AB301"] {
        assert!(codes.contains(&c), "{c}: {codes:?}");
    }
    let f = &v["findings"][0];
    for key in ["code", "rule", "severity", "path", "message", "fix"] {
        assert!(!f[key].is_null(), "{key}");
    }
}

/// Issue 12 (seed 004, marselisborg-langtidsledighed-guide.txt l. 2909–2912: "ved næste møde sætter
/// fokus på plan B"; seed 003, frederikshavn-metodehaandbog.txt l. 1038–1039: the jobspor are
/// "ligestillede"): without a host's weekly schedule the output has no shares (`search_focus`
/// null) and `focus` per conversation.
#[test]
fn abc_focus_is_per_conversation_by_default() {
    let plan = br#"{"conversation": 1, "weeks_unemployed": 30, "rows": [{"plan": "A", "occupation": "Grafiker"}, {"plan": "B", "occupation": "Kundeservicemedarbejder"}]}"#;
    let (code, out, err) = run(&["abc", "-", "--demand", DEMAND], Some(plan));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert!(v["search_focus"].is_null(), "{}", v["search_focus"]);
    assert_eq!((v["focus"]["current"].as_str(), v["focus"]["next"].as_str()), (Some("A"), Some("B")));
    assert_eq!(v["focus"]["search"], serde_json::json!(["A", "B"]));
    assert!(!out.contains("50 %") && !out.contains("AB301"));
}

#[test]
fn demand_file_fills_the_configuration_and_today_defaults_to_the_system_date() {
    // Without --demand: no demand data (one plan-level finding), and no today in the config:
    // the system date is used, so the fixture's 2026-06-15 is compared with it (no error).
    let (code, out, err) = run(&["abc", PLAN], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let unknown: Vec<&serde_json::Value> = v["findings"].as_array().unwrap().iter().filter(|f| f["code"] == "AB205").collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0]["path"], "");
    assert!(v["rows"].as_array().unwrap().iter().all(|r| r["circles"]["demand"]["level"] == "unknown"));
    // --demand replaces the configuration's demand.
    let cfg = std::env::temp_dir().join(format!("jobspor-abc-config-{}.json", std::process::id()));
    std::fs::write(&cfg, r#"{"today": "2026-05-06", "require_demand_data": true, "demand": {"Nordjylland": {"Grafiker": "poor"}}}"#).unwrap();
    let (code, out, err) = run(&["abc", PLAN, "--config", cfg.to_str().unwrap(), "--demand", DEMAND], None);
    let _ = std::fs::remove_file(&cfg);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["rows"][0]["circles"]["demand"]["level"], "some");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_path() {
    for (input, expect) in [
        (&br#"{"rows": [{"wish": 11}]}"#[..], "invalid input at rows[0].wish:"),
        (br#"{"rows": [{}, {"plan": "D"}]}"#, "invalid input at rows[1].plan:"),
        (br#"{"rows": [{"competence": "expert"}]}"#, "rows[0].competence"),
        (br#"{"weeks_unemployed": "ten"}"#, "weeks_unemployed"),
        (br#"{"cv": {"job_wishes": [{"experience_years": "six"}]}}"#, "cv.job_wishes[0].experience_years"),
        (b"{not json", "not valid JSON"),
        (b"[]", "must be a JSON object"),
        (b"\xff", "not UTF-8"),
    ] {
        common::assert_bad_input(&["abc", "-"], Some(input), expect);
    }
    for (demand, expect) in [
        (&br#"{"Nordjylland": {"Grafiker": "excellent"}}"#[..], "invalid input at demand.Nordjylland.Grafiker: unknown variant"),
        (br#"["Grafiker"]"#, "invalid input at demand: the demand data must be a JSON object"),
    ] {
        let (code, _, err) = run(&["abc", PLAN, "--demand", "-"], Some(demand));
        assert_eq!(code, 2);
        assert!(err.contains(expect), "{expect}: {err}");
    }
    let (code, _, err) = run(&["abc", PLAN, "--config", "-"], Some(br#"{"wish_low": 8, "wish_high": 7}"#));
    assert_eq!(code, 2);
    assert!(err.contains("invalid input at wish_high:"), "{err}");
    let (code, _, err) = run(&["abc", PLAN, "--demand"], None);
    assert_eq!(code, 2);
    assert!(err.contains("--demand needs a value"), "{err}");
    let (code, _, err) = run(&["abc", "/nonexistent.json"], None);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /nonexistent.json"), "{err}");
    let (code, _, err) = run(&["abc"], None);
    assert_eq!(code, 2);
    assert!(err.contains("missing FILE"), "{err}");
    let (code, _, err) = run(&["abc", PLAN, "--frobnicate"], None);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option --frobnicate"), "{err}");
}

#[test]
fn rules_list_every_rule_with_docs() {
    let rules = common::assert_rules(&["abc", "--rules"], 19, "AB");
    assert!(rules.iter().all(|r| r["severity"] != "error"));
}

/// The committed schemas and the rule reference in docs/abc.md are generated; regenerate with
/// `jobspor schema abc > schema/abc-plan.schema.json` etc. and paste
/// `jobspor abc --rules --markdown` between the markers in docs/abc.md.
#[test]
fn generated_abc_files_are_up_to_date() {
    common::assert_generated(&["schema", "abc"], "schema/abc-plan.schema.json");
    common::assert_generated(&["schema", "abc-demand"], "schema/abc-demand.schema.json");
    common::assert_generated(&["schema", "abc-config"], "schema/abc-config.schema.json");
    common::assert_generated(&["schema", "abc-result"], "schema/abc-result.schema.json");
    common::assert_generated_section(&["abc", "--rules", "--markdown"], "docs/abc.md", "rules");
}

#[test]
fn the_sample_demand_is_usable_from_the_command_line() {
    let v = common::run_json(&["abc", PLAN, "--demand", "crates/core/data/abc-demand-sample.json", "--config", CONFIG], None);
    assert!(v["rows"].as_array().unwrap().iter().all(|r| r["circles"]["demand"]["level"] != "unknown"));
}
