use super::Ctx;
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren ønsker uddannelse (`wants_education: true`). / That the person wants an
    /// education.
    ///
    /// ## Hvorfor / Why it matters
    /// Startfasen afklarer, "hvilken retning mod job eller uddannelse, han/hun ønsker", og
    /// uddannelsesløftets formål er, at den ledige "gennemfører uddannelsen" (seed 001). Uden
    /// borgerens eget ønske foreslås sporet ikke. / The boost is proposed only when the person
    /// wants it: an education nobody wants is rarely completed.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Spørg til ønsket og til, hvad uddannelse vil betyde økonomisk. Reglen er en betingelse for
    /// uddannelsesløftet sammen med målgruppen (TR201, TR202 eller TR203). / A condition of the
    /// boost, with the target group.
    pub struct WantsEducation {
        code: "TR204",
        name: "wants-education",
        title: ("Ønsker uddannelse", "Wants an education"),
        kind: Supports,
        track: Some(Track::EducationBoost),
        source: "seed 001, Tidlig intensiv start and Uddannelsesløft",
        fires: r#"{"profile": {"wants_education": true}}"#,
        quiet: r#"{"profile": {"wants_education": null}}"#,
    }
}

impl WantsEducation {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        ctx.facts.wants_education.then(|| Text::new("Ønsker uddannelse.", "Wants an education."))
    }
}
