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

use jobspor_core::joborder::parse_job_order;
use wasm_bindgen::prelude::*;

use crate::element::{parse_js, to_json};
use state::{Form};
pub(crate) use state::State;
pub use view::{JobOrderApp, Msg};

crate::element::element! {
    /// The Rust side of `<jobspor-job-order>`.
    JobOrderElement(JobOrderApp, State, Msg), result: "JobOrderResult | null"
}

#[wasm_bindgen]
impl JobOrderElement {
    /// The job order as currently filled in (a plain object in the job-order contract).
    #[wasm_bindgen(getter, unchecked_return_type = "JobOrder | null")]
    pub fn value(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.form.to_order()))
    }

    /// Replaces the form's content (`null` empties it). Invalid input keeps the form and shows
    /// the error.
    #[wasm_bindgen(setter)]
    pub fn set_value(
        &self,
        #[wasm_bindgen(unchecked_param_type = "JobOrder | string | null | undefined")] value: JsValue,
    ) {
        let parsed = parse_js(&value, "the job order", "jobordren", parse_job_order);
        self.shared.apply(true, move |s| match parsed {
            Ok(order) => {
                s.form = Form::from_order(order.unwrap_or_default());
                s.error = None;
            }
            Err(e) => s.error = Some(e),
        });
        self.refresh();
    }
}
