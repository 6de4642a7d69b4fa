use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kontaktpersonens navn er udfyldt (`contact.name`). / That the contact person is named.
    ///
    /// ## Hvorfor / Why it matters
    /// "For at kunne arbejde videre med jobordren bør den også indeholde: Kontaktpersonen på
    /// virksomheden. Navn, stilling, mail og telefon" (seed 002 §4.1). / To work on with the order,
    /// it needs a contact person.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv navnet på den, der ansætter eller tager imod kandidaterne. / Name the person who hires.
    pub struct ContactPersonMissing {
        code: "JO301",
        name: "contact-person-missing",
        title: ("Kontaktperson mangler", "Contact person missing"),
        severity: Warning,
        source: "seed 002 §4.1 (Kontaktpersonen på virksomheden)",
        fires: r#"{"contact": {"name": null}}"#,
        quiet: r#"{"contact": {"name": "Lise Holm"}}"#,
    }
}

impl ContactPersonMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !crate::text::filled(&ctx.order.contact.name), "contact.name",
            ("Der er ingen kontaktperson på virksomheden.", "There is no contact person at the company."),
            ("Skriv navnet på den, der ansætter eller tager imod kandidaterne.", "Name the person who hires or receives the candidates."));
    }
}
