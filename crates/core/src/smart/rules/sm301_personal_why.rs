use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Et personligt "hvorfor": "fordi …", "for at …", "så jeg kan …", "da jeg gerne vil …", "jeg
    /// drømmer om …", "jeg savner …". Begrundelser, der kun er andres krav, tæller ikke (se SM303). / A
    /// personal reason; reasons that are only someone else's demand don't count.
    ///
    /// ## Hvorfor / Why it matters
    /// "Bidrag til at målet indeholder et personligt 'hvorfor' – det skal være attraktivt at nå målet"
    /// (seed 003 §3.3). A person who sees the point keeps the agreement more often.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj hvorfor det er vigtigt for dig: "…, fordi jeg gerne vil tilbage til transportbranchen".
    /// / Add why it matters to you.
    pub struct PersonalWhy {
        code: "SM301",
        name: "personal-why",
        title: ("Personligt hvorfor", "Personal why"),
        criterion: Attractive,
        applies: Both,
        positive: true,
        source: "seed 003 §3.3",
        fires: "Du søger 2 stillinger om ugen, fordi du gerne vil tilbage til transportbranchen.",
        quiet: "Du søger 3 job om ugen",
    }
}

impl PersonalWhy {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let whys: Vec<_> = a.whys.iter().filter(|w| !w.external).map(|w| (w.f.span, "why")).collect();
        let first = whys.first()?.0;
        let q = a.quote(first);
        Some(
            Outcome::new(
                Met,
                Text::new(format!("Der er et personligt hvorfor: \"{q}\"."), format!("There is a personal why: \"{q}\".")),
                Text::new("Behold begrundelsen: den gør aftalen til din egen.", "Keep the reason: it makes the agreement your own."),
            )
            .with(whys),
        )
    }
}
