use super::Ctx;
use crate::plan::{matcher, t};
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At planen ikke har noget jobmål (`job_goal`), eller at jobmålet ikke er en konkret
    /// stillingsbetegnelse. / That the plan has no job goal, or it is no concrete job title.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (frederikshavn-metodehaandbog.txt:1069–1071): "Der skal altid være et aktivt
    /// jobmål … Målet skal være en konkret stillingsbetegnelse". / There is always an active job
    /// goal, a concrete job title.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv jobmålet som en stilling, fx "Lagermedarbejder" – et af jobsporene. / Write the goal
    /// as a job title, one of the jobspor.
    pub struct JobGoalMissing {
        code: "PL101",
        name: "job-goal-missing",
        title: ("Intet konkret jobmål", "No concrete job goal"),
        severity: Warning,
        source: "seed 003 §5.2 Min Plan (frederikshavn-metodehaandbog.txt:1069)",
        fires: r#"{"plan": {"job_goal": "Komme i arbejde igen"}}"#,
        quiet: r#"{}"#,
    }
}

impl JobGoalMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let goal = ctx.plan.job_goal.trim();
        let fix = t("Skriv jobmålet som en konkret stilling – et af jobsporene, fx »Lagermedarbejder«.", "Write the job goal as a concrete job title – one of the jobspor, e.g. \"Lagermedarbejder\".");
        if goal.is_empty() {
            out.push(Self::META.finding("job_goal", t("Planen har intet jobmål.", "The plan has no job goal."), fix));
        } else if matcher::occupation_of(goal).is_none() && !ctx.jobspor.iter().any(|j| matcher::folded(&j.spor.title) == matcher::folded(goal)) {
            let q = crate::text::quote(goal);
            out.push(Self::META.finding(
                "job_goal",
                t(format!("Jobmålet »{q}« er ikke en konkret stillingsbetegnelse."), format!("The job goal \"{q}\" is not a concrete job title.")),
                fix,
            ));
        }
    }
}
