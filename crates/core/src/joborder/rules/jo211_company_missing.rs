use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At virksomhedens navn og adresse er udfyldt (`company.name`, `company.address`). / That the
    /// company's name and address are given.
    ///
    /// ## Hvorfor / Why it matters
    /// Ordreblanketten og jobordreskabelonen starter med de faktuelle virksomhedsoplysninger:
    /// "Virksomhedens navn, Adresse, Kontaktoplysninger" (seed 003 §6.1; seed 002 appendiks C:
    /// "Firma, CVR, Adresse, Antal ansatte"). / The form starts with the company facts.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv virksomhedens navn og adresse. / Give the company's name and address.
    pub struct CompanyMissing {
        code: "JO211",
        name: "company-missing",
        title: ("Virksomhedsoplysninger mangler", "Company details missing"),
        severity: Warning,
        source: "seed 003 §6.1 (Faktuelle virksomhedsoplysninger); seed 002 appendix C",
        fires: r#"{"company": {"name": "", "address": null}}"#,
        quiet: r#"{"company": {"name": "Nordlager A/S", "address": "Havnevej 12, 9900 Frederikshavn"}}"#,
    }
}

impl CompanyMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let c = &ctx.order.company;
        super::flag(out, &Self::META, !crate::text::filled(&c.name), "company.name",
            ("Virksomhedens navn mangler.", "The company's name is missing."),
            ("Skriv virksomhedens navn.", "Give the company's name."));
        super::flag(out, &Self::META, !crate::text::filled(&c.address), "company.address",
            ("Virksomhedens adresse mangler.", "The company's address is missing."),
            ("Skriv virksomhedens adresse.", "Give the company's address."));
    }
}
