use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har mindst ét "Jeg søger job som" med en stilling, og at ingen af dem står uden
    /// stilling. / That the CV has at least one "jeg søger job som" with an occupation, and none
    /// without one.
    ///
    /// ## Hvorfor / Why it matters
    /// Arbejdsgivere og jobcentre søger oftest på erhverv/stilling kombineret med kvalifikationer
    /// og års erfaring – alt sammen i modulet "Jeg søger job som" (seed 002 §3.1). Uden det bliver
    /// CV'et ikke fundet. Searches start from occupation × qualifications × years, all in this module.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj de stillinger, du søger, med kvalifikationer og års erfaring. / Add the occupations
    /// you are looking for, with qualifications and years of experience.
    pub struct MissingJobWish {
        code: "CV004",
        name: "missing-job-wish",
        title: ("\"Jeg søger job som\" mangler", "No \"jobs I am looking for\""),
        category: Findability,
        module: JobWishes,
        severity: Error,
        weight: 25.0,
        jobnet_required: true,
        requires: "",
        source: "Jobnet's rule for a searchable CV; seed 002 §3.1",
        quiet: r#"{"job_wishes": [{"occupation": "Lagermedarbejder", "qualifications": ["Truckkørsel", "Plukning", "Varemodtagelse"], "experience_years": 6}]}"#,
        fires: r#"{"job_wishes": [{"occupation": " ", "qualifications": ["Truckkørsel"]}]}"#,
    }
}

impl MissingJobWish {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !cv.job_wishes.iter().any(|w| filled(&w.occupation)) {
            hits.push(Hit::new(
                "job_wishes",
                Text::new(
                    "Du har ikke skrevet, hvilket job du søger. Arbejdsgivere søger på stilling, så uden \"Jeg søger job som\" bliver dit CV ikke fundet.",
                    "You have not said which job you are looking for. Employers search by occupation, so without it your CV is not found.",
                ),
                Text::new(
                    "Tilføj de stillinger, du søger, under \"Jeg søger job som\" – med kvalifikationer og års erfaring.",
                    "Add the occupations you are looking for, with qualifications and years of experience.",
                ),
            ));
            return;
        }
        for (i, w) in cv.job_wishes.iter().enumerate() {
            if !filled(&w.occupation) {
                hits.push(Hit::new(
                    format!("job_wishes[{i}].occupation"),
                    Text::new("Der står ingen stilling her.", "No occupation given here."),
                    Text::new("Vælg en stilling, eller slet linjen.", "Choose an occupation or delete the entry."),
                ).share(0.0));
            }
        }
    }
}
