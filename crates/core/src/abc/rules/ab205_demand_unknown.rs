use super::Ctx;
use crate::abc::{Demand, RegionStatus};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At efterspørgslen ikke er kendt: der er ingen efterspørgselsdata i konfigurationen (ét
    /// fund for hele planen), planen har ingen region, eller regionen findes ikke i data (ét fund
    /// ved `region`), eller data har ikke rækkens stilling (ét fund pr. række ved `occupation`).
    /// Stillinger matches gennem stillingsleksikonets synonymer ("Lagermand" i data passer til
    /// "Lagermedarbejder" i planen), regioner uden hensyn til store og små bogstaver. / That
    /// demand is unknown: no data, no or an unknown region, or the occupation is not in the
    /// region's data (matched through the lexicon's synonyms).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004: "Særligt det sidste element – arbejdsmarkedets efterspørgsel – bliver ofte
    /// negligeret." Seed 003 §5.1 trin 6: "Undersøg derefter arbejdsmarkedets efterspørgsel på de
    /// tre jobspor … Anvend Jobbarometrene, Arbejdsmarkedsbalancen, jobsøgningsdatabaser". Uden
    /// data kan cirklen arbejdsmarkedet ikke vurderes; kræver værten data
    /// (`require_demand_data`, standard), er rækken "ikke vurderet – efterspørgsel ukendt". / Without data the labour
    /// market circle is not judged; when data is required, the row counts as without demand.
    ///
    /// ## Sådan retter du / How to fix it
    /// Undersøg efterspørgslen sammen med jobkonsulenten (Jobbarometeret, Arbejdsmarkedsbalancen,
    /// jobopslag på Jobnet), vælg den region, du søger i, eller brug en betegnelse, data kender. /
    /// Look up demand together with the job consultant, choose the region, or use a title the data
    /// knows.
    pub struct DemandUnknown {
        code: "AB205",
        name: "demand-unknown",
        title: ("Efterspørgslen er ukendt", "Demand is unknown"),
        severity: Info,
        source: "seed 004, ABC-jobplanens logik; seed 003 §5.1 trin 6",
        fires: r#"{"plan": {"region": "Bornholm"}}"#,
        quiet: r#"{"plan": {"region": "nordjylland"}}"#,
    }
}

impl DemandUnknown {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if ctx.titled_rows().next().is_none() {
            return;
        }
        let look_up = Text::new(
            "Undersøg efterspørgslen sammen med jobkonsulenten, fx i Jobbarometeret, Arbejdsmarkedsbalancen og jobopslag på Jobnet.",
            "Look up demand together with the job consultant, e.g. in the Jobbarometer, Arbejdsmarkedsbalancen and job ads on Jobnet.",
        );
        let counts = if ctx.config.require_demand_data {
            Text::new(" Rækkerne er derfor ikke vurderet – efterspørgsel ukendt.", " The rows are therefore not judged – demand unknown.")
        } else {
            Text::new(" Cirklen arbejdsmarkedet er derfor ikke vurderet.", " The labour market circle is therefore not judged.")
        };
        let meta = &DemandUnknown::META;
        match &ctx.region {
            RegionStatus::NoData => out.push(meta.finding(
                "",
                Text::new(format!("Der er ingen data om efterspørgsel.{}", counts.da), format!("There is no demand data.{}", counts.en)),
                look_up,
            )),
            RegionStatus::NoRegion => out.push(meta.finding(
                "region",
                Text::new(format!("Planen har ingen region, så efterspørgslen kan ikke slås op.{}", counts.da), format!("The plan has no region, so demand cannot be looked up.{}", counts.en)),
                Text::new("Vælg den region, du søger job i.", "Choose the region you look for a job in."),
            )),
            RegionStatus::NotFound => {
                let q = crate::text::quote(&ctx.plan.region);
                let known: Vec<&str> = ctx.config.demand.regions.iter().take(8).map(|r| r.region.as_str()).collect();
                let known = known.join(", ");
                out.push(meta.finding(
                    "region",
                    Text::new(format!("Der er ingen data om efterspørgsel for »{q}«.{}", counts.da), format!("There is no demand data for \"{q}\".{}", counts.en)),
                    Text::new(format!("Vælg en region, data dækker: {known}."), format!("Choose a region the data covers: {known}.")),
                ));
            }
            RegionStatus::Found { name, .. } => {
                let q = crate::text::quote(name);
                for r in ctx.titled_rows().filter(|r| r.demand == Demand::Unknown) {
                    let n = r.name();
                    let (c_da, c_en) = if ctx.config.require_demand_data {
                        (" Rækken er derfor ikke vurderet – efterspørgsel ukendt.", " The row is therefore not judged – demand unknown.")
                    } else {
                        ("", "")
                    };
                    out.push(meta.finding(
                        r.path("occupation"),
                        Text::new(format!("Der er ingen data om efterspørgslen efter {} i »{q}«.{c_da}", n.da), format!("There is no data on demand for {} in \"{q}\".{c_en}", n.en)),
                        Text::new(
                            "Undersøg efterspørgslen sammen med jobkonsulenten, eller brug en betegnelse, data kender.",
                            "Look up demand together with the job consultant, or use a title the data knows.",
                        ),
                    ));
                }
            }
        }
    }
}
