//! The indsatsplan's rules: one rule per file, declared with [`crate::rules::declare!`], one
//! registry ([`RULES`]).
//!
//! A rule's two examples are JSON merge patches over `{"plan":
//! tests/fixtures/indsatsplan/indsatsplan.json, "config": {"today": "2026-03-01"}}` (a patch's
//! list replaces the whole list); `tests.rs` runs them. Codes are stable: never reused or
//! renumbered.
//!
//! Codes: `IP0xx` the sheet's fields, `IP1xx` the delmål against the hovedmål and SMART.

use super::Ctx;
use crate::rules::Finding;

/// The indsatsplan rules add nothing to the common [`crate::rules::RuleMeta`].
pub type Extra = ();

/// The function every rule's `run` is.
pub(crate) type Run = for<'a> fn(&Ctx<'a>, &mut Vec<Finding>);

crate::rules::registry! {
    Run;
    ip001_no_main_goal::NoMainGoal,
    ip002_sub_goal_without_activity::SubGoalWithoutActivity,
    ip003_activity_without_who::ActivityWithoutWho,
    ip004_activity_without_when::ActivityWithoutWhen,
    ip005_evaluation_overdue::EvaluationOverdue,
    ip101_sub_goal_off_main_goal::SubGoalOffMainGoal,
    ip102_sub_goal_not_smart::SubGoalNotSmart,
}

#[cfg(test)]
pub(crate) mod tests;
