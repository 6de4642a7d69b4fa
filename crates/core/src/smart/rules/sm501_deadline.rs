use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// En frist eller et tidspunkt: en dato ("den 15. maj", "15/5", "2026-05-15", "d. 3/4"), en
    /// ugedag ("på mandag", "senest fredag"), en uge ("uge 12"), en relativ frist ("inden for 3
    /// måneder", "de næste 14 dage", "i næste uge", "i morgen", "inden udgangen af juni"), næste samtale
    /// ("frem til næste samtale"), en frist andre har sat ("inden ansøgningsfristen") eller en
    /// pladsholder ("inden den XX"). Fristen regnes om til en dato ud fra `today` og `next_meeting`. /
    /// A deadline or a start, resolved to a date from `today` and `next_meeting`.
    ///
    /// ## Hvorfor / Why it matters
    /// "Målene skal være tidsbestemte, dvs. der skal være en deadline for, hvornår målet skal være
    /// nået"; "Vedkommende skal gerne kunne komme med et bud på, hvornår han/hun går i gang, og/eller
    /// hvornår målet er nået" (seed 003 §3.3).
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv en frist: "inden den 15. maj", "på mandag", "frem til næste samtale". / Add a deadline.
    pub struct Deadline {
        code: "SM501",
        name: "deadline",
        title: ("Frist", "Deadline"),
        criterion: TimeBound,
        applies: Both,
        positive: true,
        source: "seed 003 §3.3, §5.3",
        fires: "På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.",
        quiet: "Du søger job hurtigst muligt",
    }
}

impl Deadline {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let times: Vec<_> = a.times.iter().filter(|t| t.kind.is_deadline()).collect();
        let first = times.first()?;
        let q = a.quote(first.f.span);
        let msg = match a.deadline() {
            Some(d) => {
                let dt = day_text(d);
                Text::new(format!("Der er en frist: \"{q}\" ({} {}).", dt.da, d.year()), format!("There is a deadline: \"{q}\" ({} {}).", dt.en, d.year()))
            }
            None => Text::new(format!("Der er en frist: \"{q}\"."), format!("There is a deadline: \"{q}\".")),
        };
        Some(
            Outcome::new(Met, msg, Text::new("Behold fristen.", "Keep the deadline."))
                .with(times.iter().map(|t| (t.f.span, t.kind.label()))),
        )
    }
}
