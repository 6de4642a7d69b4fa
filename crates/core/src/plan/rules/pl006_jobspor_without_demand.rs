use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et jobspor ifølge værtens efterspørgselsdata (`demand`, som i ABC-planen) har mindre gode
    /// jobmuligheder (`poor`) i regionen. Ukendt efterspørgsel vurderes ikke. / That a jobspor has
    /// few job opportunities in the region by the host's demand data.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.1 (frederikshavn-metodehaandbog.txt:946–947): "Jobsporene skal ligge indenfor
    /// områder med gode jobmuligheder jf. Jobbarometeret, Arbejdsmarkedsbalancen". / Jobspor lie
    /// in areas with good prospects.
    ///
    /// ## Sådan retter du / How to fix it
    /// Find et spor med bedre jobmuligheder, hvor borgerens funktioner også bruges – eller skriv i
    /// begrundelsen, hvad der taler for sporet alligevel (fx en konkret henvendelse fra en
    /// virksomhed). / Find a jobspor with better prospects, or give the reason for this one.
    pub struct JobsporWithoutDemand {
        code: "PL006",
        name: "jobspor-without-demand",
        title: ("Jobspor uden efterspørgsel", "Jobspor without demand"),
        severity: Warning,
        source: "seed 003 §5.1 Jobspor (frederikshavn-metodehaandbog.txt:946)",
        fires: r#"{"config": {"region": "Nordjylland", "demand": {"Nordjylland": {"Lagermedarbejder": "good", "Chauffør": "poor"}}}}"#,
        quiet: r#"{"config": {"region": "Nordjylland", "demand": {"Nordjylland": {"Lagermedarbejder": "good", "Chauffør": "shortage"}}}}"#,
    }
}

impl JobsporWithoutDemand {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let data = &ctx.options.demand;
        let region = match ctx.options.region.as_deref() {
            Some(r) => data.region(r),
            None if data.regions.len() == 1 => data.regions.first(),
            None => None,
        };
        let Some(region) = region else { return };
        let index = crate::abc::demand::RegionIndex::new(region);
        for j in ctx.named_jobspor() {
            let hit = index.lookup(&j.spor.title, j.occupation.map(|o| o.title));
            if hit.is_some_and(|h| h.level == crate::abc::Demand::Poor) {
                let (n, ne) = (j.name(), j.name_en());
                let r = crate::text::quote(&region.region);
                out.push(Self::META.finding(
                    format!("jobspor[{}]", j.i),
                    t(format!("Jobsporet {n} har mindre gode jobmuligheder i {r} ifølge efterspørgselsdata."), format!("The jobspor {ne} has few job opportunities in {r} by the demand data.")),
                    t("Find et spor med bedre jobmuligheder, hvor dine funktioner også bruges – eller skriv i begrundelsen, hvad der taler for sporet.", "Find a jobspor with better prospects where your functions are also used – or write in the reason what speaks for this one."),
                ));
            }
        }
    }
}
