use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kontaktpersonen har e-mail eller telefon (`contact.email`, `contact.phone`). / That the
    /// contact person has an e-mail or a phone.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1: "Navn, stilling, mail og telefon" – uden mail eller telefon kan hverken
    /// jobcentret eller kandidaterne komme videre. / Without them nobody can follow up.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv kontaktpersonens e-mail og telefonnummer. / Give the e-mail and phone.
    pub struct ContactUnreachable {
        code: "JO302",
        name: "contact-unreachable",
        title: ("Kontaktperson kan ikke kontaktes", "Contact person unreachable"),
        severity: Warning,
        source: "seed 002 §4.1 (mail og telefon)",
        fires: r#"{"contact": {"email": "", "phone": null}}"#,
        quiet: r#"{"contact": {"email": "", "phone": "98765432"}}"#,
    }
}

impl ContactUnreachable {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let c = &ctx.order.contact;
        super::flag(out, &Self::META, !crate::text::filled(&c.email) && !crate::text::filled(&c.phone), "contact",
            ("Kontaktpersonen har hverken e-mail eller telefon.", "The contact person has neither an e-mail nor a phone."),
            ("Skriv kontaktpersonens e-mail og telefonnummer.", "Give the contact person's e-mail and phone number."));
    }
}
