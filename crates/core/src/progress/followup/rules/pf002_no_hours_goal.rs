use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At opfølgningen har et mål for ordinære timer pr. uge (`ordinary_hours_goal`). / That the
    /// follow-up has a goal for ordinary hours per week.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.2 (frederikshavn-metodehaandbog.txt:880–882): opfølgningsskemaet skal sikre
    /// "Forventningsafstemning i forhold til ordinære timer fra dag 1"; udbyttet er "et fælles
    /// fokus på ordinære timer hos både arbejdsgiver og jobcenter" (:887). / Expectations about
    /// ordinary hours from day 1.
    ///
    /// ## Sådan retter du / How to fix it
    /// Aftal med arbejdsgiveren, hvor mange ordinære timer om ugen forløbet sigter mod. / Agree
    /// with the employer how many ordinary hours a week the placement aims at.
    pub struct NoHoursGoal {
        code: "PF002",
        name: "no-hours-goal",
        title: ("Intet mål for ordinære timer", "No goal for ordinary hours"),
        severity: Warning,
        source: "seed 003 §4.2 Progression mod job (frederikshavn-metodehaandbog.txt:880–882)",
        fires: r#"{"followup": {"ordinary_hours_goal": null}}"#,
        quiet: r#"{}"#,
    }
}

impl NoHoursGoal {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if ctx.followup.ordinary_hours_goal.is_none() {
            crate::progress::no_hours_goal(&Self::META, "ordinary_hours_goal", Text::new("ordinære timer pr. uge", "ordinary hours per week"), out);
        }
    }
}
