use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// En opgave, hvor arbejdsgiverens point er faldet siden det seneste besøg, hvor opgaven blev
    /// vurderet. Det er et samtaleemne, ikke en dom. / A task whose employer score fell since its
    /// last visit. A prompt, not a verdict.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.2 (frederikshavn-metodehaandbog.txt:875–878): opfølgningen skal sikre, "at der
    /// er progression og udvikling i borgerens opgavevaretagelse"; og til borgeren (:924–925):
    /// "Hvilke aftaler skal vi sammen indgå, så du kan styrke dig på det her punkt til næste
    /// gang?" / Follow-up is there to secure progress; a fall calls for a new agreement.
    ///
    /// ## Sådan retter du / How to fix it
    /// Tal med arbejdsgiveren og borgeren om, hvad der er sket, og om aftalen for opgaven skal
    /// ændres. / Talk about what happened and whether the task's agreement should change.
    pub struct ScoreFell {
        code: "PF101",
        name: "score-fell",
        title: ("Point faldet siden sidst", "Score fell since last time"),
        severity: Info,
        source: "seed 003 §4.2 Progression mod job (frederikshavn-metodehaandbog.txt:875–878)",
        fires: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 5, "citizen_score": 5, "to_be_paid": "x", "agreement": "y"}]}, {"date": "2026-04-10", "tasks": [{"task": "varemodtagelse ", "employer_score": 4, "citizen_score": 4, "to_be_paid": "x", "agreement": "y"}]}]}}"#,
        quiet: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "x", "agreement": "y"}]}, {"date": "2026-04-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "x", "agreement": "y"}]}]}}"#,
    }
}

impl ScoreFell {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for v in ctx.visits {
            for t in &v.tasks {
                let (Some(c), Some(p)) = (t.change.filter(|c| *c < 0), t.previous_visit) else { continue };
                let n = ctx.task_name(v.index, t.index);
                let was = t.employer_score.map_or(0, |s| i32::from(s) - c);
                let now = t.employer_score.unwrap_or(0);
                out.push(Self::META.finding(
                    format!("visits[{}].tasks[{}].employer_score", v.index, t.index),
                    Text::new(
                        format!("{}: arbejdsgiverens point er faldet fra {was} til {now} siden besøg {}.", n.da, p + 1),
                        format!("{}: the employer's score fell from {was} to {now} since visit {}.", n.en, p + 1),
                    ),
                    Text::new(
                        "Tal om, hvad der er sket, og om aftalen for opgaven skal ændres – et fald er et samtaleemne, ikke en dom.",
                        "Talk about what happened and whether the task's agreement should change – a fall is a prompt, not a verdict.",
                    ),
                ));
            }
        }
    }
}
