use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At de fysiske krav er beskrevet (`physical_demands`). / That the physical demands are
    /// described.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1: "Krav til medarbejderens fysik (er der fx tunge løft, krav om at kunne gå
    /// eller stå mange timer om dagen?)" – afgørende for at vælge kandidater, der kan holde til
    /// jobbet, og "ingen særlige krav" er også nyttigt at vide. / Decisive for choosing candidates
    /// who can do the job; "none" is useful too.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv løft, gang/stående arbejde, kulde, skiftende arbejdsstillinger – eller "ingen særlige
    /// fysiske krav". / Write lifting, standing, cold – or "no particular physical demands".
    pub struct PhysicalDemandsMissing {
        code: "JO103",
        name: "physical-demands-missing",
        title: ("Fysiske krav er ikke beskrevet", "Physical demands not described"),
        severity: Info,
        source: "seed 002 §4.1 (Krav til medarbejderens fysik)",
        fires: r#"{"physical_demands": ""}"#,
        quiet: r#"{"physical_demands": "Ingen særlige fysiske krav."}"#,
    }
}

impl PhysicalDemandsMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !crate::text::filled(&ctx.order.physical_demands), "physical_demands",
            ("De fysiske krav er ikke beskrevet (tunge løft, gå eller stå mange timer?).", "The physical demands are not described (heavy lifting, walking or standing for hours?)."),
            ("Skriv, hvad jobbet kræver fysisk – eller \"ingen særlige fysiske krav\".", "Write what the job demands physically – or \"no particular physical demands\"."));
    }
}
