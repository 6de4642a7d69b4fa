//! Every rule's documented examples run here, against `{"list": tests/fixtures/openings/list.json,
//! "config": {"today": "2026-05-06"}}`.

use crate::openings::{check_openings, parse_config, parse_openings, OpeningsResult};
use serde_json::{json, Value};

use super::RULES;

pub(crate) const LIST: &str = include_str!("../../../../../tests/fixtures/openings/list.json");

pub(crate) fn check_example(patch: &str) -> OpeningsResult {
    let patch: Value = serde_json::from_str(patch).unwrap_or_else(|e| panic!("bad example JSON {patch}: {e}"));
    let mut input = json!({"list": serde_json::from_str::<Value>(LIST).unwrap(), "config": {"today": "2026-05-06"}});
    crate::rules::merge_patch(&mut input, &patch);
    let l = parse_openings(&input["list"].to_string()).unwrap_or_else(|e| panic!("{patch}: {e}"));
    let c = parse_config(&input["config"].to_string()).unwrap_or_else(|e| panic!("{patch}: {e}"));
    check_openings(&l, &c)
}

crate::rules::harness::harness!((), super::Run, "OP", ["seed"], "## Sådan retter du / How to fix it", |_, example| {
    check_example(example).findings.into_iter().map(|f| f.code).collect()
});

#[test]
fn the_example_list_is_quiet() {
    let r = check_example("{}");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}
