use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// En frist, der allerede er overskredet (før `today`). En dato uden år er den næste af slagsen
    /// ("inden 1. september" skrevet i november er næste september); kun en dato højst
    /// `past_date_days` dage tilbage (standard 7, vores valg) regnes for i år – og er måske en
    /// tastefejl, hvilket beskeden siger. Delvist. / A deadline already past: partly. A date
    /// without a year is the next such date; one only a few days past may be a typo.
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
    pub(super) fn run(a: &Analysis, options: &SmartOptions) -> Option<Outcome> {
        let today = a.today?;
        let d = a.deadline()?;
        if d >= today {
            return None;
        }
        let t = a.times.iter().find(|t| t.date == Some(d))?;
        let dt = day_text(d);
        let ago = today.unix_days() - d.unix_days();
        let typo = if ago <= options.past_date_days as i64 {
            Text::new(
                format!(" Den ligger kun {ago} dag{} tilbage – måske en tastefejl?", if ago == 1 { "" } else { "e" }),
                format!(" It is only {ago} day{} ago – perhaps a typo?", if ago == 1 { "" } else { "s" }),
            )
        } else {
            Text::new("", "")
        };
        Some(
            Outcome::new(
                Partly,
                Text::new(format!("Fristen ({} {}) er allerede overskredet.{}", dt.da, d.year(), typo.da), format!("The deadline ({} {}) has passed.{}", dt.en, d.year(), typo.en)),
                Text::new("Ret datoen, eller lav en ny aftale med en frist foran dig.", "Fix the date, or make a new agreement with a deadline ahead."),
            )
            .with([(t.f.span, "deadline")]),
        )
    }
}
