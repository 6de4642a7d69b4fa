use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Tekster uden handling og uden noget at tælle: "Du skal være mere aktiv". Mangler. / Texts with
    /// no action and nothing to count: missing.
    ///
    /// ## Hvorfor / Why it matters
    /// Målene skal være målbare, "så alle parter kan se, om målet er nået" (seed 003 §3.3).
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv en handling med et tal: "Du søger 3 stillinger som … om ugen". / Write an action with a
    /// number.
    pub struct NothingToCount {
        code: "SM204",
        name: "nothing-to-count",
        title: ("Intet at måle", "Nothing to measure"),
        criterion: Measurable,
        applies: Agreement,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du ringer til 5 virksomheder om ugen",
        fires: "Du skal være mere aktiv i din jobsøgning",
    }
}

impl NothingToCount {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if a.main_actions().next().is_some() || !countable(a).is_empty() {
            return None;
        }
        Some(Outcome::new(
            Missing,
            Text::new("Der er intet at følge op på: hverken en handling eller et tal.", "There is nothing to follow up: no action and no number."),
            count_suggestion(a),
        ))
    }
}
