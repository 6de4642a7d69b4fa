//! The conversation (issue 17) as custom elements of the `conversation` module (the JS shim in
//! `pkg-config/conversation.js` defines them):
//!
//! `<jobspor-indsatsplan>` – the indsatsplan (seed 004):
//! - attributes: `lang` (`da` default, `en`);
//! - properties: `value` (read/write, `Indsatsplan`; no CPR field), `config` (read/write,
//!   `IndsatsplanConfig`: `today`, default the browser's date), `result` (read-only:
//!   `IndsatsplanResult`);
//! - event: `result` / `jobspor-result` after every change.
//!
//! `<jobspor-conversation>` – the caseworker's guide during the conversation:
//! - attributes: `lang`, `guide` (`first` default, `later`, `unemployed`, or a host guide's id),
//!   `minutes` (the agreed time; default the guide's, 45), `started-at` and `now` (ms since 1970
//!   or an ISO date-time: the start, and a fixed clock for tests and demos);
//! - properties: `value` (read/write, `ConversationRecord`: notes, agreements, next focus),
//!   `guides` (read/write, `ConversationGuides`: a host's own guides), `clock` (write: the
//!   current time in ms; the entry's timer sets it), `result` (read-only: `ConversationSummary`);
//! - events: `result` / `jobspor-result` after every change (detail: the summary with every
//!   agreement's SMART result); `jobspor-summary` when the caseworker finishes (same detail);
//! - slots: `abc-plan` (where the guide calls for the ABC plan: a `<jobspor-abc-plan slot="abc-plan">`
//!   child – the entry adds one when the page has none; it renders when the page loads the abc
//!   module), `cv`.

mod guide;
mod indsatsplan;
mod labels;

#[cfg(test)]
mod tests;

use jobspor_core::indsatsplan::Who;
use jobspor_core::rules::Finding;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::element::to_json;
use crate::i18n::Lang;

use guide::{ConversationApp, Msg as GuideMsg, State as GuideState};
use indsatsplan::{IndsatsplanApp, Msg as PlanMsg, State as PlanState};

crate::element::element! {
    /// The Rust side of `<jobspor-indsatsplan>`.
    IndsatsplanElement(IndsatsplanApp, PlanState, PlanMsg), result: "IndsatsplanResult | null";
    /// The plan (a plain object in the `Indsatsplan` contract).
    value: "Indsatsplan | null" = |s| to_json(&s.value);
    /// Replaces the plan (`null`: an empty plan). Invalid input keeps it and shows the error
    /// naming the field.
    set_value: "Indsatsplan | string | null | undefined" = ("the indsatsplan", "indsatsplanen", jobspor_core::indsatsplan::parse_indsatsplan) |s, v| s.value = v.unwrap_or_else(|| PlanState::default().value); clears load_error;

    /// The configuration in force (`today`).
    config: "IndsatsplanConfig | null" = |s| to_json(&s.config);
    /// Replaces the configuration (`null`: today is the browser's date); invalid configuration
    /// is shown and ignored.
    set_config: "IndsatsplanConfig | string | null | undefined" = ("the configuration", "indstillingerne", jobspor_core::indsatsplan::parse_config) |s, c| {
        let mut c = c.unwrap_or_default();
        c.today = c.today.or_else(crate::dom::browser_today);
        s.config = c;
    }; keeps load_error;
}

crate::element::element! {
    /// The Rust side of `<jobspor-conversation>`.
    ConversationElement(ConversationApp, GuideState, GuideMsg), result: "ConversationSummary | null";
    /// The conversation's record (notes, agreements, next focus).
    value: "ConversationRecord | null" = |s| to_json(&s.record);
    /// Replaces the record (`null`: an empty conversation); invalid input is shown and ignored.
    set_value: "ConversationRecord | string | null | undefined" = ("the conversation", "samtalen", jobspor_core::conversation::parse_record) |s, r| {
        s.record = r.unwrap_or_else(|| GuideState::default().record);
        if !s.record.guide.is_empty() {
        s.guide = s.record.guide.clone();
        }
    }; clears load_error;

    /// The guides in use (the seeds' by default).
    guides: "ConversationGuides | null" = |s| to_json(&s.guides);
    /// Replaces the guides with a host's own (`null`: the seeds'); invalid guides are shown and
    /// ignored.
    set_guides: "ConversationGuides | string | null | undefined" = ("the guides", "guiderne", jobspor_core::conversation::parse_guides) |s, g| s.guides = g.unwrap_or_else(jobspor_core::conversation::default_guides); clears load_error;
}

#[wasm_bindgen]
impl ConversationElement {
    /// The last clock tick (ms since 1970).
    #[wasm_bindgen(getter)]
    pub fn clock(&self) -> Option<f64> {
        self.shared.state.try_borrow().ok().and_then(|s| s.clock)
    }

    /// A clock tick (ms since 1970): the timer renders again. The `now` attribute wins.
    #[wasm_bindgen(setter)]
    pub fn set_clock(&self, value: Option<f64>) {
        self.shared.apply(false, move |s| s.clock = value.filter(|v| v.is_finite()));
        self.refresh();
    }
}

/// The stylesheet of the conversation widgets, appended to the widgets' shared one in this
/// module's build only.
pub const CSS: &str = include_str!("conversation.css");

use crate::form::{edit, opt};

/// The choices of "who": none, borger, jobcenter, a-kasse.
fn who_options(lang: Lang, l: &labels::Labels) -> Vec<(&'static str, String)> {
    let mut v = vec![("", l.none.to_string())];
    for w in [Who::Borger, Who::Jobcenter, Who::AKasse] {
        v.push((who_value(Some(w)), lang.text(&w.text()).to_string()));
    }
    v
}

/// The contract's word for who.
fn who_value(w: Option<Who>) -> &'static str {
    match w {
        Some(Who::Borger) => "borger",
        Some(Who::Jobcenter) => "jobcenter",
        Some(Who::AKasse) => "a-kasse",
        None => "",
    }
}

fn parse_who(v: &str) -> Option<Who> {
    match v {
        "borger" => Some(Who::Borger),
        "jobcenter" => Some(Who::Jobcenter),
        "a-kasse" => Some(Who::AKasse),
        _ => None,
    }
}

/// The core's findings: code, message and fix.
fn findings_list(prefix: &str, f: &[Finding], lang: Lang, l: &labels::Labels) -> Html {
    crate::form::findings(prefix, f, lang, crate::form::FindingWords { findings: l.findings, no_findings: l.no_findings, fix: l.fix })
}
