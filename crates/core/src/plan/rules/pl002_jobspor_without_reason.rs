use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et jobspor ikke har nogen begrundelse (`reason`). / That a jobspor has no reason.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (frederikshavn-metodehaandbog.txt:1075–1077): "Ved første samtale skal de
    /// fastlagte jobspor registreres og begrundes … begrundet ift. borgers kompetencer, interesser
    /// og arbejdsmarkedets behov". / Every jobspor is registered with its reason.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv, hvad borgeren KAN, VIL, og hvorfor arbejdsmarkedet SKAL bruge det. / Write the
    /// competences, the interest and the demand behind it.
    pub struct JobsporWithoutReason {
        code: "PL002",
        name: "jobspor-without-reason",
        title: ("Jobspor uden begrundelse", "Jobspor without a reason"),
        severity: Warning,
        source: "seed 003 §5.2 Min Plan (frederikshavn-metodehaandbog.txt:1075)",
        fires: r#"{"plan": {"jobspor": [{"id": "lager", "title": "Lagermedarbejder"}, {"id": "butik", "title": "Butiksassistent", "reason": "VIL"}, {"id": "chauffoer", "title": "Chauffør", "reason": "KAN"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl JobsporWithoutReason {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for j in ctx.named_jobspor().filter(|j| !crate::text::filled(&j.spor.reason)) {
            let n = j.name();
                let ne = j.name_en();
            out.push(Self::META.finding(
                format!("jobspor[{}].reason", j.i),
                t(format!("Jobsporet {n} har ingen begrundelse."), format!("The jobspor {ne} has no reason.")),
                t("Skriv begrundelsen: kompetencer (KAN), interesser (VIL) og arbejdsmarkedets behov (SKAL).", "Write the reason: competences (KAN), interests (VIL) and the labour market's needs (SKAL)."),
            ));
        }
    }
}
