//! `<jobspor-abc-plan>`: the citizen's ABC job plan (seed 004) as a custom element (the JS shim in
//! `pkg-config/abc.js` defines it and forwards its lifecycle to [`AbcPlanElement`]).
//!
//! - attributes: `lang` (`da` default, `en`); `today` (`YYYY-MM-DD`, for a row's "when"; default
//!   the browser's date, an invalid value is shown and ignored); `storage-key` (opt-in: the plan
//!   is kept as a draft in `localStorage` under this key and read back on load; without it
//!   nothing is stored);
//! - properties: `plan` (read/write, the ABC plan contract), `config` (read/write, `AbcConfig`:
//!   the host's demand data and thresholds; `today` comes from the attribute), `result`
//!   (read-only: the latest `AbcResult`);
//! - event: `result` (bubbles, composed) after every change, `detail` = `AbcResult`.

mod labels;
mod state;
mod view;

#[cfg(test)]
mod tests;

use std::rc::Rc;

use jobspor_core::abc::{parse_config, parse_plan};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::element::{js_json, Mounted};
use crate::i18n::Lang;
use jobspor_core::InputError;
use state::{Form, LoadError, Shared, State};
pub use view::{AbcPlanApp, Msg};

/// The Rust side of `<jobspor-abc-plan>`.
#[wasm_bindgen]
pub struct AbcPlanElement {
    shared: Rc<Shared>,
    app: Mounted<AbcPlanApp>,
}

#[wasm_bindgen]
impl AbcPlanElement {
    /// Renders the widget into `root` (the element's shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot) -> AbcPlanElement {
        let (shared, app) = Shared::mount(host, &root);
        AbcPlanElement { shared, app }
    }

    /// Called by the shim for `lang`, `today` and `storage-key`.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: String, value: Option<String>) {
        if name == "lang" {
            self.shared.apply(false, |s| s.lang = Lang::from_attr(value.as_deref()));
        } else {
            self.shared.apply(true, |s| {
                s.set_attr(&name, value.as_deref());
            });
        }
        self.refresh();
    }

    /// The plan as currently filled in (a plain object in the plan contract).
    #[wasm_bindgen(getter, unchecked_return_type = "AbcPlan | null")]
    pub fn plan(&self) -> JsValue {
        self.shared.read_js(|s| s.plan_json())
    }

    /// Replaces the plan (`null`: an empty plan with the three lines A, B and C). Invalid input
    /// keeps the form and shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_plan(&self, #[wasm_bindgen(unchecked_param_type = "AbcPlan | string | null | undefined")] value: JsValue) {
        let parsed = js_json(&value, "the plan", "planen").and_then(|j| j.map(|j| parse_plan(&j)).transpose());
        self.load(parsed.map(|p| p.unwrap_or_default()), |s, p| s.form = Form::from_plan(p), LoadError::Plan);
    }

    /// The host's configuration in force.
    #[wasm_bindgen(getter, unchecked_return_type = "AbcConfig | null")]
    pub fn config(&self) -> JsValue {
        self.shared.read_js(|s| serde_json::to_string(&s.config).unwrap_or_else(|_| "null".into()))
    }

    /// Replaces the configuration (`null` for the defaults: no demand data). Invalid
    /// configuration is shown and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_config(&self, #[wasm_bindgen(unchecked_param_type = "AbcConfig | string | null | undefined")] value: JsValue) {
        let parsed = js_json(&value, "the configuration", "indstillingerne").and_then(|j| j.map(|j| parse_config(&j)).transpose());
        self.load(parsed.map(|c| c.unwrap_or_default()), |s, c| s.config = c, LoadError::Config);
    }

    /// The latest result.
    #[wasm_bindgen(getter, unchecked_return_type = "AbcResult | null")]
    pub fn result(&self) -> JsValue {
        self.shared.read_js(|s| s.detail.clone())
    }

    /// `result` is read-only; setting it is ignored.
    #[wasm_bindgen(setter)]
    pub fn set_result(&self, #[wasm_bindgen(unchecked_param_type = "unknown")] _value: JsValue) {}

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

    fn refresh(&self) {
        self.app.send(Msg::Refresh);
    }
}
