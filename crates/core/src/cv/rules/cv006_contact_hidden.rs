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
    /// To grunde. (1) Søgbarhed: at e-mail eller telefon skal være synlig, før Jobnet viser CV'et i
    /// arbejdsgivernes søgning, kommer fra Jobnets offentlige hjælp til jobsøgere – ikke fra
    /// seedene; værten kan ændre, hvilke regler der gør et CV usøgbart (`searchable_rules`). (2)
    /// Udvælgelse, efter seedene: oplysningerne må "ikke gøres skjult – mange virksomheder
    /// frasorterer CV'er, hvis oplysningerne" mangler (seed 002 §3.2,
    /// discus-laeringskatalog-matchning.txt l. 452; seed 003 §4.1, frederikshavn-metodehaandbog.txt
    /// l. 869). Fundet siger begge dele. / Searchability is Jobnet's public help, not the seeds
    /// (a host may override it); that employers discard CVs with hidden details is the seeds'.
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
        weight: 10.0,
        jobnet_required: true,
        requires: "CV003",
        source: "Jobnet's public help (searchable CV, not in the seeds); seed 002 §3.2 l. 452; seed 003 §4.1 l. 869 (selection)",
        pass: r#"{"contact": {"email_visible": false, "phone_visible": true}}"#,
        fail: r#"{"contact": {"email_visible": false, "phone_visible": false}}"#,
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
