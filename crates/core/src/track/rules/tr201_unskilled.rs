use super::Ctx;
use crate::track::{level_label, Track};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er ufaglært: den højeste uddannelse (`education_level`, ellers den højeste
    /// gennemførte i `cv`) er grundskole (`primary`) eller gymnasial (`upper_secondary`) – ingen
    /// erhvervsuddannelse og ingen videregående uddannelse. / That the person is unskilled: the
    /// highest education is primary or upper secondary.
    ///
    /// ## Hvorfor / Why it matters
    /// Uddannelsesløftets "Målgruppen er særligt ufaglærte og sporskiftere, der med fordel kan få
    /// et uddannelsesløft, fx til faglært niveau" (seed 001); STAR fremhæver voksen- og
    /// efteruddannelse "særligt for ufaglærte". / The education boost targets the unskilled.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Reglen gør borgeren til målgruppe for uddannelsesløftet; sporet foreslås, når borgeren
    /// også ønsker uddannelse (TR204). Kender du ikke uddannelsen, så spørg: ukendt tæller ikke.
    /// / Makes the person part of the target group; unknown education does not count.
    pub struct Unskilled {
        code: "TR201",
        name: "unskilled",
        title: ("Ufaglært", "Unskilled"),
        kind: Supports,
        track: Some(Track::EducationBoost),
        source: "seed 001, Uddannelsesløft",
        fires: r#"{"profile": {"education_level": "upper_secondary"}}"#,
        quiet: r#"{"profile": {"education_level": "vocational"}}"#,
    }
}

impl Unskilled {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let f = ctx.facts;
        if !f.unskilled {
            return None;
        }
        let l = level_label(f.education_level?);
        let (da_src, en_src) = if f.level_from_cv { (" (fra CV'et)", " (from the CV)") } else { ("", "") };
        Some(Text::new(
            format!("Ufaglært: højeste uddannelse er {}{da_src}. Målgruppe for uddannelsesløft.", l.da),
            format!("Unskilled: the highest education is {}{en_src}. Target group for the education boost.", l.en),
        ))
    }
}
