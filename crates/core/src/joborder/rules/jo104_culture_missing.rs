use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kulturen på arbejdspladsen er beskrevet (`culture`). / That the workplace culture is
    /// described.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1: "Kulturen på virksomheden (arbejdstøj, omgangstone mv.)"; §4.2: "et kendskab
    /// til virksomhedskulturen [kan] være vigtig for udvælgelse af kandidater". / Knowing the culture
    /// matters for selecting candidates.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv et par linjer om arbejdstøj, omgangstone, holdet og dagligdagen. / Write a few lines
    /// about work clothes, tone and the team.
    pub struct CultureMissing {
        code: "JO104",
        name: "culture-missing",
        title: ("Kulturen er ikke beskrevet", "Culture not described"),
        severity: Info,
        source: "seed 002 §4.1 (Kulturen på virksomheden), §4.2",
        fires: r#"{"culture": null}"#,
        quiet: r#"{"culture": "Uformel tone, arbejdstøj stilles til rådighed."}"#,
    }
}

impl CultureMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !crate::text::filled(&ctx.order.culture), "culture",
            ("Kulturen på arbejdspladsen er ikke beskrevet (arbejdstøj, omgangstone, holdet).", "The workplace culture is not described (work clothes, tone, the team)."),
            ("Skriv et par linjer om arbejdstøj, omgangstone og dagligdagen.", "Write a few lines about work clothes, tone and daily life."));
    }
}
