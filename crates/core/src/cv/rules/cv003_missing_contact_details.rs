use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har navn og mindst én af e-mail og telefon. / That the CV has a name and at least
    /// one of e-mail and phone.
    ///
    /// ## Hvorfor / Why it matters
    /// Kontaktoplysninger er en del af Jobnets regel for et søgbart CV, og en arbejdsgiver skal
    /// kunne ringe eller skrive (seed 003 §4.1 Kontaktoplysninger). Contact details are part of
    /// Jobnet's rule, and an employer must be able to reach you.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv dit navn, din e-mail og dit telefonnummer. / Add your name, e-mail and phone.
    pub struct MissingContactDetails {
        code: "CV003",
        name: "missing-contact-details",
        title: ("Kontaktoplysninger mangler", "Contact details missing"),
        category: Selection,
        module: Contact,
        severity: Error,
        weight: 7.0,
        jobnet_required: true,
        requires: "",
        source: "Jobnet's rule for a searchable CV; seed 003 §4.1 Kontaktoplysninger",
        quiet: r#"{"contact": {"email": "", "phone": "12345678"}}"#,
        fires: r#"{"contact": {"email": "", "phone": null}}"#,
    }
}

impl MissingContactDetails {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let c = &cv.contact;
        if !filled(&c.name) {
            hits.push(Hit::new(
                "contact.name",
                Text::new("Dit navn mangler under kontaktoplysninger.", "Your name is missing from the contact details."),
                Text::new("Skriv dit fulde navn.", "Add your full name."),
            ).share(0.5));
        }
        if !filled(&c.email) && !filled(&c.phone) {
            hits.push(Hit::new(
                "contact",
                Text::new(
                    "Der er hverken e-mail eller telefonnummer på dit CV, så en arbejdsgiver kan ikke kontakte dig, og Jobnet finder ikke CV'et.",
                    "There is neither an e-mail nor a phone number, so an employer can't reach you and Jobnet won't find the CV.",
                ),
                Text::new("Skriv din e-mail og dit telefonnummer.", "Add your e-mail and phone number."),
            ));
        }
    }
}
