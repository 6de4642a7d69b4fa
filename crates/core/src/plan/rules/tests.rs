//! Every rule's documented examples run here, against the example input `{"plan":
//! tests/fixtures/plan/plan.json, "config": tests/fixtures/plan/options.json}`.

use super::RULES;
use crate::plan::{check_plan, parse_options, parse_plan, PlanResult};
use serde_json::{json, Value};

const PLAN: &str = include_str!("../../../../../tests/fixtures/plan/plan.json");
const OPTIONS: &str = include_str!("../../../../../tests/fixtures/plan/options.json");

pub(crate) fn check_example(patch: &str) -> PlanResult {
    let patch: Value = serde_json::from_str(patch).unwrap_or_else(|e| panic!("bad example JSON {patch}: {e}"));
    let mut input = json!({"plan": serde_json::from_str::<Value>(PLAN).unwrap(), "config": serde_json::from_str::<Value>(OPTIONS).unwrap()});
    crate::rules::merge_patch(&mut input, &patch);
    let plan = parse_plan(&input["plan"].to_string()).unwrap_or_else(|e| panic!("{patch}: {e}"));
    let options = parse_options(&input["config"].to_string()).unwrap_or_else(|e| panic!("{patch}: {e}"));
    check_plan(&plan, &options)
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
