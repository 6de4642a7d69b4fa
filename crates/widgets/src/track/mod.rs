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

use jobspor_core::track::{parse_config, parse_profile};
use wasm_bindgen::prelude::*;

use crate::element::{parse_js, to_json};
use state::{Form, LoadError};
pub(crate) use state::State;
pub use view::{Msg, TrackApp};

crate::element::element! {
    /// The Rust side of `<jobspor-track>`.
    TrackElement(TrackApp, State, Msg), result: "(TrackResult & { checked: string[] }) | null"
}

#[wasm_bindgen]
impl TrackElement {
    /// The profile as currently filled in (a plain object in the profile contract).
    #[wasm_bindgen(getter, unchecked_return_type = "TrackProfile | null")]
    pub fn profile(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.form.to_profile()))
    }

    /// Replaces the questionnaire's content. Invalid input keeps the form and shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_profile(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TrackProfile | string | null | undefined")]
        value: JsValue,
    ) {
        let parsed = parse_js(&value, "the profile", "profilen", parse_profile);
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

    /// The configuration in force, with the caseworker's override.
    #[wasm_bindgen(getter, unchecked_return_type = "TrackConfig | null")]
    pub fn config(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.config))
    }

    /// Replaces the configuration (`null` for the defaults). Invalid configuration is shown and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_config(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TrackConfig | string | null | undefined")]
        value: JsValue,
    ) {
        let parsed = parse_js(&value, "the configuration", "indstillingerne", parse_config);
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
}
