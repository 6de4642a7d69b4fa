use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// Kun når værten har konfigureret en ugeplan for søgefokus (`search_focus`; ingen som
    /// standard): at `weeks_unemployed` har nået et senere trin, så søgningen bør flytte sig fra A
    /// mod B og C. Fundet er et råd med værtens andele. / Only with a host's weekly share schedule
    /// (none by default): that the weeks unemployed reached a later step – advice to move effort
    /// from A towards B and C.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (samtaleguide, opmærksomhedspunkter): "Udviklingen består i, at
    /// søgningsintensiteten i forhold til de tre områder skifter fra A mod C over tid". Seed'et
    /// giver ingen uger eller andele og flytter fokus pr. samtale ("ved næste møde sætter fokus på
    /// plan B", l. 2909–2912) – det siger resultatets `focus` altid; ugerne og andelene her er
    /// værtens egne. / The seed gives no weeks or shares; they are the host's.
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
        fires: r#"{"plan": {"weeks_unemployed": 20}, "config": {"search_focus": [{"from_week": 0, "A": 50, "B": 30, "C": 20}, {"from_week": 13, "A": 40, "B": 35, "C": 25}]}}"#,
        quiet: r#"{"plan": {"weeks_unemployed": 20}}"#,
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
