use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Begrundelser, der kun er andres krav: "fordi jobcentret kræver det", "ellers mister du dine
    /// dagpenge", "for at undgå sanktion". Delvist. / Reasons that are only others' demands: partly.
    ///
    /// ## Hvorfor / Why it matters
    /// Hvorfor'et skal være *personligt*, så "alle parter kan se fordelene ved at nå målet, er
    /// motiveret for at nå det" (seed 003 §3.3). A threat explains why the agreement exists, not why
    /// it is worth it to the person.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv hvad du selv får ud af det: "…, så jeg kan komme tilbage i lagerbranchen". / Say what you
    /// get out of it.
    pub struct ExternalMotive {
        code: "SM303",
        name: "external-motive",
        title: ("Andres krav som begrundelse", "Someone else's demand as the reason"),
        criterion: Attractive,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du søger 2 stillinger om ugen, fordi du gerne vil tilbage til transportbranchen.",
        fires: "Du skal søge job, fordi jobcentret kræver det",
    }
}

impl ExternalMotive {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let ext: Vec<_> = a.whys.iter().filter(|w| w.external).map(|w| (w.f.span, "external_motive")).collect();
        let first = ext.first()?.0;
        let q = a.quote(first);
        Some(
            Outcome::new(
                Partly,
                Text::new(
                    format!("Begrundelsen (\"{q}\") er andres krav, ikke dit eget hvorfor."),
                    format!("The reason (\"{q}\") is someone else's demand, not your own why."),
                ),
                Text::new(
                    "Skriv hvad du selv får ud af det, fx \"så jeg kan komme tilbage i et fag, jeg kan lide\".",
                    "Say what you get out of it, e.g. \"så jeg kan komme tilbage i et fag, jeg kan lide\" (so I can get back into a trade I like).",
                ),
            )
            .with(ext),
        )
    }
}
