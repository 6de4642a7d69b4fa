//! # jobspor-core
//!
//! The rules Danish job centres and a-kasser use to help unemployed people into work, as
//! pure Rust: no WebAssembly, no web or UI dependency. The same functions run natively (the
//! `jobspor` CLI, tests, benchmarks) and in the browser (through `jobspor-wasm`).
//!
//! Every public input is JSON with a documented contract; bad input gives an
//! [`InputError`] naming the field path, never a panic.

// First: its macros (`declare_rule!`, `registry!`) are in scope in every module below.
#[macro_use]
pub mod rules;
pub mod abc;
pub mod cv;
pub mod joborder;
pub mod lexicon;
pub mod smart;
pub mod track;
mod error;
mod text;

pub use error::InputError;

use serde::{Deserialize, Serialize};

/// A text in Danish (first) and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Text {
    /// Danish.
    pub da: String,
    /// English.
    pub en: String,
}

impl Text {
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Self {
        Text { da: da.into(), en: en.into() }
    }
}

/// A finding's severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks the goal (e.g. the CV can't be found in a Jobnet search).
    Error,
    /// Worth fixing: costs findability or selection.
    Warning,
    /// Advice.
    Info,
}
