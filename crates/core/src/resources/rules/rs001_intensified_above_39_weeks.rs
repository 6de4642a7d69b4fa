use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At andelen med intensiveret indsats ikke er meget større end andelen, der stadig er ledige
    /// efter 39 uger (mere end `capacity_tolerance`, standard 5 procentpoint – Jobspors tal). /
    /// That the intensified share is not much more than the share still unemployed after 39 weeks
    /// (more than `capacity_tolerance`, default 5 points – Jobspor's figure).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:519–523): "Andelen af borgere, med behov
    /// for en intensiveret indsats, må som tommelfingerregel ikke udgøre meget mere end den andel,
    /// der i forhold til overlevelseskurven, stadig er i ledighed efter 39 uger." Det er et
    /// teamtal, ikke et risikopunkt for den enkelte borger. / A team figure, not an individual's risk.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skærp screeningen, så den udpeger præcis de borgere, indsatsen skal intensiveres for – eller
    /// begrund den større andel. / Sharpen the screening, or justify the larger share.
    pub struct IntensifiedAbove39Weeks {
        code: "RS001",
        name: "intensified-share-too-large",
        title: ("Flere i intensiveret indsats end ledige efter 39 uger", "More intensified than unemployed after 39 weeks"),
        severity: Warning,
        source: "seed 004, Kapacitetsudnyttelse (marselisborg-langtidsledighed-guide.txt:510–525)",
        fires: r#"{"input": {"intensified": 0.5, "still_unemployed_39_weeks": 0.3}}"#,
        quiet: r#"{"input": {"intensified": 0.34, "still_unemployed_39_weeks": 0.3}}"#,
    }
}

impl IntensifiedAbove39Weeks {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let c = &ctx.result.capacity;
        if c.status == super::super::CapacityStatus::Above {
            out.push(Self::META.finding(
                "intensified",
                c.message.clone(),
                Text::new(
                    "Skærp screeningen, så den udpeger præcis de borgere, indsatsen skal intensiveres for – eller begrund den større andel.",
                    "Sharpen the screening so it picks out exactly the citizens the effort is intensified for – or justify the larger share.",
                ),
            ));
        }
    }
}
