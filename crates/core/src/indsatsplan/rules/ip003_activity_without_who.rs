use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver aktivitet siger, hvem der gør den: borger, jobcenter eller a-kasse. / That every
    /// activity says who does it.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004, Indsatsplan (marselisborg-langtidsledighed-guide.txt:3199): "Hvad skal borger og
    /// jobcenter iværksætte for at nå de enkelte delmål?", og samtaleguiden (:2792): "aftaler om,
    /// hvad der skal ske mellem samtalerne, og hvem der gør hvad". / Who does what must be agreed.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg, hvem der gør aktiviteten: borger, jobcenter eller a-kasse. / Choose who does it.
    pub struct ActivityWithoutWho {
        code: "IP003",
        name: "activity-without-who",
        title: ("Aktivitet uden ansvarlig", "An activity without who"),
        severity: Warning,
        source: "seed 004 Indsatsplan (marselisborg-langtidsledighed-guide.txt:3199, 2792)",
        fires: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": [{"activity": "Tilmelding til kursus", "when": "uge 10"}]}]}}"#,
        quiet: r#"{"plan": {"sub_goals": [{"goal": "Truckcertifikat inden 1. maj 2026", "activities": [{"activity": "Tilmelding til kursus", "who": "borger", "when": "uge 10"}]}]}}"#,
    }
}

impl ActivityWithoutWho {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, j, a) in ctx.activities() {
            if Ctx::started(a) && a.who.is_none() {
                out.push(Self::META.finding(
                    format!("sub_goals[{i}].activities[{j}].who"),
                    Text::new(
                        format!("Aktivitet {} under delmål {} siger ikke, hvem der gør den.", j + 1, i + 1),
                        format!("Activity {} of sub-goal {} does not say who does it.", j + 1, i + 1),
                    ),
                    Text::new("Vælg, hvem der gør aktiviteten: borger, jobcenter eller a-kasse.", "Choose who does the activity: citizen, jobcentre or unemployment fund."),
                ));
            }
        }
    }
}
