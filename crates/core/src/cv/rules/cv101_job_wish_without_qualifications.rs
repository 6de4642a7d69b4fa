use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert "Jeg søger job som" har kvalifikationer. / That every job wish lists qualifications.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet kan ikke søge på "og" mellem to stillinger; en præcis søgning laves som
    /// stilling × kvalifikation (seed 002 §2.1, §3.1). Uden kvalifikationer falder du ud af
    /// næsten alle søgninger. Jobnet ANDs occupation with qualifications; without qualifications
    /// the CV drops out of nearly every precise search. Seed 001: the CV should show the
    /// competences the job goal's trade asks for.
    ///
    /// ## Sådan retter du / How to fix
    /// Vælg de faglige kvalifikationer fra Jobnets liste under stillingen. / Pick the professional
    /// qualifications from Jobnet's list for the occupation.
    pub struct JobWishWithoutQualifications {
        code: "CV101",
        name: "job-wish-without-qualifications",
        title: ("Stilling uden kvalifikationer", "Occupation without qualifications"),
        category: Findability,
        module: JobWishes,
        severity: Warning,
        weight: 12.0,
        jobnet_required: false,
        requires: "CV004",
        source: "seed 002 §2.1, §3.1; seed 001 (CV shows the trade's competences)",
        quiet: r#"{"job_wishes": [{"occupation": "Rengøringsassistent", "qualifications": ["Erhvervsrengøring", "Vinduespolering", "Gulvbehandling"], "experience_years": 1}]}"#,
        fires: r#"{"job_wishes": [{"occupation": "Rengøringsassistent", "qualifications": [], "experience_years": 1}]}"#,
    }
}

impl JobWishWithoutQualifications {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let wishes = cv.job_wishes.iter().filter(|w| filled(&w.occupation)).count().max(1) as f64;
        for (i, w) in cv.job_wishes.iter().enumerate() {
            if filled(&w.occupation) && !w.qualifications.iter().any(|q| filled(q)) {
                let o = quote(&w.occupation);
                hits.push(Hit::new(
                    format!("job_wishes[{i}].qualifications"),
                    Text::new(
                        format!("Du har ingen kvalifikationer under \"{o}\". Arbejdsgivere søger på stilling og kvalifikationer sammen, så du bliver sjældent fundet."),
                        format!("\"{o}\" has no qualifications. Employers search occupation and qualifications together, so you are rarely found."),
                    ),
                    Text::new(
                        format!("Vælg de faglige kvalifikationer, du har som {o}, fra Jobnets liste."),
                        format!("Pick the professional qualifications you have as {o} from Jobnet's list."),
                    ),
                ).share(1.0 / wishes));
            }
        }
    }
}
