use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har kørekort, hvis personen har et. / That driving licences are listed.
    ///
    /// ## Hvorfor / Why it matters
    /// Kørekort er et søgefelt (seed 002 §2.1: "har C-kørekort"), og mange job kræver B-kørekort.
    /// Har man ikke kørekort, er fundet kun en påmindelse: en sagsbehandler kan tilsidesætte det
    /// med begrundelsen, så det ikke trækker ned. Driving licences are a search field; without a
    /// licence this is only a reminder a caseworker can overrule.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv dine kørekortkategorier (fx B, C, CE). / Add your licence categories.
    pub struct NoDrivingLicence {
        code: "CV107",
        name: "no-driving-licence",
        title: ("Kørekort er ikke angivet", "No driving licence listed"),
        category: Findability,
        module: DrivingLicences,
        severity: Info,
        weight: 3.0,
        jobnet_required: false,
        requires: "",
        source: "seed 002 §2.1; seed 003 §4.1 Kørekort",
        quiet: r#"{"driving_licences": ["B"]}"#,
        fires: r#"{"driving_licences": []}"#,
    }
}

impl NoDrivingLicence {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !cv.driving_licences.iter().any(|l| filled(l)) {
            hits.push(Hit::new(
                "driving_licences",
                Text::new(
                    "Der står intet kørekort. Har du et, så skriv det – mange arbejdsgivere søger på kørekort.",
                    "No driving licence is listed. If you have one, add it – many employers search for it.",
                ),
                Text::new("Skriv dine kørekortkategorier, fx B eller C.", "Add your licence categories, e.g. B or C."),
            ));
        }
    }
}
