use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et besøg med en dato også har en vurdering: mindst én opgave med point. / That a dated
    /// visit has an evaluation: at least one scored task.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.2 (frederikshavn-metodehaandbog.txt:894–896): i samtalen med virksomheden
    /// "beder [du] virksomheden vurdere, hvor borgerens kvalitet i opgaveløsningen er henne på
    /// 10-points skalaen". Et besøg uden point giver ikke noget at følge progressionen på. / A
    /// visit without scores gives nothing to follow the progress by.
    ///
    /// ## Sådan retter du / How to fix it
    /// Få arbejdsgiverens og borgerens point på de centrale opgaver – eller fjern datoen, hvis
    /// besøget ikke har fundet sted. / Get the scores, or remove the date.
    pub struct DateWithoutEvaluation {
        code: "PF004",
        name: "date-without-evaluation",
        title: ("Besøg uden vurdering", "A visit without an evaluation"),
        severity: Info,
        source: "seed 003 §4.2 Progression mod job (frederikshavn-metodehaandbog.txt:894–896)",
        fires: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": []}]}}"#,
        quiet: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "x", "agreement": "y"}]}]}}"#,
    }
}

impl DateWithoutEvaluation {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, v) in ctx.followup.visits.iter().enumerate() {
            if let Some(d) = ctx.date(i).filter(|_| !v.tasks.iter().any(|t| t.scored())) {
                out.push(Self::META.finding(
                    format!("visits[{i}].tasks"),
                    Text::new(format!("Besøget {d} har ingen opgaver med point."), format!("The visit on {d} has no scored tasks.")),
                    Text::new(
                        "Få arbejdsgiverens og borgerens point på de centrale opgaver – eller fjern datoen, hvis besøget ikke har fundet sted.",
                        "Get the employer's and the citizen's scores on the central tasks – or remove the date if the visit has not taken place.",
                    ),
                ));
            }
        }
    }
}
