use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote, visible_len};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver post under anden erfaring beskriver opgaver og resultater (mindst halvdelen af
    /// `min_description_chars`). / That each other-experience entry describes tasks and results.
    ///
    /// ## Hvorfor / Why it matters
    /// "Husk at beskrive hvilke opgaver vedkommende har varetaget samt de resultater, som han/hun
    /// har opnået" (seed 003 §4.1 Anden erfaring). A title alone says little.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv en sætning om opgaver og resultater. / Add a sentence on tasks and results.
    pub struct OtherExperienceUndescribed {
        code: "CV206",
        name: "other-experience-undescribed",
        title: ("Anden erfaring uden beskrivelse", "Other experience without description"),
        category: Selection,
        module: OtherExperience,
        severity: Info,
        weight: 3.0,
        jobnet_required: false,
        requires: "CV205",
        source: "seed 003 §4.1 Anden erfaring",
        quiet: r#"{"other_experience": [{"title": "Træner for U10", "description": "Planlagde og ledte to ugentlige træninger for 15 børn."}]}"#,
        fires: r#"{"other_experience": [{"title": "Træner for U10", "description": ""}]}"#,
    }
}

impl OtherExperienceUndescribed {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let n = cv.other_experience.len().max(1) as f64;
        let min = o.min_description_chars / 2;
        for (i, x) in cv.other_experience.iter().enumerate() {
            if filled(&x.title) && visible_len(&x.description) < min {
                let t = quote(&x.title);
                hits.push(Hit::new(
                    format!("other_experience[{i}].description"),
                    Text::new(format!("\"{t}\" har ingen eller en meget kort beskrivelse."), format!("\"{t}\" has no or a very short description.")),
                    Text::new("Skriv hvilke opgaver du havde, og hvad du nåede.", "Write which tasks you had and what you achieved."),
                ).share(1.0 / n));
            }
        }
    }
}
