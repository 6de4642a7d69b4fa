use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har en hjemmeside eller en LinkedIn-profil. / That the CV links a website or LinkedIn.
    ///
    /// ## Hvorfor / Why it matters
    /// "Har borgeren en LinkedIn profil, er det en god idé, at tilføje linket, da rekruttering via de
    /// digitale medier vinder mere og mere ind" (seed 003 §4.1 Webside). Advice only: many people have
    /// none, and a caseworker can overrule it.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj linket til din LinkedIn-profil. / Add the link to your LinkedIn profile.
    pub struct WebsiteMissing {
        code: "CV211",
        name: "website-missing",
        title: ("Ingen hjemmeside eller LinkedIn", "No website or LinkedIn"),
        category: Selection,
        module: Contact,
        severity: Info,
        weight: 1.0,
        jobnet_required: false,
        requires: "",
        source: "seed 003 §4.1 Webside",
        quiet: r#"{"contact": {"website": "https://www.linkedin.com/in/example"}}"#,
        fires: r#"{"contact": {"website": null}}"#,
    }
}

impl WebsiteMissing {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !filled(&cv.contact.website) {
            hits.push(Hit::new(
                "contact.website",
                Text::new("Der er ikke noget link til en LinkedIn-profil eller hjemmeside.", "There is no link to a LinkedIn profile or website."),
                Text::new("Har du en LinkedIn-profil, så tilføj linket – mange arbejdsgivere rekrutterer via LinkedIn.", "If you have a LinkedIn profile, add the link – many employers recruit there."),
            ));
        }
    }
}
