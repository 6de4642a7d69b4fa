use super::Ctx;
use crate::plan::{matcher, t};
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et søger job som en stilling, der ikke er et af jobsporene. / That the CV seeks a
    /// job outside every jobspor.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.4 (frederikshavn-metodehaandbog.txt:1137–1140): jobloggen skal dokumentere
    /// "sammenhæng mellem borgerens jobsøgningsstrategi og konkrete jobsøgningsaktiviteter"; for
    /// dagpengemodtagere skal "jeg søger job som" i CV'et og jobmålene i Min Plan stemme overens. /
    /// The CV's wishes and the plan's jobspor agree.
    ///
    /// ## Sådan retter du / How to fix it
    /// Gør stillingen til et jobspor (med begrundelse), eller fjern den fra CV'et. / Make it a
    /// jobspor, or take it out of the CV.
    pub struct CvWishOutsideJobspor {
        code: "PL202",
        name: "cv-wish-outside-jobspor",
        title: ("CV'et søger uden for jobsporene", "The CV seeks outside the jobspor"),
        severity: Info,
        source: "seed 003 §5.4 Joblog (frederikshavn-metodehaandbog.txt:1137)",
        fires: r#"{"config": {"cv": {"job_wishes": [{"occupation": "Lagermedarbejder"}, {"occupation": "Butiksassistent"}, {"occupation": "Chauffør"}, {"occupation": "Kok"}]}}}"#,
        quiet: r#"{}"#,
    }
}

impl CvWishOutsideJobspor {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let Some(cv) = &ctx.options.cv else { return };
        if ctx.jobspor.is_empty() {
            return;
        }
        for (i, w) in cv.job_wishes.iter().enumerate().filter(|(_, w)| crate::text::filled(&w.occupation)) {
            let o = matcher::occupation_of(&w.occupation).map(|o| o.title);
            let f = matcher::folded(&w.occupation);
            if !ctx.jobspor.iter().any(|j| (o.is_some() && j.occupation.map(|s| s.title) == o) || matcher::folded(&j.spor.title) == f) {
                let q = crate::text::quote(&w.occupation);
                out.push(Self::META.finding(
                    format!("cv.job_wishes[{i}].occupation"),
                    t(format!("CV'et søger job som »{q}«, som ikke er et af jobsporene."), format!("The CV seeks jobs as \"{q}\", which is none of the jobspor.")),
                    t("Gør stillingen til et jobspor med en begrundelse, eller fjern den fra »Jeg søger job som«.", "Make it a jobspor with a reason, or remove it from \"Jeg søger job som\"."),
                ));
            }
        }
    }
}
