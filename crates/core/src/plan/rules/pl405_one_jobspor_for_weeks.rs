use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At alle ansøgninger i mindst `one_jobspor_weeks` hele uger i træk (standard 3 – Jobspors
    /// eget valg) ligger i ét jobspor, når planen har flere. / That every application for weeks
    /// in a row is in one jobspor while the plan has several.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.1 (frederikshavn-metodehaandbog.txt:1038–1039): "Alle spor skal søges parallelt
    /// og er ligestillede". / Every jobspor is searched side by side.
    ///
    /// ## Sådan retter du / How to fix it
    /// Aftal ansøgninger i de andre spor – eller tal om, om de stadig er realistiske. / Agree
    /// applications in the other jobspor, or discuss whether they are still realistic.
    pub struct OneJobsporForWeeks {
        code: "PL405",
        name: "one-jobspor-for-weeks",
        title: ("Kun ét jobspor søgt i flere uger", "Only one jobspor searched for weeks"),
        severity: Warning,
        source: "seed 003 §5.1 Jobspor (frederikshavn-metodehaandbog.txt:1038)",
        fires: r#"{"config": {"one_jobspor_weeks": 1, "joblog": [{"date": "2026-02-25", "employer": "Salling Group", "title": "Lagermedarbejder", "jobspor": "lager"}, {"date": "2026-02-26", "employer": "PostNord", "title": "Lagermedarbejder", "jobspor": "lager"}]}}"#,
        quiet: r#"{"config": {"one_jobspor_weeks": 1}}"#,
    }
}

impl OneJobsporForWeeks {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let need = ctx.options.one_jobspor_weeks.max(1) as usize;
        if ctx.jobspor.len() < 2 {
            return;
        }
        // Runs of complete weeks with applications, all in the same one jobspor.
        let mut run: Option<(usize, usize, usize)> = None; // (jobspor, first week, length)
        let report = |r: Option<(usize, usize, usize)>, out: &mut Vec<Finding>| {
            if let Some((j, first, len)) = r.filter(|r| r.2 >= need) {
                let n = ctx.jobspor[j].name();
                let ne = ctx.jobspor[j].name_en();
                let w = ctx.weeks[first].label();
                out.push(Self::META.finding(
                    "joblog",
                    t(format!("Alle ansøgninger i {len} uger fra {w} er i jobsporet {n}."), format!("Every application in {len} weeks from {w} is in the jobspor {ne}.")),
                    t("Aftal ansøgninger i de andre jobspor – alle spor søges parallelt – eller tal om, om de stadig er realistiske.", "Agree applications in the other jobspor – all are searched side by side – or discuss whether they are still realistic."),
                ));
            }
        };
        for (k, w) in ctx.weeks.iter().enumerate().filter(|(_, w)| w.complete) {
            let only = if w.none == 0 && w.total > 0 {
                let used: Vec<usize> = w.by.iter().enumerate().filter(|(_, n)| **n > 0).map(|(j, _)| j).collect();
                (used.len() == 1).then(|| used[0])
            } else {
                None
            };
            run = match (run, only) {
                (Some((j, first, len)), Some(o)) if j == o => Some((j, first, len + 1)),
                (r, o) => {
                    report(r, out);
                    o.map(|o| (o, k, 1))
                }
            };
        }
        report(run, out);
    }
}
