use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote, visible_len};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert job har en beskrivelse af ansvar, arbejdsopgaver og resultater (AOR) på mindst
    /// `min_description_chars` tegn (standard 60). / That each job has a description of
    /// responsibility, tasks and results of at least `min_description_chars` characters (default 60).
    ///
    /// ## Hvorfor / Why it matters
    /// "Vær så specifik som mulig … hvilke opgaver, som borger har varetaget …, hvad han/hun har haft
    /// ansvar for, og hvilke resultater man har opnået" (seed 003 §4.1 Erhvervserfaring). Teksten kan
    /// ikke søges, men det er den, der afgør, hvem der bliver valgt fra bruttolisten (seed 002 §3.1).
    /// Not searchable, but decisive when someone picks from the gross list.
    ///
    /// AOR er kernen i seedets tjekliste for udvælgelse, så CV203 (25) og CV204 (10, som bygger på
    /// CV203) vejer tilsammen 35 af udvælgelsens 100 point: et CV uden AOR ved nogen job kan ikke
    /// se næsten færdigt ud (65 i stedet for 87 med de tidligere vægte 13 + 6). Vægtene er Jobspors
    /// standard, ikke seedets – seedet giver ingen tal; en vært ændrer dem med `weights`. / AOR is
    /// the core of the seed's checklist for selection: CV203 and CV204 together weigh 35 of 100
    /// (Jobspor's default, not the seed's; a host overrides it with `weights`).
    ///
    /// ## Sådan retter du / How to fix
    /// Beskriv opgaver, ansvar og resultater i et par sætninger. / Describe tasks, responsibility and
    /// results in a few sentences.
    pub struct ExperienceDescriptionMissing {
        code: "CV203",
        name: "experience-description-missing",
        title: ("Jobbeskrivelse mangler eller er kort", "Job description missing or short"),
        category: Selection,
        module: WorkExperience,
        severity: Warning,
        weight: 25.0,
        jobnet_required: false,
        requires: "CV002",
        source: "seed 003 §4.1 Erhvervserfaring (AOR); seed 002 §3.1",
        quiet: r#"{"work_experience": [{"employer": "Bilka", "title": "Kassemedarbejder", "start": "2021-01", "description": "Betjente kasse og havde ansvar for at tælle kassen op; fik ros for færrest kassedifferencer."}]}"#,
        fires: r#"{"work_experience": [{"employer": "Bilka", "title": "Kassemedarbejder", "start": "2021-01", "description": "Kasse."}]}"#,
    }
}

impl ExperienceDescriptionMissing {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let n = cv.work_experience.len().max(1) as f64;
        for (i, w) in cv.work_experience.iter().enumerate() {
            let len = visible_len(&w.description);
            if len >= o.min_description_chars {
                continue;
            }
            let t = quote(if filled(&w.title) { &w.title } else { &w.employer });
            let (da, en, share) = if len == 0 {
                (
                    format!("Der står ingen beskrivelse ved jobbet som {t}."),
                    format!("There is no description for the job as {t}."),
                    1.0,
                )
            } else {
                (
                    format!("Beskrivelsen af jobbet som {t} er meget kort."),
                    format!("The description of the job as {t} is very short."),
                    0.5,
                )
            };
            hits.push(Hit::new(
                format!("work_experience[{i}].description"),
                Text::new(da, en),
                Text::new(
                    "Skriv hvilke opgaver du havde, hvad du havde ansvar for, og hvilke resultater du nåede – også sammen med andre.",
                    "Write which tasks you had, what you were responsible for and what you achieved – also together with others.",
                ),
            ).share(share / n));
        }
    }
}
