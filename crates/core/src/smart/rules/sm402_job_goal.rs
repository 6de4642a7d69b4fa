use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et jobmål sigter mod en bestemt stilling eller uddannelse. Et jobmål er et job, så "få job
    /// som lagermedarbejder" er et realistisk mål at sigte efter; hvad borgeren gør for at nå det,
    /// hører til aftalerne. / That a job goal aims at a specific job or education ("get a job as …" is
    /// what a job goal is; the actions belong to the agreements).
    ///
    /// ## Hvorfor / Why it matters
    /// Min Plan: "Der skal altid være et aktivt jobmål" og "Målet skal være en konkret
    /// stillingsbetegnelse" (seed 003 §5.2); the kontrolcirkel test (§3.3, §5.3) applies to what the
    /// citizen is to do. Whether there is demand is the caseworker's judgement (jobspor, §5.1).
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv stillingen, og læg handlingerne i aftalerne. / Name the job; put the actions in the
    /// agreements.
    pub struct JobGoal {
        code: "SM402",
        name: "job-goal",
        title: ("Et job at sigte efter", "A job to aim for"),
        criterion: Realistic,
        applies: Goal,
        positive: true,
        source: "seed 003 §3.3, §5.1, §5.2",
        fires: "Job som lagermedarbejder i Frederikshavn inden for 3 måneder",
        quiet: "Fast job i morgen",
    }
}

impl JobGoal {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if !a.has_job_or_education() {
            return None;
        }
        Some(
            Outcome::new(
                Met,
                Text::new("Målet er en bestemt stilling eller uddannelse, du kan arbejde hen imod.", "The goal is a specific job or education you can work towards."),
                Text::new("Aftal de skridt, du selv tager hen mod målet.", "Agree on the steps you take towards it."),
            )
            .with(a.main_occupations().map(|o| (o.f.span, "occupation")))
            .with(Analysis::main(&a.educations).map(|f| (f.span, "education"))),
        )
    }
}
