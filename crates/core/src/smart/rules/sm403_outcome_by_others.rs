use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Resultater, andre afgør, som det borgeren skal: "få et job", "blive ansat", "få en
    /// jobsamtale", "blive kaldt til samtale". En aftale med kun sådan et resultat mangler; med en
    /// egen handling ved siden af er den delvist realistisk. I et jobmål er kun mellemstationer
    /// ("få en jobsamtale") et problem (delvist). I en begrundelse ("…, så du får et job") tæller de
    /// ikke. / Outcomes others decide: missing in an agreement with no own action, partly next to one;
    /// in a goal only intermediate steps count (partly); in a reason they don't count.
    ///
    /// ## Hvorfor / Why it matters
    /// "Sørg for at målet er indenfor borgerens kontrolcirkel (noget de selv kan påvirke)" (seed 003
    /// §3.3); "kun at lave aftaler indenfor borgers kontrolcirkel" (§5.3). Whether you are called to an
    /// interview is the employer's decision.
    ///
    /// ## Sådan retter du / How to fix
    /// Aftal det, der fører til resultatet: "Du søger 3 stillinger som …", ikke "Du får en
    /// jobsamtale". / Agree on what leads to the result.
    pub struct OutcomeByOthers {
        code: "SM403",
        name: "outcome-by-others",
        title: ("Resultat uden for kontrolcirklen", "Outcome outside the circle of control"),
        criterion: Realistic,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3, §5.3",
        quiet: "Du søger 5 stillinger som kok inden 1. juni, så du får et job inden sommer",
        fires: "Du får en jobsamtale hos Netto i løbet af maj.",
    }
}

impl OutcomeByOthers {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let main: Vec<_> = a.outcomes.iter().filter(|o| !o.f.aside).collect();
        let relevant: Vec<_> = match a.kind {
            Kind::Agreement => main,
            Kind::Goal => main.into_iter().filter(|o| o.intermediate).collect(),
        };
        let first = relevant.first()?;
        let q = a.quote(first.f.span);
        let verdict = match a.kind {
            Kind::Agreement if a.main_actions().next().is_none() => Missing,
            _ => Partly,
        };
        let sug = match first_title(a) {
            Some(t) => Text::new(
                format!("Aftal det, du selv gør for at nå det: fx \"Du søger 3 stillinger som {t} om ugen\"."),
                format!("Agree on what you do to get there: e.g. \"Du søger 3 stillinger som {t} om ugen\" (apply for 3 {t} jobs a week)."),
            ),
            None => Text::new(
                "Aftal det, du selv gør for at nå det: fx \"Du søger 3 stillinger om ugen og ringer til 2 virksomheder\".",
                "Agree on what you do to get there: e.g. \"Du søger 3 stillinger om ugen og ringer til 2 virksomheder\" (apply for 3 jobs a week and call 2 employers).",
            ),
        };
        Some(
            Outcome::new(
                verdict,
                Text::new(
                    format!("\"{q}\" afgør andre (arbejdsgiveren), ikke dig: det ligger uden for din kontrolcirkel."),
                    format!("\"{q}\" is decided by others (the employer), not you: outside your circle of control."),
                ),
                sug,
            )
            .with(relevant.iter().map(|o| (o.f.span, "outcome"))),
        )
    }
}
