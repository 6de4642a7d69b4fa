use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At det står, hvad virksomheden tilbyder (`offer`): ordinært job, praktik, løntilskud eller
    /// fleksjob. / That the offer type is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Ordreblanketten starter med "Tilbyder: Ordinær beskæftigelse / Praktik / Job m. løntilskud /
    /// Fleksjob" (seed 002 appendiks C). Det afgør, hvilke ledige der kan komme i betragtning. / It
    /// decides which unemployed people qualify.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg ordinært job, praktik, løntilskud eller fleksjob. / Choose one.
    pub struct OfferMissing {
        code: "JO209",
        name: "offer-missing",
        title: ("Tilbudstype mangler", "Offer type missing"),
        severity: Warning,
        source: "seed 002 appendix C (Tilbyder)",
        fires: r#"{"offer": null}"#,
        quiet: r#"{"offer": "flex_job"}"#,
    }
}

impl OfferMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, ctx.order.offer.is_none(), "offer",
            ("Det står ikke, om det er et ordinært job, praktik, løntilskud eller fleksjob.", "It doesn't say whether it is an ordinary job, an internship, a wage subsidy or a flex job."),
            ("Vælg, hvad virksomheden tilbyder.", "Choose what the company offers."));
    }
}
