use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At mødetiderne er beskrevet (`working_times`). / That the working times are described.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1 nævner mødetider blandt de faktuelle oplysninger; seed 003 §6.1: "Arbejdstid
    /// (dag, aften, weekend, antal timer)". Mange ledige kan kun bestemte tider (børn, transport). /
    /// Many candidates can only work certain times.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv dag/aften/nat, weekend og timer, fx "Dag, mandag–fredag 7–15". / Write day/evening/night,
    /// weekends and hours.
    pub struct WorkingTimesMissing {
        code: "JO204",
        name: "working-times-missing",
        title: ("Mødetider mangler", "Working times missing"),
        severity: Warning,
        source: "seed 002 §4.1 (mødetider); seed 003 §6.1 (Arbejdsvilkår)",
        fires: r#"{"working_times": ""}"#,
        quiet: r#"{"working_times": "Aften, 15–23, hver anden weekend"}"#,
    }
}

impl WorkingTimesMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !crate::text::filled(&ctx.order.working_times), "working_times",
            ("Mødetiderne er ikke beskrevet (dag, aften, nat, weekend).", "The working times are not described (day, evening, night, weekends)."),
            ("Skriv mødetiderne, fx \"Dag, mandag–fredag 7–15\".", "Write the working times, e.g. \"Day, Monday–Friday 7–15\"."));
    }
}
