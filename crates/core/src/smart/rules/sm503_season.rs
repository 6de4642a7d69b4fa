use super::*;
use crate::smart::model::Verdict::*;
use crate::smart::analyse::TimeKind;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Kun en løs tid: "til sommer", "i foråret", "efter sommerferien", "i år". Delvist (fristen
    /// regnes ikke ud). / Only a loose time: partly (no deadline is resolved).
    ///
    /// ## Hvorfor / Why it matters
    /// Der skal være "en deadline for, hvornår målet skal være nået" (seed 003 §3.3). "Til sommer" can
    /// mean May or August: a start, but not a deadline to follow up on.
    ///
    /// ## Sådan retter du / How to fix
    /// Gør det til en dato eller uge: "inden 1. juli", "uge 26". / Make it a date or a week.
    pub struct Season {
        code: "SM503",
        name: "season",
        title: ("Løs tid", "Loose time"),
        criterion: TimeBound,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du søger 3 stillinger som lagermedarbejder inden 1. juli",
        fires: "Du søger 3 stillinger som lagermedarbejder til sommer",
    }
}

impl Season {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if a.times.iter().any(|t| t.kind.is_deadline() || t.kind == TimeKind::Recurring) {
            return None;
        }
        let times: Vec<_> = a.times.iter().filter(|t| t.kind == TimeKind::Season).collect();
        let first = times.first()?;
        let q = a.quote(first.f.span);
        Some(
            Outcome::new(
                Partly,
                Text::new(format!("\"{q}\" er en løs tid, ikke en frist, man kan følge op på."), format!("\"{q}\" is a loose time, not a deadline to follow up.")),
                Text::new("Gør det til en dato eller uge, fx \"inden 1. juli\" eller \"uge 26\".", "Make it a date or week, e.g. \"inden 1. juli\" (by 1 July) or \"uge 26\" (week 26)."),
            )
            .with(times.iter().map(|t| (t.f.span, "season"))),
        )
    }
}
