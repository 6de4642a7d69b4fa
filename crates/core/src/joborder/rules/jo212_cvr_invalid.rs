use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CVR-nummeret, når det er udfyldt, er 8 cifre (mellemrum tilladt). / That the CVR number,
    /// when given, has 8 digits.
    ///
    /// ## Hvorfor / Why it matters
    /// CVR står på ordreblanketten (seed 002 appendiks C) og identificerer virksomheden entydigt i
    /// jobcentrets systemer; et forkert nummer giver dobbeltregistreringer. / The CVR number
    /// identifies the company.
    ///
    /// ## Sådan retter du / How to fix it
    /// Slå nummeret op på virk.dk, og skriv de 8 cifre. / Look it up and write the 8 digits.
    pub struct CvrInvalid {
        code: "JO212",
        name: "cvr-invalid",
        title: ("Ugyldigt CVR-nummer", "Invalid CVR number"),
        severity: Warning,
        source: "seed 002 appendix C (CVR)",
        fires: r#"{"company": {"cvr": "1234-567"}}"#,
        quiet: r#"{"company": {"cvr": "12 34 56 78"}}"#,
    }
}

impl CvrInvalid {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let cvr = &ctx.order.company.cvr;
        let ok = crate::common::cvr::cvr_valid(cvr);
        super::flag(out, &Self::META, crate::text::filled(cvr) && !ok, "company.cvr",
            ("CVR-nummeret er ikke 8 cifre.", "The CVR number is not 8 digits."),
            ("Slå CVR-nummeret op på virk.dk, og skriv de 8 cifre.", "Look the CVR number up on virk.dk and write its 8 digits."));
    }
}
