//! The work-placement follow-up's rules: one rule per file, declared with
//! [`crate::rules::declare!`], one registry ([`RULES`]).
//!
//! A rule's two examples are JSON merge patches over `{"followup":
//! tests/fixtures/progress/followup.json, "config": {}}` (a patch's list replaces the whole
//! list); `tests.rs` runs them. Codes are stable: never reused or renumbered.
//!
//! Codes: `PF0xx` the follow-up's fields, `PF1xx` the scores over time (prompts).

use super::Ctx;

crate::rules::registry! {
    findings Ctx;
    pf001_task_without_agreement::TaskWithoutAgreement,
    pf002_no_hours_goal::NoHoursGoal,
    pf003_score_without_date::ScoreWithoutDate,
    pf004_date_without_evaluation::DateWithoutEvaluation,
    pf005_pay_condition_missing::PayConditionMissing,
    pf101_score_fell::ScoreFell,
}

#[cfg(test)]
pub(crate) mod tests;
