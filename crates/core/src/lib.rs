//! # jobspor-core
//!
//! The rules Danish job centres and a-kasser use to help unemployed people into work, as
//! pure Rust: no WebAssembly, no web or UI dependency. The same functions run natively (the
//! `jobspor` CLI, tests, benchmarks) and in the browser (through `jobspor-wasm`).
//!
//! Every public input is JSON with a documented contract; bad input gives an
//! [`InputError`] naming the field path, never a panic.

// First: their macros (`declare_rule!`, `registry!`) are in scope in every module below.
#[macro_use]
pub mod common;
#[macro_use]
pub mod rules;
pub mod abc;
pub mod check;
pub mod conversation;
pub mod cv;
pub mod indsatsplan;
#[cfg(feature = "import")]
pub mod import;
pub mod joborder;
pub mod plan;
pub mod progress;
pub mod lexicon;
pub mod openings;
pub mod resources;
pub mod smart;
pub mod track;
mod error;
/// The text helpers, at their old path.
pub(crate) use common::text;

pub use check::Check;
pub use error::InputError;

use serde::{Deserialize, Serialize};

/// A text in Danish (first) and English.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
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

/// The one rule harness over every check: each rule's metadata and examples (see
/// `rules::harness`).
#[cfg(test)]
mod every_check {
    #[test]
    fn every_check() {
        fn both<H: crate::rules::harness::Harness>() {
            crate::rules::harness::check_metas::<H>();
            crate::rules::harness::run_examples::<H>();
        }
        both::<crate::cv::rules::tests::Examples>();
        both::<crate::smart::rules::tests::Examples>();
        both::<crate::track::rules::tests::Examples>();
        both::<crate::abc::rules::tests::Examples>();
        both::<crate::joborder::rules::tests::Examples>();
        both::<crate::resources::rules::tests::Examples>();
        both::<crate::openings::rules::tests::Examples>();
        both::<crate::plan::rules::tests::Examples>();
        both::<crate::progress::card::rules::tests::Examples>();
        both::<crate::progress::followup::rules::tests::Examples>();
        both::<crate::indsatsplan::rules::tests::Examples>();
    }

    /// The harness fails on a rule that does not fire on its example, and on docs without the fixed
    /// sections.
    #[test]
    fn the_harness_catches_a_broken_rule() {
        /// The ABC rules with a check that never fires, and with the FIX section given (`true`)
        /// or another check's spelling of it (`false`).
        struct Broken<const RIGHT_SECTION: bool>;
        impl<const RIGHT_SECTION: bool> crate::rules::harness::Harness for Broken<RIGHT_SECTION> {
            type Extra = ();
            type Run = crate::abc::rules::Run;
            const PREFIX: &'static str = "AB";
            const SOURCES: &'static [&'static str] = &["seed"];
            const FIX: &'static str =
                if RIGHT_SECTION { "## Sådan retter du / How to fix it" } else { "## Sådan bruger du reglen / How to use it" };
            fn rules() -> &'static [crate::rules::Rule<(), Self::Run>] {
                crate::abc::rules::RULES
            }
            fn codes(_: &crate::rules::RuleMeta, _: &str) -> Vec<String> {
                Vec::new()
            }
        }
        type NeverFires = Broken<true>;
        type WrongSection = Broken<false>;
        assert!(std::panic::catch_unwind(crate::rules::harness::run_examples::<NeverFires>).is_err());
        assert!(std::panic::catch_unwind(crate::rules::harness::check_metas::<WrongSection>).is_err());
        crate::rules::harness::check_metas::<NeverFires>();
    }
}
