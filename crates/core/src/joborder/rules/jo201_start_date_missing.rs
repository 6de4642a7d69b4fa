use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At startdatoen er udfyldt (`start_date`). / That the start date is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1: jobordren bør indeholde "faktuelle oplysninger om startdato, timetal,
    /// mødetider og ansættelsesforhold"; seed 003 §6.1: "Start og eventuel slutdato". Kandidater,
    /// der ikke kan starte i tide, sorteres fra tidligt. / The start date is one of the facts.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv datoen som ÅÅÅÅ-MM-DD, fx 2027-01-04 – eller "snarest" i opslaget og den tidligste dato
    /// her. / Write the date as YYYY-MM-DD.
    pub struct StartDateMissing {
        code: "JO201",
        name: "start-date-missing",
        title: ("Startdato mangler", "Start date missing"),
        severity: Warning,
        source: "seed 002 §4.1 (startdato); seed 003 §6.1 (Ansættelsesoplysninger)",
        fires: r#"{"start_date": null}"#,
        quiet: r#"{"start_date": "2027-01-04"}"#,
    }
}

impl StartDateMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !crate::text::filled(&ctx.order.start_date), "start_date",
            ("Startdatoen mangler.", "The start date is missing."),
            ("Skriv startdatoen som ÅÅÅÅ-MM-DD, fx 2027-01-04.", "Write the start date as YYYY-MM-DD, e.g. 2027-01-04."));
    }
}
