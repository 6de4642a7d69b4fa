use super::Ctx;
use crate::joborder::model::JobEmploymentForm;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en tidsbestemt stilling har en slutdato (`end_date`). / That a temporary job has an end
    /// date.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1: "Start og eventuel slutdato". Varigheden afgør, hvem der kan tage jobbet. / The
    /// duration decides who can take the job.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv slutdatoen som ÅÅÅÅ-MM-DD. / Give the end date.
    pub struct EndDateMissing {
        code: "JO206",
        name: "end-date-missing",
        title: ("Slutdato mangler", "End date missing"),
        severity: Info,
        source: "seed 003 §6.1 (Start og eventuel slutdato)",
        fires: r#"{"employment_form": "temporary", "end_date": null}"#,
        quiet: r#"{"employment_form": "temporary", "end_date": "2027-06-30"}"#,
    }
}

impl EndDateMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let o = ctx.order;
        super::flag(out, &Self::META, o.employment_form == Some(JobEmploymentForm::Temporary) && !crate::text::filled(&o.end_date), "end_date",
            ("Stillingen er tidsbestemt, men slutdatoen mangler.", "The job is temporary, but the end date is missing."),
            ("Skriv slutdatoen som ÅÅÅÅ-MM-DD.", "Write the end date as YYYY-MM-DD."));
    }
}
