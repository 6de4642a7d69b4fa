//! The conversation and the indsatsplan (issue 17), behind the `conversation` feature: the
//! indsatsplan check, the seeds' conversation guides as data, and a conversation's summary
//! (agreements SMART-checked). The package's `jobspor/conversation` entry.

use super::{result_or_error, to_js, to_json};
use jobspor_core::conversation;
use jobspor_core::indsatsplan;
use jobspor_core::InputError;
use wasm_bindgen::prelude::*;

/// The browser's local date, `YYYY-MM-DD`.
pub(crate) fn local_today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// The indsatsplan: each delmål SMART-checked as a goal, the areas of the hovedmål and each
/// delmål, and the findings (`IP…`). `plan` is an object or JSON text (indsatsplan.schema.json);
/// `config` optional (`{today}`, default the browser's local date). Returns the result, or an
/// `InputError` naming the offending field's path.
#[wasm_bindgen(js_name = checkIndsatsplan, unchecked_return_type = "IndsatsplanResult | InputError")]
pub fn check_indsatsplan(
    #[wasm_bindgen(unchecked_param_type = "Indsatsplan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IndsatsplanConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let p = to_json(&plan, "the indsatsplan")?.ok_or_else(|| InputError::new("", "the indsatsplan is missing", "indsatsplanen mangler"))?;
        let p = indsatsplan::parse_indsatsplan(&p)?;
        let mut c = match to_json(&config, "the configuration")? {
            Some(c) if !c.trim().is_empty() => indsatsplan::parse_config(&c)?,
            _ => indsatsplan::IndsatsplanConfig::default(),
        };
        c.today = c.today.or_else(|| Some(local_today()));
        Ok(indsatsplan::check_indsatsplan(&p, &c))
    })())
}

/// Every indsatsplan rule's metadata, in code order.
#[wasm_bindgen(js_name = indsatsplanRules, unchecked_return_type = "CheckRuleMeta[]")]
pub fn indsatsplan_rules() -> JsValue {
    to_js(&<jobspor_core::check::IndsatsplanCheck as jobspor_core::Check>::rules())
}

/// The seeds' conversation guides (first conversation, later conversations, seed 002's guide for
/// the unemployed) and the GameMaster and UGU techniques, every step and prompt with its seed
/// citation.
#[wasm_bindgen(js_name = conversationGuides, unchecked_return_type = "ConversationGuides")]
pub fn conversation_guides() -> JsValue {
    to_js(&conversation::default_guides())
}

/// Validates a host's own guides (object or JSON text, conversation-guides.schema.json): the
/// guides as read, or an `InputError` naming the path.
#[wasm_bindgen(js_name = parseConversationGuides, unchecked_return_type = "ConversationGuides | InputError")]
pub fn parse_conversation_guides(#[wasm_bindgen(unchecked_param_type = "ConversationGuides | string")] guides: JsValue) -> JsValue {
    result_or_error((|| {
        let g = to_json(&guides, "the guides")?.ok_or_else(|| InputError::new("", "the guides are missing", "guiderne mangler"))?;
        conversation::parse_guides(&g)
    })())
}

/// A conversation's summary: the agreements SMART-checked (together, as in Min Plan), who does
/// what, the notes, the next focus. `record` is an object or JSON text
/// (conversation-record.schema.json); `config` optional (`{today}`, default the local date).
#[wasm_bindgen(js_name = conversationSummary, unchecked_return_type = "ConversationSummary | InputError")]
pub fn conversation_summary(
    #[wasm_bindgen(unchecked_param_type = "ConversationRecord | string")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SummaryConfig | string | undefined")] config: JsValue,
) -> JsValue {
    result_or_error((|| {
        let r = to_json(&record, "the conversation")?.ok_or_else(|| InputError::new("", "the conversation is missing", "samtalen mangler"))?;
        let r = conversation::parse_record(&r)?;
        let mut c = match to_json(&config, "the configuration")? {
            Some(c) if !c.trim().is_empty() => conversation::parse_summary_config(&c)?,
            _ => conversation::SummaryConfig::default(),
        };
        c.today = c.today.or_else(|| Some(local_today()));
        Ok(conversation::summarise(&r, &c))
    })())
}
