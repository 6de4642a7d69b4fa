//! Every rule's documented examples run here, against `{"card":
//! tests/fixtures/progress/card.json, "config": {}}`.

use super::RULES;
use crate::progress::card::{check_progress_card, parse_card, parse_config, ProgressResult};
use crate::rules::harness::fixture;
use serde_json::json;

const CARD: &str = include_str!("../../../../../../tests/fixtures/progress/card.json");

crate::rules::harness::findings_harness!("PC", ProgressResult = check_progress_card(
    json!({"card": fixture(CARD), "config": {}}),
    "card" => parse_card,
    "config" => parse_config,
));

