//! `<jobspor-cv-check>`: the CV check as a custom element (the JS shim in
//! `pkg-config/jobspor.js` defines the element and forwards its lifecycle to
//! [`CvCheckElement`]).
//!
//! - attributes: `lang` (`da` default, `en`), `mode` (`citizen` default, `caseworker`);
//! - properties: `cv` (read/write, the CV contract as a plain object), `result` (read-only,
//!   the latest result plus `overrides` and `mode`), `options` (read/write, `CvOptions`);
//! - event: `result` (bubbles, composed) after every change, `detail` = the result.

#[cfg(feature = "match")]
mod job_match;
mod state;
mod view;

#[cfg(test)]
mod tests;

use std::rc::Rc;

use jobspor_core::cv::{parse_cv, parse_options};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::i18n::Lang;
use crate::element::{js_json, json_js};
use state::{Form, LoadError, Mode, Shared};
pub use view::{CvCheck, Msg, Props};

/// The Rust side of `<jobspor-cv-check>`.
#[wasm_bindgen]
pub struct CvCheckElement {
    shared: Rc<Shared>,
    app: crate::element::Mounted<CvCheck>,
}

#[wasm_bindgen]
impl CvCheckElement {
    /// Renders the widget into `root` (the element's shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot) -> CvCheckElement {
        let shared = Rc::new(Shared::new(Some(host)));
        let app = crate::element::Mounted::new(&root, Props { shared: shared.clone() });
        shared.announce();
        CvCheckElement {
            shared,
            app,
        }
    }

    /// Called by the shim for `lang` and `mode`.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: String, value: Option<String>) {
        let value = value.as_deref();
        match name.as_str() {
            "lang" => self
                .shared
                .apply(false, |s| s.lang = Lang::from_attr(value)),
            "mode" => self.shared.apply(true, |s| s.mode = Mode::from_attr(value)),
            _ => return,
        };
        self.refresh();
    }

    /// The CV as currently filled in (a plain object in the CV contract).
    #[wasm_bindgen(getter, unchecked_return_type = "Cv | null")]
    pub fn cv(&self) -> JsValue {
        let json = match self.shared.state.try_borrow() {
            Ok(s) => serde_json::to_string(&s.form.to_cv()).unwrap_or_else(|_| "null".into()),
            Err(_) => return JsValue::NULL,
        };
        json_js(&json)
    }

    /// Replaces the form's content. Invalid input keeps the form and shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_cv(&self, #[wasm_bindgen(unchecked_param_type = "Cv | string | null | undefined")] value: JsValue) {
        let parsed =
            js_json(&value, "the CV", "CV'et").and_then(|j| j.map(|j| parse_cv(&j)).transpose());
        self.shared.apply(true, move |s| match parsed {
            Ok(cv) => {
                s.form = Form::from_cv(cv.unwrap_or_default());
                s.ui.error = None;
                s.ui.override_open = None;
            }
            Err(e) => s.ui.error = Some(LoadError::Property(e)),
        });
        self.refresh();
    }

    /// The latest result: `CvResult` plus `overrides` and `mode`.
    #[wasm_bindgen(getter, unchecked_return_type = "(CvResult & { overrides: Override[]; mode: \"citizen\" | \"caseworker\" }) | null")]
    pub fn result(&self) -> JsValue {
        self.shared.read_js(|s| s.detail.clone())
    }

    /// `result` is read-only; setting it (the shim does when an element is re-attached) is ignored.
    #[wasm_bindgen(setter)]
    pub fn set_result(&self, #[wasm_bindgen(unchecked_param_type = "unknown")] _value: JsValue) {}

    /// The options in force (weights, thresholds, the caseworker's overrides).
    #[wasm_bindgen(getter, unchecked_return_type = "CvOptions | null")]
    pub fn options(&self) -> JsValue {
        match self.shared.state.try_borrow() {
            Ok(s) => json_js(&serde_json::to_string(&s.options).unwrap_or_else(|_| "null".into())),
            Err(_) => JsValue::NULL,
        }
    }

    /// Replaces the options (`null` for the defaults). Invalid options are shown and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_options(&self, #[wasm_bindgen(unchecked_param_type = "CvOptions | string | null | undefined")] value: JsValue) {
        let parsed = js_json(&value, "the options", "indstillingerne")
            .and_then(|j| j.map(|j| parse_options(&j)).transpose());
        self.shared.apply(true, move |s| match parsed {
            Ok(o) => {
                s.options = o.unwrap_or_default();
                if matches!(s.ui.error, Some(LoadError::Options(_))) {
                    s.ui.error = None;
                }
            }
            Err(e) => s.ui.error = Some(LoadError::Options(e)),
        });
        self.refresh();
    }

    /// The job order the CV is searched with ("Would you be found for this job?"), or `null`.
    #[cfg(feature = "match")]
    #[wasm_bindgen(getter = jobOrder, unchecked_return_type = "JobOrder | null")]
    pub fn job_order(&self) -> JsValue {
        self.shared.read_js(|s| s.job_match.order_json().unwrap_or("null").to_string())
    }

    /// Sets the job order (`null` removes the section). The matcher judges it: an invalid order
    /// is shown in the section and the previous one stays in use.
    #[cfg(feature = "match")]
    #[wasm_bindgen(setter = jobOrder)]
    pub fn set_job_order(&self, #[wasm_bindgen(unchecked_param_type = "JobOrder | string | null | undefined")] value: JsValue) {
        let json = js_json(&value, "the job order", "jobordren");
        self.shared.apply(true, move |s| match json {
            Ok(j) => s.job_match.set_order(j),
            Err(e) => s.job_match.error = Some(e),
        });
        self.refresh();
    }

    /// The search behind `jobOrder`: `matchCv` of the job-order module, set by `jobspor.js` when a
    /// job order is first set (see `job_match`).
    #[cfg(feature = "match")]
    #[wasm_bindgen(getter = jobOrderMatcher, unchecked_return_type = "Function | null")]
    pub fn job_order_matcher(&self) -> JsValue {
        match self.shared.state.try_borrow() {
            Ok(s) => s.job_match.matcher.as_ref().map_or(JsValue::NULL, |m| m.js.clone()),
            Err(_) => JsValue::NULL,
        }
    }

    #[cfg(feature = "match")]
    #[wasm_bindgen(setter = jobOrderMatcher)]
    pub fn set_job_order_matcher(&self, #[wasm_bindgen(unchecked_param_type = "Function | null | undefined")] value: JsValue) {
        #[cfg(target_arch = "wasm32")]
        let matcher = {
            use wasm_bindgen::JsCast;
            value.dyn_into::<js_sys::Function>().ok().map(job_match::Matcher::from_js)
        };
        #[cfg(not(target_arch = "wasm32"))]
        let matcher = {
            let _ = value;
            None
        };
        self.shared.apply(true, move |s| s.job_match.matcher = matcher);
        self.refresh();
    }

    fn refresh(&self) {
        self.app.send(Msg::Refresh);
    }
}
