//! `jobspor <check> check|rules|schema` for the five checks, and the old spellings beside them:
//! both print the same, and the old ones keep working (they are public).

mod common;
use common::{assert_generated, json, run};

/// (new spelling, old spelling) pairs that must print the same.
const SAME: &[(&[&str], &[&str])] = &[
    (&["cv", "rules"], &["rules"]),
    (&["cv", "rules", "--markdown"], &["rules", "--markdown"]),
    (&["smart", "rules"], &["smart", "--rules"]),
    (&["smart", "rules", "--markdown"], &["smart", "--rules", "--markdown"]),
    (&["track", "rules"], &["track", "--rules"]),
    (&["track", "rules", "--markdown"], &["track", "--rules", "--markdown"]),
    (&["abc", "rules"], &["abc", "--rules"]),
    (&["abc", "rules", "--markdown"], &["abc", "--rules", "--markdown"]),
    (&["cv", "schema"], &["schema", "cv"]),
    (&["cv", "schema", "options"], &["schema", "cv-options"]),
    (&["cv", "schema", "result"], &["schema", "cv-result"]),
    (&["cv", "schema", "cv-result"], &["schema", "cv-result"]),
    (&["smart", "schema"], &["schema", "smart-options"]),
    (&["smart", "schema", "result"], &["schema", "smart-result"]),
    (&["track", "schema"], &["schema", "track"]),
    (&["track", "schema", "config"], &["schema", "track-config"]),
    (&["track", "schema", "result"], &["schema", "track-result"]),
    (&["abc", "schema"], &["schema", "abc"]),
    (&["abc", "schema", "demand"], &["schema", "abc-demand"]),
    (&["abc", "schema", "config"], &["schema", "abc-config"]),
    (&["abc", "schema", "result"], &["schema", "abc-result"]),
    (&["job-order", "schema"], &["schema", "job-order"]),
    (&["job-order", "schema", "result"], &["schema", "job-order-result"]),
    (&["job-order", "schema", "match-options"], &["schema", "match-options"]),
    (&["job-order", "schema", "rank-result"], &["schema", "rank-result"]),
    (&["plan", "schema"], &["schema", "plan"]),
    (&["plan", "schema", "result"], &["schema", "plan-result"]),
    (&["smart", "check", "--kind", "goal", "--today", "2026-05-06", "Jeg", "vil", "være", "lagermedarbejder"], &["smart", "--kind", "goal", "--today", "2026-05-06", "Jeg", "vil", "være", "lagermedarbejder"]),
    (&["track", "check", "tests/fixtures/track/profile.json"], &["track", "tests/fixtures/track/profile.json"]),
    (&["track", "check", "tests/fixtures/track/risk-profile.json", "--config", "tests/fixtures/track/config-archetypes.json"], &["track", "tests/fixtures/track/risk-profile.json", "--config", "tests/fixtures/track/config-archetypes.json"]),
    (&["abc", "check", "tests/fixtures/abc/plan.json", "--demand", "tests/fixtures/abc/demand.json", "--config", "tests/fixtures/abc/config.json"], &["abc", "tests/fixtures/abc/plan.json", "--demand", "tests/fixtures/abc/demand.json", "--config", "tests/fixtures/abc/config.json"]),
];

#[test]
fn new_and_old_spellings_print_the_same() {
    for (new, old) in SAME {
        let (code_new, out_new, err_new) = run(new, None);
        let (code_old, out_old, err_old) = run(old, None);
        assert_eq!((code_new, code_old), (0, 0), "{new:?}: {err_new} / {old:?}: {err_old}");
        assert!(!out_new.trim().is_empty(), "{new:?} printed nothing");
        assert_eq!(out_new, out_old, "{new:?} and {old:?} differ");
    }
}

#[test]
fn every_check_has_rules_and_a_schema() {
    for (check, prefix) in [("cv", "CV"), ("smart", "SM"), ("track", "TR"), ("abc", "AB"), ("job-order", "JO"), ("plan", "PL")] {
        let (code, out, err) = run(&[check, "rules"], None);
        assert_eq!(code, 0, "{check}: {err}");
        let rules = json(&out);
        let rules = rules.as_array().unwrap();
        assert!(rules.len() > 10 && rules.iter().all(|r| r["code"].as_str().unwrap().starts_with(prefix)), "{check}");
        // Docs and examples are there on the command line.
        assert!(rules.iter().all(|r| r["docs"].as_str().unwrap().contains("## Hvorfor / Why it matters")), "{check}");
        assert!(rules.iter().all(|r| !r["fires_example"].as_str().unwrap().is_empty()), "{check}");
        let (code, out, err) = run(&[check, "schema"], None);
        assert_eq!(code, 0, "{check}: {err}");
        assert!(json(&out)["$schema"].is_string(), "{check}");
    }
}

#[test]
fn the_old_example_keys_stay_beside_the_new_ones() {
    let (_, out, _) = run(&["cv", "rules"], None);
    let cv = json(&out);
    let r = &cv[0];
    for key in ["category", "module", "weight", "jobnet_required", "requires", "severity", "pass_example", "fail_example"] {
        assert!(!r[key].is_null(), "CV rules lack {key}");
    }
    assert_eq!(r["fail_example"], r["fires_example"]);
    assert_eq!(r["pass_example"], r["quiet_example"]);
    let (_, out, _) = run(&["smart", "rules"], None);
    let smart = json(&out);
    for r in smart.as_array().unwrap() {
        let (pass, fail) = if r["positive"] == true { ("fires_example", "quiet_example") } else { ("quiet_example", "fires_example") };
        assert_eq!(r["pass_example"], r[pass], "{}", r["code"]);
        assert_eq!(r["fail_example"], r[fail], "{}", r["code"]);
        assert!(r.get("severity").is_none(), "SMART rules have no severity");
    }
}

#[test]
fn new_spellings_keep_the_exit_status_and_one_error_line() {
    for (args, expect) in [
        (&["cv", "check", "/nonexistent.json"][..], "cannot read /nonexistent.json"),
        (&["cv", "check"][..], "missing FILE"),
        (&["smart", "check"][..], "missing TEXT"),
        (&["smart", "check", "--frobnicate", "x"][..], "unknown option"),
        (&["track", "check", "/nonexistent.json"][..], "cannot read"),
        (&["abc", "check", "-", "--demand"][..], "needs a value"),
        (&["job-order", "check"][..], "usage"),
        (&["smart", "schema", "nothing"][..], "--help"),
        (&["abc", "rules", "--bogus"][..], "--help"),
        (&["track", "frobnicate", "x"][..], "give one FILE"),
    ] {
        let (code, out, err) = run(args, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("jobspor: ") && err.contains(expect), "{args:?} → {err} (expected {expect})");
    }
}

#[test]
fn help_lists_the_new_spellings() {
    let (code, out, _) = run(&["--help"], None);
    assert_eq!(code, 0);
    assert!(out.contains("jobspor <check> rules [--markdown]") && out.contains("jobspor <check> schema [WHICH]"));
    let (code, out, _) = run(&["abc", "check", "--help"], None);
    assert_eq!(code, 0);
    assert!(out.contains("jobspor abc check FILE|- [--demand FILE] [--config FILE]"), "{out}");
}

/// The committed cv-result schema is generated; regenerate with
/// `jobspor schema cv-result > schema/cv-result.schema.json`.
#[test]
fn the_cv_result_schema_is_up_to_date() {
    assert_generated(&["schema", "cv-result"], "schema/cv-result.schema.json");
    assert_generated(&["cv", "schema", "result"], "schema/cv-result.schema.json");
}
