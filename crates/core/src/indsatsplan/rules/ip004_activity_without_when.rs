use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver aktivitet siger, hvornår den skal være gjort. / That every activity says when.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:2616–2617): et felt til "hvem der er
    /// ansvarlig for de aftale opgaver og endelig tidsfrist, så progressionen i jobsøgningen
    /// sikres"; seed 003 §3.3 (frederikshavn-metodehaandbog.txt:289–290): "der skal være en
    /// deadline". Uden tid er der intet at følge op på. / Without a time there is nothing to follow
    /// up on.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv hvornår: en dato, en uge eller »til næste samtale«. / Write when: a date, a week or
    /// "by the next meeting".
    pub struct ActivityWithoutWhen {
        code: "IP004",
        name: "activity-without-when",
        title: ("Aktivitet uden tidsfrist", "An activity without when"),
        severity: Warning,
        source: "seed 004 ABC-jobplan (marselisborg-langtidsledighed-guide.txt:2616–2617); seed 003 §3.3 (frederikshavn-metodehaandbog.txt:289–290)",
        fires: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": [{"activity": "Tilmelding til kursus", "who": "borger", "when": ""}]}]}}"#,
        quiet: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": [{"activity": "Tilmelding til kursus", "who": "borger", "when": "uge 10"}]}]}}"#,
    }
}

impl ActivityWithoutWhen {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, j, a) in ctx.activities() {
            if Ctx::started(a) && !crate::text::filled(&a.when) {
                out.push(Self::META.finding(
                    format!("sub_goals[{i}].activities[{j}].when"),
                    Text::new(
                        format!("Aktivitet {} under delmål {} siger ikke, hvornår den skal være gjort.", j + 1, i + 1),
                        format!("Activity {} of sub-goal {} does not say when it is to be done.", j + 1, i + 1),
                    ),
                    Text::new("Skriv hvornår: en dato, en uge eller »til næste samtale«.", "Write when: a date, a week or \"by the next meeting\"."),
                ));
            }
        }
    }
}
