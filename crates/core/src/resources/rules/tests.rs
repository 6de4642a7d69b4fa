//! Every rule's documented examples run here, against `{"input":
//! tests/fixtures/resources/input.json, "config": {}}` (the seed's worked example).

use crate::resources::{calculate_resources, parse_config, parse_input, ResourceResult};
use crate::rules::harness::{fixture, Example};
use serde_json::json;

use super::RULES;

const INPUT: &str = include_str!("../../../../../tests/fixtures/resources/input.json");

pub(crate) fn check_example(patch: &str) -> ResourceResult {
    let ex = Example::new(json!({"input": fixture(INPUT), "config": {}}), patch);
    calculate_resources(&ex.part("input", parse_input), &ex.part("config", parse_config))
}

crate::rules::harness::harness!((), super::Run, "RS", ["seed"], "## Sådan retter du / How to fix it", |_, example| {
    check_example(example).findings.into_iter().map(|f| f.code).collect()
});

#[test]
fn the_example_is_quiet() {
    let r = check_example("{}");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert!(!RULES.is_empty());
}
