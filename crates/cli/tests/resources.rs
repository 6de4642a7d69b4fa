//! `jobspor resources …`: the seed's worked example on the command line, input from flags, a
//! file or stdin, and bad input as one line naming the field.

mod common;
use common::{json, run};

#[test]
fn prints_the_seeds_worked_example_from_flags_a_file_and_stdin() {
    let (code, out, err) = run(&["resources", "--citizens", "330", "--days", "3", "--weeks", "44", "--intensified", "0.30"], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let whole: Vec<u64> = v["whole_group"].as_array().unwrap().iter().map(|r| r["conversations"].as_u64().unwrap()).collect();
    assert_eq!(whole, [1320, 1980, 3960]);
    let totals: Vec<(u64, u64, u64)> = v["intensified"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["intensive"].as_u64().unwrap(), r["on_time"].as_u64().unwrap(), r["total"].as_u64().unwrap()))
        .collect();
    assert_eq!(totals, [(2376, 924, 3300), (1188, 924, 2112), (594, 924, 1518)]);
    assert_eq!(v["years_table"]["cells"][0][0], 132);
    assert_eq!(v["years_table"]["cells"][7][8], 9504);
    assert_eq!(v["warnings"].as_array().unwrap().len(), 4);
    let body = r#"{"citizens": 330, "days": 3, "weeks": 44, "intensified": 0.3}"#;
    let (code, from_stdin, err) = run(&["resources", "-"], Some(body.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert_eq!(from_stdin, out);
    let (code, from_file, err) = run(&["resources", "check", "tests/fixtures/resources/input.json"], None);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&from_file)["intensified"]["rows"][0]["cover"]["chosen"]["years"], 7);
}

#[test]
fn bad_input_is_one_line_naming_the_field() {
    let base = ["resources", "--citizens", "330", "--days", "3", "--weeks", "44", "--intensified", "0.3"];
    for (i, value, field) in [(2, "-5", "citizens"), (2, "NaN", "citizens"), (8, "1.5", "intensified"), (6, "0", "weeks"), (4, "x", "days")] {
        let mut args = base.to_vec();
        args[i] = value;
        let (code, out, err) = run(&args, None);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(&format!("at {field}:")), "{args:?} → {err}");
    }
    let (code, _, err) = run(&base[..7], None);
    assert_eq!(code, 2);
    assert!(err.contains("at intensified: missing"), "{err}");
    let (code, _, err) = run(&["resources", "-"], Some(br#"{"citizens": 330, "days": 3, "weeks": 44, "intensified": 2}"#));
    assert_eq!(code, 2);
    assert!(err.contains("at intensified"), "{err}");
}

/// The committed schemas and the rule reference in docs/resources.md are generated; regenerate
/// with `jobspor resources schema > schema/resources.schema.json` etc. and paste `jobspor
/// resources rules --markdown` between the markers in docs/resources.md.
#[test]
fn generated_resources_files_are_up_to_date() {
    common::assert_generated(&["resources", "schema"], "schema/resources.schema.json");
    common::assert_generated(&["resources", "schema", "config"], "schema/resources-config.schema.json");
    common::assert_generated(&["resources", "schema", "result"], "schema/resources-result.schema.json");
    common::assert_generated_section(&["resources", "rules", "--markdown"], "docs/resources.md", "rules");
}
