use super::Hit;
use crate::cv::model::{Cv, LanguageLevel};
use crate::cv::CvOptions;
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et af sprogene har niveau modersmål (`native`), når der er sprog på CV'et. / That one
    /// language has level `native` when languages are listed.
    ///
    /// ## Hvorfor / Why it matters
    /// "Husk at modersmål er sprog, som man taler flydende" (seed 003 §4.1 Sprog). Et modersmål,
    /// der ikke står på CV'et, kan ingen søge sig frem til – uanset hvilket sprog det er.
    /// A mother tongue that isn't listed can't be searched for, whichever language it is.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj dit modersmål med niveauet modersmål. / Add your mother tongue with level `native`.
    pub struct MotherTongueMissing {
        code: "CV106",
        name: "mother-tongue-missing",
        title: ("Modersmål mangler", "Mother tongue missing"),
        category: Findability,
        module: Languages,
        severity: Info,
        weight: 3.0,
        jobnet_required: false,
        requires: "CV105",
        source: "seed 003 §4.1 Sprog",
        quiet: r#"{"languages": [{"language": "Arabisk", "level": "native"}, {"language": "Dansk", "level": "good"}]}"#,
        fires: r#"{"languages": [{"language": "Dansk", "level": "good"}, {"language": "Engelsk", "level": "basic"}]}"#,
    }
}

impl MotherTongueMissing {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let listed = cv.languages.iter().any(|l| filled(&l.language));
        if listed && !cv.languages.iter().any(|l| l.level == Some(LanguageLevel::Native)) {
            hits.push(Hit::new(
                "languages",
                Text::new(
                    "Dit modersmål står ikke på listen over sprog. Det er et sprog, du taler flydende, og det kan være det, en arbejdsgiver søger.",
                    "Your mother tongue is not among your languages. You speak it fluently, and an employer may search for it.",
                ),
                Text::new("Tilføj dit modersmål med niveauet \"modersmål\".", "Add your mother tongue with the level \"native\"."),
            ));
        }
    }
}
