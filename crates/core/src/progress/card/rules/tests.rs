//! Every rule's documented examples run here, against `{"card":
//! tests/fixtures/progress/card.json, "config": {}}`.

use super::RULES;
use crate::progress::card::{check_progress_card, parse_card, parse_config, ProgressResult};
use crate::rules::harness::{fixture, Example};
use serde_json::json;

const CARD: &str = include_str!("../../../../../../tests/fixtures/progress/card.json");

pub(crate) fn check_example(patch: &str) -> ProgressResult {
    let ex = Example::new(json!({"card": fixture(CARD), "config": {}}), patch);
    check_progress_card(&ex.part("card", parse_card), &ex.part("config", parse_config))
}

crate::rules::harness::harness!((), super::Run, "PC", ["seed"], "## Sådan retter du / How to fix it", |_, example| {
    check_example(example).findings.into_iter().map(|f| f.code).collect()
});

