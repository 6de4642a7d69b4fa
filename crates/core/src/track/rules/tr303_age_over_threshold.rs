use super::Ctx;
use crate::track::indicators::{fmt_da, fmt_num, TrackIndicator};
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er over `age_threshold` år (standard 40): `age > 40`, så 41 tæller, 40 ikke.
    /// / That the person is over 40 (configurable): 41 counts, 40 does not.
    ///
    /// ## Hvorfor / Why it matters
    /// Mploys liste over kendetegn ved risiko for langtidsledighed: "Den ledige er over 40 år"
    /// (seed 004). Andre offentlige danske grænser er 50 og 56 år, derfor er tallet
    /// konfiguration. Indikatoren `age_over_threshold` vejer 1. / One of Mploy's markers; other
    /// Danish cut-offs are 50 and 56, hence a setting. Weight 1.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Alder alene afgør intet: den tæller kun sammen med andre risikotegn. / Age alone decides
    /// nothing.
    pub struct AgeOverThreshold {
        code: "TR303",
        name: "age-over-threshold",
        title: ("Alder over grænsen", "Age over the threshold"),
        kind: Supports,
        track: Some(Track::LongTermRisk),
        source: "seed 004 (Mploy: over 40)",
        fires: r#"{"profile": {"age": 41}}"#,
        quiet: r#"{"profile": {"age": 40}}"#,
    }
}

impl AgeOverThreshold {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        if !ctx.facts.age_over {
            return None;
        }
        let (age, limit) = (ctx.profile.age?, ctx.config.age_threshold);
        let w = ctx.config.weight(TrackIndicator::AgeOverThreshold);
        let (w_da, w) = (fmt_da(w), fmt_num(w));
        Some(Text::new(
            format!("{age} år: over {limit} år er et risikotegn (Mploy). Risikopoint: {w_da}."),
            format!("Aged {age}: over {limit} is a risk indicator (Mploy). Risk points: {w}."),
        ))
    }
}
