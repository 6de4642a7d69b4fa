use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Vage mængder uden et tal: "nogle", "flere", "et par", "mange", "mere". Delvist. / Vague amounts
    /// without a number: partly.
    ///
    /// ## Hvorfor / Why it matters
    /// Målbart betyder, at "alle parter kan se, om målet er nået" (seed 003 §3.3). "Et par
    /// ansøgninger" er et par for den ene og fem for den anden.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv tallet: "2 ansøgninger om ugen". / Write the number.
    pub struct VagueAmount {
        code: "SM202",
        name: "vague-amount",
        title: ("Vag mængde", "Vague amount"),
        criterion: Measurable,
        applies: Agreement,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du sender 2 ansøgninger om ugen som lagermedarbejder",
        fires: "Du sender et par ansøgninger om ugen",
    }
}

impl VagueAmount {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let vague: Vec<_> = Analysis::main(&a.vague_amounts).map(|f| (f.span, "vague_amount")).collect();
        let first = vague.first()?.0;
        if a.quantities.iter().any(|q| !q.f.aside) || Analysis::main(&a.universals).next().is_some() {
            return None;
        }
        let v = a.quote(first);
        Some(
            Outcome::new(
                Partly,
                Text::new(format!("\"{v}\" er ikke et tal, så det er svært at følge op."), format!("\"{v}\" is not a number, so it is hard to follow up.")),
                Text::new("Skriv et tal: fx \"2 ansøgninger om ugen\".", "Write a number: e.g. \"2 ansøgninger om ugen\" (2 applications a week)."),
            )
            .with(vague),
        )
    }
}
