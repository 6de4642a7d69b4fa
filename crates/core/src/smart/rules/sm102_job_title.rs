use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et jobmål er en konkret stillingsbetegnelse fra stillingsleksikonet (fx "lagermedarbejder",
    /// "social- og sundhedshjælper") eller en bestemt uddannelse eller et certifikat ("SOSU-uddannelsen",
    /// "truckcertifikat"). / That a job goal is a concrete job title from the occupation lexicon or a
    /// specific education or certificate.
    ///
    /// ## Hvorfor / Why it matters
    /// Min Plan: "Målet skal være en konkret stillingsbetegnelse"; "Alle jobspor skal være konkret
    /// stillingsbetegnelser" (seed 003 §5.2). A job goal that names a title can be searched for,
    /// followed up and matched with job orders.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv stillingen, som den står i jobopslag: "Lagermedarbejder", "Buschauffør". / Write the
    /// title as job ads do.
    pub struct JobTitle {
        code: "SM102",
        name: "job-title",
        title: ("Konkret stillingsbetegnelse", "Concrete job title"),
        criterion: Specific,
        applies: Goal,
        positive: true,
        source: "seed 003 §5.2",
        fires: "Job som lagermedarbejder i Frederikshavn inden for 3 måneder",
        quiet: "Et job",
    }
}

impl JobTitle {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if !a.has_job_or_education() {
            return None;
        }
        let (da, en) = match first_title(a) {
            Some(t) => (format!("Målet er en konkret stillingsbetegnelse: {t}."), format!("The goal is a concrete job title: {t}.")),
            None => ("Målet er en konkret stilling eller uddannelse.".to_string(), "The goal is a concrete job or education.".to_string()),
        };
        Some(
            Outcome::new(Met, Text::new(da, en), Text::new("Behold stillingsbetegnelsen.", "Keep the job title."))
                .with(a.main_occupations().map(|o| (o.f.span, "occupation")))
                .with(Analysis::main(&a.educations).map(|f| (f.span, "education"))),
        )
    }
}
