use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert delmål har mindst én aktivitet. / That every sub-goal has at least one activity.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004, Indsatsplan (marselisborg-langtidsledighed-guide.txt:3976–3978): "vejen frem til
    /// det overordnede mål brolægges med relevante aktiviteter, som hver især medfører
    /// indfrielsen af et delmål". Et delmål uden aktivitet er et ønske, ikke en plan. / Each
    /// sub-goal is reached through activities; without one it is a wish, not a plan.
    ///
    /// ## Sådan retter du / How to fix it
    /// Aftal, hvad borger og jobcenter gør for at nå delmålet, og skriv det som aktiviteter. /
    /// Agree what the citizen and the jobcentre do to reach it, and write it as activities.
    pub struct SubGoalWithoutActivity {
        code: "IP002",
        name: "sub-goal-without-activity",
        title: ("Delmål uden aktivitet", "A sub-goal without an activity"),
        severity: Warning,
        source: "seed 004 Indsatsplan (marselisborg-langtidsledighed-guide.txt:3976–3978)",
        fires: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": []}]}}"#,
        quiet: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": [{"activity": "Tilmelder mig kurset", "who": "borger", "when": "uge 10"}]}]}}"#,
    }
}

impl SubGoalWithoutActivity {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, g) in ctx.plan.sub_goals.iter().enumerate() {
            if crate::text::filled(&g.goal) && !g.activities.iter().any(Ctx::started) {
                let n = ctx.goal_name(i);
                out.push(Self::META.finding(
                    format!("sub_goals[{i}].activities"),
                    Text::new(format!("Ingen aktivitet fører til {}.", n.da), format!("No activity leads to {}.", n.en)),
                    Text::new(
                        "Aftal, hvad borger og jobcenter gør for at nå delmålet, og skriv det som aktiviteter.",
                        "Agree what the citizen and the jobcentre do to reach the sub-goal, and write it as activities.",
                    ),
                ));
            }
        }
    }
}
