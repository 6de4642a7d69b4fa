use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver opgave, der er vurderet, har en aftale om, hvad borgeren skal arbejde videre på. /
    /// That every scored task has an agreement on what the citizen works on next.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.2 (frederikshavn-metodehaandbog.txt:901–902): "For hver opgave indgås der en
    /// aftale med arbejdsgiver om, hvad borgeren skal arbejde videre på for at konvertere timer i
    /// virksomhedsforløb til ordinære timer". / For every task an agreement with the employer.
    ///
    /// ## Sådan retter du / How to fix it
    /// Aftal med arbejdsgiveren, hvad borgeren skal arbejde videre på i opgaven, og skriv det i
    /// `agreement`. / Agree with the employer what the citizen works on in the task.
    pub struct TaskWithoutAgreement {
        code: "PF001",
        name: "task-without-agreement",
        title: ("Opgave uden aftale", "A task without an agreement"),
        severity: Warning,
        source: "seed 003 §4.2 Progression mod job (frederikshavn-metodehaandbog.txt:901–902)",
        fires: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "Tjekke følgesedler selv"}]}]}}"#,
        quiet: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "Tjekke følgesedler selv", "agreement": "Tjekker følgesedler med mentor hver dag"}]}]}}"#,
    }
}

impl TaskWithoutAgreement {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, j, t) in ctx.tasks() {
            if (t.scored() || crate::text::filled(&t.task)) && !crate::text::filled(&t.agreement) {
                let n = ctx.task_name(i, j);
                out.push(Self::META.finding(
                    format!("visits[{i}].tasks[{j}].agreement"),
                    Text::new(format!("Ingen aftale for {}.", n.da), format!("No agreement for {}.", n.en)),
                    Text::new(
                        "Aftal med arbejdsgiveren, hvad borgeren skal arbejde videre på for at gøre timerne til ordinære timer.",
                        "Agree with the employer what the citizen works on to turn the hours into ordinary hours.",
                    ),
                ));
            }
        }
    }
}
