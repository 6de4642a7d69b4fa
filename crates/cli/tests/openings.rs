//! `jobspor openings …`: check with a fixed today, CSV out and back, demand data.

mod common;
use common::{json, run};

const LIST: &str = "tests/fixtures/openings/list.json";

#[test]
fn check_with_a_fixed_today() {
    let (code, out, err) = run(&["openings", "check", LIST, "--today", "2026-05-20"], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["items"][0]["ageing"], "red");
    assert_eq!(v["items"][1]["status"], "filled");
    assert_eq!(v["open"], serde_json::json!([0]));
    assert_eq!(v["findings"][0]["code"], "OP102");
    let (code, out, _) = run(&["openings", "check", LIST, "--today", "2026-05-06"], None);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["findings"], serde_json::json!([]));
    let (code, _, err) = run(&["openings", "check", LIST, "--today", "20-05-2026"], None);
    assert_eq!(code, 2);
    assert!(err.contains("at today:"), "{err}");
}

#[test]
fn csv_out_and_back_and_demand() {
    let (code, csv, err) = run(&["openings", "csv", LIST], None);
    assert_eq!(code, 0, "{err}");
    assert!(csv.starts_with("\u{feff}Dato;"), "{csv}");
    let (code, back, err) = run(&["openings", "import", "-"], Some(csv.as_bytes()));
    assert_eq!(code, 0, "{err}");
    let original = json(&std::fs::read_to_string(format!("{}/{LIST}", common::ROOT)).unwrap());
    let back = json(&back);
    for (a, b) in original["items"].as_array().unwrap().iter().zip(back["items"].as_array().unwrap()) {
        for (k, v) in a.as_object().unwrap() {
            assert_eq!(&b[k], v, "{k}");
        }
    }
    let bad = csv.replacen("Lager A/S", "Lager A/S\";x", 1);
    let (code, _, err) = run(&["openings", "import", "-"], Some(bad.as_bytes()));
    assert_eq!(code, 2, "{err}");
    let (code, out, err) = run(&["openings", "demand", LIST], None);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out), serde_json::json!({"Nordjylland": {"Lagermedarbejder": "good"}}));
    let (code, out, _) = run(&["openings", "demand", LIST, "--region", "Aalborg", "--shortage-from", "2"], None);
    assert_eq!(code, 0);
    assert_eq!(json(&out), serde_json::json!({"Aalborg": {"Lagermedarbejder": "shortage"}}));
}

/// Generated files: `jobspor openings schema [WHICH] > schema/openings….schema.json`, and
/// `jobspor openings rules --markdown` between the markers in docs/openings.md.
#[test]
fn generated_openings_files_are_up_to_date() {
    for which in ["", "config", "result", "demand-options", "csv-error"] {
        let file = if which.is_empty() { "schema/openings.schema.json".to_string() } else { format!("schema/openings-{which}.schema.json") };
        let args: Vec<&str> = ["openings", "schema"].into_iter().chain((!which.is_empty()).then_some(which)).collect();
        common::assert_generated(&args, &file);
    }
    common::assert_generated_section(&["openings", "rules", "--markdown"], "docs/openings.md", "rules");
}
