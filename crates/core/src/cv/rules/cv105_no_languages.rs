use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har mindst ét sprog. / That the CV lists at least one language.
    ///
    /// ## Hvorfor / Why it matters
    /// Sprog er et søgefelt: en søgning på "taler dansk og tysk" finder kun CV'er med sprog
    /// udfyldt (seed 002 §2.1, §3.1). Languages are a search field.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv dine sprog, også dit modersmål, med niveau. / Add your languages, mother tongue
    /// included, with level.
    pub struct NoLanguages {
        code: "CV105",
        name: "no-languages",
        title: ("Sprog mangler", "No languages"),
        category: Findability,
        module: Languages,
        severity: Warning,
        weight: 4.0,
        jobnet_required: false,
        requires: "",
        source: "seed 002 §2.1, §3.1",
        quiet: r#"{"languages": [{"language": "Dansk", "level": "native"}]}"#,
        fires: r#"{"languages": []}"#,
    }
}

impl NoLanguages {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !cv.languages.iter().any(|l| filled(&l.language)) {
            hits.push(Hit::new(
                "languages",
                Text::new(
                    "Du har ikke skrevet nogen sprog. Arbejdsgivere søger tit på sprog, fx dansk og engelsk.",
                    "You have not added any languages. Employers often search for languages such as Danish and English.",
                ),
                Text::new(
                    "Skriv de sprog, du kan, også dit modersmål, og hvor godt du kan dem.",
                    "Add the languages you know, including your mother tongue, and how well.",
                ),
            ));
        }
    }
}
