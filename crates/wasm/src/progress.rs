//! Following progress (issue 18), behind the `progress` feature: the progression card (seed 002
//! appendix F) and the work-placement follow-up (seed 003 §4.2). Self-contained: the widgets and
//! a package entry come later.

use super::{result_or_error, to_js, to_json};
use jobspor_core::InputError;
use wasm_bindgen::prelude::*;

/// A required document as JSON text, or "… is missing".
fn document(value: &JsValue, what: &str, what_da: &str) -> Result<String, InputError> {
    to_json(value, what)?.ok_or_else(|| InputError::new("", format!("{what} is missing"), format!("{what_da} mangler")))
}

/// The progression card: totals per date column and per group ("Samlet antal point"), the seed's
/// words for each score, progress per item and in total between columns, the hours, and the
/// findings. `card` is an object or JSON text (progress-card.schema.json); `config` optional
/// (`{weights: {item: weight}}`, equal by default). Returns the result, or an `InputError` naming
/// the offending field's path.
#[wasm_bindgen(js_name = checkProgressCard, unchecked_return_type = "ProgressResult | InputError")]
pub fn check_progress_card(
    #[wasm_bindgen(unchecked_param_type = "ProgressCard | string")] card: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ProgressConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let c = document(&card, "the progression card", "progressionskortet")?;
        let cfg = to_json(&config, "the configuration")?;
        jobspor_core::progress::check_progress_card_json(&c, cfg.as_deref())
    })())
}

/// The card's thirteen items with the seed's words for every level 5–1 and the seed lines each
/// is quoted from, for drawing the card before anything is scored.
#[wasm_bindgen(js_name = progressCardItems, unchecked_return_type = "ItemInfo[]")]
pub fn progress_card_items() -> JsValue {
    to_js(&jobspor_core::progress::card::items())
}

/// Every progression-card rule's metadata, in code order.
#[wasm_bindgen(js_name = progressCardRules, unchecked_return_type = "CheckRuleMeta[]")]
pub fn progress_card_rules() -> JsValue {
    to_js(&<jobspor_core::check::ProgressCardCheck as jobspor_core::Check>::rules())
}

/// The work-placement follow-up: per task of each visit the gaps employer ↔ citizen and to a new
/// hire's level, the seed's prompt that applies (`employer_higher` / `employer_lower`), the change
/// since the task's last visit, the seed's questions, and the findings. `followup` is an object or
/// JSON text (placement-followup.schema.json); `config` optional (`{min_gap}`).
#[wasm_bindgen(js_name = checkPlacementFollowup, unchecked_return_type = "FollowupResult | InputError")]
pub fn check_placement_followup(
    #[wasm_bindgen(unchecked_param_type = "PlacementFollowup | string")] followup: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FollowupConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let f = document(&followup, "the follow-up", "opfølgningen")?;
        let cfg = to_json(&config, "the configuration")?;
        jobspor_core::progress::check_followup_json(&f, cfg.as_deref())
    })())
}

/// Every placement-follow-up rule's metadata, in code order.
#[wasm_bindgen(js_name = placementFollowupRules, unchecked_return_type = "CheckRuleMeta[]")]
pub fn placement_followup_rules() -> JsValue {
    to_js(&<jobspor_core::check::PlacementFollowupCheck as jobspor_core::Check>::rules())
}
