use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At der for hvert krav er taget stilling til, om det er ufravigeligt (`mandatory: true`)
    /// eller knap så vigtigt (`false`). `null` eller manglende er "ikke besluttet". / That every
    /// requirement says whether it is mandatory or nice to have.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1 har det med i minimum: "Hvilke af disse krav er ufravigelige? Og hvilke er
    /// knap så vigtige?" Hvert ufravigeligt krav skærer kandidater fra i udsøgningen, mens de
    /// knap så vigtige kun bruges til at prioritere bruttolisten. Søgesimulationen behandler et
    /// ubesluttet krav som ufravigeligt (`undecided_is_mandatory`). / The minimum includes which
    /// requirements are mandatory: each one cuts candidates from the search.
    ///
    /// ## Sådan retter du / How to fix it
    /// Spørg virksomheden: "Kan I ansætte en, der ikke har det?" Ja → knap så vigtigt, nej →
    /// ufravigeligt. / Ask the company: "Could you hire someone without it?"
    pub struct MandatoryNotDecided {
        code: "JO005",
        name: "mandatory-not-decided",
        title: ("Ikke besluttet, om kravet er ufravigeligt", "Not decided whether mandatory"),
        severity: Error,
        source: "seed 002 §4.1 (Hvilke af disse krav er ufravigelige?)",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel"}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": false}]}"#,
    }
}

impl MandatoryNotDecided {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, r) in ctx.order.requirements.iter().enumerate() {
            if r.mandatory.is_none() {
                let v = r.value_text();
                out.push(Self::META.finding(
                    format!("requirements[{i}].mandatory"),
                    Text::new(
                        format!("Det står ikke, om kravet \"{v}\" er ufravigeligt eller knap så vigtigt. Et ufravigeligt krav skærer kandidater fra i søgningen."),
                        format!("It doesn't say whether the requirement \"{v}\" is mandatory or nice to have. A mandatory requirement cuts candidates from the search."),
                    ),
                    Text::new(
                        "Spørg virksomheden: \"Kan I ansætte en, der ikke har det?\" Ja: knap så vigtigt. Nej: ufravigeligt.",
                        "Ask the company: \"Could you hire someone without it?\" Yes: nice to have. No: mandatory.",
                    ),
                ));
            }
        }
    }
}
