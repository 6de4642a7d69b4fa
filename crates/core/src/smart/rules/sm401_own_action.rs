use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At aftalen er noget, borgeren selv gør (søge, sende, ringe, kontakte, tilmelde, deltage …):
    /// inden for kontrolcirklen. / That the agreement is something the citizen does: inside the
    /// kontrolcirkel.
    ///
    /// ## Hvorfor / Why it matters
    /// "Sørg for at målet er indenfor borgerens kontrolcirkel (noget de selv kan påvirke)" (seed 003
    /// §3.3); "Vi skal være opmærksom på kun at lave aftaler indenfor borgers kontrolcirkel" (§5.3).
    ///
    /// ## Sådan retter du / How to fix
    /// Aftal det, du selv gør: søge, sende, ringe. / Agree on what you do yourself.
    pub struct OwnAction {
        code: "SM401",
        name: "own-action",
        title: ("Egen handling (kontrolcirklen)", "Own action (circle of control)"),
        criterion: Realistic,
        applies: Agreement,
        positive: true,
        source: "seed 003 §3.3, §5.3",
        fires: "Du ringer til Bilka i Hjørring",
        quiet: "Du skal blive ansat inden 3 måneder",
    }
}

impl OwnAction {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let first = a.main_actions().next()?;
        let q = a.quote(first.f.span);
        Some(
            Outcome::new(
                Met,
                Text::new(
                    format!("\"{q}\" er noget, du selv gør: det ligger i din kontrolcirkel."),
                    format!("\"{q}\" is something you do yourself: inside your circle of control."),
                ),
                Text::new("Behold aftalen ved det, du selv kan gøre.", "Keep the agreement to what you can do yourself."),
            )
            .with(a.main_actions().map(|x| (x.f.span, "action"))),
        )
    }
}
