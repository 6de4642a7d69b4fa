use super::Ctx;
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er sporskifter (`career_changer: true`): vil skifte til en anden branche. /
    /// That the person is a career changer.
    ///
    /// ## Hvorfor / Why it matters
    /// Uddannelsesløftets målgruppe er "særligt ufaglærte og sporskiftere" (seed 001). /
    /// Career changers are named in the education boost's target group.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Drøft, om skiftet kræver uddannelse, eller om kompetencerne kan bruges i den nye branche
    /// med kort opkvalificering (så er hovedvejen nærmere). / Discuss whether the change needs an
    /// education or only short upskilling.
    pub struct CareerChanger {
        code: "TR203",
        name: "career-changer",
        title: ("Sporskifter", "Career changer"),
        kind: Supports,
        track: Some(Track::EducationBoost),
        source: "seed 001, Uddannelsesløft",
        fires: r#"{"profile": {"career_changer": true}}"#,
        quiet: r#"{"profile": {"career_changer": null}}"#,
    }
}

impl CareerChanger {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        ctx.facts.career_changer.then(|| {
            Text::new(
                "Sporskifter: vil skifte branche. Målgruppe for uddannelsesløft.",
                "Career changer: wants to change trade. Target group for the education boost.",
            )
        })
    }
}
