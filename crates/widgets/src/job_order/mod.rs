//! `<jobspor-job-order>`: the job-order form (seed 002 appendix C, "Ordreblanket") with live
//! findings, as a custom element (the JS shim in `pkg-config/joborder.js` defines it and forwards
//! its lifecycle to [`JobOrderElement`]).
//!
//! - attribute: `lang` (`da` default, `en`);
//! - properties: `value` (read/write, the job-order contract; invalid input is shown in the
//!   widget, never thrown), `result` (read-only, the latest `JobOrderResult`);
//! - event: `result` (bubbles, composed) after every change, `detail` = `JobOrderResult`.

mod labels;
mod state;
mod view;

#[cfg(test)]
mod tests;

use std::rc::Rc;

use jobspor_core::joborder::parse_job_order;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::element::{js_json, Mounted};
use crate::i18n::Lang;
use state::{Form, Shared};
pub use view::{JobOrderApp, Msg};

/// The Rust side of `<jobspor-job-order>`.
#[wasm_bindgen]
pub struct JobOrderElement {
    shared: Rc<Shared>,
    app: Mounted<JobOrderApp>,
}

#[wasm_bindgen]
impl JobOrderElement {
    /// Renders the widget into `root` (the element's shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot) -> JobOrderElement {
        let (shared, app) = Shared::mount(host, &root);
        JobOrderElement { shared, app }
    }

    /// Called by the shim for `lang`.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: String, value: Option<String>) {
        if name == "lang" {
            self.shared.apply(false, |s| s.lang = Lang::from_attr(value.as_deref()));
            self.app.send(Msg::Refresh);
        }
    }

    /// The job order as currently filled in (a plain object in the job-order contract).
    #[wasm_bindgen(getter, unchecked_return_type = "JobOrder | null")]
    pub fn value(&self) -> JsValue {
        self.shared.read_js(|s| serde_json::to_string(&s.form.to_order()).unwrap_or_else(|_| "null".into()))
    }

    /// Replaces the form's content (`null` empties it). Invalid input keeps the form and shows
    /// the error.
    #[wasm_bindgen(setter)]
    pub fn set_value(
        &self,
        #[wasm_bindgen(unchecked_param_type = "JobOrder | string | null | undefined")] value: JsValue,
    ) {
        let parsed = js_json(&value, "the job order", "jobordren")
            .and_then(|j| j.map(|j| parse_job_order(&j)).transpose());
        self.shared.apply(true, move |s| match parsed {
            Ok(order) => {
                s.form = Form::from_order(order.unwrap_or_default());
                s.error = None;
            }
            Err(e) => s.error = Some(e),
        });
        self.app.send(Msg::Refresh);
    }

    /// The latest result: `{searchable, findings}`.
    #[wasm_bindgen(getter, unchecked_return_type = "JobOrderResult | null")]
    pub fn result(&self) -> JsValue {
        self.shared.read_js(|s| s.detail.clone())
    }

    /// `result` is read-only; setting it (the shim does when an element is re-attached) is ignored.
    #[wasm_bindgen(setter)]
    pub fn set_result(&self, #[wasm_bindgen(unchecked_param_type = "unknown")] _value: JsValue) {}
}
