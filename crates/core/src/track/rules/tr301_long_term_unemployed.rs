use super::Ctx;
use crate::track::indicators::{fmt_da, fmt_num, TrackIndicator};
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er langtidsledig: på dagpenge eller kontanthjælp i mindst 80 %
    /// (`long_term_share`) af de seneste 52 uger, `benefit_weeks_last_52 / 52 ≥ 0,8`. Grænsen
    /// tæller med: 41,6 uger er præcis 80 % og er langtidsledig. I hele uger betyder det mindst 42
    /// af 52 (80,8 %); 41 af 52 (78,8 %) er ikke. / Long-term unemployed: on benefits in at least
    /// 80 % of the last 52 weeks. The boundary counts: 41.6 weeks is exactly 80 %; in whole weeks
    /// 42 of 52 (80.8 %) is long-term, 41 of 52 (78.8 %) is not.
    ///
    /// ## Hvorfor / Why it matters
    /// "I denne guide bliver langtidsledighed defineret som ledige, der har modtaget dagpenge
    /// eller kontanthjælp i 80 pct. af det seneste år" (seed 004). En langtidsledig har svært ved
    /// at få job – risikosporets målgruppe (seed 001). Indikatoren `long_term_unemployed` vejer
    /// 3, tærsklen, og er nok alene. / Long-term unemployment reaches the risk threshold on its own.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Tæl ugerne med ydelse i de seneste 52 uger (også før den aktuelle ledighedsperiode). /
    /// Count the weeks on benefits in the last 52, including earlier spells.
    pub struct LongTermUnemployed {
        code: "TR301",
        name: "long-term-unemployed",
        title: ("Langtidsledig", "Long-term unemployed"),
        kind: Supports,
        track: Some(Track::LongTermRisk),
        source: "seed 004 (definition: 80 % of the last year)",
        fires: r#"{"profile": {"benefit_weeks_last_52": 41.6}}"#,
        quiet: r#"{"profile": {"benefit_weeks_last_52": 41}}"#,
    }
}

impl LongTermUnemployed {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        if !ctx.facts.long_term {
            return None;
        }
        let nums = [
            ctx.profile.benefit_weeks_last_52?,
            ctx.facts.benefit_share? * 100.0,
            ctx.config.long_term_share * 100.0,
            ctx.config.weight(TrackIndicator::LongTermUnemployed),
        ];
        let [weeks, share, limit, w] = nums.map(fmt_num);
        let [weeks_da, share_da, limit_da, w_da] = nums.map(fmt_da);
        Some(Text::new(
            format!("Langtidsledig: {weeks_da} af de seneste 52 uger på ydelse ({share_da} %, grænse {limit_da} %). Risikopoint: {w_da}."),
            format!("Long-term unemployed: {weeks} of the last 52 weeks on benefits ({share} %, limit {limit} %). Risk points: {w}."),
        ))
    }
}
