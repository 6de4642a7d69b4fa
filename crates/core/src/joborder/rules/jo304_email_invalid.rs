use super::Ctx;
use crate::rules::Finding;

/// Something@something.tld, no spaces.
fn plausible_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty() && !s.contains(char::is_whitespace) && !domain.contains('@') && domain.split('.').count() >= 2 && domain.split('.').all(|p| !p.is_empty())
        }
        None => false,
    }
}

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kontaktpersonens e-mail ligner en e-mailadresse (navn@domæne.dk). / That the contact's
    /// e-mail looks like an address.
    ///
    /// ## Hvorfor / Why it matters
    /// En forkert adresse betyder, at CV'er sendt til virksomheden (kontaktform "send CV'er", seed
    /// 002 §4.1) aldrig kommer frem. / CVs sent to a wrong address never arrive.
    ///
    /// ## Sådan retter du / How to fix it
    /// Ret adressen. / Correct the address.
    pub struct EmailInvalid {
        code: "JO304",
        name: "email-invalid",
        title: ("Ugyldig e-mailadresse", "Invalid e-mail address"),
        severity: Warning,
        source: "seed 002 §4.1 (Kontaktpersonen … mail)",
        fires: r#"{"contact": {"email": "lise.holm(at)nordlager"}}"#,
        quiet: r#"{"contact": {"email": "lise.holm@nordlager.example"}}"#,
    }
}

impl EmailInvalid {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let e = &ctx.order.contact.email;
        super::flag(out, &Self::META, crate::text::filled(e) && !plausible_email(e), "contact.email",
            ("E-mailadressen ligner ikke en e-mailadresse.", "The e-mail address doesn't look like one."),
            ("Ret adressen, så den har formen navn@firma.dk.", "Correct it to the form name@company.dk."));
    }
}
