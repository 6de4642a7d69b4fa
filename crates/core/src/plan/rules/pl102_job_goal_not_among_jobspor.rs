use super::Ctx;
use crate::plan::{list, matcher, t};
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At jobmålet er en stilling, men ikke et af jobsporene. / That the job goal is a job title
    /// but none of the jobspor.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (frederikshavn-metodehaandbog.txt:1070): "Sammenhæng mellem jobmål og
    /// jobspor". / The job goal and the jobspor agree.
    ///
    /// ## Sådan retter du / How to fix it
    /// Gør jobmålet til et af jobsporene – eller tilføj det som jobspor med en begrundelse. / Make
    /// the goal one of the jobspor, or add it as one with a reason.
    pub struct JobGoalNotAmongJobspor {
        code: "PL102",
        name: "job-goal-not-among-jobspor",
        title: ("Jobmålet er ikke et af jobsporene", "The job goal is not one of the jobspor"),
        severity: Warning,
        source: "seed 003 §5.2 Min Plan (frederikshavn-metodehaandbog.txt:1070)",
        fires: r#"{"plan": {"job_goal": "Kok"}}"#,
        quiet: r#"{"plan": {"job_goal": "Chauffør"}}"#,
    }
}

impl JobGoalNotAmongJobspor {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let goal = ctx.plan.job_goal.trim();
        let Some(o) = matcher::occupation_of(goal) else { return };
        if ctx.jobspor.is_empty() || ctx.jobspor.iter().any(|j| j.occupation.is_some_and(|s| s.title == o.title) || matcher::folded(&j.spor.title) == matcher::folded(goal)) {
            return;
        }
        let names: Vec<String> = ctx.named_jobspor().map(|j| j.name()).collect();
        let q = crate::text::quote(goal);
        out.push(Self::META.finding(
            "job_goal",
            t(format!("Jobmålet »{q}« er ikke et af jobsporene ({}).", list(&names, "og")), format!("The job goal \"{q}\" is none of the jobspor ({}).", list(&names, "and"))),
            t("Gør jobmålet til et af jobsporene, eller tilføj det som jobspor med en begrundelse.", "Make the job goal one of the jobspor, or add it as a jobspor with a reason."),
        ));
    }
}
