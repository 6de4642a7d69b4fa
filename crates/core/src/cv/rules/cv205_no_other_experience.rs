use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har noget under anden erfaring (foreningsarbejde, frivilligt arbejde,
    /// bestyrelsesarbejde). / That the CV lists other experience.
    ///
    /// ## Hvorfor / Why it matters
    /// Anden erfaring viser kompetencer, som job ikke viser, og er ofte det, der skiller to ens
    /// CV'er ad (seed 003 §4.1 Anden erfaring; seed 002 §3.2: oversæt tillidshverv og
    /// fritidsinteresser til kvalifikationer). Other experience shows skills jobs don't.
    /// Not everybody has any: a caseworker can overrule the finding.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv frivilligt arbejde, foreningsarbejde eller tillidshverv med opgaver og resultater. /
    /// Add volunteering, association or board work with tasks and results.
    pub struct NoOtherExperience {
        code: "CV205",
        name: "no-other-experience",
        title: ("Ingen anden erfaring", "No other experience"),
        category: Selection,
        module: OtherExperience,
        severity: Info,
        weight: 3.0,
        jobnet_required: false,
        requires: "",
        source: "seed 003 §4.1 Anden erfaring; seed 002 §3.2",
        quiet: r#"{"other_experience": [{"title": "Frivillig i Røde Kors' genbrugsbutik", "description": "Sorterede tøj og stod for kassen om lørdagen; butikken fik flere kunder."}]}"#,
        fires: r#"{"other_experience": []}"#,
    }
}

impl NoOtherExperience {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !cv.other_experience.iter().any(|o| filled(&o.title) || filled(&o.description)) {
            hits.push(Hit::new(
                "other_experience",
                Text::new(
                    "Der står intet under anden erfaring. Frivilligt arbejde, foreningsarbejde og tillidshverv viser også, hvad du kan.",
                    "Nothing under other experience. Volunteering, association work and elected roles also show what you can do.",
                ),
                Text::new(
                    "Har du været frivillig, træner, kasserer eller i en bestyrelse, så skriv det med opgaver og resultater.",
                    "If you have volunteered, coached, kept accounts or sat on a board, add it with tasks and results.",
                ),
            ));
        }
    }
}
