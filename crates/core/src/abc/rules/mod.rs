//! The ABC plan rules: one rule per file, declared with [`crate::rules::declare!`], one registry
//! ([`RULES`]).
//!
//! A rule's doc comment is its documentation; its two examples are merge patches over the
//! example input `{"plan": tests/fixtures/abc/plan.json, "config": {"demand":
//! tests/fixtures/abc/demand.json, "today": "2026-05-06"}}` (a patch's `rows` replaces the
//! whole list, so examples name every row they need); `tests.rs` runs them all. Codes are stable:
//! never reused or renumbered.
//!
//! Codes: `AB0xx` the plan as a whole, `AB1xx` a row's fields (seed 004's columns), `AB2xx` the
//! three circles and the class, `AB3xx` the search focus over time.

use super::{Ctx, RowFacts};
use crate::rules::{Finding, RuleMeta};
use crate::Text;

crate::rules::registry! {
    findings Ctx;
    ab001_plan_letter_missing::PlanLetterMissing,
    ab002_fewer_letters_justified::FewerLettersJustified,
    ab003_same_occupational_area::SameOccupationalArea,
    ab101_row_without_title::RowWithoutTitle,
    ab102_row_without_functions::RowWithoutFunctions,
    ab103_row_without_companies::RowWithoutCompanies,
    ab104_row_without_who::RowWithoutWho,
    ab105_row_without_when::RowWithoutWhen,
    ab106_when_without_time::WhenWithoutTime,
    ab107_when_passed::WhenPassed,
    ab108_occupation_not_recognised::OccupationNotRecognised,
    ab201_a_without_demand::AWithoutDemand,
    ab202_c_without_high_demand::CWithoutHighDemand,
    ab203_upskilling_not_named::UpskillingNotNamed,
    ab204_letter_disagrees_with_class::LetterDisagreesWithClass,
    ab205_demand_unknown::DemandUnknown,
    ab206_wish_not_stated::WishNotStated,
    ab207_competence_not_judged::CompetenceNotJudged,
    ab301_search_focus_shift::SearchFocusShift,
}

/// Adds `meta`'s finding at `rows[i].field` for every row with a job title where `fires` gives
/// the message and the fix.
fn per_titled_row(ctx: &Ctx, out: &mut Vec<Finding>, meta: &RuleMeta, field: &str, fires: impl Fn(&RowFacts) -> Option<(Text, Text)>) {
    for r in ctx.titled_rows() {
        if let Some((message, fix)) = fires(r) {
            out.push(meta.finding(r.path(field), message, fix));
        }
    }
}

/// No text in the list.
fn none_filled(items: &[String]) -> bool {
    !items.iter().any(|s| crate::text::filled(s))
}

#[cfg(test)]
pub(crate) mod tests;
