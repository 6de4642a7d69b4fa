//! Every rule's documented examples run here, against `{"input":
//! tests/fixtures/resources/input.json, "config": {}}` (the seed's worked example).

use crate::resources::{calculate_resources, parse_config, parse_input, ResourceResult};
use serde_json::{json, Value};

use super::RULES;

const INPUT: &str = include_str!("../../../../../tests/fixtures/resources/input.json");

pub(crate) fn check_example(patch: &str) -> ResourceResult {
    let patch: Value = serde_json::from_str(patch).unwrap_or_else(|e| panic!("bad example JSON {patch}: {e}"));
    let mut input = json!({"input": serde_json::from_str::<Value>(INPUT).unwrap(), "config": {}});
    crate::rules::merge_patch(&mut input, &patch);
    let i = parse_input(&input["input"].to_string()).unwrap_or_else(|e| panic!("{patch}: {e}"));
    let c = parse_config(&input["config"].to_string()).unwrap_or_else(|e| panic!("{patch}: {e}"));
    calculate_resources(&i, &c)
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
