use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Forbehold og vage ord uden for begrundelsen: "prøve at", "måske", "evt.", "lidt", "nogle",
    /// "flere", "et par", "mere", "bedre til", "arbejde med", "gerne". Delvist, når teksten ellers er
    /// konkret; mangler, når der heller ikke er noget konkret. / Hedges and vague words outside the
    /// reason: partly when the text is otherwise concrete, missing when nothing is.
    ///
    /// ## Hvorfor / Why it matters
    /// Et SMART-mål lader ikke "rum til fortolkning" (seed 003 §3.3). "Prøve at søge nogle job" kan
    /// ikke følges op: hvornår har man prøvet nok? A hedge turns an agreement into an intention.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv det, du vil gøre, uden forbehold: "Du søger 3 stillinger som …" i stedet for "Du prøver
    /// at søge nogle job". / Drop the hedge and state what you will do.
    pub struct Hedge {
        code: "SM105",
        name: "hedge",
        title: ("Forbehold og vage ord", "Hedges and vague words"),
        criterion: Specific,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du søger 3 stillinger som lagermedarbejder om ugen",
        fires: "Du skal prøve at søge nogle job inden for lager snart",
    }
}

impl Hedge {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let hedges: Vec<_> = Analysis::main(&a.hedges).map(|f| (f.span, "hedge")).collect();
        let first = hedges.first()?.0;
        let concrete = match a.kind {
            Kind::Goal => a.has_job_or_education() || !a.directions().is_empty(),
            Kind::Agreement => !a.concrete_objects(true).is_empty(),
        };
        let h = a.quote(first);
        Some(
            Outcome::new(
                if concrete { Partly } else { Missing },
                Text::new(
                    format!("\"{h}\" gør teksten uklar: det kan ikke følges op, om det er gjort."),
                    format!("\"{h}\" makes the text vague: no one can tell whether it was done."),
                ),
                Text::new(
                    "Skriv det, du vil gøre, uden forbehold: fx \"Du søger 3 stillinger som …\" i stedet for \"prøve at søge nogle job\".",
                    "State what you will do, without hedging: e.g. \"Du søger 3 stillinger som …\" (you apply for 3 jobs as …) instead of \"prøve at søge nogle job\" (try to apply for some jobs).",
                ),
            )
            .with(hedges),
        )
    }
}
