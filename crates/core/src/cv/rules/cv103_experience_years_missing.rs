use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert "Jeg søger job som" har antal års erfaring (også 0). / That each job wish states
    /// the years of experience (0 is an answer too).
    ///
    /// ## Hvorfor / Why it matters
    /// Arbejdsgivere søger tit på "mindst 2 års erfaring"; står der ingen år, falder du ud af
    /// den søgning (seed 002 §3.1: erhvervserfaring i antal år inden for erhvervet). Employers
    /// often search "at least N years"; with no years stated you fall out.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv, hvor mange års erfaring du har i stillingen. / State your years in the occupation.
    pub struct ExperienceYearsMissing {
        code: "CV103",
        name: "experience-years-missing",
        title: ("Års erfaring mangler", "Years of experience missing"),
        category: Findability,
        module: JobWishes,
        severity: Warning,
        weight: 9.0,
        jobnet_required: false,
        requires: "CV004",
        source: "seed 002 §3.1",
        quiet: r#"{"job_wishes": [{"occupation": "Pædagogmedhjælper", "qualifications": ["Leg og læring", "Madlavning med børn", "Udeliv"], "experience_years": 0}]}"#,
        fires: r#"{"job_wishes": [{"occupation": "Pædagogmedhjælper", "qualifications": ["Leg og læring", "Madlavning med børn", "Udeliv"]}]}"#,
    }
}

impl ExperienceYearsMissing {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let wishes = cv.job_wishes.iter().filter(|w| filled(&w.occupation)).count().max(1) as f64;
        for (i, w) in cv.job_wishes.iter().enumerate() {
            let ok = matches!(w.experience_years, Some(y) if y.is_finite() && y >= 0.0);
            if filled(&w.occupation) && !ok {
                let occ = quote(&w.occupation);
                hits.push(Hit::new(
                    format!("job_wishes[{i}].experience_years"),
                    Text::new(
                        format!("Der står ikke, hvor mange års erfaring du har som {occ}. Arbejdsgivere søger tit på et mindste antal år."),
                        format!("Your years of experience as {occ} are missing. Employers often search for a minimum."),
                    ),
                    Text::new(
                        "Skriv antal års erfaring i stillingen – har du ingen, så skriv 0.",
                        "State your years in the occupation – 0 if you have none.",
                    ),
                ).share(1.0 / wishes));
            }
        }
    }
}
