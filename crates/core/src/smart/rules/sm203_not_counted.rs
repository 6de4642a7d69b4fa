use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Aftaler med en handling, men uden antal, hyppighed, "alle …", resultat eller navngivet mål:
    /// "Du søger stillinger som lagermedarbejder". Delvist. / Agreements with an action but nothing to
    /// count: partly.
    ///
    /// ## Hvorfor / Why it matters
    /// Målbart: "let at følge op på, om målet er nået" (seed 003 §3.3). Is one application enough?
    /// The seed's model says "alle opslåede stillinger" (§5.3).
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv et antal eller "alle": "3 stillinger som lagermedarbejder om ugen", "alle opslåede
    /// stillinger som lagermedarbejder". / Add a number or "all".
    pub struct NotCounted {
        code: "SM203",
        name: "not-counted",
        title: ("Handling uden mængde", "Action without an amount"),
        criterion: Measurable,
        applies: Agreement,
        positive: false,
        source: "seed 003 §3.3, §5.3",
        quiet: "Du søger 3 stillinger om ugen som lagermedarbejder",
        fires: "Du søger stillinger som lagermedarbejder",
    }
}

impl NotCounted {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let first = a.main_actions().next()?;
        if !countable(a).is_empty() {
            return None;
        }
        let act = a.quote(first.f.span);
        Some(
            Outcome::new(
                Partly,
                Text::new(
                    format!("Der står ikke, hvor meget du skal \"{act}\", så det er svært at se, om aftalen er holdt."),
                    format!("It doesn't say how much to \"{act}\", so no one can tell whether the agreement was kept."),
                ),
                count_suggestion(a),
            )
            .with(a.main_actions().map(|x| (x.f.span, "action"))),
        )
    }
}
