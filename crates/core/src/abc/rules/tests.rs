//! Every rule's documented examples run here, against the example input
//! `{"plan": tests/fixtures/abc/plan.json, "config": {"demand": tests/fixtures/abc/demand.json,
//! "today": "2026-05-06"}}`.

use super::RULES;
use crate::abc::{check_abc_plan, parse_config, parse_plan, AbcResult};
use crate::rules::harness::fixture;
use serde_json::{json, Value};

const PLAN: &str = include_str!("../../../../../tests/fixtures/abc/plan.json");
const DEMAND: &str = include_str!("../../../../../tests/fixtures/abc/demand.json");

/// The example input: the plan fixture and a configuration with the test demand data.
pub(crate) fn example_input() -> Value {
    json!({"plan": fixture(PLAN), "config": {"demand": fixture(DEMAND), "today": "2026-05-06"}})
}

crate::rules::harness::findings_harness!("AB", AbcResult = check_abc_plan(
    example_input(),
    "plan" => parse_plan,
    "config" => parse_config,
));

#[test]
fn the_example_plan_is_quiet_and_classified_as_written() {
    // With a host's weekly share schedule (none by default, issue 12).
    let r = check_example(&format!(r#"{{"config": {{"search_focus": {}}}}}"#, crate::abc::config::EARLIER_WEEKLY_SHARES));
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    let classes: Vec<String> = r.rows.iter().map(|r| serde_json::to_value(r.class).unwrap().as_str().unwrap().to_string()).collect();
    assert_eq!(classes, ["A", "B", "C"]);
    assert!(r.search_focus.as_ref().is_some_and(|f| !f.shifted && f.step.a == 50));
}

#[test]
fn codes_names_and_docs_are_well_formed() {
    for rule in RULES {
        let m = rule.meta;
        assert_ne!(m.severity, crate::Severity::Error, "{}: nothing in the ABC plan blocks", m.code);
    }
}
