//! The progression card's rules: one rule per file, declared with [`crate::rules::declare!`],
//! one registry ([`RULES`]).
//!
//! A rule's two examples are JSON merge patches over `{"card":
//! tests/fixtures/progress/card.json, "config": {}}` (a patch's list replaces the whole list);
//! `tests.rs` runs them. Codes are stable: never reused or renumbered.
//!
//! Codes: `PC0xx` the card's header and dates, `PC1xx` the scores over time (prompts).

use super::Ctx;

crate::rules::registry! {
    findings Ctx;
    pc001_no_hours_goal::NoHoursGoal,
    pc002_score_without_date::ScoreWithoutDate,
    pc003_date_without_evaluation::DateWithoutEvaluation,
    pc004_dates_out_of_order::DatesOutOfOrder,
    pc101_score_fell::ScoreFell,
}

#[cfg(test)]
pub(crate) mod tests;
