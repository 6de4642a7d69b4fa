use super::Ctx;
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er yngre end `euv_min_age` (standard 30; `null` slår reglen fra), ønsker
    /// uddannelse og er i uddannelsesløftets målgruppe – altså at alderen er det eneste, der
    /// mangler. Ukendt alder blokerer ikke. / That the person is under the EUV age (default 30),
    /// wants an education and is in the target group: age is what blocks the boost.
    ///
    /// ## Hvorfor / Why it matters
    /// Startfasen skal afklare, "om den ledige er i målgruppen for et uddannelsesløft (EUV)" (seed
    /// 001). EUV og uddannelsesløftet er for voksne (DOMAIN.md §4: 30 år og derover); yngre
    /// ledige uden uddannelse har egne, uddannelsesrettede regler (seed 004: "med mindre de unge
    /// allerede har en uddannelse, er det uddannelse, der er retningsgivende"). Grænsen er
    /// konfiguration. / Adults only; younger people have their own education-first rules.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Henvis til den uddannelsesrettede indsats for unge, eller tilsidesæt med en begrundelse. /
    /// Refer to the youth effort, or override with a reason.
    pub struct BelowEuvAge {
        code: "TR205",
        name: "below-euv-age",
        title: ("Under alderen for uddannelsesløft", "Under the age for the education boost"),
        kind: Blocks,
        track: Some(Track::EducationBoost),
        source: "seed 001, Tidlig intensiv start (EUV); DOMAIN.md §4; seed 004",
        fires: r#"{"profile": {"age": 29, "wants_education": true}}"#,
        quiet: r#"{"profile": {"age": 30, "wants_education": true}}"#,
    }
}

impl BelowEuvAge {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let f = ctx.facts;
        if !(f.below_euv_age && f.wants_education && f.in_target_group()) {
            return None;
        }
        let (age, min) = (ctx.profile.age?, ctx.config.euv_min_age?);
        Some(Text::new(
            format!("{age} år: under aldersgrænsen for uddannelsesløft (EUV) på {min} år. For yngre gælder de uddannelsesrettede regler for unge."),
            format!("Aged {age}: under the education boost's (EUV) age limit of {min}. Younger people have their own education-first rules."),
        ))
    }
}
