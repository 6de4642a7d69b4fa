use super::{per_titled_row, Ctx};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række med en stillingsbetegnelse ikke siger hvornår (`when`). Står der noget, der
    /// ikke er en tid, er det AB106. / That a row with a job title does not say when. Text that is
    /// no time is AB106.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (ABC-jobplan): feltet til "endelig tidsfrist, så progressionen i jobsøgningen
    /// sikres"; "Borgeren får således en konkret plan for jobsøgningen, som indeholder delmål og
    /// tidsfrister". / Deadlines make the plan move from meeting to meeting.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv en dato eller en frist, fx "2026-06-15", "uge 24" eller "frem til næste samtale". /
    /// Write a date or a deadline.
    pub struct RowWithoutWhen {
        code: "AB105",
        name: "row-without-when",
        title: ("Det står ikke hvornår", "When is not stated"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (hvornår, tidsfrister)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "when": ""}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "when": "uge 24"}]}}"#,
    }
}

impl RowWithoutWhen {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        per_titled_row(ctx, out, &RowWithoutWhen::META, "when", |r| {
            let name = r.name();
            (!crate::text::filled(&r.row.when)).then(|| {
                (
                    Text::new(format!("Det står ikke, hvornår det skal ske ved {}.", name.da), format!("It does not say when for {}.", name.en)),
                    Text::new(
                        "Skriv en dato eller en frist, fx »2026-06-15«, »uge 24« eller »frem til næste samtale«.",
                        "Write a date or a deadline, e.g. \"2026-06-15\", \"uge 24\" or \"frem til næste samtale\".",
                    ),
                )
            })
        });
    }
}
