//! Every rule's documented examples run here, against `{"list": tests/fixtures/openings/list.json,
//! "config": {"today": "2026-05-06"}}`.

use crate::openings::{check_openings, parse_config, parse_openings, OpeningsResult};
use crate::rules::harness::{fixture, Example};
use serde_json::json;

use super::RULES;

pub(crate) const LIST: &str = include_str!("../../../../../tests/fixtures/openings/list.json");

pub(crate) fn check_example(patch: &str) -> OpeningsResult {
    let ex = Example::new(json!({"list": fixture(LIST), "config": {"today": "2026-05-06"}}), patch);
    check_openings(&ex.part("list", parse_openings), &ex.part("config", parse_config))
}

crate::rules::harness::harness!((), super::Run, "OP", ["seed"], "## Sådan retter du / How to fix it", |_, example| {
    check_example(example).findings.into_iter().map(|f| f.code).collect()
});

#[test]
fn the_example_list_is_quiet() {
    let r = check_example("{}");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}
