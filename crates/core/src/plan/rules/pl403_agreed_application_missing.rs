use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en aftale om at søge en bestemt stilling ("søg stillingen som X hos Y inden Z") ikke har
    /// nogen matchende linje i jobloggen, når fristen er gået. Aftalen læses med SMART-analysen
    /// (handling, stilling, arbejdsgiver, frist) og stillingsgenkenderen. / That an agreed
    /// application has no matching joblog entry by its deadline.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.4 (frederikshavn-metodehaandbog.txt:1138–1140): sagsbehandleren forholder sig
    /// til, "om borgeren har søgt de aftalte stillinger, og om der i øvrigt er sammenhæng mellem
    /// indgåede aftaler og gennemførte handlinger". / Were the agreed jobs applied for?
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv ansøgningen i jobloggen, hvis den er sendt; ellers tal om, hvorfor den ikke blev det.
    /// / Log the application if it was sent; otherwise discuss why not.
    pub struct AgreedApplicationMissing {
        code: "PL403",
        name: "agreed-application-missing",
        title: ("Aftalt ansøgning mangler i jobloggen", "Agreed application missing from the joblog"),
        severity: Warning,
        source: "seed 003 §5.4 Joblog (frederikshavn-metodehaandbog.txt:1139)",
        fires: r#"{"config": {"joblog": [{"date": "2026-02-25", "employer": "PostNord", "title": "Lagermedarbejder", "jobspor": "lager"}, {"date": "2026-02-26", "employer": "Bilka", "title": "Butiksassistent", "jobspor": "butik"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl AgreedApplicationMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let Some(today) = ctx.today else { return };
        for (i, a) in ctx.agreements.iter().enumerate() {
            let Some(deadline) = a.deadline.filter(|d| *d < today && a.asks_application) else { continue };
            if ctx.applications().any(|e| e.fulfils(ctx, i)) {
                continue;
            }
            let q = crate::text::quote(&ctx.plan.agreements[i].text);
            out.push(Self::META.finding(
                format!("agreements[{i}]"),
                t(format!("Aftalen »{q}« havde frist {deadline}, men jobloggen har ingen matchende ansøgning."), format!("The agreement \"{q}\" was due {deadline}, but the joblog has no matching application.")),
                t("Skriv ansøgningen i jobloggen, hvis den er sendt – ellers tal om, hvorfor den ikke blev det.", "Log the application if it was sent – otherwise discuss why it wasn't."),
            ));
        }
    }
}
