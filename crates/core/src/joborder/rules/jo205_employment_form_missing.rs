use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At ansættelsesforholdet er angivet (`employment_form`: fast, tidsbestemt, vikar, skiftehold).
    /// / That the employment form is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1: "ansættelsesforhold (fastansættelse, tidsbestemt mv.)"; ordreblanketten har
    /// "Skiftehold" og "Vikar" (appendiks C). CV'erne angiver, hvilke ansættelsesformer personen
    /// søger. / The CVs say which employment forms a person accepts.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg fast, tidsbestemt (med slutdato), vikar eller skiftehold. / Choose one.
    pub struct EmploymentFormMissing {
        code: "JO205",
        name: "employment-form-missing",
        title: ("Ansættelsesforhold mangler", "Employment form missing"),
        severity: Warning,
        source: "seed 002 §4.1 (ansættelsesforhold), appendix C",
        fires: r#"{"employment_form": null}"#,
        quiet: r#"{"employment_form": "temp_agency"}"#,
    }
}

impl EmploymentFormMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, ctx.order.employment_form.is_none(), "employment_form",
            ("Det står ikke, om jobbet er fast, tidsbestemt, vikariat eller skiftehold.", "It doesn't say whether the job is permanent, temporary, temping or shift work."),
            ("Vælg ansættelsesforholdet (ved tidsbestemt: skriv også slutdatoen).", "Choose the employment form (for a temporary job, give the end date too)."));
    }
}
