//! `<jobspor-smart-check>`: an editor for one or several agreements (or job goals), like Min
//! Plan's aftalefelt, with the SMART check of each as the person types (the JS shim in
//! `pkg-config/jobspor.js` defines the element and forwards its lifecycle to
//! [`SmartCheckElement`]).
//!
//! - attributes: `lang` (`da` default, `en`); `today` and `next-meeting` (`YYYY-MM-DD`; `today`
//!   defaults to the browser's date, and an invalid value is shown in the widget and ignored);
//!   `kind` (`agreement` or `goal` for every item; without it each item has its own toggle,
//!   `agreement` first); `render-limit` (how many agreements are rendered, default 200,
//!   1–100,000: beyond it a note says how many are shown of how many; every one is checked);
//! - properties: `value` (read/write: the texts; set a string for one agreement or an array of
//!   strings for several, read back always as an array of strings), `result` (read-only: the
//!   event's detail);
//! - event: `result` (bubbles, composed) after every change, `detail` = `{results, today,
//!   next_meeting, errors}`: `results[i]` is the SMART result of the i-th agreement (UTF-16
//!   offsets, as `checkSmart`) plus its `text`.

mod labels;
mod state;
mod view;

#[cfg(test)]
mod tests;

use jobspor_core::InputError;
use wasm_bindgen::prelude::*;

pub(crate) use state::State;
pub use view::{Msg, SmartCheck};

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
/** `detail` of the `result` event of `<jobspor-smart-check>` (and its `result` property). */
export interface SmartCheckResultDetail {
    /** One per agreement, in the editor's order: the SMART result (UTF-16 offsets) plus the text. */
    results: (SmartResult & { text: string })[];
    /** The date relative times were resolved from (the `today` attribute, else the browser's date). */
    today: string | null;
    /** The `next-meeting` attribute when valid. */
    next_meeting: string | null;
    /** Problems with the attributes (`today`, `next_meeting`, `kind`) or the `value` property. */
    errors: InputError[];
}
"#;

crate::element::element! {
    /// The Rust side of `<jobspor-smart-check>`.
    SmartCheckElement(SmartCheck, State, Msg), result: "SmartCheckResultDetail | null"
}

/// The texts of a `value`: a string, an array of strings, or `null`/`undefined` (one empty).
fn js_texts(value: &JsValue) -> Result<Vec<String>, InputError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if let Some(s) = value.as_string() {
        return Ok(vec![s]);
    }
    let bad = |path: String| {
        InputError::new(path, "must be a string or an array of strings", "skal være en tekst eller en liste af tekster")
    };
    if !js_sys::Array::is_array(value) {
        return Err(bad(String::new()));
    }
    js_sys::Array::from(value)
        .iter()
        .enumerate()
        .map(|(i, v)| v.as_string().ok_or_else(|| bad(format!("[{i}]"))))
        .collect()
}

#[wasm_bindgen]
impl SmartCheckElement {
    /// The texts, one per agreement (always an array).
    #[wasm_bindgen(getter, unchecked_return_type = "string[]")]
    pub fn value(&self) -> JsValue {
        let arr = js_sys::Array::new();
        if let Ok(s) = self.shared.state.try_borrow() {
            for t in s.texts() {
                arr.push(&JsValue::from_str(t));
            }
        }
        arr.into()
    }

    /// Replaces the agreements: a string (one), an array of strings (several), or `null` (one
    /// empty). Anything else is shown in the widget and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_value(&self, #[wasm_bindgen(unchecked_param_type = "string | string[] | null | undefined")] value: JsValue) {
        let texts = js_texts(&value);
        self.shared.apply(true, move |s| match texts {
            Ok(t) => s.set_texts(t),
            Err(e) => s.value_problem(e),
        });
        self.refresh();
    }
}
