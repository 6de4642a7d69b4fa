use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kortet har et mål for timer pr. uge ved ophør (`hours_goal`). / That the card has a
    /// goal for the hours per week at the end.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 appendix F (discus-laeringskatalog-matchning.txt:1669–1671): kortets hoved har
    /// "Timer pr. uge v. tilbudsstart" og "Timer pr. uge ved ophør (Målsætning)". Uden målet kan
    /// progressionen ikke holdes op mod noget; seed 003 §4.2 (frederikshavn-metodehaandbog.txt:882)
    /// beder om "Forventningsafstemning i forhold til ordinære timer fra dag 1". / Without the
    /// goal there is nothing to hold the progress against.
    ///
    /// ## Sådan retter du / How to fix it
    /// Aftal med borgeren og virksomheden, hvor mange timer om ugen forløbet sigter mod, og skriv
    /// det i `hours_goal`. / Agree the hours per week the placement aims at and fill in the goal.
    pub struct NoHoursGoal {
        code: "PC001",
        name: "no-hours-goal",
        title: ("Intet mål for timer pr. uge", "No goal for hours per week"),
        severity: Warning,
        source: "seed 002 appendix F, Progressionskort (discus-laeringskatalog-matchning.txt:1669–1671)",
        fires: r#"{"card": {"hours_goal": null}}"#,
        quiet: r#"{}"#,
    }
}

impl NoHoursGoal {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if ctx.card.hours_goal.is_none() {
            crate::progress::no_hours_goal(&Self::META, "hours_goal", Text::new("timer pr. uge ved ophør", "hours per week at the end"), out);
        }
    }
}
