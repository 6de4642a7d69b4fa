use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At man kan se, om et jobmål er nået: målet er en bestemt stilling eller uddannelse. / That one
    /// can tell whether a job goal is reached: it is a specific job or education.
    ///
    /// ## Hvorfor / Why it matters
    /// "Målene skal også være målbare, så alle parter kan se, om målet er nået" (seed 003 §3.3), og
    /// "Ved alle samtaler skal der følges op på jobmålet" (§5.2). A job as a named title is reached or
    /// not.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv stillingen eller uddannelsen: "Buschauffør", "SOSU-uddannelsen". / Name the job or
    /// education.
    pub struct GoalCheckable {
        code: "SM205",
        name: "goal-checkable",
        title: ("Målet kan følges op", "The goal can be followed up"),
        criterion: Measurable,
        applies: Goal,
        positive: true,
        source: "seed 003 §3.3, §5.2",
        fires: "Chauffør",
        quiet: "Blive selvforsørgende",
    }
}

impl GoalCheckable {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if !a.has_job_or_education() {
            return None;
        }
        Some(
            Outcome::new(
                Met,
                Text::new("Man kan se, om målet er nået: du har den stilling eller uddannelse, eller du har ikke.", "One can tell whether the goal is reached: you have that job or education, or you don't."),
                Text::new("Følg op på målet ved hver samtale.", "Follow up on the goal at every meeting."),
            )
            .with(a.main_occupations().map(|o| (o.f.span, "occupation")))
            .with(Analysis::main(&a.educations).map(|f| (f.span, "education"))),
        )
    }
}
