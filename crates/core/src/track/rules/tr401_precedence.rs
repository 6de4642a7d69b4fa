use super::Ctx;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At mere end ét spor er muligt. Så vælges det første i `precedence` (standard:
    /// uddannelsesløft, risiko for langtidsledighed, intensiv jobsøgning). / That more than one
    /// track is eligible; the first in `precedence` is proposed.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 001 beskriver sporene, ikke hvad der går forud. Standarden: den, der ønsker og er i
    /// målgruppen for et uddannelsesløft, får det – uddannelse løser det, der gør det svært at få
    /// job, og STAR fremhæver uddannelse "særligt for ufaglærte"; ellers går risikosporet forud for
    /// hovedvejen, fordi "Risikoen for langtidsledighed mindskes markant med relevante og tidlige
    /// indsatser" (seed 004). Rækkefølgen er konfiguration. / Seed 001 gives no precedence; the
    /// default puts a wanted education first, then the early risk effort, then the main road.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Se de andre mulige spor under alternativerne; vælg et af dem med en tilsidesættelse og en
    /// begrundelse, hvis det passer bedre. / Pick another eligible track with an override.
    pub struct Precedence {
        code: "TR401",
        name: "precedence",
        title: ("Rækkefølge mellem mulige spor", "Precedence between eligible tracks"),
        kind: Decision,
        track: None,
        source: "DOMAIN.md §4 (configurable); seeds 001 and 004",
        fires: r#"{"profile": {"wants_education": true}}"#,
        quiet: r#"{"profile": {"wants_education": false}}"#,
    }
}

impl Precedence {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let d = ctx.decision?;
        if d.eligible.len() < 2 {
            return None;
        }
        let names = |en: bool| {
            d.eligible.iter().map(|t| if en { t.title().en } else { t.title().da }).collect::<Vec<_>>().join(", ")
        };
        let first = d.proposed.title();
        Some(Text::new(
            format!("Flere spor er mulige ({}); {} går forud i rækkefølgen.", names(false), first.da),
            format!("Several tracks are eligible ({}); {} comes first in the precedence.", names(true), first.en),
        ))
    }
}
