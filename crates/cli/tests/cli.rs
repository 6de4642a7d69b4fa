//! The `jobspor` binary: output contract, exit codes, and the committed generated files.

mod common;
use common::run;

#[test]
fn cv_check_prints_the_result_contract() {
    let v = common::run_json(&["cv", "check", "tests/fixtures/cv-example.json"], None);
    assert_eq!(v["searchable"], true);
    for key in ["findability", "selection"] {
        assert!(v[key].as_u64().unwrap() <= 100);
    }
    assert!(v["findings"].is_array());

    let (code, out, _) = run(&["cv", "check", "-"], Some(br#"{"profile": "kort"}"#));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["searchable"], false);
    let f = &v["findings"][0];
    for key in ["code", "severity", "path", "message", "fix"] {
        assert!(!f[key].is_null(), "finding lacks {key}");
    }
    assert!(f["message"]["da"].is_string() && f["fix"]["en"].is_string());
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_path() {
    for (input, expect) in [
        (&br#"{"education": [{"title": "x", "level": "college"}]}"#[..], "education[0].level"),
        (b"{not json", "not valid JSON"),
        (br#"{"job_wishes": [{"experience_years": "six"}]}"#, "job_wishes[0].experience_years"),
        (b"[]", "must be a JSON object"),
        (b"\xff\xfe", "not UTF-8"),
        (b"", "not valid JSON"),
    ] {
        common::assert_bad_input(&["cv", "check", "-"], Some(input), expect);
    }
    let (code, _, err) = run(&["cv", "check", "/nonexistent.json"], None);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /nonexistent.json"), "{err}");
    let (code, _, err) = run(&["cv", "check", "tests/fixtures/cv-example.json", "--options", "-"], Some(br#"{"weights": {"CV999": 1}}"#));
    assert_eq!(code, 2);
    assert!(err.contains("weights.CV999"), "{err}");
    let (code, _, err) = run(&["cv", "frobnicate"], None);
    assert_eq!(code, 2);
    assert!(err.contains("--help"), "{err}");
}

#[test]
fn options_file_applies_overrides() {
    let opts = r#"{"overrides": [{"rule": "CV107", "reason": "Har ikke kørekort"}]}"#.as_bytes();
    let cv = br#"{"driving_licences": []}"#;
    let path = std::env::temp_dir().join(format!("jobspor-cv-{}.json", std::process::id()));
    std::fs::write(&path, cv).unwrap();
    let (code, out, err) = run(&["cv", "check", path.to_str().unwrap(), "--options", "-"], Some(opts));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let f = v["findings"].as_array().unwrap().iter().find(|f| f["code"] == "CV107").unwrap();
    assert_eq!(f["overridden"], "Har ikke kørekort");
    let _ = std::fs::remove_file(path);
}

/// The committed schema and rule docs are generated; regenerate with
/// `jobspor schema cv > schema/cv.schema.json` etc. – `cargo xtask codegen` does all (see README).
#[test]
fn generated_files_are_up_to_date() {
    common::assert_generated(&["schema", "cv"], "schema/cv.schema.json");
    common::assert_generated(&["schema", "cv-options"], "schema/cv-options.schema.json");
    common::assert_generated(&["rules", "--markdown"], "docs/cv-rules.md");
}

#[test]
fn rules_lists_every_rule_with_docs() {
    common::assert_rules(&["rules"], 30, "");
}

#[test]
fn bench_prints_figures() {
    let v = common::run_json(&["bench", "cv", "tests/fixtures/cv-example.json", "--iterations", "50"], None);
    assert_eq!(v["iterations"], 50);
    assert!(v["median_us"].as_f64().unwrap() > 0.0);
}
