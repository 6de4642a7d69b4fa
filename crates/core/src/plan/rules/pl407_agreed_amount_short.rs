use super::Ctx;
use crate::plan::{list, t};
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en aftale om et antal ansøgninger om ugen ("søg 2 stillinger som butiksassistent om
    /// ugen") har uger, hvor jobloggen har færre i aftalens jobspor (eller stilling). Tælles fra
    /// ugen efter aftalen til fristen, kun hele uger før i dag; "uopfordrede" tæller kun uopfordrede.
    /// / That a weekly-amount agreement has weeks with fewer applications in its jobspor.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.4 (frederikshavn-metodehaandbog.txt:1138–1140): "om der i øvrigt er sammenhæng
    /// mellem indgåede aftaler og gennemførte handlinger". / Agreements and actions agree.
    ///
    /// ## Sådan retter du / How to fix it
    /// Tal om, hvad der stod i vejen – og om antallet er realistisk for sporet. / Discuss what got
    /// in the way, and whether the number is realistic.
    pub struct AgreedAmountShort {
        code: "PL407",
        name: "agreed-amount-short",
        title: ("Færre ansøgninger end aftalen siger", "Fewer applications than the agreement says"),
        severity: Warning,
        source: "seed 003 §5.4 Joblog (frederikshavn-metodehaandbog.txt:1138)",
        fires: r#"{"plan": {"agreements": [{"text": "Søg 2 stillinger som butiksassistent om ugen.", "jobspor": ["butik"], "date": "2026-02-16"}, {"text": "Søg stillingen som lagermedarbejder hos Salling Group inden den 27. februar.", "jobspor": ["lager"], "date": "2026-02-23"}, {"text": "Du undersøger, hvilke vognmænd i området der søger chauffører, inden den 27. februar.", "jobspor": ["chauffoer"], "date": "2026-02-23"}]}}"#,
        quiet: r#"{"plan": {"agreements": [{"text": "Søg 1 stilling som butiksassistent om ugen.", "jobspor": ["butik"], "date": "2026-02-16"}, {"text": "Søg stillingen som lagermedarbejder hos Salling Group inden den 27. februar.", "jobspor": ["lager"], "date": "2026-02-23"}, {"text": "Du undersøger, hvilke vognmænd i området der søger chauffører, inden den 27. februar.", "jobspor": ["chauffoer"], "date": "2026-02-23"}]}}"#,
    }
}

impl AgreedAmountShort {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if ctx.weeks.is_empty() {
            return;
        }
        let start = ctx.weeks[0].monday;
        for (i, a) in ctx.agreements.iter().enumerate() {
            let Some(n) = a.per_week else { continue };
            let spor: Vec<usize> = ctx.plan.agreements[i].jobspor.iter().filter_map(|id| ctx.plan.jobspor.iter().position(|s| s.id.trim() == id.trim())).collect();
            if spor.is_empty() && a.occupation.is_none() {
                continue;
            }
            let mut counts = vec![0u32; ctx.weeks.len()];
            for e in ctx.applications() {
                let in_spor = e.jobspor.is_some_and(|j| spor.contains(&j)) || (spor.is_empty() && a.occupation.is_some_and(|o| e.words.names(o)));
                let kind = !a.unsolicited || e.entry.how == crate::plan::ApplicationHow::Unsolicited;
                let d = e.date.unix_days() - start.unix_days();
                if in_spor && kind && d >= 0 && ((d / 7) as usize) < counts.len() {
                    counts[(d / 7) as usize] += 1;
                }
            }
            let short: Vec<String> = ctx
                .weeks
                .iter()
                .enumerate()
                .filter(|(_, w)| w.complete && a.date.is_none_or(|d| w.monday > d) && a.deadline.is_none_or(|d| w.monday <= d))
                .filter(|(k, _)| counts[*k] < n)
                .map(|(k, w)| format!("{} ({})", w.label(), counts[k]))
                .collect();
            if !short.is_empty() {
                let q = crate::text::quote(&ctx.plan.agreements[i].text);
                out.push(Self::META.finding(
                    format!("agreements[{i}]"),
                    t(format!("Aftalen »{q}« siger {n} om ugen; færre i {}.", list(&short, "og")), format!("The agreement \"{q}\" says {n} a week; fewer in {}.", list(&short, "and"))),
                    t("Tal om, hvad der stod i vejen – og om antallet er realistisk for sporet.", "Discuss what got in the way – and whether the number is realistic for the jobspor."),
                ));
            }
        }
    }
}
