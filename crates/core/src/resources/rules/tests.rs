//! Every rule's documented examples run here, against `{"input":
//! tests/fixtures/resources/input.json, "config": {}}` (the seed's worked example).

use crate::resources::{calculate_resources, parse_config, parse_input, ResourceResult};
use crate::rules::harness::fixture;
use serde_json::json;

use super::RULES;

const INPUT: &str = include_str!("../../../../../tests/fixtures/resources/input.json");

crate::rules::harness::findings_harness!("RS", ResourceResult = calculate_resources(
    json!({"input": fixture(INPUT), "config": {}}),
    "input" => parse_input,
    "config" => parse_config,
));

#[test]
fn the_example_is_quiet() {
    let r = check_example("{}");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert!(!RULES.is_empty());
}
