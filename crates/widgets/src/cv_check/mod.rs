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

use jobspor_core::cv::{parse_cv, parse_options};
use wasm_bindgen::prelude::*;

use crate::element::{parse_js, to_json};
use state::{Form, LoadError};
pub(crate) use state::State;
pub use view::{CvCheck, Msg};

crate::element::element! {
    /// The Rust side of `<jobspor-cv-check>`.
    CvCheckElement(CvCheck, State, Msg),
    result: "(CvResult & { overrides: Override[]; mode: \"citizen\" | \"caseworker\" }) | null"
}

#[wasm_bindgen]
impl CvCheckElement {
    /// The CV as currently filled in (a plain object in the CV contract).
    #[wasm_bindgen(getter, unchecked_return_type = "Cv | null")]
    pub fn cv(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.form.to_cv()))
    }

    /// Replaces the form's content. Invalid input keeps the form and shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_cv(&self, #[wasm_bindgen(unchecked_param_type = "Cv | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the CV", "CV'et", parse_cv);
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

    /// The options in force (weights, thresholds, the caseworker's overrides).
    #[wasm_bindgen(getter, unchecked_return_type = "CvOptions | null")]
    pub fn options(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.options))
    }

    /// Replaces the options (`null` for the defaults). Invalid options are shown and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_options(&self, #[wasm_bindgen(unchecked_param_type = "CvOptions | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the options", "indstillingerne", parse_options);
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
        let json = crate::element::js_json(&value, "the job order", "jobordren");
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
}
