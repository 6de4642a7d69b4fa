//! `<jobspor-track>`: the track assessment (sporvalg) for caseworkers as a custom element (the
//! JS shim in `pkg-config/jobspor.js` defines it and forwards its lifecycle to [`TrackElement`]).
//!
//! - attribute: `lang` (`da` default, `en`);
//! - properties: `profile` (read/write, the track profile contract), `config` (read/write,
//!   `TrackConfig`; its `override` is the caseworker's choice made in the widget), `result`
//!   (read-only: the latest result plus `checked`);
//! - event: `result` (bubbles, composed) after every change, `detail` = `TrackResult` plus
//!   `checked` (ids of the ticked actions). With an override, `track` is the caseworker's choice,
//!   `proposed_track` the original proposal and `override` the track with its written reason.

mod labels;
mod state;
mod view;

#[cfg(test)]
mod tests;

use std::rc::Rc;

use jobspor_core::track::{parse_config, parse_profile};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::i18n::Lang;
use crate::element::{js_json, json_js};
use state::{Form, LoadError, Shared};
pub use view::{Msg, Props, TrackApp};

/// The Rust side of `<jobspor-track>`.
#[wasm_bindgen]
pub struct TrackElement {
    shared: Rc<Shared>,
    app: crate::element::Mounted<TrackApp>,
}

#[wasm_bindgen]
impl TrackElement {
    /// Renders the widget into `root` (the element's shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot) -> TrackElement {
        let shared = Rc::new(Shared::new(Some(host)));
        let app = crate::element::Mounted::new(&root, Props { shared: shared.clone() });
        shared.announce();
        TrackElement {
            shared,
            app,
        }
    }

    /// Called by the shim for `lang`.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: String, value: Option<String>) {
        if name == "lang" {
            self.shared
                .apply(false, |s| s.lang = Lang::from_attr(value.as_deref()));
            self.refresh();
        }
    }

    /// The profile as currently filled in (a plain object in the profile contract).
    #[wasm_bindgen(getter, unchecked_return_type = "TrackProfile | null")]
    pub fn profile(&self) -> JsValue {
        match self.shared.state.try_borrow() {
            Ok(s) => json_js(
                &serde_json::to_string(&s.form.to_profile()).unwrap_or_else(|_| "null".into()),
            ),
            Err(_) => JsValue::NULL,
        }
    }

    /// Replaces the questionnaire's content. Invalid input keeps the form and shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_profile(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TrackProfile | string | null | undefined")]
        value: JsValue,
    ) {
        let parsed = js_json(&value, "the profile", "profilen")
            .and_then(|j| j.map(|j| parse_profile(&j)).transpose());
        self.shared.apply(true, move |s| match parsed {
            Ok(p) => {
                s.form = Form::from_profile(p.unwrap_or_default());
                if matches!(s.ui.error, Some(LoadError::Profile(_))) {
                    s.ui.error = None;
                }
            }
            Err(e) => s.ui.error = Some(LoadError::Profile(e)),
        });
        self.refresh();
    }

    /// The latest result: `TrackResult` plus `checked`.
    #[wasm_bindgen(
        getter,
        unchecked_return_type = "(TrackResult & { checked: string[] }) | null"
    )]
    pub fn result(&self) -> JsValue {
        match self.shared.state.try_borrow() {
            Ok(s) => json_js(&s.detail),
            Err(_) => JsValue::NULL,
        }
    }

    /// `result` is read-only; setting it is ignored.
    #[wasm_bindgen(setter)]
    pub fn set_result(&self, #[wasm_bindgen(unchecked_param_type = "unknown")] _value: JsValue) {}

    /// The configuration in force, with the caseworker's override.
    #[wasm_bindgen(getter, unchecked_return_type = "TrackConfig | null")]
    pub fn config(&self) -> JsValue {
        match self.shared.state.try_borrow() {
            Ok(s) => json_js(&serde_json::to_string(&s.config).unwrap_or_else(|_| "null".into())),
            Err(_) => JsValue::NULL,
        }
    }

    /// Replaces the configuration (`null` for the defaults). Invalid configuration is shown and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_config(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TrackConfig | string | null | undefined")]
        value: JsValue,
    ) {
        let parsed = js_json(&value, "the configuration", "indstillingerne")
            .and_then(|j| j.map(|j| parse_config(&j)).transpose());
        self.shared.apply(true, move |s| match parsed {
            Ok(c) => {
                s.config = c.unwrap_or_default();
                if matches!(s.ui.error, Some(LoadError::Config(_))) {
                    s.ui.error = None;
                }
            }
            Err(e) => s.ui.error = Some(LoadError::Config(e)),
        });
        self.refresh();
    }

    fn refresh(&self) {
        self.app.send(Msg::Refresh);
    }
}
