use super::Ctx;
use crate::track::indicators::{fmt_da, fmt_num, TrackIndicator};
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At den aktuelle ledighed har varet mindst `self_support_weeks` uger (standard 39), *og* at
    /// værten har givet indikatoren `many_weeks_unemployed` en vægt over 0. Som standard fyrer
    /// reglen ikke. / That the spell has lasted at least 39 weeks and the host gave the
    /// indicator a weight; by default it does not fire.
    ///
    /// ## Hvorfor / Why it matters
    /// "Som det fremgår af overlevelseskurven, opnår langt hovedparten selvforsørgelse inden der
    /// er gået 39 uger" (seed 004 l. 736–738). Det er et tal om en population: ressourceberegneren
    /// bruger "andelen af borgere, der er tilbage i overlevelseskurven efter 39 uger" til at
    /// dimensionere den intensiverede indsats (l. 4431–4432) – ikke et individuelt risikotegn.
    /// Derfor er standardvægten 0. / A population figure (it sizes the intensive effort), not an
    /// individual indicator: default weight 0.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Vil kommunen alligevel bruge ledighedens længde som risikotegn, så giv den en vægt i
    /// `weights`. / A host that wants it as an indicator gives it a weight.
    pub struct ManyWeeksUnemployed {
        code: "TR302",
        name: "many-weeks-unemployed",
        title: ("Mange ugers ledighed", "Many weeks unemployed"),
        kind: Supports,
        track: Some(Track::LongTermRisk),
        source: "seed 004 l. 736–738, 4432",
        fires: r#"{"profile": {"weeks_unemployed": 39}, "config": {"weights": {"many_weeks_unemployed": 2}}}"#,
        quiet: r#"{"profile": {"weeks_unemployed": 38}}"#,
    }
}

impl ManyWeeksUnemployed {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        if !ctx.facts.many_weeks || ctx.config.weight(TrackIndicator::ManyWeeksUnemployed) <= 0.0 {
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
