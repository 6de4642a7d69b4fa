//! Every rule's documented examples run here, against the example input `{"plan":
//! tests/fixtures/plan/plan.json, "config": tests/fixtures/plan/options.json}`.

use super::RULES;
use crate::plan::{check_plan, parse_options, parse_plan, PlanResult};
use crate::rules::harness::{fixture, Example};
use serde_json::json;

const PLAN: &str = include_str!("../../../../../tests/fixtures/plan/plan.json");
const OPTIONS: &str = include_str!("../../../../../tests/fixtures/plan/options.json");

pub(crate) fn check_example(patch: &str) -> PlanResult {
    let ex = Example::new(json!({"plan": fixture(PLAN), "config": fixture(OPTIONS)}), patch);
    check_plan(&ex.part("plan", parse_plan), &ex.part("config", parse_options))
}

crate::rules::harness::harness!((), super::Run, "PL", ["seed"], "## Sådan retter du / How to fix it", |_, example| {
    check_example(example).findings.into_iter().map(|f| f.code).collect()
});

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
