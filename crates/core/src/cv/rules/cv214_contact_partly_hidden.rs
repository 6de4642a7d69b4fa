use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en e-mail eller et telefonnummer, der er skrevet, ikke er skjult, når den anden er
    /// synlig. / That a given e-mail or phone is not hidden while the other is visible.
    ///
    /// ## Hvorfor / Why it matters
    /// CV'et kan godt findes, men mange virksomheder frasorterer CV'er, hvor oplysningerne ikke
    /// er tilgængelige (seed 002 §3.2; seed 003 §4.1). The CV is searchable, but hidden details
    /// make many employers discard it.
    ///
    /// ## Sådan retter du / How to fix
    /// Gør også den skjulte oplysning synlig. / Make the hidden one visible too.
    pub struct ContactPartlyHidden {
        code: "CV214",
        name: "contact-partly-hidden",
        title: ("E-mail eller telefon er skjult", "E-mail or phone hidden"),
        category: Selection,
        module: Contact,
        severity: Warning,
        weight: 3.0,
        jobnet_required: false,
        requires: "CV006",
        source: "seed 002 §3.2; seed 003 §4.1 Kontaktoplysninger",
        quiet: r#"{"contact": {"phone": "", "phone_visible": false}}"#,
        fires: r#"{"contact": {"phone_visible": false}}"#,
    }
}

impl ContactPartlyHidden {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let c = &cv.contact;
        if !(c.email_shown() || c.phone_shown()) {
            return; // all hidden: CV006
        }
        if filled(&c.email) && !c.email_shown() {
            hits.push(Hit::new(
                "contact.email_visible",
                Text::new("Din e-mail er skjult for arbejdsgivere.", "Your e-mail is hidden from employers."),
                Text::new("Gør din e-mail synlig – mange arbejdsgivere frasorterer CV'er med skjulte oplysninger.", "Make your e-mail visible – many employers discard CVs with hidden details."),
            ));
        }
        if filled(&c.phone) && !c.phone_shown() {
            hits.push(Hit::new(
                "contact.phone_visible",
                Text::new("Dit telefonnummer er skjult for arbejdsgivere.", "Your phone number is hidden from employers."),
                Text::new("Gør dit telefonnummer synligt – mange arbejdsgivere frasorterer CV'er med skjulte oplysninger.", "Make your phone number visible – many employers discard CVs with hidden details."),
            ));
        }
    }
}
