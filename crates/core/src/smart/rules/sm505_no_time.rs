use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Tekster helt uden tid. Mangler. / Texts with no time at all: missing.
    ///
    /// ## Hvorfor / Why it matters
    /// "Der skal være en deadline for, hvornår målet skal være nået" (seed 003 §3.3).
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj en frist: "inden den 15. maj", "på mandag" eller "frem til næste samtale". / Add a
    /// deadline.
    pub struct NoTime {
        code: "SM505",
        name: "no-time",
        title: ("Ingen tid", "No time"),
        criterion: TimeBound,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du søger 3 stillinger som lagermedarbejder inden for 14 dage",
        fires: "Du søger 3 stillinger som lagermedarbejder",
    }
}

impl NoTime {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if !a.times.is_empty() {
            return None;
        }
        let when = suggested_time(a);
        Some(Outcome::new(
            Missing,
            Text::new("Der står ikke, hvornår det skal ske.", "It doesn't say when."),
            Text::new(format!("Tilføj en frist, fx {}.", when.da), format!("Add a deadline, e.g. {}.", when.en)),
        ))
    }
}
