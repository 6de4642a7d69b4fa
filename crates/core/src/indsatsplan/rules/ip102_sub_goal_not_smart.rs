use super::Ctx;
use crate::rules::Finding;
use crate::smart::{Criterion, Verdict};
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// Hvert delmål køres gennem SMART-tjekket som et mål (`kind: goal`); reglen fyrer, når et
    /// kriterium mangler helt (`missing`), og nævner de manglende kriterier og SMART-tjekkets
    /// forslag. Hele SMART-resultatet står i `sub_goals[i].smart`. / Each sub-goal is SMART-checked
    /// as a goal; the rule fires when a criterion is missing.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §3.3 (frederikshavn-metodehaandbog.txt:292–294): "SMART‐kriterierne sikrer, at
    /// borgerens plan bliver overskuelig i forhold til både overordnede mål og mindre delmål på
    /// vejen." / The SMART criteria hold for sub-goals too.
    ///
    /// ## Sådan retter du / How to fix it
    /// Følg SMART-tjekkets forslag: hvad præcis, hvor meget, hvorfor og hvornår. / Follow the
    /// SMART check's suggestion: what exactly, how much, why and by when.
    pub struct SubGoalNotSmart {
        code: "IP102",
        name: "sub-goal-not-smart",
        title: ("Delmål er ikke SMART", "A sub-goal is not SMART"),
        severity: Info,
        source: "seed 003 §3.3 SMART (frederikshavn-metodehaandbog.txt:292–294)",
        fires: r#"{"plan": {"sub_goals": [{"goal": "Tage hygiejnekursus", "activities": [{"activity": "Tilmelding", "who": "borger", "when": "uge 10"}]}]}}"#,
        quiet: r#"{"plan": {"sub_goals": [{"goal": "Hygiejnebevis taget inden 1. april 2026, så jeg kan søge job som ekspedient", "activities": [{"activity": "Tilmelding", "who": "borger", "when": "uge 10"}]}]}}"#,
    }
}

impl SubGoalNotSmart {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for r in ctx.sub_goals {
            if !crate::text::filled(&ctx.plan.sub_goals[r.index].goal) {
                continue;
            }
            let missing: Vec<Criterion> = Criterion::ALL.into_iter().filter(|c| r.smart.criteria.get(*c).verdict == Verdict::Missing).collect();
            let Some(first) = missing.first() else { continue };
            let labels: Vec<Text> = missing.iter().map(|c| c.label()).collect();
            let da: Vec<&str> = labels.iter().map(|t| t.da.as_str()).collect();
            let en: Vec<&str> = labels.iter().map(|t| t.en.as_str()).collect();
            let n = ctx.goal_name(r.index);
            let hint = &r.smart.criteria.get(*first).suggestion;
            out.push(Self::META.finding(
                format!("sub_goals[{}].goal", r.index),
                Text::new(format!("I {} mangler: {} ({} af 5 SMART-kriterier opfyldt).", n.da, da.join(", "), r.smart.met), format!("{} lacks: {} ({} of 5 SMART criteria met).", n.en, en.join(", "), r.smart.met)),
                Text::new(hint.da.clone(), hint.en.clone()),
            ));
        }
    }
}
