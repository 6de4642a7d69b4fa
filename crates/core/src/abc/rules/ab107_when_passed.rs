use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At fristen i "hvornår" er passeret: datoen (`ÅÅÅÅ-MM-DD`, eller den tid tidsparseren
    /// finder, fx "den 1. april") ligger før i dag (`today` i konfigurationen; CLI'en bruger
    /// dagens dato). Uden `today` tier reglen. / That the row's deadline is before today (the
    /// configuration's `today`; quiet without it).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004: "ABC-jobplanen er ikke et statisk redskab – der kan sagtens ændres undervejs", og
    /// "Fra samtale til samtale aftales det, hvad næste skridt skal være". En passeret frist er et
    /// tegn på, at planen skal opdateres. / A passed deadline means the plan needs updating.
    ///
    /// ## Sådan retter du / How to fix it
    /// Følg op på, hvad der kom ud af det, og aftal en ny frist. / Follow up and set a new deadline.
    pub struct WhenPassed {
        code: "AB107",
        name: "when-passed",
        title: ("Fristen er passeret", "The deadline has passed"),
        severity: Info,
        source: "seed 004, ABC-jobplan og samtaleguide (efterfølgende samtaler)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "when": "2026-04-01"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "when": "2026-06-15"}]}}"#,
    }
}

impl WhenPassed {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let Some(today) = ctx.today else { return };
        for r in ctx.filled_rows() {
            let Some(d) = r.when.date().filter(|d| *d < today) else { continue };
            let name = r.name();
            out.push(WhenPassed::META.finding(
                r.path("when"),
                Text::new(format!("Fristen ved {} ({d}) er passeret.", name.da), format!("The deadline for {} ({d}) has passed.", name.en)),
                Text::new(
                    "Følg op på, hvad der kom ud af det, og aftal en ny frist.",
                    "Follow up on what came of it, and agree on a new deadline.",
                ),
            ));
        }
    }
}
