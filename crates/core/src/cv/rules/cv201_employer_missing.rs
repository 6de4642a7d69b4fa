use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert job under erhvervserfaring har arbejdsgiverens navn. / That each job names the employer.
    ///
    /// ## Hvorfor / Why it matters
    /// "Husk derudover at tilføje navn på tidligere arbejdsgiver" (seed 003 §4.1
    /// Erhvervserfaring). Arbejdsgiveren fortæller læseren om branche og størrelse.
    /// The employer's name tells the reader the trade and the size of the workplace.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv arbejdsgiverens navn. / Add the employer's name.
    pub struct EmployerMissing {
        code: "CV201",
        name: "employer-missing",
        title: ("Arbejdsgiver mangler", "Employer missing"),
        category: Selection,
        module: WorkExperience,
        severity: Warning,
        weight: 6.0,
        jobnet_required: false,
        requires: "CV002",
        source: "seed 003 §4.1 Erhvervserfaring",
        quiet: r#"{"work_experience": [{"employer": "Bilka", "title": "Kassemedarbejder", "start": "2021-01", "end": "2023-01", "description": "Betjente kasse og havde ansvar for at tælle kassen op; fik ros for færrest kassedifferencer."}]}"#,
        fires: r#"{"work_experience": [{"employer": "", "title": "Kassemedarbejder", "start": "2021-01", "end": "2023-01", "description": "Betjente kasse og havde ansvar for at tælle kassen op; fik ros for færrest kassedifferencer."}]}"#,
    }
}

impl EmployerMissing {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let n = cv.work_experience.len().max(1) as f64;
        for (i, w) in cv.work_experience.iter().enumerate() {
            if !filled(&w.employer) && filled(&w.title) {
                let t = quote(&w.title);
                hits.push(Hit::new(
                    format!("work_experience[{i}].employer"),
                    Text::new(format!("Der står ingen arbejdsgiver ved jobbet som {t}."), format!("No employer is named for the job as {t}.")),
                    Text::new("Skriv arbejdsgiverens navn – det fortæller læseren om branche og arbejdsplads.", "Add the employer's name – it tells the reader the trade and workplace."),
                ).share(1.0 / n));
            }
        }
    }
}
