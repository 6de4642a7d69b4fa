//! Every rule's documented examples run here, against `{"list": tests/fixtures/openings/list.json,
//! "config": {"today": "2026-05-06"}}`.

use crate::openings::{check_openings, parse_config, parse_openings, OpeningsResult};
use crate::rules::harness::fixture;
use serde_json::json;

use super::RULES;

pub(crate) const LIST: &str = include_str!("../../../../../tests/fixtures/openings/list.json");

crate::rules::harness::findings_harness!("OP", OpeningsResult = check_openings(
    json!({"list": fixture(LIST), "config": {"today": "2026-05-06"}}),
    "list" => parse_openings,
    "config" => parse_config,
));

#[test]
fn the_example_list_is_quiet() {
    let r = check_example("{}");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}
