use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har mindst én uddannelse. / That the CV lists at least one education.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet finder først et CV i en søgning, når blandt andet uddannelse er udfyldt
    /// (Jobnets regel for et søgbart CV; seed 002 §3.1: uddannelse er et søgefelt).
    /// Jobnet only returns a CV in a search once education, among other things, is filled in.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv din højeste uddannelse. Har du ingen uddannelse efter skolen, så skriv
    /// folkeskolen (niveau: grundskole). / Add your highest education; if you have none after
    /// school, add primary school (level `primary`).
    pub struct MissingEducation {
        code: "CV001",
        name: "missing-education",
        title: ("Uddannelse mangler", "Education missing"),
        category: Findability,
        module: Education,
        severity: Error,
        weight: 10.0,
        jobnet_required: true,
        requires: "",
        source: "Jobnet's rule for a searchable CV; seed 002 §3.1",
        quiet: r#"{"education": [{"title": "Folkeskolens 9. klasse", "level": "primary"}]}"#,
        fires: r#"{"education": []}"#,
    }
}

impl MissingEducation {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !cv.education.iter().any(|e| crate::text::filled(&e.title)) {
            hits.push(Hit::new(
                "education",
                Text::new(
                    "Du har ikke skrevet nogen uddannelse. Uden uddannelse kan Jobnet ikke finde dit CV i en søgning.",
                    "You have not added any education. Without one, Jobnet can't find your CV in a search.",
                ),
                Text::new(
                    "Skriv din højeste uddannelse. Har du ingen uddannelse efter skolen, så skriv folkeskolen.",
                    "Add your highest education. If you have none after school, add primary school.",
                ),
            ));
        }
    }
}
