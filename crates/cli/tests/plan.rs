//! `jobspor plan check|rules|schema` and `jobspor bench plan`.

mod common;
use common::{json, run};

const PLAN: &str = "tests/fixtures/plan/realistic-plan.json";
const OPTIONS: &str = "tests/fixtures/plan/realistic-options.json";

#[test]
fn the_realistic_plan_on_the_command_line() {
    let (code, out, err) = run(&["plan", "check", PLAN, "--options", OPTIONS], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["PL201", "PL301", "PL401", "PL402", "PL402", "PL403", "PL404", "PL405"]);
    assert_eq!(v["summary"]["weeks"][3]["applications"], 2);
    // --cv and --joblog replace the options' pieces; --today overrides.
    let (code, out, err) = run(&["plan", "check", PLAN, "--joblog", "-", "--today", "2026-03-09"], Some(b"[]"));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"PL402"), "{codes:?}");
}

#[test]
fn bad_input_exits_2_naming_the_path() {
    let (code, _, err) = run(&["plan", "check", PLAN, "--joblog", "-"], Some(br#"[{"date": "igaar"}]"#));
    assert_eq!(code, 2);
    assert!(err.contains("joblog[0].date"), "{err}");
    let (code, _, err) = run(&["plan", "check", "-"], Some(b"[1]"));
    assert_eq!(code, 2);
    assert!(err.contains("JSON object"), "{err}");
    let (code, _, err) = run(&["plan", "check", PLAN, "--nope", "x"], None);
    assert_eq!(code, 2);
    assert!(err.contains("--nope"), "{err}");
}

#[test]
fn the_plan_rules_and_schemas() {
    let (code, out, _) = run(&["plan", "rules"], None);
    assert_eq!(code, 0);
    let rules = json(&out);
    assert!(rules.as_array().unwrap().len() >= 15 && rules[0]["code"] == "PL001");
    let (_, a, _) = run(&["plan", "schema", "joblog"], None);
    let (_, b, _) = run(&["schema", "plan-joblog"], None);
    assert_eq!(a, b);
}

/// The committed schemas and the rule reference in docs/plan.md are generated; regenerate with
/// `jobspor schema plan > schema/plan.schema.json` etc. and paste `jobspor plan rules
/// --markdown` between the markers in docs/plan.md.
#[test]
fn generated_plan_files_are_up_to_date() {
    common::assert_generated(&["schema", "plan"], "schema/plan.schema.json");
    common::assert_generated(&["schema", "plan-joblog"], "schema/plan-joblog.schema.json");
    common::assert_generated(&["schema", "plan-options"], "schema/plan-options.schema.json");
    common::assert_generated(&["schema", "plan-result"], "schema/plan-result.schema.json");
    common::assert_generated_section(&["plan", "rules", "--markdown"], "docs/plan.md", "rules");
}

#[test]
fn the_bench_prints_a_figure() {
    let (code, out, err) = run(&["bench", "plan", "--entries", "200"], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["entries"], 200);
    println!("bench plan (test build): {out}");
    assert!(v["median_ms"].as_f64().is_some());
}
