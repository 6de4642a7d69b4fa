//! Following progress (issue 18) as custom elements of the `progress` module (the JS shim in
//! `pkg-config/progress.js` defines them):
//!
//! `<jobspor-progress-card>` – the progression card (Progressionskort, seed 002 appendix F):
//! - attributes: `lang` (`da` default, `en`);
//! - properties: `value` (read/write, `ProgressCard`: the header, the date columns with their
//!   scores, "Særlige hensyn"; no CPR field), `config` (read/write, `ProgressConfig`: the
//!   weights, equal by default), `result` (read-only: the latest `ProgressResult`);
//! - event: `result` (bubbles, composed) after every change, `detail` = `ProgressResult`.
//!
//! `<jobspor-placement-followup>` – the work-placement follow-up (seed 003 §4.2):
//! - attributes: `lang`;
//! - properties: `value` (read/write, `PlacementFollowup`), `config` (read/write,
//!   `FollowupConfig`), `result` (read-only: the latest `FollowupResult`);
//! - event: `result` after every change, `detail` = `FollowupResult`.

mod card;
mod followup;
mod labels;

#[cfg(test)]
mod tests;

use jobspor_core::rules::Finding;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::i18n::Lang;

use crate::element::{parse_js, to_json};
pub(crate) use card::State as CardState;
use card::{CardApp, LoadError, Msg as CardMsg};
pub(crate) use followup::State as FollowupState;
use followup::{FollowupApp, Msg as FollowupMsg};

crate::element::element! {
    /// The Rust side of `<jobspor-progress-card>`.
    ProgressCardElement(CardApp, CardState, CardMsg), result: "ProgressResult | null"
}

#[wasm_bindgen]
impl ProgressCardElement {
    /// The card (a plain object in the `ProgressCard` contract).
    #[wasm_bindgen(getter, unchecked_return_type = "ProgressCard | null")]
    pub fn value(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.card))
    }

    /// Replaces the card (`null`: an empty card). Invalid input keeps the card and shows the
    /// error naming the field.
    #[wasm_bindgen(setter)]
    pub fn set_value(&self, #[wasm_bindgen(unchecked_param_type = "ProgressCard | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the progression card", "progressionskortet", jobspor_core::progress::parse_card);
        self.shared.apply(true, move |s| {
            let e = parsed.map(|c| s.set_card(c.unwrap_or_default())).err().map(LoadError::Value);
            s.load(e, |e| matches!(e, LoadError::Value(_)));
        });
        self.refresh();
    }

    /// The configuration in force (the weights).
    #[wasm_bindgen(getter, unchecked_return_type = "ProgressConfig | null")]
    pub fn config(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.config))
    }

    /// Replaces the configuration (`null`: equal weights); invalid configuration is shown and
    /// ignored.
    #[wasm_bindgen(setter)]
    pub fn set_config(&self, #[wasm_bindgen(unchecked_param_type = "ProgressConfig | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the configuration", "indstillingerne", jobspor_core::progress::parse_config);
        self.shared.apply(true, move |s| {
            let e = parsed.map(|c| s.config = c.unwrap_or_default()).err().map(LoadError::Config);
            s.load(e, |e| matches!(e, LoadError::Config(_)));
        });
        self.refresh();
    }
}

crate::element::element! {
    /// The Rust side of `<jobspor-placement-followup>`.
    PlacementFollowupElement(FollowupApp, FollowupState, FollowupMsg), result: "FollowupResult | null"
}

#[wasm_bindgen]
impl PlacementFollowupElement {
    /// The follow-up (a plain object in the `PlacementFollowup` contract).
    #[wasm_bindgen(getter, unchecked_return_type = "PlacementFollowup | null")]
    pub fn value(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.value))
    }

    /// Replaces the follow-up (`null`: one empty visit). Invalid input keeps it and shows the
    /// error naming the field.
    #[wasm_bindgen(setter)]
    pub fn set_value(&self, #[wasm_bindgen(unchecked_param_type = "PlacementFollowup | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the follow-up", "opfølgningen", jobspor_core::progress::parse_followup);
        self.shared.apply(true, move |s| match parsed {
            Ok(v) => {
                s.value = v.unwrap_or_else(|| FollowupState::default().value);
                s.load_error = None;
            }
            Err(e) => s.load_error = Some(e),
        });
        self.refresh();
    }

    /// The configuration in force (`min_gap`).
    #[wasm_bindgen(getter, unchecked_return_type = "FollowupConfig | null")]
    pub fn config(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.config))
    }

    /// Replaces the configuration (`null`: the defaults); invalid configuration is shown and
    /// ignored.
    #[wasm_bindgen(setter)]
    pub fn set_config(&self, #[wasm_bindgen(unchecked_param_type = "FollowupConfig | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the configuration", "indstillingerne", jobspor_core::progress::followup::parse_config);
        self.shared.apply(true, move |s| match parsed {
            Ok(c) => s.config = c.unwrap_or_default(),
            Err(e) => s.load_error = Some(e),
        });
        self.refresh();
    }
}

/// The stylesheet of the progress widgets, appended to the widgets' shared one in this module's
/// build only.
pub const CSS: &str = include_str!("progress.css");

use crate::form::{edit, opt};

/// The core's findings: code, message and fix.
fn findings(f: &[Finding], lang: Lang, l: &labels::Labels) -> Html {
    crate::form::findings("pc", f, lang, crate::form::FindingWords { findings: l.findings, no_findings: l.no_findings, fix: l.fix })
}
