use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en linje i jobloggen har en opfølgningsdato (`follow_up`) før i dag, mens den stadig står
    /// som sendt eller uden svar. / That a follow-up date has passed on an application still open.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.4 (frederikshavn-metodehaandbog.txt:1157): "Borgeren noterer dato for, hvornår
    /// der skal følges op". / The citizen notes when to follow up.
    ///
    /// ## Sådan retter du / How to fix it
    /// Ring eller skriv til arbejdsgiveren, og opdatér status i jobloggen. / Contact the employer
    /// and update the status.
    pub struct FollowUpPassed {
        code: "PL404",
        name: "follow-up-passed",
        title: ("Opfølgningsdatoen er passeret", "Follow-up date passed"),
        severity: Info,
        source: "seed 003 §5.4 Joblog (frederikshavn-metodehaandbog.txt:1157)",
        fires: r#"{"config": {"today": "2026-03-10"}}"#,
        quiet: r#"{}"#,
    }
}

impl FollowUpPassed {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        use crate::plan::Status::{Applied, NoAnswer};
        let Some(today) = ctx.today else { return };
        for e in ctx.entries.iter().filter(|e| matches!(e.entry.status, Applied | NoAnswer)) {
            let Some(f) = e.entry.follow_up.as_deref().and_then(|f| crate::common::Date::parse(f.trim())) else { continue };
            if f < today {
                let q = crate::text::quote(&e.entry.employer);
                out.push(Self::META.finding(
                    format!("joblog[{}].follow_up", e.i),
                    t(format!("Opfølgningen hos »{q}« skulle have været {f}."), format!("The follow-up with \"{q}\" was due {f}.")),
                    t("Ring eller skriv til arbejdsgiveren, og opdatér status i jobloggen.", "Call or write to the employer, and update the status in the joblog."),
                ));
            }
        }
    }
}
