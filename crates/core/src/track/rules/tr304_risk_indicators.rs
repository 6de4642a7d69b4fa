use super::Ctx;
use crate::track::indicators::{fmt_da, fmt_num, TrackIndicator};
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// De risikotegn, du har vurderet i `indicators` (Mploys liste, seed 004): udsat målgruppe,
    /// ustabil tilknytning, kort eller ingen erhvervserfaring, begrænset mobilitet, begrænset
    /// vilje til at skifte branche, kan ikke se egne kompetencer brugt andre steder, intet aktivt
    /// netværk, for få eller snævre ansøgninger, personlige problemer, adfærd. Reglen fyrer, når
    /// mindst ét er markeret. / The risk indicators you assessed; fires when at least one is ticked.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 bruger Mploys karakteristika til at spotte borgere i risiko for langtidsledighed
    /// allerede ved første samtale. Listen nævner også "anden etnisk baggrund end dansk"; den
    /// bruges ikke (forskelsbehandling; GDPR art. 22 om profilering). Hvert tegn vejer 1. /
    /// Mploy's markers, without ethnicity (never an input). Weight 1 each.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Markér kun det, du har talt med borgeren om. Tegnene er samtaleemner, ikke en dom:
    /// "Arketyperne supplerer den faglige vurdering" (seed 004). / Tick only what you discussed.
    pub struct RiskIndicators {
        code: "TR304",
        name: "risk-indicators",
        title: ("Risikotegn", "Risk indicators"),
        kind: Supports,
        track: Some(Track::LongTermRisk),
        source: "seed 004 (Mploy's characteristics)",
        fires: r#"{"profile": {"indicators": {"no_network": true}}}"#,
        quiet: r#"{"profile": {"indicators": null}}"#,
    }
}

impl RiskIndicators {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let ticked: Vec<TrackIndicator> =
            ctx.facts.present.iter().copied().filter(|i| TrackIndicator::ASSESSED.contains(i)).collect();
        if ticked.is_empty() {
            return None;
        }
        let sum: f64 = ticked.iter().map(|i| ctx.config.weight(*i)).sum();
        let (points_da, points) = (fmt_da(sum), fmt_num(sum));
        let labels: Vec<Text> = ticked.iter().map(|i| i.label(ctx.config)).collect();
        let join = |en: bool| labels.iter().map(|t| if en { t.en.as_str() } else { t.da.as_str() }).collect::<Vec<_>>().join("; ");
        let n = ticked.len();
        Some(Text::new(
            format!("{n} risikotegn fra Mploy-listen: {}. Risikopoint: {points_da}.", join(false)),
            format!("{n} risk indicator{} from Mploy's list: {}. Risk points: {points}.", if n == 1 { "" } else { "s" }, join(true)),
        ))
    }
}
