use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har mindst ét job under erhvervserfaring. / That the CV lists at least one job.
    ///
    /// ## Hvorfor / Why it matters
    /// Erhvervserfaring er en del af Jobnets regel for et søgbart CV, og den er det, en
    /// arbejdsgiver læser først, når der skal vælges fra bruttolisten (seed 002 §3.1, seed 003 §4.1).
    /// Work experience is part of Jobnet's rule for a searchable CV and what an employer reads first.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv dine job, også studiejob, fleksjob, praktik og løntilskud. / Add your jobs, including
    /// student jobs, internships and subsidised jobs.
    pub struct MissingWorkExperience {
        code: "CV002",
        name: "missing-work-experience",
        title: ("Erhvervserfaring mangler", "Work experience missing"),
        category: Selection,
        module: WorkExperience,
        severity: Error,
        weight: 8.0,
        jobnet_required: true,
        requires: "",
        source: "Jobnet's rule for a searchable CV; seed 003 §4.1 Erhvervserfaring",
        quiet: r#"{"work_experience": [{"employer": "Netto", "title": "Butiksassistent", "start": "2020-01", "description": "Fyldte varer op, betjente kasse og havde ansvar for frugt og grønt; fik svindet ned med 10 %."}]}"#,
        fires: r#"{"work_experience": null}"#,
    }
}

impl MissingWorkExperience {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let any = cv.work_experience.iter().any(|w| crate::text::filled(&w.title) || crate::text::filled(&w.employer));
        if !any {
            hits.push(Hit::new(
                "work_experience",
                Text::new(
                    "Du har ikke skrevet noget job under erhvervserfaring. Uden erhvervserfaring kan Jobnet ikke finde dit CV.",
                    "You have not added any job under work experience. Without it, Jobnet can't find your CV.",
                ),
                Text::new(
                    "Skriv dine job – også studiejob, praktik, løntilskud og fleksjob.",
                    "Add your jobs – including student jobs, internships and subsidised jobs.",
                ),
            ));
        }
    }
}
