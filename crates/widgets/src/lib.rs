//! # jobspor-widgets
//!
//! Yew widgets rendered into the shadow roots of Jobspor's custom elements. The JS shim
//! (`pkg-config/jobspor.js`) defines each element and forwards its lifecycle to a
//! `#[wasm_bindgen]` class here; every rule text comes from `jobspor-core`, only the UI words
//! (labels, buttons, headings) live in this crate.

#[cfg(feature = "abc")]
mod abc_plan;
#[cfg(feature = "cv")]
mod cv_check;
#[cfg(feature = "conversation")]
mod conversation;
mod dom;
mod element;
mod fields;
#[cfg(any(feature = "progress", feature = "conversation"))]
mod form;
mod i18n;
/// Memoised parts of a view (issue 14).
#[cfg(any(feature = "cv", feature = "joborder"))]
mod memo;
#[cfg(feature = "joborder")]
mod job_order;
#[cfg(feature = "numbers")]
mod numbers;
#[cfg(feature = "plan")]
mod plan;
#[cfg(feature = "progress")]
mod progress;
mod render_limit;
#[cfg(feature = "smart")]
mod smart_check;
mod storage;
#[cfg(feature = "track")]
mod track;

use wasm_bindgen::prelude::*;

#[cfg(feature = "abc")]
pub use abc_plan::AbcPlanElement;
#[cfg(feature = "cv")]
pub use cv_check::CvCheckElement;
#[cfg(feature = "conversation")]
pub use conversation::{ConversationElement, IndsatsplanElement};
pub use i18n::Lang;
#[cfg(feature = "joborder")]
pub use job_order::JobOrderElement;
#[cfg(feature = "numbers")]
pub use numbers::{OpeningsElement, ResourcesElement};
#[cfg(feature = "plan")]
pub use plan::{JoblogElement, PlanElement};
#[cfg(feature = "progress")]
pub use progress::{PlacementFollowupElement, ProgressCardElement};
#[cfg(feature = "smart")]
pub use smart_check::SmartCheckElement;
#[cfg(feature = "track")]
pub use track::TrackElement;

/// The CSS of every widget, for one constructable stylesheet shared by all shadow roots.
#[wasm_bindgen(js_name = widgetCss)]
pub fn widget_css() -> String {
    let css = WIDGET_CSS.to_string();
    // The numbers module's own rules, only in its build (the other modules don't carry them).
    #[cfg(feature = "numbers")]
    let css = css + numbers::CSS;
    // The progress module's own rules, likewise.
    #[cfg(feature = "progress")]
    let css = css + progress::CSS;
    // The plan module's own rules, likewise.
    #[cfg(feature = "plan")]
    let css = css + plan::CSS;
    // The conversation module's own rules, likewise.
    #[cfg(feature = "conversation")]
    let css = css + conversation::CSS;
    css
}

/// The widgets' stylesheet (scoped by each shadow root; no inline styles anywhere): the shared
/// rules and the sections of the widgets this build has (`build.rs` picks them from `widget.css`).
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
