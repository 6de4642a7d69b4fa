//! `<jobspor-abc-plan>`: the citizen's ABC job plan (seed 004) as a custom element (the JS shim in
//! `pkg-config/abc.js` defines it and forwards its lifecycle to [`AbcPlanElement`]).
//!
//! - attributes: `lang` (`da` default, `en`); `today` (`YYYY-MM-DD`, for a row's "when"; default
//!   the browser's date, an invalid value is shown and ignored); `storage-key` (opt-in: the plan
//!   is kept as a draft in `localStorage` under this key and read back on load; without it
//!   nothing is stored); `render-limit` (how many rows are rendered, default 200, 1–100,000:
//!   beyond it a note says how many are shown of how many; every row is checked);
//! - properties: `plan` (read/write, the ABC plan contract), `config` (read/write, `AbcConfig`:
//!   the host's demand data and thresholds; `today` comes from the attribute), `result`
//!   (read-only: the latest `AbcResult`);
//! - event: `result` (bubbles, composed) after every change, `detail` = `AbcResult`.

mod labels;
mod state;
mod view;

#[cfg(test)]
mod tests;

use jobspor_core::abc::{parse_config, parse_plan};
use jobspor_core::InputError;
use wasm_bindgen::prelude::*;

use crate::element::{parse_js, to_json};
use state::{Form, LoadError};
pub(crate) use state::State;
pub use view::{AbcPlanApp, Msg};

crate::element::element! {
    /// The Rust side of `<jobspor-abc-plan>`.
    AbcPlanElement(AbcPlanApp, State, Msg), result: "AbcResult | null"
}

#[wasm_bindgen]
impl AbcPlanElement {
    /// The plan as currently filled in (a plain object in the plan contract).
    #[wasm_bindgen(getter, unchecked_return_type = "AbcPlan | null")]
    pub fn plan(&self) -> JsValue {
        self.shared.read_js(|s| s.plan_json())
    }

    /// Replaces the plan (`null`: an empty plan with the three lines A, B and C). Invalid input
    /// keeps the form and shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_plan(&self, #[wasm_bindgen(unchecked_param_type = "AbcPlan | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the plan", "planen", parse_plan);
        self.load(parsed.map(|p| p.unwrap_or_default()), |s, p| s.form = Form::from_plan(p), LoadError::Plan);
    }

    /// The host's configuration in force.
    #[wasm_bindgen(getter, unchecked_return_type = "AbcConfig | null")]
    pub fn config(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.config))
    }

    /// Replaces the configuration (`null` for the defaults: no demand data). Invalid
    /// configuration is shown and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_config(&self, #[wasm_bindgen(unchecked_param_type = "AbcConfig | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the configuration", "indstillingerne", parse_config);
        self.load(parsed.map(|c| c.unwrap_or_default()), |s, c| s.config = c, LoadError::Config);
    }

    /// Takes a parsed property value (`set`), or shows its error in place of the previous one of
    /// the same kind; checks again and renders.
    fn load<T: 'static>(&self, parsed: Result<T, InputError>, set: fn(&mut State, T), kind: fn(InputError) -> LoadError) {
        self.shared.apply(true, move |s| {
            let same = std::mem::discriminant(&kind(InputError::new("", "", "")));
            let error = match parsed {
                Ok(v) => {
                    set(s, v);
                    None
                }
                Err(e) => Some(kind(e)),
            };
            s.ui.errors.retain(|e| std::mem::discriminant(e) != same);
            s.ui.errors.extend(error);
        });
        self.refresh();
    }
}
