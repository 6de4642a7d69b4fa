use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Jobmål, hvor man ikke kan se, hvornår det er nået: intet bestemt job ("et job", "blive
    /// selvforsørgende"). Delvist, når målet nævner et område. / Goals one can't tell are reached: no
    /// specific job; partly when they name an area.
    ///
    /// ## Hvorfor / Why it matters
    /// Målbart: "alle parter kan se, om målet er nået" (seed 003 §3.3). "Et job" er nået med ethvert
    /// job, og siger derfor ikke, hvad der skal følges op på.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv den stilling, målet gælder. / Name the job the goal is about.
    pub struct GoalNotCheckable {
        code: "SM206",
        name: "goal-not-checkable",
        title: ("Målet kan ikke følges op", "The goal can't be followed up"),
        criterion: Measurable,
        applies: Goal,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Lagermedarbejder",
        fires: "Komme i arbejde hurtigst muligt",
    }
}

impl GoalNotCheckable {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if a.has_job_or_education() {
            return None;
        }
        let dirs = a.directions();
        Some(
            Outcome::new(
                if dirs.is_empty() { Missing } else { Partly },
                Text::new("Uden en bestemt stilling kan man ikke se, hvornår målet er nået.", "Without a specific job no one can tell when the goal is reached."),
                Text::new("Skriv den stilling, målet gælder, fx \"lagermedarbejder\".", "Name the job the goal is about, e.g. \"lagermedarbejder\"."),
            )
            .with(dirs),
        )
    }
}
