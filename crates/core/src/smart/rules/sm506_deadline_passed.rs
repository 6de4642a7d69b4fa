use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// En frist, der allerede er overskredet (før `today`). En dato uden år regnes for i år, hvis
    /// den højst ligger `past_date_days` dage tilbage (standard 90), ellers for næste år. Delvist. / A
    /// deadline already past: partly.
    ///
    /// ## Hvorfor / Why it matters
    /// En frist skal ligge foran: "hvornår han/hun går i gang, og/eller hvornår målet er nået" (seed
    /// 003 §3.3). A past date is usually a typo or a stale agreement to renew.
    ///
    /// ## Sådan retter du / How to fix
    /// Ret datoen eller lav en ny aftale. / Fix the date or make a new agreement.
    pub struct DeadlinePassed {
        code: "SM506",
        name: "deadline-passed",
        title: ("Fristen er overskredet", "Deadline passed"),
        criterion: TimeBound,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du sender 4 ansøgninger som ekspedient inden 1. december",
        fires: "Du sender 4 ansøgninger som ekspedient senest 2020-01-01",
    }
}

impl DeadlinePassed {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let today = a.today?;
        let d = a.deadline()?;
        if d >= today {
            return None;
        }
        let t = a.times.iter().find(|t| t.date == Some(d))?;
        let dt = day_text(d);
        Some(
            Outcome::new(
                Partly,
                Text::new(format!("Fristen ({} {}) er allerede overskredet.", dt.da, d.year()), format!("The deadline ({} {}) has passed.", dt.en, d.year())),
                Text::new("Ret datoen, eller lav en ny aftale med en frist foran dig.", "Fix the date, or make a new agreement with a deadline ahead."),
            )
            .with([(t.f.span, "deadline")]),
        )
    }
}
