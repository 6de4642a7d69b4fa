use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kontaktformen er valgt (`contact_form`: send CV'er, jobcentret formidler, direkte
    /// kontakt). / That the contact form is chosen.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1: "Kontaktform – ønsker virksomheden fx tilsendt CV'er? At jobcentret formidler
    /// kontakten, eller at ledige tager direkte kontakt til virksomhedens personaleansvarlige?" Det
    /// afgør, hvad jobcentret gør med bruttolisten. / It decides what the job centre does with the
    /// gross list.
    ///
    /// ## Sådan retter du / How to fix it
    /// Spørg virksomheden, og vælg en af de tre. / Ask the company and choose one.
    pub struct ContactFormMissing {
        code: "JO305",
        name: "contact-form-missing",
        title: ("Kontaktform mangler", "Contact form missing"),
        severity: Warning,
        source: "seed 002 §4.1 (Kontaktform)",
        fires: r#"{"contact_form": null}"#,
        quiet: r#"{"contact_form": "jobcentre_mediates"}"#,
    }
}

impl ContactFormMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, ctx.order.contact_form.is_none(), "contact_form",
            ("Det står ikke, om virksomheden vil have CV'er tilsendt, have jobcentret til at formidle kontakten eller kontaktes direkte.",
             "It doesn't say whether the company wants CVs sent, the job centre to mediate, or direct contact."),
            ("Spørg virksomheden, og vælg kontaktformen.", "Ask the company and choose the contact form."));
    }
}
