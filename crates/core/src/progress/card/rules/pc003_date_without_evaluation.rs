use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en kolonne med en dato også har point. / That a dated column has scores.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 appendix F (discus-laeringskatalog-matchning.txt:1977–1981): datoen står sammen
    /// med "Vurderingen udført af" og "Samlet antal point". En dato uden point er en opfølgning,
    /// der ikke blev til en vurdering – eller en kolonne, der er gjort klar for tidligt. / A date
    /// without scores is a follow-up that did not become an evaluation.
    ///
    /// ## Sådan retter du / How to fix it
    /// Giv point for punkterne på datoen – eller fjern datoen, hvis vurderingen ikke er sket
    /// endnu. / Score the items, or remove the date if the evaluation has not happened yet.
    pub struct DateWithoutEvaluation {
        code: "PC003",
        name: "date-without-evaluation",
        title: ("Dato uden vurdering", "A date without an evaluation"),
        severity: Info,
        source: "seed 002 appendix F, Progressionskort (discus-laeringskatalog-matchning.txt:1977–1981)",
        fires: r#"{"card": {"evaluations": [{"date": "2026-03-06"}]}}"#,
        quiet: r#"{"card": {"evaluations": [{"date": "2026-03-06", "scores": {"attendance": 3}}]}}"#,
    }
}

impl DateWithoutEvaluation {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, e) in ctx.card.evaluations.iter().enumerate() {
            if e.scores.is_empty() && ctx.date(i).is_some() {
                let c = ctx.column(i);
                out.push(Self::META.finding(
                    format!("evaluations[{i}].scores"),
                    Text::new(format!("Der er ingen point i {}.", c.da), format!("There are no scores in {}.", c.en)),
                    Text::new(
                        "Giv point for punkterne – eller fjern datoen, hvis vurderingen ikke er sket endnu.",
                        "Score the items – or remove the date if the evaluation has not happened yet.",
                    ),
                ));
            }
        }
    }
}
