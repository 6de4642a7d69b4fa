use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en opgave, arbejdsgiveren har vurderet, siger, hvad borgeren yderligere skal kunne for
    /// at få løn for den (`to_be_paid`). / That a task the employer scored says what more the
    /// citizen must be able to do to be paid for it.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.2 (frederikshavn-metodehaandbog.txt:897–899, 917): fokus er "hvor tæt borgeren
    /// er på at konvertere timer i virksomhedsforløbet med ordinære timer … og hvad der i så fald
    /// skal til"; spørgsmålet til virksomheden: "Hvad skal borgeren kunne yderligere for at få løn
    /// for den udførte opgave /brugte timer?" / What it takes to be paid for the task.
    ///
    /// ## Sådan retter du / How to fix it
    /// Spørg arbejdsgiveren, og skriv svaret ved opgaven. / Ask the employer and write the answer
    /// by the task.
    pub struct PayConditionMissing {
        code: "PF005",
        name: "pay-condition-missing",
        title: ("Hvad skal der til for løn?", "What does it take to be paid?"),
        severity: Info,
        source: "seed 003 §4.2 Progression mod job (frederikshavn-metodehaandbog.txt:897–899)",
        fires: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "agreement": "y"}]}]}}"#,
        quiet: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "x", "agreement": "y"}]}]}}"#,
    }
}

impl PayConditionMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, j, t) in ctx.tasks() {
            if t.employer_score.is_some() && !crate::text::filled(&t.to_be_paid) {
                let n = ctx.task_name(i, j);
                out.push(Self::META.finding(
                    format!("visits[{i}].tasks[{j}].to_be_paid"),
                    Text::new(
                        format!("Det står ikke, hvad borgeren yderligere skal kunne for at få løn for {}.", n.da),
                        format!("It does not say what more the citizen must be able to do to be paid for {}.", n.en),
                    ),
                    Text::new(
                        "Spørg arbejdsgiveren: hvad skal borgeren kunne yderligere for at få løn for opgaven?",
                        "Ask the employer: what more must the citizen be able to do to be paid for the task?",
                    ),
                ));
            }
        }
    }
}
