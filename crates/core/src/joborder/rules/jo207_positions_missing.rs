use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At antallet af ledige stillinger er angivet og mindst 1 (`positions`). / That the number of
    /// positions is given and at least 1.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1: "Antal ledige stillinger – Hvor mange medarbejdere søger virksomheden?" Det
    /// afgør, hvor mange kandidater jobcentret skal finde. / It decides how many candidates to find.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv antallet, fx 2. / Write the number.
    pub struct PositionsMissing {
        code: "JO207",
        name: "positions-missing",
        title: ("Antal stillinger mangler", "Number of positions missing"),
        severity: Warning,
        source: "seed 003 §6.1 (Antal ledige stillinger)",
        fires: r#"{"positions": 0}"#,
        quiet: r#"{"positions": 1}"#,
    }
}

impl PositionsMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, ctx.order.positions.unwrap_or(0) == 0, "positions",
            ("Det står ikke, hvor mange medarbejdere virksomheden søger.", "It doesn't say how many people the company is hiring."),
            ("Skriv antallet af ledige stillinger, fx 2.", "Write the number of positions, e.g. 2."));
    }
}
