use super::Ctx;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At det ikke vides, om CV'et er opdateret og søgbart: profilen har hverken `cv` eller
    /// `cv_searchable`. / That nobody knows whether the CV is searchable: no `cv` and no
    /// `cv_searchable` in the profile.
    ///
    /// ## Hvorfor / Why it matters
    /// Startfasen er først afsluttet, når der er fulgt op på CV'et (seed 001: "Følg op på, om den
    /// lediges CV er opdateret"). / The start phase needs the CV follow-up.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Tjek CV'et sammen med borgeren, og markér derefter, om det kan findes på Jobnet – eller lad
    /// portalen sende CV'et med, så CV-tjekket afgør det. / Check the CV together, then mark
    /// whether it can be found, or let the portal send the CV along.
    pub struct CvUnknown {
        code: "TR003",
        name: "cv-unknown",
        title: ("CV'et er ikke tjekket", "CV not checked"),
        kind: StartPhase,
        track: None,
        source: "seed 001, Tidlig intensiv start",
        fires: r#"{"profile": {"cv_searchable": null}}"#,
        quiet: r#"{"profile": {"cv_searchable": false}}"#,
    }
}

impl CvUnknown {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        ctx.facts.cv_searchable.is_none().then(|| {
            Text::new(
                "Det er ikke tjekket, om CV'et er opdateret og kan findes på Jobnet.",
                "It has not been checked whether the CV is up to date and can be found on Jobnet.",
            )
        })
    }
}
