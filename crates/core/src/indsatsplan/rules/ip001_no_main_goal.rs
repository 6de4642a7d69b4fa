use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At planen har et hovedmål. / That the plan has a hovedmål (main goal).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004, Indsatsplan (marselisborg-langtidsledighed-guide.txt:3195 og 3982–3989):
    /// "Hovedmål: Hvad er borgerens beskæftigelsesmål?" – "Dialogen med borgeren tager
    /// udgangspunkt i hovedmålet". Uden hovedmål kan delmålene ikke pege nogen vej. / The
    /// dialogue starts from the main goal; without one the sub-goals point nowhere.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv beskæftigelsesmålet. Det må gerne være åbent, fx »Kontor og administration /
    /// Detailhandel«. / Write the employment goal; it may stay open.
    pub struct NoMainGoal {
        code: "IP001",
        name: "no-main-goal",
        title: ("Intet hovedmål", "No main goal"),
        severity: Warning,
        source: "seed 004 Indsatsplan (marselisborg-langtidsledighed-guide.txt:3195, 3982–3989)",
        fires: r#"{"plan": {"main_goal": " "}}"#,
        quiet: r#"{"plan": {"main_goal": "Kontor og administration / Detailhandel"}}"#,
    }
}

impl NoMainGoal {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if !crate::text::filled(&ctx.plan.main_goal) {
            out.push(Self::META.finding(
                "main_goal",
                Text::new("Planen har intet hovedmål.", "The plan has no main goal."),
                Text::new(
                    "Skriv borgerens beskæftigelsesmål – gerne åbent, fx »Kontor og administration / Detailhandel«.",
                    "Write the citizen's employment goal – open is fine, e.g. \"Kontor og administration / Detailhandel\".",
                ),
            ));
        }
    }
}
