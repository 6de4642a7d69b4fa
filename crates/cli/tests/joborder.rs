//! `jobspor job-order …`, `jobspor match …`, `jobspor bench match`: output contracts, exit codes,
//! and the committed generated files (JSON Schemas and the rule reference in docs/job-order.md).

mod common;
use common::{json, run, ROOT};

const ORDER: &str = "tests/fixtures/joborder/job-order.json";

#[test]
fn job_order_check_prints_the_result_contract() {
    let (code, out, err) = run(&["job-order", "check", ORDER], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["searchable"], true);
    assert_eq!(v["occupation"], "Lagermedarbejder");
    let f = &v["findings"][0];
    assert_eq!((f["code"].as_str(), f["severity"].as_str(), f["path"].as_str()), (Some("JO013"), Some("info"), Some("requirements[6]")));
    assert!(f["message"]["da"].is_string() && f["fix"]["en"].is_string());

    // From stdin: a bare order is not searchable, errors first.
    let (code, out, _) = run(&["job-order", "check", "-"], Some(br#"{"title": "Lagermand", "requirements": [{"kind": "language", "value": "Dansk"}]}"#));
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["searchable"], false);
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(&codes[..2], ["JO003", "JO005"]);
    assert!(codes.contains(&"JO101") && codes.contains(&"JO305"));
}

#[test]
fn match_prints_found_or_what_blocks() {
    let v = common::run_json(&["match", "tests/fixtures/cv-good.json", ORDER], None);
    assert_eq!(v["found"], true);
    assert_eq!(v["blocking"].as_array().unwrap().len(), 0);
    assert_eq!(v["nice_to_have"], serde_json::json!({"matched": 2, "total": 2}));
    assert_eq!(v["rank_score"], 100);
    assert_eq!(v["matched_occupation"]["title"], "Lagermedarbejder");

    let (code, out, _) = run(&["match", "tests/fixtures/joborder/cvs/d-licence-b-only.json", ORDER], None);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["found"], false);
    let b = &v["blocking"][0];
    assert_eq!((b["requirement"].as_u64(), b["kind"].as_str(), b["value"].as_str()), (Some(4), Some("driving_licence"), Some("C")));
    assert!(b["reason"]["da"].as_str().unwrap().contains("kørekort C") && b["fix"]["en"].is_string());

    // Options change the score.
    let (code, out, err) = run(
        &["match", "tests/fixtures/joborder/cvs/d-licence-b-only.json", ORDER, "--options", "-"],
        Some(br#"{"weights": {"education_level": 0}}"#),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["rank_score"], 100);
}

#[test]
fn match_cvs_ranks_a_folder_into_the_gross_list() {
    let v = common::run_json(&["match", "--cvs", "tests/fixtures/joborder/cvs", ORDER], None);
    let ids: Vec<&str> = v["gross_list"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids[..2], ["a-found-mette.json", "b-found-lagermand-ce.json"]);
    assert_eq!(ids.last(), Some(&"g-contact-hidden.json"));
    assert_eq!(v["totals"], serde_json::json!({"cvs": 8, "found": 2, "not_searchable": 1, "wrong_occupation": 1, "hidden_by_criteria": 4}));
    let cert = &v["hidden_by"][1];
    assert_eq!((cert["requirement"].as_u64(), cert["hidden"].as_u64(), cert["only_this"].as_u64()), (Some(1), Some(2), Some(1)));
    assert_eq!(v["gross_list"][7]["blocking"][0]["kind"], "cv_not_searchable");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_file_and_path() {
    let dir = std::env::temp_dir().join(format!("jobspor-match-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.json"), std::fs::read(format!("{ROOT}/tests/fixtures/cv-good.json")).unwrap()).unwrap();
    std::fs::write(dir.join("b.json"), br#"{"languages": [{"language": "Dansk", "level": "perfect"}]}"#).unwrap();
    std::fs::write(dir.join("notes.txt"), b"not a CV").unwrap();
    let dir_s = dir.to_str().unwrap().to_string();
    let cases: Vec<(Vec<&str>, Option<&[u8]>, String)> = vec![
        (vec!["job-order", "check", "-"], Some(br#"{"requirements": [{"kind": "experience_years", "value": "two"}]}"#), "invalid input at requirements[0].value".into()),
        (vec!["job-order", "check", "-"], Some(br#"{"company": ["Nordlager"]}"#), "invalid input at company".into()),
        (vec!["job-order", "check", "-"], Some(b"[]"), "must be a JSON object".into()),
        (vec!["job-order", "check", "-"], Some(b"{oops"), "not valid JSON".into()),
        (vec!["job-order", "check", "/nonexistent.json"], None, "cannot read /nonexistent.json".into()),
        (vec!["job-order", "check"], None, "usage".into()),
        (vec!["match", "-", ORDER], Some(br#"{"education": [{"level": "college"}]}"#), "-: invalid input at education[0].level".into()),
        (vec!["match", "tests/fixtures/cv-good.json", "-"], Some(br#"{"hours": "sometimes"}"#), "-: invalid input at hours".into()),
        (vec!["match", "tests/fixtures/cv-good.json", ORDER, "--options", "-"], Some(br#"{"weights": {"language": -2}}"#), "invalid input at weights.language".into()),
        (vec!["match", "tests/fixtures/cv-good.json"], None, "usage".into()),
        (vec!["match", "--cvs", &dir_s, ORDER], None, format!("{}: invalid input at languages[0].level", dir.join("b.json").display())),
        (vec!["match", "--cvs", "/nonexistent-folder", ORDER], None, "cannot read folder".into()),
        (vec!["bench", "match", "--cvs", "many"], None, "not a number".into()),
        (vec!["schema", "job-order-nothing"], None, "--help".into()),
    ];
    for (args, stdin, expect) in cases {
        common::assert_bad_input(&args, stdin, &expect);
    }
    // Without the bad CV the folder ranks (the .txt file is not read).
    std::fs::remove_file(dir.join("b.json")).unwrap();
    let (code, out, err) = run(&["match", "--cvs", &dir_s, ORDER], None);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["gross_list"][0]["id"], "a.json");
}

#[test]
fn a_megabyte_job_order_is_fine() {
    let big = "Du kører truck og er en fleksibel medarbejder. ".repeat(25_000);
    let order = serde_json::json!({"title": "Lagermedarbejder", "tasks": big, "requirements": [{"kind": "qualification", "value": big, "mandatory": true}]});
    let text = order.to_string();
    assert!(text.len() > 1_000_000);
    let (code, out, err) = run(&["job-order", "check", "-"], Some(text.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(json(&out)["findings"].as_array().unwrap().iter().any(|f| f["code"] == "JO403"));
}

#[test]
fn rules_and_bench() {
    common::assert_rules(&["job-order", "rules"], 30, "JO");
    let v = common::run_json(&["bench", "match", "--cvs", "2000"], None);
    assert_eq!(v["cvs"], 2000);
    assert!(v["rank_ms_median"].as_f64().unwrap() > 0.0 && v["cvs_per_second"].as_f64().unwrap() > 0.0);
    assert!(v["totals"]["found"].as_u64().unwrap() > 0, "{v}");
    assert_eq!(v["rank_ms_runs"].as_array().unwrap().len(), 5);
}

/// The committed schemas and the rule reference in docs/job-order.md are generated; regenerate with
/// `jobspor schema job-order > schema/job-order.schema.json` (and `job-order-result`, `match-options`,
/// `match-result`, `rank-result`), and `jobspor job-order rules --markdown` between the markers in
/// docs/job-order.md.
#[test]
fn generated_files_are_up_to_date() {
    for name in ["job-order", "job-order-result", "match-options", "match-result", "rank-result"] {
        common::assert_generated(&["schema", name], &format!("schema/{name}.schema.json"));
    }
    common::assert_generated_section(&["job-order", "rules", "--markdown"], "docs/job-order.md", "rules");
}
