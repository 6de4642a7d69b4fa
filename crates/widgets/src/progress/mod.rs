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

use std::rc::Rc;

use jobspor_core::rules::Finding;
use jobspor_core::Severity;
use wasm_bindgen::prelude::*;
use yew::html::Scope;
use yew::prelude::*;

use crate::element::{App, Msg, View};
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

/// A callback that edits a widget's state with the event target's value.
fn edit<S: View, E: AsRef<web_sys::Event> + 'static>(link: &Scope<App<S>>, f: impl Fn(&mut S, String) + 'static) -> Callback<E> {
    let f = Rc::new(f);
    link.callback(move |e: E| {
        let (v, f) = (crate::dom::target_value(e.as_ref()), f.clone());
        Msg::Edit(Box::new(move |s: &mut S| f(s, v)))
    })
}

/// A typed text, trimmed; `None` when blank.
fn opt(v: String) -> Option<String> {
    let v = v.trim().to_string();
    (!v.is_empty()).then_some(v)
}

/// The core's findings: code, message and fix.
fn findings(f: &[Finding], lang: Lang, l: &labels::Labels) -> Html {
    html! {
        <section class="pc-findings" aria-labelledby="pc-h-findings">
            <h3 id="pc-h-findings">{ format!("{} ({})", l.findings, f.len()) }</h3>
            if f.is_empty() { <p>{ l.no_findings }</p> }
            <ul class="list">
                { for f.iter().map(|f| {
                    let sev = match f.severity { Severity::Error => "sev-error", Severity::Warning => "sev-warning", Severity::Info => "sev-info" };
                    html! {
                        <li class={classes!("finding", sev)} data-code={f.code.clone()}>
                            <span class="code">{ f.code.clone() }</span>{ " " }{ lang.text(&f.message).to_string() }
                            <span class="fix pc-screen">{ " " }<strong>{ l.fix }</strong>{ " " }{ lang.text(&f.fix).to_string() }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
