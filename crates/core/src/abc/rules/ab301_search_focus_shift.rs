use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At `weeks_unemployed` har nået et senere trin i konfigurationens `search_focus` (standard
    /// fra uge 13): søgningen bør flytte sig fra A mod B og C. Fundet er et råd med de foreslåede
    /// andele; resultatets `search_focus` har dem altid, når ugerne er kendt. / That the weeks
    /// unemployed reached a later step of the search-focus table (default from week 13): advice
    /// to move effort from A towards B and C.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (samtaleguide, opmærksomhedspunkter): "Udviklingen består i, at
    /// søgningsintensiteten i forhold til de tre områder skifter fra A mod C over tid", og "Hvis
    /// den ledige ikke efter en fastsat periode har haft held med sin jobsøgning af ønskejobs, må
    /// fokus rettes mod plan B". Planen er stadig at søge A, B og C samtidig ("ikke … et flow").
    /// Ugegrænserne og andelene er Jobspors standard (seed'et giver ingen tal); 39 uger er seed
    /// 004's punkt, hvor de fleste jobparate er selvforsørgende. / Search intensity shifts from A
    /// towards C over time; the weeks and shares are Jobspor's defaults.
    ///
    /// ## Sådan retter du / How to fix it
    /// Brug mere af jobsøgningen på B og C, og aftal ved næste samtale, hvornår fokus skifter
    /// igen. / Spend more of the search on B and C and agree when the focus shifts next.
    pub struct SearchFocusShift {
        code: "AB301",
        name: "search-focus-shift",
        title: ("Fokus flytter fra A mod B og C", "Focus moves from A towards B and C"),
        severity: Info,
        source: "seed 004, samtaleguide (opmærksomhedspunkter) og ABC-jobplanens logik",
        fires: r#"{"plan": {"weeks_unemployed": 20}}"#,
        quiet: r#"{"plan": {"weeks_unemployed": 8}}"#,
    }
}

impl SearchFocusShift {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let Some(focus) = ctx.focus.as_ref().filter(|f| f.shifted) else { return };
        out.push(SearchFocusShift::META.finding(
            "weeks_unemployed",
            focus.message.clone(),
            Text::new(
                "Brug mere af tiden på B og C – men søg stadig alle tre sideløbende – og aftal ved næste samtale, hvornår fokus skifter igen.",
                "Spend more of the time on B and C – still searching all three side by side – and agree at the next meeting when the focus shifts next.",
            ),
        ));
    }
}
