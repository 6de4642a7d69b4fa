use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CVR-nummeret, når det er udfyldt, er 8 cifre (mellemrum tilladt) – samme kontrol som
    /// jobordrens (JO212). / That the CVR number, when given, has 8 digits – the job order's check.
    ///
    /// ## Hvorfor / Why it matters
    /// CVR-nummeret er et af felterne i faneblad 1 (seed 004,
    /// marselisborg-langtidsledighed-guide.txt:4107) og skiller virksomhederne ad i statistikken
    /// over kontaktede virksomheder. / It tells the companies apart in the statistics.
    ///
    /// ## Sådan retter du / How to fix it
    /// Slå nummeret op på virk.dk, og skriv de 8 cifre. / Look it up and write the 8 digits.
    pub struct CvrInvalid {
        code: "OP001",
        name: "cvr-invalid",
        title: ("Ugyldigt CVR-nummer", "Invalid CVR number"),
        severity: Warning,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4105–4125)",
        fires: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "cvr": "1234-567", "company_type": "Transport", "result": "no_opening"}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "cvr": "12 34 56 78", "company_type": "Transport", "result": "no_opening"}]}}"#,
    }
}

impl CvrInvalid {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::per_item(ctx, out, &Self::META, "cvr", |_, c| {
            (crate::text::filled(&c.cvr) && !crate::common::cvr::cvr_valid(&c.cvr)).then(|| {
                (("CVR-nummeret er ikke 8 cifre.".into(), "the CVR number is not 8 digits.".into()), ("Slå CVR-nummeret op på virk.dk, og skriv de 8 cifre.", "Look the CVR number up on virk.dk and write its 8 digits."))
            })
        });
    }
}
