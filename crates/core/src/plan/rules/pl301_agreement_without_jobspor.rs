use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en aftale ikke er knyttet til noget jobspor (`agreements[i].jobspor` tom). / That an
    /// agreement is tied to no jobspor.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.3 (frederikshavn-metodehaandbog.txt:1110–1111): aftalefeltet skal indeholde
    /// "aftaler til hvert jobspor"; §5.2 (linje 1083): "Der skal følges op på de fastlagte
    /// jobspor". / Agreements serve the jobspor.
    ///
    /// ## Sådan retter du / How to fix it
    /// Angiv, hvilket jobspor aftalen hører til. / Name the jobspor the agreement serves.
    pub struct AgreementWithoutJobspor {
        code: "PL301",
        name: "agreement-without-jobspor",
        title: ("Aftale uden jobspor", "Agreement without a jobspor"),
        severity: Warning,
        source: "seed 003 §5.3 Aftaler (frederikshavn-metodehaandbog.txt:1110)",
        fires: r#"{"plan": {"agreements": [{"text": "Søg stillingen som lagermedarbejder hos Salling Group inden den 27. februar.", "date": "2026-02-23"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl AgreementWithoutJobspor {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, a) in ctx.plan.agreements.iter().enumerate() {
            if crate::text::filled(&a.text) && !a.jobspor.iter().any(|s| crate::text::filled(s)) {
                let q = crate::text::quote(&a.text);
                out.push(Self::META.finding(
                    format!("agreements[{i}].jobspor"),
                    t(format!("Aftalen »{q}« er ikke knyttet til noget jobspor."), format!("The agreement \"{q}\" is tied to no jobspor.")),
                    t("Angiv, hvilket jobspor aftalen hører til – der skal være aftaler til hvert spor.", "Name the jobspor the agreement serves – every jobspor needs agreements."),
                ));
            }
        }
    }
}
