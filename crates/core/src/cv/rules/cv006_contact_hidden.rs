use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At mindst én af e-mail og telefon er synlig for arbejdsgivere. / That at least one of
    /// e-mail and phone is visible to employers.
    ///
    /// ## Hvorfor / Why it matters
    /// Søgbarhed: Jobnets hjælp, ikke seedene (`searchable_rules`). Seedene: "mange virksomheder
    /// frasorterer CV'er" med skjulte oplysninger.
    ///
    /// ## Sådan retter du / How to fix
    /// Gør din e-mail og dit telefonnummer synlige. / Make your e-mail and phone visible.
    pub struct ContactHidden {
        code: "CV006",
        name: "contact-hidden",
        title: ("Kontaktoplysninger er skjult", "Contact details hidden"),
        category: Selection,
        module: Contact,
        severity: Error,
        weight: 7.0,
        jobnet_required: true,
        requires: "CV003",
        source: "Jobnet's help (not the seeds); seed 002 l. 452, 003 l. 869",
        quiet: r#"{"contact": {"email_visible": false, "phone_visible": true}}"#,
        fires: r#"{"contact": {"email_visible": false, "phone_visible": false}}"#,
    }
}

impl ContactHidden {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let c = &cv.contact;
        // Nothing given at all is CV003's finding, not a hidden one.
        if (filled(&c.email) || filled(&c.phone)) && !c.email_shown() && !c.phone_shown() {
            let (da, en) = match (filled(&c.email), filled(&c.phone)) {
                (true, true) => ("Både din e-mail og dit telefonnummer er skjult.", "Both your e-mail and phone are hidden."),
                (true, false) => ("Din e-mail er skjult, og der er intet telefonnummer.", "Your e-mail is hidden and there is no phone number."),
                _ => ("Dit telefonnummer er skjult, og der er ingen e-mail.", "Your phone number is hidden and there is no e-mail."),
            };
            hits.push(Hit::new(
                "contact",
                Text::new(
                    format!("{da} Så finder Jobnet ikke dit CV – og mange virksomheder frasorterer CV'er med skjulte kontaktoplysninger."),
                    format!("{en} Jobnet won't find your CV – and many employers discard CVs with hidden contact details."),
                ),
                Text::new(
                    "Gør din e-mail og dit telefonnummer synlige for arbejdsgivere.",
                    "Make your e-mail and phone visible to employers.",
                ),
            ));
        }
    }
}
