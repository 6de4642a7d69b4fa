use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et delmål, der nævner et fagområde (en stilling eller et område, fundet af
    /// stillingsgenkendelsen), peger mod et af hovedmålets områder. Nævner delmålet eller
    /// hovedmålet intet område (fx »Hygiejnekursus«), fyrer reglen ikke. / That a sub-goal naming
    /// an occupational area points to one of the main goal's areas; quiet when either names none.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004, Indsatsplan (marselisborg-langtidsledighed-guide.txt:3976–3978 og 4013–4015):
    /// "Følger man pilen fra start til slut, fører aktiviteterne og målene hen imod hovedmålet" –
    /// "en prioriteret række af aktiviteter, som målrettet peger i samme retning". / Every step
    /// points the same way, towards the main goal.
    ///
    /// ## Sådan retter du / How to fix it
    /// Ret delmålet, så det fører mod hovedmålets område – eller udvid hovedmålet, hvis borgeren
    /// nu også søger inden for det nye område. / Change the sub-goal, or widen the main goal.
    pub struct SubGoalOffMainGoal {
        code: "IP101",
        name: "sub-goal-off-main-goal",
        title: ("Delmål uden for hovedmålets område", "A sub-goal outside the main goal's area"),
        severity: Info,
        source: "seed 004 Indsatsplan (marselisborg-langtidsledighed-guide.txt:3976–3978, 4013–4015)",
        fires: r#"{"plan": {"sub_goals": [{"goal": "Praktik som lagermedarbejder inden 1. maj 2026", "activities": [{"activity": "Finder praktiksted", "who": "borger", "when": "uge 10"}]}]}}"#,
        quiet: r#"{"plan": {"sub_goals": [{"goal": "Praktik som kontorassistent inden 1. maj 2026", "activities": [{"activity": "Finder praktiksted", "who": "borger", "when": "uge 10"}]}]}}"#,
    }
}

impl SubGoalOffMainGoal {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let main: Vec<&str> = ctx.main_goal_areas.iter().map(|a| a.name.da.as_str()).collect();
        let main_en: Vec<&str> = ctx.main_goal_areas.iter().map(|a| a.name.en.as_str()).collect();
        for r in ctx.sub_goals.iter().filter(|r| r.leads_to_main_goal == Some(false)) {
            let n = ctx.goal_name(r.index);
            let own = r.areas.first().map(|a| (a.name.da.to_lowercase(), a.name.en.to_lowercase())).unwrap_or_default();
            out.push(Self::META.finding(
                format!("sub_goals[{}].goal", r.index),
                Text::new(
                    format!("{} peger mod {}, men hovedmålet er {}.", capital(&n.da), own.0, main.join(" / ").to_lowercase()),
                    format!("{} points to {}, but the main goal is {}.", capital(&n.en), own.1, main_en.join(" / ").to_lowercase()),
                ),
                Text::new(
                    "Ret delmålet, så det fører mod hovedmålets område – eller udvid hovedmålet, hvis borgeren også søger inden for det nye område.",
                    "Change the sub-goal so it leads to the main goal's area – or widen the main goal if the citizen also looks in the new area.",
                ),
            ));
        }
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
