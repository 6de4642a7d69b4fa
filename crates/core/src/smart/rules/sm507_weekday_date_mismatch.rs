use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// En ugedag skrevet lige foran en dato, som ikke er datoens ugedag: "torsdag d. 14/11", når
    /// den 14. november er en lørdag. Datoen afgør fristen; fundet er delvist. / A weekday named
    /// with a date that is not the date's weekday: partly.
    ///
    /// ## Hvorfor / Why it matters
    /// Fristen skal være til at følge op på: "der skal være en deadline for, hvornår målet skal være
    /// nået" (seed 003 §3.3, frederikshavn-metodehaandbog.txt). Står der to forskellige dage, ved
    /// hverken borgeren eller sagsbehandleren, hvilken der gælder. / With two different days
    /// nobody knows which one holds.
    ///
    /// ## Sådan retter du / How to fix
    /// Ret ugedagen eller datoen, så de passer sammen. / Fix the weekday or the date.
    pub struct WeekdayDateMismatch {
        code: "SM507",
        name: "weekday-date-mismatch",
        title: ("Ugedag og dato passer ikke sammen", "Weekday and date do not match"),
        criterion: TimeBound,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du ringer til Netto om stillingen som ekspedient torsdag d. 14/5",
        fires: "Du ringer til Netto om stillingen som ekspedient fredag d. 14/5",
    }
}

impl WeekdayDateMismatch {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let t = a.times.iter().find(|t| t.weekday_mismatch.is_some())?;
        let (named, d) = (t.weekday_mismatch?, t.date?);
        let names_en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        let dt = day_text(d);
        let (n_da, n_en) = (lexicon::danish::WEEKDAYS[named as usize], names_en[named as usize]);
        let (r_da, r_en) = (lexicon::danish::WEEKDAYS[d.weekday() as usize], names_en[d.weekday() as usize]);
        Some(
            Outcome::new(
                Partly,
                Text::new(
                    format!("Der står {n_da}, men {} {} er en {r_da}.", dt.da, d.year()),
                    format!("It says {n_en}, but {} {} is a {r_en}.", dt.en, d.year()),
                ),
                Text::new("Ret ugedagen eller datoen, så de passer sammen.", "Fix the weekday or the date so they match."),
            )
            .with([(t.f.span, "weekday_date_mismatch")]),
        )
    }
}
