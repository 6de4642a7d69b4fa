//! The openings rules: one rule per file, one registry ([`RULES`]).
//!
//! Examples are JSON merge patches over `{"list": tests/fixtures/openings/list.json, "config":
//! {"today": "2026-05-06"}}` (a patch's `items` replaces the whole list); `tests.rs` runs them.
//! Codes are stable: never reused or renumbered.
//!
//! Codes: `OP0xx` an item's fields, `OP1xx` the ageing of open items (seed 004: yellow after 1
//! week, red after 2).

use super::Ctx;
use crate::rules::{Finding, RuleMeta};
use crate::Text;

crate::rules::registry! {
    findings Ctx;
    op001_cvr_invalid::CvrInvalid,
    op002_result_missing::ResultMissing,
    op003_function_missing::FunctionMissing,
    op004_filled_exceeds_places::FilledExceedsPlaces,
    op005_date_in_future::DateInFuture,
    op006_date_invalid::DateInvalid,
    op007_not_in_the_list::NotInTheList,
    op101_open_one_week::OpenOneWeek,
    op102_open_two_weeks::OpenTwoWeeks,
}

/// `meta`'s finding at `items[i].field` for every item where `fires` gives the message (after
/// the item's name) and the fix.
fn per_item(ctx: &Ctx, out: &mut Vec<Finding>, meta: &RuleMeta, field: &str, fires: impl Fn(usize, &super::Contact) -> Option<((String, String), (&'static str, &'static str))>) {
    for (i, c) in ctx.list.items.iter().enumerate() {
        if let Some(((da, en), fix)) = fires(i, c) {
            let n = ctx.name(i);
            out.push(meta.finding(Ctx::path(i, field), Text::new(format!("{}: {da}", n.da), format!("{}: {en}", n.en)), Text::new(fix.0, fix.1)));
        }
    }
}

/// `meta`'s finding at `items[i].date` for every open item whose ageing is `ageing` (OP101
/// yellow, OP102 red): its age and open places, and the follow-up.
fn aged(ctx: &Ctx, out: &mut Vec<Finding>, meta: &RuleMeta, ageing: crate::openings::Ageing) {
    let open = |i: &&super::ItemResult| i.status == crate::openings::ItemStatus::Open && i.ageing == Some(ageing);
    for item in ctx.items.iter().filter(open) {
        let (n, days) = (ctx.name(item.index), item.age_days.unwrap_or(0));
        let label = ageing.label();
        out.push(meta.finding(
            Ctx::path(item.index, "date"),
            Text::new(
                format!("{}: {} ({days} dage, {} ledige pladser).", n.da, label.da, item.open_places),
                format!("{}: {} ({days} days, {} open places).", n.en, label.en, item.open_places),
            ),
            Text::new(
                "Følg op hos virksomheden: find kandidater, eller registrér pladserne som besat.",
                "Follow up with the company: find candidates, or register the places as filled.",
            ),
        ));
    }
}

#[cfg(test)]
pub(crate) mod tests;
