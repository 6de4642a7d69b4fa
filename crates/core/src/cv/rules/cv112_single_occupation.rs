use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et søger mindst `min_job_wishes` stillinger (standard 3). Én stilling koster hele
    /// vægten, og hver ekstra stilling op til minimum tager en lige stor del af den. / That the CV
    /// lists at least `min_job_wishes` occupations (default 3); one occupation costs the full weight.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobcentret beder den ledige om "at medbringe 3 jobønsker til første samtale" (seed 002 §3,
    /// discus-laeringskatalog-matchning.txt l. 474). Jobnet kan søge på flere stillinger med
    /// "eller", så hver ekstra stilling er flere søgninger, du kan dukke op i (seed 002 §2.1), og
    /// jobcentret arbejder med flere jobspor på én gang (seed 003 §5.1). Tallet 3 er seedets; at
    /// reglen tæller det i CV'et, er Jobspors valg, og en vært ændrer det med `min_job_wishes`.
    /// Each extra occupation is more searches you can appear in.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj også beslægtede stillinger, du kan og vil tage. / Add related occupations you could
    /// and would take.
    pub struct SingleOccupation {
        code: "CV112",
        name: "single-occupation",
        title: ("Færre end tre stillinger", "Fewer than three occupations"),
        category: Findability,
        module: JobWishes,
        severity: Info,
        weight: 2.0,
        jobnet_required: false,
        requires: "CV004",
        source: "seed 002 §3 (3 jobønsker), §2.1; seed 003 §5.1 Jobspor",
        quiet: r#"{"job_wishes": [{"occupation": "Kok", "qualifications": ["Anretning", "Kold køkken", "Varm mad"], "experience_years": 3}, {"occupation": "Køkkenmedhjælper", "qualifications": ["Opvask", "Forberedelse", "Anretning"], "experience_years": 3}, {"occupation": "Cafémedarbejder", "qualifications": ["Kaffebar", "Anretning", "Kassebetjening"], "experience_years": 1}]}"#,
        fires: r#"{"job_wishes": [{"occupation": "Kok", "qualifications": ["Anretning", "Kold køkken", "Varm mad"], "experience_years": 3}, {"occupation": "Køkkenmedhjælper", "qualifications": ["Opvask", "Forberedelse", "Anretning"], "experience_years": 3}]}"#,
    }
}

impl SingleOccupation {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let n = cv.job_wishes.iter().filter(|w| filled(&w.occupation)).count();
        let min = o.min_job_wishes;
        if n == 0 || n >= min {
            return; // none at all is CV004
        }
        let (da, en) = if n == 1 {
            ("Du søger kun én slags job.".to_string(), "You are looking for one kind of job only.".to_string())
        } else {
            (format!("Du søger {n} slags job – jobcentret beder om {min}."), format!("You are looking for {n} kinds of job – the job centre asks for {min}."))
        };
        hits.push(Hit::new(
            "job_wishes",
            Text::new(
                format!("{da} Hver ekstra stilling er flere søgninger, du kan blive fundet i."),
                format!("{en} Each extra occupation is more searches you can be found in."),
            ),
            Text::new(
                "Tilføj også stillinger i andre brancher, hvor du kan bruge det, du kan.",
                "Add occupations in other trades where your skills are used too.",
            ),
        ).share((min - n) as f64 / (min - 1) as f64));
    }
}
