use super::Ctx;
use crate::track::indicators::{fmt_da, fmt_num, TrackIndicator};
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At den aktuelle ledighed har varet mindst `self_support_weeks` uger (standard 39):
    /// `weeks_unemployed ≥ 39`. / That the current spell has lasted at least 39 weeks.
    ///
    /// ## Hvorfor / Why it matters
    /// "Som det fremgår af overlevelseskurven, opnår langt hovedparten selvforsørgelse inden der
    /// er gået 39 uger" (seed 004). Den, der stadig er ledig efter 39 uger, hører til dem, der har
    /// svært ved at få job. Indikatoren `many_weeks_unemployed` vejer 2. / Most job-ready people
    /// are self-supporting before 39 weeks; still unemployed after that is a risk sign (weight 2).
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Brug ledighedens længde sammen med de andre risikotegn; alene når den ikke tærsklen. /
    /// Weigh it with the other indicators; alone it does not reach the threshold.
    pub struct ManyWeeksUnemployed {
        code: "TR302",
        name: "many-weeks-unemployed",
        title: ("Mange ugers ledighed", "Many weeks unemployed"),
        kind: Supports,
        track: Some(Track::LongTermRisk),
        source: "seed 004 (survival curve: 39 weeks)",
        fires: r#"{"profile": {"weeks_unemployed": 39}}"#,
        quiet: r#"{"profile": {"weeks_unemployed": 38}}"#,
    }
}

impl ManyWeeksUnemployed {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        if !ctx.facts.many_weeks {
            return None;
        }
        let nums = [ctx.profile.weeks_unemployed?, ctx.config.self_support_weeks, ctx.config.weight(TrackIndicator::ManyWeeksUnemployed)];
        let [weeks, limit, w] = nums.map(fmt_num);
        let [weeks_da, limit_da, w_da] = nums.map(fmt_da);
        Some(Text::new(
            format!("Ledig i {weeks_da} uger: de fleste jobparate er selvforsørgende inden {limit_da} uger. Risikopoint: {w_da}."),
            format!("Unemployed for {weeks} weeks: most job-ready people are self-supporting within {limit} weeks. Risk points: {w}."),
        ))
    }
}
