use super::Ctx;
use crate::track::indicators::{fmt_da, fmt_num};
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At risikoscoren – summen af vægtene for de risikotegn, der gælder – er mindst
    /// `risk_threshold` (standard 3). Standardvægte: hvert Mploy-tegn 1, over 40 år 1, ledig i
    /// mindst 39 uger 2, langtidsledig 3, ikke klar til job nu 3. / That the risk score (the sum of
    /// the weights of the indicators that apply) reaches the threshold (default 3).
    ///
    /// ## Hvorfor / Why it matters
    /// Risikosporets målgruppe er "ledige, der har svært ved at få job og har behov for at
    /// supplere jobsøgningen med fx virksomhedspraktik/løntilskud eller kort opkvalificering"
    /// (seed 001); seed 004 viser, at en tidlig indsats for dem betaler sig: "Jo tidligere de
    /// potentielle langtidsledige borgere kan identificeres, jo mere vil der kunne vindes". Vægte
    /// og tærskel er udgangspunkter, ikke statistik: hver kommune kan justere dem. / The risk
    /// track's condition. Weights and threshold are starting points a host adjusts.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Se, hvilke tegn der talte (`risk.indicators`), og brug dem i samtalen om virksomhedspraktik,
    /// løntilskud og vikarbureau. / See which indicators counted and use them in the conversation.
    pub struct RiskScore {
        code: "TR305",
        name: "risk-score-at-threshold",
        title: ("Risiko for langtidsledighed", "Risk of long-term unemployment"),
        kind: Supports,
        track: Some(Track::LongTermRisk),
        source: "seed 001, Risiko for langtidsledighed; seed 004",
        fires: r#"{"profile": {"age": 45, "indicators": {"no_network": true, "low_mobility": true}}}"#,
        quiet: r#"{"profile": {"age": 45, "indicators": {"no_network": true}}}"#,
    }
}

impl RiskScore {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let (s, t) = (ctx.facts.risk_score, ctx.config.risk_threshold);
        (s + 1e-9 >= t).then(|| {
            let (s_da, t_da, s, t) = (fmt_da(s), fmt_da(t), fmt_num(s), fmt_num(t));
            Text::new(
                format!("Risikoscore {s_da} – mindst tærsklen {t_da}: i risiko for langtidsledighed."),
                format!("Risk score {s} – at least the threshold {t}: at risk of long-term unemployment."),
            )
        })
    }
}
