use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At jobordren har en overskrift (`headline`), når den skal slås op. / That the order has a
    /// headline.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1 (Jobordreskabelon): "Overskriften er blikfang" og "Beskriv hvad I søger – det
    /// skal handle om kandidaten" (frederikshavn-metodehaandbog.txt l. 1177–1179). Overskriften er
    /// det første, kandidaten ser i et opslag. / The headline is what catches the candidate's eye.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv en kort overskrift, der taler til kandidaten, fx "Truckfører til travlt lager i
    /// Aalborg". / Write a short headline that speaks to the candidate.
    pub struct HeadlineMissing {
        code: "JO105",
        name: "headline-missing",
        title: ("Overskrift mangler", "Headline missing"),
        severity: Info,
        source: "seed 003 §6.1 (Overskriften er blikfang)",
        fires: r#"{"headline": ""}"#,
        quiet: r#"{"headline": "Truckfører til travlt lager i Aalborg"}"#,
    }
}

impl HeadlineMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !crate::text::filled(&ctx.order.headline), "headline",
            ("Jobordren har ingen overskrift. Overskriften er blikfang.", "The job order has no headline. The headline catches the eye."),
            ("Skriv en kort overskrift, der taler til kandidaten, fx »Truckfører til travlt lager i Aalborg«.", "Write a short headline that speaks to the candidate, e.g. \"Truckfører til travlt lager i Aalborg\"."));
    }
}
