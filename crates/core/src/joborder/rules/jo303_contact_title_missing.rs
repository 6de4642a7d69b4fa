use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kontaktpersonens stilling er udfyldt (`contact.title`). / That the contact person's job
    /// title is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1 beder om kontaktpersonens "Navn, stilling, mail og telefon": stillingen viser,
    /// om det er den, der ansætter. / The title shows whether this is the person who hires.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv stillingen, fx "Lagerchef" eller "HR-konsulent". / Write the title.
    pub struct ContactTitleMissing {
        code: "JO303",
        name: "contact-title-missing",
        title: ("Kontaktpersonens stilling mangler", "Contact person's title missing"),
        severity: Info,
        source: "seed 002 §4.1 (Navn, stilling, mail og telefon)",
        fires: r#"{"contact": {"title": ""}}"#,
        quiet: r#"{"contact": {"title": "HR-konsulent"}}"#,
    }
}

impl ContactTitleMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let c = &ctx.order.contact;
        super::flag(out, &Self::META, crate::text::filled(&c.name) && !crate::text::filled(&c.title), "contact.title",
            ("Kontaktpersonens stilling mangler.", "The contact person's job title is missing."),
            ("Skriv stillingen, fx \"Lagerchef\" eller \"HR-konsulent\".", "Write the job title, e.g. \"Warehouse manager\" or \"HR consultant\"."));
    }
}
