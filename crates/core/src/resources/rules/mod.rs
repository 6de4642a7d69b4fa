//! The resource calculator's rules: one rule per file, one registry ([`RULES`]).
//!
//! Examples are JSON merge patches over `{"input": tests/fixtures/resources/input.json,
//! "config": {}}`; `tests.rs` runs them. Codes are stable: never reused or renumbered.
//!
//! Codes: `RS0xx` the capacity rule, `RS1xx` the inputs and the table.

use super::Ctx;
use crate::rules::Finding;

/// The resource rules add nothing to the common [`crate::rules::RuleMeta`].
pub type Extra = ();

/// The function every rule's `run` is.
pub(crate) type Run = for<'a> fn(&Ctx<'a>, &mut Vec<Finding>);

crate::rules::registry! {
    Run;
    rs001_intensified_above_39_weeks::IntensifiedAbove39Weeks,
    rs002_capacity_figure_missing::CapacityFigureMissing,
    rs101_weeks_not_typical::WeeksNotTypical,
    rs102_beyond_the_table::BeyondTheTable,
}

#[cfg(test)]
pub(crate) mod tests;
