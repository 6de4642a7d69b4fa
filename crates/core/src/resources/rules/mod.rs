//! The resource calculator's rules: one rule per file, one registry ([`RULES`]).
//!
//! Examples are JSON merge patches over `{"input": tests/fixtures/resources/input.json,
//! "config": {}}`; `tests.rs` runs them. Codes are stable: never reused or renumbered.
//!
//! Codes: `RS0xx` the capacity rule, `RS1xx` the inputs and the table.

use super::Ctx;

crate::rules::registry! {
    findings Ctx;
    rs001_intensified_above_39_weeks::IntensifiedAbove39Weeks,
    rs002_capacity_figure_missing::CapacityFigureMissing,
    rs101_weeks_not_typical::WeeksNotTypical,
    rs102_beyond_the_table::BeyondTheTable,
}

#[cfg(test)]
pub(crate) mod tests;
