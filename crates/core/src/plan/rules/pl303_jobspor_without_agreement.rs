use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et jobspor ikke har nogen aftale, når planen har aftaler. / That a jobspor is served by
    /// no agreement while the plan has agreements.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.3 (frederikshavn-metodehaandbog.txt:1110–1111): "aftalefeltet i Min Plan skal
    /// indeholde de aftaler, der er indgået med borger, herunder aftaler til hvert jobspor"; §5.1
    /// (linje 1038): "Alle spor skal søges parallelt og er ligestillede". / Agreements for every
    /// jobspor.
    ///
    /// ## Sådan retter du / How to fix it
    /// Lav en SMART-aftale for sporet – eller tal om, om sporet stadig skal være der. / Make a
    /// SMART agreement for the jobspor, or discuss whether it still belongs.
    pub struct JobsporWithoutAgreement {
        code: "PL303",
        name: "jobspor-without-agreement",
        title: ("Jobspor uden aftale", "Jobspor without an agreement"),
        severity: Info,
        source: "seed 003 §5.3 Aftaler (frederikshavn-metodehaandbog.txt:1110)",
        fires: r#"{"plan": {"agreements": [{"text": "Søg stillingen som lagermedarbejder hos Salling Group inden den 27. februar.", "jobspor": ["lager"], "date": "2026-02-23"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl JobsporWithoutAgreement {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if !ctx.plan.agreements.iter().any(|a| crate::text::filled(&a.text)) {
            return;
        }
        for j in ctx.named_jobspor() {
            let id = j.spor.id.trim();
            if !ctx.plan.agreements.iter().any(|a| a.jobspor.iter().any(|s| s.trim() == id)) {
                let (n, ne) = (j.name(), j.name_en());
                out.push(Self::META.finding(
                    format!("jobspor[{}]", j.i),
                    t(format!("Ingen aftale hører til jobsporet {n}."), format!("No agreement serves the jobspor {ne}.")),
                    t("Lav en SMART-aftale for sporet – alle spor søges parallelt – eller tal om, om sporet stadig skal være der.", "Make a SMART agreement for the jobspor – all are searched side by side – or discuss whether it still belongs."),
                ));
            }
        }
    }
}
