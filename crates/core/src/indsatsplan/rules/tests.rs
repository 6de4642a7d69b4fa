//! Every rule's documented examples run here, against `{"plan":
//! tests/fixtures/indsatsplan/indsatsplan.json, "config": {"today": "2026-03-01"}}`.

use super::RULES;
use crate::indsatsplan::{check_indsatsplan, parse_config, parse_indsatsplan, IndsatsplanResult};
use crate::rules::harness::{fixture, Example};
use serde_json::json;

const PLAN: &str = include_str!("../../../../../tests/fixtures/indsatsplan/indsatsplan.json");

pub(crate) fn check_example(patch: &str) -> IndsatsplanResult {
    let ex = Example::new(json!({"plan": fixture(PLAN), "config": {"today": "2026-03-01"}}), patch);
    check_indsatsplan(&ex.part("plan", parse_indsatsplan), &ex.part("config", parse_config))
}

crate::rules::harness::harness!((), super::Run, "IP", ["marselisborg-langtidsledighed-guide.txt:", "frederikshavn-metodehaandbog.txt:"], "## Sådan retter du / How to fix it", |_, example| {
    check_example(example).findings.into_iter().map(|f| f.code).collect()
});
