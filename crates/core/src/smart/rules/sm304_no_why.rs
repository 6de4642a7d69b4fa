use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Tekster uden nogen begrundelse (og, for aftaler, uden et konkret job, de hører til). Delvist,
    /// når der er noget konkret at gøre eller stræbe efter; mangler, når der heller ikke er det. /
    /// Texts without a personal why (and, for agreements, without a concrete job): partly when there is
    /// something concrete, missing otherwise.
    ///
    /// ## Hvorfor / Why it matters
    /// "Bidrag til at målet indeholder et personligt 'hvorfor' – det skal være attraktivt at nå målet"
    /// (seed 003 §3.3).
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj "fordi …" eller "så jeg kan …". / Add "fordi …" (because) or "så jeg kan …" (so that I
    /// can).
    pub struct NoWhy {
        code: "SM304",
        name: "no-why",
        title: ("Intet hvorfor", "No why"),
        criterion: Attractive,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du søger 2 stillinger om ugen, fordi du gerne vil tilbage til transportbranchen.",
        fires: "Du opdaterer dit CV inden fredag",
    }
}

impl NoWhy {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        // A reason that is someone else's demand is SM303's case.
        if !a.whys.is_empty() {
            return None;
        }
        let linked = a.main_occupations().next().is_some()
            || Analysis::main(&a.openings).next().is_some()
            || Analysis::main(&a.educations).next().is_some();
        let something = match a.kind {
            Kind::Agreement => {
                if linked {
                    return None;
                }
                a.main_actions().next().is_some() || !a.concrete_objects(true).is_empty()
            }
            Kind::Goal => a.has_job_or_education() || !a.directions().is_empty(),
        };
        let msg = match a.kind {
            Kind::Goal => Text::new("Målet siger ikke, hvorfor det er attraktivt for dig.", "The goal doesn't say why it is attractive to you."),
            Kind::Agreement => Text::new(
                "Aftalen siger ikke, hvorfor den er vigtig for dig, og hører ikke til et bestemt job.",
                "The agreement doesn't say why it matters to you, and belongs to no specific job.",
            ),
        };
        Some(Outcome::new(
            if something { Partly } else { Missing },
            msg,
            Text::new(
                "Tilføj dit hvorfor: \"…, fordi jeg gerne vil …\" eller \"…, så jeg kan …\".",
                "Add your why: \"…, fordi jeg gerne vil …\" (because I want to …) or \"…, så jeg kan …\" (so that I can …).",
            ),
        ))
    }
}
