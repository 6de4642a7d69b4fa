use super::Ctx;
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At værten har sat en aldersgrænse `euv_min_age` (standard `null`: ingen – reglen er slået
    /// fra), og at borgeren er yngre, ønsker uddannelse og er i uddannelsesløftets målgruppe –
    /// altså at værtens alder er det eneste, der mangler. Ukendt alder blokerer ikke. / That the
    /// host set an age limit (default none: the rule is off) and the person is under it, wants
    /// an education and is in the target group.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 001 sætter ingen alder for sporet: "Målgruppen er særligt ufaglærte og sporskiftere,
    /// der med fordel kan få et uddannelsesløft, fx til faglært niveau" (l. 88). For unge peger
    /// seed 004 tværtimod *mod* uddannelse: "med mindre de unge allerede har en uddannelse, er det
    /// uddannelse, der er retningsgivende" (l. 707–708). EUV (erhvervsuddannelse for voksne) er
    /// én vej til faglært niveau; en ung kan tage en ordinær erhvervsuddannelse. En aldersgrænse
    /// er derfor kun værtens egen regel. / Seed 001 sets no age; seed 004 points the young
    /// towards education. An age limit is only ever the host's own rule.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Bruger kommunen en aldersgrænse, så sæt den i `euv_min_age`; reglen viser, når den er det
    /// eneste, der blokerer, så en sagsbehandler kan tilsidesætte med en begrundelse. / Set the
    /// host's limit; override with a reason where it should not apply.
    pub struct BelowEuvAge {
        code: "TR205",
        name: "below-euv-age",
        title: ("Under alderen for uddannelsesløft", "Under the age for the education boost"),
        kind: Blocks,
        track: Some(Track::EducationBoost),
        source: "seed 001 l. 88; seed 004 l. 708",
        fires: r#"{"profile": {"age": 29, "wants_education": true}, "config": {"euv_min_age": 30}}"#,
        quiet: r#"{"profile": {"age": 29, "wants_education": true}}"#,
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
            format!("{age} år: under værtens aldersgrænse for uddannelsesløft ({min} år)."),
            format!("Aged {age}: under the host's age limit for the education boost ({min})."),
        ))
    }
}
