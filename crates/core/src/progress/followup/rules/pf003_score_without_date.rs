use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et besøg med point også har en dato. / That a visit with scores has a date.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.2 (frederikshavn-metodehaandbog.txt:904–907): borgeren vurderer "udviklingen i
    /// kvalitet" og skal motiveres "gennem synliggørelse af borgerens progression i
    /// opgaveløsningen". Udvikling kræver, at vurderingerne kan sættes i tidsorden. /
    /// Development needs the scores in time order.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv datoen for besøget (`visits[i].date`). / Fill in the visit's date.
    pub struct ScoreWithoutDate {
        code: "PF003",
        name: "score-without-date",
        title: ("Point uden dato", "Scores without a date"),
        severity: Warning,
        source: "seed 003 §4.2 Progression mod job (frederikshavn-metodehaandbog.txt:904–907)",
        fires: r#"{"followup": {"visits": [{"tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "x", "agreement": "y"}]}]}}"#,
        quiet: r#"{"followup": {"visits": [{"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 4, "citizen_score": 4, "to_be_paid": "x", "agreement": "y"}]}]}}"#,
    }
}

impl ScoreWithoutDate {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, v) in ctx.followup.visits.iter().enumerate() {
            if v.tasks.iter().any(|t| t.scored()) && ctx.date(i).is_none() {
                out.push(Self::META.finding(
                    format!("visits[{i}].date"),
                    Text::new(format!("Besøg {} har point, men ingen dato.", i + 1), format!("Visit {} has scores but no date.", i + 1)),
                    Text::new("Skriv datoen for besøget.", "Fill in the visit's date."),
                ));
            }
        }
    }
}
