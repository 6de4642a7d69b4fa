//! Every rule's documented examples run here, against `{"followup":
//! tests/fixtures/progress/followup.json, "config": {}}`.

use super::RULES;
use crate::progress::followup::{check_followup, parse_config, parse_followup, FollowupResult};
use crate::rules::harness::fixture;
use serde_json::json;

const FOLLOWUP: &str = include_str!("../../../../../../tests/fixtures/progress/followup.json");

crate::rules::harness::findings_harness!("PF", FollowupResult = check_followup(
    json!({"followup": fixture(FOLLOWUP), "config": {}}),
    "followup" => parse_followup,
    "config" => parse_config,
));

