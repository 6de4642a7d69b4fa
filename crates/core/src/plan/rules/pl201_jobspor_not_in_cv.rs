use super::Ctx;
use crate::plan::{matcher, t};
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et jobspor ikke står i CV'ets "Jeg søger job som" (`cv.job_wishes`). Kun når et CV er
    /// givet. / That a jobspor is missing from the CV's "Jeg søger job som" (only with a CV).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.1 (frederikshavn-metodehaandbog.txt:960–962, procesfiguren): jobspor → "Jeg
    /// søger job som…" i Jobnet → Jobnet CV. Arbejdsgivere søger på "Jeg søger job som": et spor,
    /// der ikke står der, bliver ikke fundet. / Employers search "Jeg søger job som".
    ///
    /// ## Sådan retter du / How to fix it
    /// Tilføj jobsporets stilling under "Jeg søger job som" i Jobnet-CV'et. / Add the jobspor's
    /// title under "Jeg søger job som" in the Jobnet CV.
    pub struct JobsporNotInCv {
        code: "PL201",
        name: "jobspor-not-in-cv",
        title: ("Jobsporet står ikke i »Jeg søger job som«", "The jobspor is not in \"Jeg søger job som\""),
        severity: Warning,
        source: "seed 003 §5.1 Jobspor, procesfiguren (frederikshavn-metodehaandbog.txt:960)",
        fires: r#"{"config": {"cv": {"job_wishes": [{"occupation": "Lagermedarbejder"}, {"occupation": "Butiksassistent"}]}}}"#,
        quiet: r#"{}"#,
    }
}

impl JobsporNotInCv {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let Some(cv) = &ctx.options.cv else { return };
        let wishes: Vec<(Option<&str>, String)> = cv.job_wishes.iter().map(|w| (matcher::occupation_of(&w.occupation).map(|o| o.title), matcher::folded(&w.occupation))).collect();
        for j in ctx.named_jobspor().filter(|j| crate::text::filled(&j.spor.title)) {
            let own = j.occupation.map(|o| o.title);
            let f = matcher::folded(&j.spor.title);
            if !wishes.iter().any(|(o, w)| (own.is_some() && *o == own) || *w == f) {
                let n = j.name();
                let ne = j.name_en();
                out.push(Self::META.finding(
                    format!("jobspor[{}].title", j.i),
                    t(format!("Jobsporet {n} står ikke i CV'ets »Jeg søger job som«."), format!("The jobspor {ne} is not in the CV's \"Jeg søger job som\".")),
                    t(format!("Tilføj {n} under »Jeg søger job som« i Jobnet-CV'et, så arbejdsgivere finder dig."), format!("Add {ne} under \"Jeg søger job som\" in the Jobnet CV so employers find you.")),
                ));
            }
        }
    }
}
