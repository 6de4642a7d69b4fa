//! Every rule's documented examples run here, against `{"followup":
//! tests/fixtures/progress/followup.json, "config": {}}`.

use super::RULES;
use crate::progress::followup::{check_followup, parse_config, parse_followup, FollowupResult};
use crate::rules::harness::{fixture, Example};
use serde_json::json;

const FOLLOWUP: &str = include_str!("../../../../../../tests/fixtures/progress/followup.json");

pub(crate) fn check_example(patch: &str) -> FollowupResult {
    let ex = Example::new(json!({"followup": fixture(FOLLOWUP), "config": {}}), patch);
    check_followup(&ex.part("followup", parse_followup), &ex.part("config", parse_config))
}

crate::rules::harness::harness!((), super::Run, "PF", ["seed"], "## Sådan retter du / How to fix it", |_, example| {
    check_example(example).findings.into_iter().map(|f| f.code).collect()
});

