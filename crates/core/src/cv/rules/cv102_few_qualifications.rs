use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert "Jeg søger job som" med kvalifikationer har mindst `min_qualifications`
    /// (standard 3). / That each job wish with qualifications has at least `min_qualifications`
    /// (default 3).
    ///
    /// ## Hvorfor / Why it matters
    /// Hver kvalifikation er en søgning mere, du kan blive fundet i. Mange ledige har svært ved at
    /// sætte ord på alle deres kvalifikationer (seed 002 §3.2). Each qualification is one more search
    /// you can be found in; people tend to list too few.
    ///
    /// ## Sådan retter du / How to fix
    /// Tænk på en typisk arbejdsdag i dit sidste job og find kvalifikationerne på Jobnets liste. /
    /// Think through a typical working day and find the matching qualifications on Jobnet's list.
    pub struct FewQualifications {
        code: "CV102",
        name: "few-qualifications",
        title: ("Få kvalifikationer", "Few qualifications"),
        category: Findability,
        module: JobWishes,
        severity: Info,
        weight: 6.0,
        jobnet_required: false,
        requires: "CV004",
        source: "seed 002 §3.2 (kvalifikationer)",
        quiet: r#"{"job_wishes": [{"occupation": "Kok", "qualifications": ["Anretning", "Kold køkken", "Varm mad"], "experience_years": 3}]}"#,
        fires: r#"{"job_wishes": [{"occupation": "Kok", "qualifications": ["Anretning"], "experience_years": 3}]}"#,
    }
}

impl FewQualifications {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let wishes = cv.job_wishes.iter().filter(|w| filled(&w.occupation)).count().max(1) as f64;
        for (i, w) in cv.job_wishes.iter().enumerate() {
            let n = w.qualifications.iter().filter(|q| filled(q)).count();
            if filled(&w.occupation) && n > 0 && n < o.min_qualifications {
                let occ = quote(&w.occupation);
                let min = o.min_qualifications;
                hits.push(Hit::new(
                    format!("job_wishes[{i}].qualifications"),
                    Text::new(
                        format!("Du har {n} kvalifikation(er) under \"{occ}\". Hver kvalifikation er en søgning mere, du kan blive fundet i."),
                        format!("\"{occ}\" has {n} qualification(s). Each one is another search you can be found in."),
                    ),
                    Text::new(
                        format!("Tilføj mindst {min} kvalifikationer. Tænk på en typisk arbejdsdag: hvad lavede du, og hvilke maskiner og systemer brugte du?"),
                        format!("Add at least {min}. Think of a typical working day: what did you do, which machines and systems did you use?"),
                    ),
                ).share(1.0 / wishes));
            }
        }
    }
}
