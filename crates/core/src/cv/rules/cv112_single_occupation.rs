use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et søger mere end én stilling. / That the CV lists more than one occupation.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet kan søge på flere stillinger med "eller", så hver ekstra stilling er flere søgninger,
    /// du kan dukke op i (seed 002 §2.1). Jobcentret arbejder med flere jobspor på én gang – ikke
    /// "tre nuancer af rød" (seed 003 §5.1). Each extra occupation is more searches you can appear in.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj også beslægtede stillinger, du kan og vil tage. / Add related occupations you could
    /// and would take.
    pub struct SingleOccupation {
        code: "CV112",
        name: "single-occupation",
        title: ("Kun én stilling", "Only one occupation"),
        category: Findability,
        module: JobWishes,
        severity: Info,
        weight: 2.0,
        jobnet_required: false,
        requires: "CV004",
        source: "seed 002 §2.1; seed 003 §5.1 Jobspor",
        quiet: r#"{"job_wishes": [{"occupation": "Kok", "qualifications": ["Anretning", "Kold køkken", "Varm mad"], "experience_years": 3}, {"occupation": "Køkkenmedhjælper", "qualifications": ["Opvask", "Forberedelse", "Anretning"], "experience_years": 3}]}"#,
        fires: r#"{"job_wishes": [{"occupation": "Kok", "qualifications": ["Anretning", "Kold køkken", "Varm mad"], "experience_years": 3}]}"#,
    }
}

impl SingleOccupation {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if cv.job_wishes.iter().filter(|w| filled(&w.occupation)).count() == 1 {
            hits.push(Hit::new(
                "job_wishes",
                Text::new(
                    "Du søger kun én slags job. Hver ekstra stilling er flere søgninger, du kan blive fundet i.",
                    "You are looking for one kind of job only. Each extra occupation is more searches you can be found in.",
                ),
                Text::new(
                    "Tilføj også stillinger i andre brancher, hvor du kan bruge det, du kan.",
                    "Add occupations in other trades where your skills are used too.",
                ),
            ));
        }
    }
}
