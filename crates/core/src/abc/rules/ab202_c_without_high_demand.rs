use super::Ctx;
use crate::abc::Demand;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række står som C, men den kendte efterspørgsel ikke er høj: under `min_demand.C`
    /// (standard `good`, altså `some` eller `poor`). Ukendt efterspørgsel vurderes ikke (AB205
    /// siger det). / That a row marked C lacks high demand: below `min_demand.C` (default
    /// `good`). Unknown demand is not judged (AB205).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (opmærksomhedspunkter): "C jobbet er det job, som arbejdsmarkedet i høj grad
    /// efterspørger arbejdskraft til, og som borgeren har kompetencer til at udfylde". Det er det
    /// nødvendige job, "et skridt på vejen mod at få et mere acceptabelt eller ønsket job" – og
    /// det virker kun, hvis der er job at få. / C is the job the labour market asks for a lot: it
    /// only works as a step on the way where there are jobs to get.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg som C et job med gode jobmuligheder eller mangel på arbejdskraft, som du kan varetage –
    /// tag udgangspunkt i dine funktioner. / Choose as C a job with good opportunities or a
    /// shortage that you can do.
    pub struct CWithoutHighDemand {
        code: "AB202",
        name: "c-without-high-demand",
        title: ("Nødvendigt job (C) uden høj efterspørgsel", "Necessary job (C) without high demand"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (opmærksomhedspunkter)",
        fires: r#"{"plan": {"rows": [{"plan": "C", "occupation": "Butiksassistent", "wish": 2, "competence": "full"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "C", "occupation": "Lagermedarbejder", "wish": 2, "competence": "full"}]}}"#,
    }
}

impl CWithoutHighDemand {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let (in_da, in_en) = ctx.in_region();
        let need = ctx.config.min_demand.c.label();
        for r in ctx.filled_rows().filter(|r| r.c_without_high_demand(ctx.config)) {
            let name = r.name();
            let have = if r.demand == Demand::Unknown {
                Text::new(format!("der er ingen oplysninger om efterspørgslen{in_da}"), format!("there is no information on demand{in_en}"))
            } else {
                r.demand.there_is(&in_da, &in_en)
            };
            out.push(CWithoutHighDemand::META.finding(
                r.path("plan"),
                Text::new(
                    format!("{} står som C, men {}. Et C er et job, arbejdsmarkedet i høj grad efterspørger (mindst {}).", name.da, have.da, need.da),
                    format!("{} is marked C, but {}. A C is a job the labour market asks for a lot (at least {}).", name.en, have.en, need.en),
                ),
                Text::new(
                    "Vælg som C et job med gode jobmuligheder eller mangel på arbejdskraft, som du kan varetage – tag udgangspunkt i dine funktioner.",
                    "Choose as C a job with good job opportunities or a labour shortage that you can do – start from your functions.",
                ),
            ));
        }
    }
}
