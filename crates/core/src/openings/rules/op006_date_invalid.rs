use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kontakten har en dato på formen ÅÅÅÅ-MM-DD. / That the contact has a date `YYYY-MM-DD`.
    ///
    /// ## Hvorfor / Why it matters
    /// "Dato" er det første felt i faneblad 1 (seed 004, marselisborg-langtidsledighed-guide.txt:4105);
    /// uden en dato kan en åben plads ikke blive gul eller rød (:4102–4103). / Without a date an
    /// open item cannot age.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv kontaktens dato. / Write the contact's date.
    pub struct DateInvalid {
        code: "OP006",
        name: "date-invalid",
        title: ("Datoen mangler eller er ugyldig", "The date is missing or invalid"),
        severity: Warning,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4101–4105)",
        fires: r#"{"list": {"items": [{"date": "4. maj", "company": "Lager A/S", "company_type": "Transport", "result": "no_opening"}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport", "result": "no_opening"}]}}"#,
    }
}

impl DateInvalid {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::per_item(ctx, out, &Self::META, "date", |_, c| {
            let q = crate::text::quote(&c.date);
            c.date().is_none().then(|| {
                if crate::text::filled(&c.date) {
                    ((format!("»{q}« er ikke en dato (ÅÅÅÅ-MM-DD)."), format!("\"{q}\" is not a date (YYYY-MM-DD).")), ("Skriv kontaktens dato.", "Write the contact's date."))
                } else {
                    (("ingen dato.".to_string(), "no date.".to_string()), ("Skriv kontaktens dato.", "Write the contact's date."))
                }
            })
        });
    }
}
