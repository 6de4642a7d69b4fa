use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At arbejdsgiverens navn ikke er skjult. / That the employer's name is not hidden.
    ///
    /// ## Hvorfor / Why it matters
    /// Skjulte oplysninger får mange virksomheder til at frasortere CV'et (seed 002 §3.2; seed 003
    /// §4.1). Hidden details make many employers discard the CV. There can be good reasons (e.g.
    /// a protected workplace): a caseworker can overrule the finding with the reason.
    ///
    /// ## Sådan retter du / How to fix
    /// Gør arbejdsgiverens navn synligt, hvis der ikke er en særlig grund til at skjule det. /
    /// Show the employer's name unless there is a particular reason not to.
    pub struct EmployerHidden {
        code: "CV202",
        name: "employer-hidden",
        title: ("Arbejdsgiver er skjult", "Employer hidden"),
        category: Selection,
        module: WorkExperience,
        severity: Info,
        weight: 3.0,
        jobnet_required: false,
        requires: "CV002",
        source: "seed 002 §3.2; seed 003 §4.1",
        quiet: r#"{"work_experience": [{"employer": "Bilka", "employer_visible": true, "title": "Kassemedarbejder", "start": "2021-01", "description": "Betjente kasse og havde ansvar for at tælle kassen op; fik ros for færrest kassedifferencer."}]}"#,
        fires: r#"{"work_experience": [{"employer": "Bilka", "employer_visible": false, "title": "Kassemedarbejder", "start": "2021-01", "description": "Betjente kasse og havde ansvar for at tælle kassen op; fik ros for færrest kassedifferencer."}]}"#,
    }
}

impl EmployerHidden {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let n = cv.work_experience.len().max(1) as f64;
        for (i, w) in cv.work_experience.iter().enumerate() {
            if filled(&w.employer) && w.employer_visible == Some(false) {
                let e = quote(&w.employer);
                hits.push(Hit::new(
                    format!("work_experience[{i}].employer_visible"),
                    Text::new(format!("Arbejdsgiveren \"{e}\" er skjult for læseren."), format!("The employer \"{e}\" is hidden from readers.")),
                    Text::new("Gør arbejdsgiverens navn synligt, hvis der ikke er en særlig grund til at skjule det.", "Show the employer's name unless there is a particular reason not to."),
                ).share(1.0 / n));
            }
        }
    }
}
