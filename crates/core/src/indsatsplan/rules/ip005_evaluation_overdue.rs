use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et delmål, hvis evalueringsdato er passeret (før `today` i konfigurationen), har en
    /// evaluering. Uden `today` fyrer reglen ikke. / That a sub-goal whose evaluation date has
    /// passed has an evaluation; quiet without `today`.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004, Indsatsplan (marselisborg-langtidsledighed-guide.txt:4031–4034): "har det
    /// afgørende betydning, at der bliver fulgt op på dokumentet"; arket har et felt
    /// "Evaluering" (:3289–3295). / Following the plan up is what makes it work.
    ///
    /// ## Sådan retter du / How to fix it
    /// Evaluér delmålet ved næste samtale og skriv evalueringen – eller flyt datoen. / Evaluate
    /// the sub-goal at the next meeting and write it down, or move the date.
    pub struct EvaluationOverdue {
        code: "IP005",
        name: "evaluation-overdue",
        title: ("Evaluering mangler", "Evaluation overdue"),
        severity: Warning,
        source: "seed 004 Indsatsplan (marselisborg-langtidsledighed-guide.txt:4031–4034, 3289–3295)",
        fires: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": [{"activity": "Kursus", "who": "borger", "when": "uge 10"}], "evaluation": {"date": "2026-02-15", "text": ""}}]}}"#,
        quiet: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": [{"activity": "Kursus", "who": "borger", "when": "uge 10"}], "evaluation": {"date": "2026-02-15", "text": "Kurset er bestået."}}]}}"#,
    }
}

impl EvaluationOverdue {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for i in ctx.sub_goals.iter().filter(|r| r.evaluation_due).map(|r| r.index) {
            let date = ctx.plan.sub_goals[i].evaluation.date.as_deref().unwrap_or("").trim();
            let n = ctx.goal_name(i);
            out.push(Self::META.finding(
                format!("sub_goals[{i}].evaluation.text"),
                Text::new(format!("Evalueringen af {} skulle have været {date}, men er ikke skrevet.", n.da), format!("The evaluation of {} was due on {date} but is not written.", n.en)),
                Text::new(
                    "Evaluér delmålet ved næste samtale og skriv evalueringen – eller flyt datoen.",
                    "Evaluate the sub-goal at the next meeting and write the evaluation – or move the date.",
                ),
            ));
        }
    }
}
