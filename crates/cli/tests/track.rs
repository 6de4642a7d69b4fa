//! `jobspor track`: output contract, exit codes, and the committed generated files (JSON Schemas
//! and the rule reference in docs/track.md).

mod common;
use common::{json, run, ROOT};

#[test]
fn track_prints_the_result_contract() {
    let v = common::run_json(&["track", "tests/fixtures/track/risk-profile.json"], None);
    assert_eq!(v["track"], "long_term_risk");
    assert_eq!(v["long_term_unemployed"], true);
    assert_eq!(v["start_phase"]["complete"], true);
    assert!(v["start_phase"]["missing"].as_array().unwrap().is_empty());
    assert!(v["risk"]["score"].as_f64().unwrap() >= v["risk"]["threshold"].as_f64().unwrap());
    assert!(v["risk"]["indicators"].as_array().unwrap().iter().all(|i| i["id"].is_string() && i["label"]["da"].is_string()));
    let reasons = v["reasons"].as_array().unwrap();
    assert!(reasons.iter().any(|r| r["rule"] == "TR301"));
    assert!(reasons.iter().all(|r| r["message"]["da"].is_string() && r["message"]["en"].is_string()));
    let alts = v["alternatives"].as_array().unwrap();
    assert_eq!(alts.len(), 2);
    assert!(alts.iter().all(|a| a["track"] != "long_term_risk" && a["requires"].is_array()));
    let els = v["core_elements"].as_array().unwrap();
    assert_eq!(els.len(), 3);
    assert!(els[0]["title"]["da"].is_string() && els[0]["actions"][0]["text"]["en"].is_string());
    assert_eq!(v["archetype"], serde_json::Value::Null);

    // stdin, with a configuration file: the nearest archetype is named.
    let profile = std::fs::read(format!("{ROOT}/tests/fixtures/track/risk-profile.json")).unwrap();
    let v = common::run_json(&["track", "-", "--config", "tests/fixtures/track/config-archetypes.json"], Some(&profile));
    assert_eq!(v["archetype"]["name"], "Den erfarne industriarbejder");
    assert!(v["archetype"]["early_effort"].as_str().unwrap().starts_with("Kompetenceafklaring"));
}

#[test]
fn config_override_keeps_the_proposal() {
    let path = std::env::temp_dir().join(format!("jobspor-track-override-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"override": {"track": "education_boost", "reason": "Optaget på EUV som smed"}}"#).unwrap();
    let (code, out, err) = run(&["track", "tests/fixtures/track/risk-profile.json", "--config", path.to_str().unwrap()], None);
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["track"], "education_boost");
    assert_eq!(v["proposed_track"], "long_term_risk");
    assert_eq!(v["override"]["reason"], "Optaget på EUV som smed");
    assert!(v["reasons"].as_array().unwrap().iter().any(|r| r["rule"] == "TR403"));
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_path() {
    for (input, expect) in [
        (&br#"{"benefit_weeks_last_52": 60}"#[..], "benefit_weeks_last_52"),
        (br#"{"age": "fifty"}"#, "age"),
        (br#"{"needs_short_upskilling": "kursus"}"#, "needs_short_upskilling"),
        (br#"{"indicators": {"no_network": 1}}"#, "indicators.no_network"),
        (br#"{"cv": {"job_wishes": [{"experience_years": "six"}]}}"#, "cv.job_wishes[0].experience_years"),
        (b"{not json", "not valid JSON"),
        (b"[]", "must be a JSON object"),
        (b"\xff", "not UTF-8"),
    ] {
        common::assert_bad_input(&["track", "-"], Some(input), expect);
    }
    let (code, _, err) = run(&["track", "tests/fixtures/track/profile.json", "--config", "-"], Some(br#"{"precedence": ["long_term_risk"]}"#));
    assert_eq!(code, 2);
    assert!(err.contains("invalid input at precedence:"), "{err}");
    let (code, _, err) = run(&["track", "tests/fixtures/track/profile.json", "--config", "-"], Some(br#"{"override": {"track": "long_term_risk", "reason": ""}}"#));
    assert_eq!(code, 2);
    assert!(err.contains("override.reason") && err.contains("written reason"), "{err}");
    let (code, _, err) = run(&["track", "/nonexistent.json"], None);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /nonexistent.json"), "{err}");
    let (code, _, err) = run(&["track"], None);
    assert_eq!(code, 2);
    assert!(err.contains("missing FILE"), "{err}");
    let (code, _, err) = run(&["track", "a.json", "--frobnicate"], None);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option --frobnicate"), "{err}");
}

#[test]
fn origin_field_changes_nothing_on_the_command_line() {
    let (_, plain, _) = run(&["track", "tests/fixtures/track/risk-profile.json"], None);
    let mut p = json(&std::fs::read_to_string(format!("{ROOT}/tests/fixtures/track/risk-profile.json")).unwrap());
    p["ethnicity"] = "ikke-vestlig".into();
    p["origin"] = "Tyrkiet".into();
    let (code, with_origin, _) = run(&["track", "-"], Some(p.to_string().as_bytes()));
    assert_eq!(code, 0);
    assert_eq!(plain, with_origin);
}

#[test]
fn rules_list_every_rule_with_docs() {
    common::assert_rules(&["track", "--rules"], 19, "TR");
}

/// The committed schemas and the rule reference in docs/track.md are generated; regenerate with
/// `jobspor schema track > schema/track-profile.schema.json` etc. and paste
/// `jobspor track --rules --markdown` between the markers in docs/track.md (`cargo xtask codegen` does all).
#[test]
fn generated_track_files_are_up_to_date() {
    common::assert_generated(&["schema", "track"], "schema/track-profile.schema.json");
    common::assert_generated(&["schema", "track-config"], "schema/track-config.schema.json");
    common::assert_generated(&["schema", "track-result"], "schema/track-result.schema.json");
    common::assert_generated_section(&["track", "--rules", "--markdown"], "docs/track.md", "rules");
    common::assert_generated_section(&["track", "--elements", "--markdown"], "docs/track.md", "elements");
}

#[test]
fn elements_lists_the_start_phase_and_three_tracks() {
    let (code, out, _) = run(&["track", "--elements"], None);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["start_phase"].as_array().unwrap().len(), 2);
    let tracks = v["tracks"].as_array().unwrap();
    let n: Vec<(String, usize)> =
        tracks.iter().map(|t| (t["id"].as_str().unwrap().to_string(), t["core_elements"].as_array().unwrap().len())).collect();
    assert_eq!(n, [("intensive_job_search".into(), 4), ("education_boost".into(), 2), ("long_term_risk".into(), 3)]);
    assert!(tracks[0]["target_group"]["da"].as_str().unwrap().starts_with("Målgruppen er ledige"));
}
