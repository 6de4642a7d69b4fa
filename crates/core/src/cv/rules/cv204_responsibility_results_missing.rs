use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote, Words};
use crate::Text;

/// Words that show responsibility (ansvar).
pub(crate) const RESPONSIBILITY: &[&str] = &[
    "ansvar*", "ledte", "leder", "ledelse", "ledede", "koordiner*", "planlag*", "oplær*", "oplæring*",
    "stod for", "styrede", "havde styr", "daglig leder", "teamleder", "formand", "kasserer",
    "responsib*", "led", "managed", "coordinat*", "in charge",
];

/// Words that show results (resultater): outcomes, improvements, numbers.
pub(crate) const RESULTS: &[&str] = &[
    "resultat*", "opnå*", "øge*", "øgede", "reducer*", "nedbragt*", "nedbragte", "sænke*", "forbedr*",
    "sparede", "spare", "gennemfør*", "indfør*", "fik ros", "ros for", "til tiden", "færre", "flere",
    "højere", "lavere", "udvid*", "vandt", "rekord*", "%", "procent", "achiev*", "increas*", "reduc*",
    "improv*", "saved", "result*",
];

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en jobbeskrivelse, der er lang nok, også nævner ansvar og resultater – ikke kun
    /// opgaver. / That a long enough job description also mentions responsibility and results.
    ///
    /// ## Hvorfor / Why it matters
    /// AOR står for ansvar, arbejdsopgaver og resultater (seed 003 §4.1). En liste med opgaver
    /// siger, hvad du lavede; ansvar og resultater siger, hvor godt. "Husk at et resultat kan være
    /// opnået i samarbejde med andre." Tasks say what you did; responsibility and results say how well.
    /// Bygger på CV203: et job uden beskrivelse mister også disse point (AOR vejer 35 af 100, se
    /// CV203). / Builds on CV203: a job without a description loses these points too.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj en sætning om, hvad du havde ansvar for, og hvad der blev bedre. / Add a sentence on
    /// what you were responsible for and what improved.
    pub struct ResponsibilityResultsMissing {
        code: "CV204",
        name: "responsibility-results-missing",
        title: ("Ansvar og resultater mangler", "Responsibility and results missing"),
        category: Selection,
        module: WorkExperience,
        severity: Info,
        weight: 10.0,
        jobnet_required: false,
        requires: "CV203",
        source: "seed 003 §4.1 Erhvervserfaring (AOR)",
        quiet: r#"{"work_experience": [{"employer": "Bilka", "title": "Kassemedarbejder", "start": "2021-01", "description": "Betjente kasse og fyldte varer op. Havde ansvar for kasseopgørelsen og fik ros for færrest differencer."}]}"#,
        fires: r#"{"work_experience": [{"employer": "Bilka", "title": "Kassemedarbejder", "start": "2021-01", "description": "Betjente kasse, fyldte varer op i butikken og hjalp kunderne med at finde varer."}]}"#,
    }
}

impl ResponsibilityResultsMissing {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let n = cv.work_experience.len().max(1) as f64;
        for (i, w) in cv.work_experience.iter().enumerate() {
            if crate::text::visible_len(&w.description) < o.min_description_chars {
                continue; // CV203 says it
            }
            let ws = Words::new(&w.description);
            let has_digits = w.description.chars().any(|c| c.is_ascii_digit());
            let resp = ws.matches_any(RESPONSIBILITY);
            let res = has_digits || ws.matches_any(RESULTS);
            if resp && res {
                continue;
            }
            let t = quote(if filled(&w.title) { &w.title } else { &w.employer });
            let (da, en) = match (resp, res) {
                (false, false) => ("ansvar og resultater", "responsibility and results"),
                (false, true) => ("ansvar", "responsibility"),
                _ => ("resultater", "results"),
            };
            hits.push(Hit::new(
                format!("work_experience[{i}].description"),
                Text::new(
                    format!("Beskrivelsen af jobbet som {t} nævner ikke {da}."),
                    format!("The description of the job as {t} does not mention {en}."),
                ),
                Text::new(
                    "Tilføj hvad du havde ansvar for, og hvad der blev bedre – fx \"ansvarlig for varemodtagelsen\" eller \"færre fejl\". Et resultat kan også være nået sammen med andre.",
                    "Add what you were responsible for and what improved – e.g. \"responsible for goods receipt\" or \"fewer errors\". A result can be a team's.",
                ),
            ).share(1.0 / n));
        }
    }
}
