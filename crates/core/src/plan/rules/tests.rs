//! Every rule's documented examples run here, against the example input `{"plan":
//! tests/fixtures/plan/plan.json, "config": tests/fixtures/plan/options.json}`.

use super::RULES;
use crate::plan::{check_plan, parse_options, parse_plan, PlanResult};
use crate::rules::harness::fixture;
use serde_json::json;

const PLAN: &str = include_str!("../../../../../tests/fixtures/plan/plan.json");
const OPTIONS: &str = include_str!("../../../../../tests/fixtures/plan/options.json");

crate::rules::harness::findings_harness!("PL", PlanResult = check_plan(
    json!({"plan": fixture(PLAN), "config": fixture(OPTIONS)}),
    "plan" => parse_plan,
    "config" => parse_options,
));

#[test]
fn the_example_plan_is_quiet() {
    let r = check_example("{}");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert_eq!(r.agreements[0].entries, [0]);
    assert!(r.agreements[0].asks_application);
}

#[test]
fn every_rule_has_a_severity_and_a_seed_line() {
    for rule in RULES {
        assert!(rule.meta.source.contains(".txt:"), "{} cites no seed line", rule.meta.code);
    }
}
