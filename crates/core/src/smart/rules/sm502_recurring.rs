use super::*;
use crate::smart::model::Verdict::*;
use crate::smart::analyse::TimeKind;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// En tilbagevendende tid: "hver uge", "om ugen", "pr. uge", "hver mandag", "dagligt", "om
    /// måneden". Uden anden frist er næste samtale fristen (`deadline` = `next_meeting`). / A recurring
    /// time; with no other deadline the next meeting is the deadline.
    ///
    /// ## Hvorfor / Why it matters
    /// DOMAIN.md §3 counts "hver uge" as time-bound: a weekly agreement is followed up each week and at
    /// the next meeting (seed 003 §5.3: the agreement field always follows up on the last agreements).
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv hvor ofte: "hver uge", "2 gange om ugen". / Say how often.
    pub struct Recurring {
        code: "SM502",
        name: "recurring",
        title: ("Tilbagevendende tid", "Recurring time"),
        criterion: TimeBound,
        applies: Both,
        positive: true,
        source: "seed 003 §3.3, §5.3; DOMAIN.md §3",
        fires: "Søg job som lagermedarbejder hver uge",
        quiet: "Du søger stillinger som lagermedarbejder",
    }
}

impl Recurring {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let times: Vec<_> = a.times.iter().filter(|t| t.kind == TimeKind::Recurring).collect();
        let first = times.first()?;
        let q = a.quote(first.f.span);
        Some(
            Outcome::new(
                Met,
                Text::new(format!("Aftalen gentages \"{q}\" og følges op ved næste samtale."), format!("The agreement recurs \"{q}\" and is followed up at the next meeting.")),
                Text::new("Behold hyppigheden.", "Keep the frequency."),
            )
            .with(times.iter().map(|t| (t.f.span, "recurring"))),
        )
    }
}
