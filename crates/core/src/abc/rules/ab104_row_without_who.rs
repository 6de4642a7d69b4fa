use super::{per_titled_row, Ctx};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række med en stillingsbetegnelse ikke siger, hvem der gør hvad (`who`). / That a row
    /// with a job title does not say who does what.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (ABC-jobplan): "Derudover findes et felt til notering af, hvem der er ansvarlig
    /// for de aftale opgaver og endelig tidsfrist, så progressionen i jobsøgningen sikres", og
    /// samtalen slutter med aftaler om "hvem der gør hvad". / The plan records who is responsible
    /// for each task, so the job search moves on.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv hvem der gør hvad til næste gang, fx "Borger ringer til tre virksomheder;
    /// jobkonsulenten finder kontakter". / Write who does what until next time.
    pub struct RowWithoutWho {
        code: "AB104",
        name: "row-without-who",
        title: ("Det står ikke, hvem der gør hvad", "Who does what is not stated"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (hvem gør hvad) og samtaleguide",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "who": null}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "who": "Borger ringer til tre reklamebureauer"}]}}"#,
    }
}

impl RowWithoutWho {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        per_titled_row(ctx, out, &RowWithoutWho::META, "who", |r| {
            let name = r.name();
            (!crate::text::filled(&r.row.who)).then(|| {
                (
                    Text::new(format!("Det står ikke, hvem der gør hvad ved {}.", name.da), format!("It does not say who does what for {}.", name.en)),
                    Text::new(
                        "Skriv hvem der gør hvad til næste gang, fx »Borger ringer til tre virksomheder; jobkonsulenten finder kontakter«.",
                        "Write who does what until next time, e.g. \"Borger ringer til tre virksomheder; jobkonsulenten finder kontakter\".",
                    ),
                )
            })
        });
    }
}
