use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en kolonne med point også har en dato. / That a column with scores has a date.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 appendix F (discus-laeringskatalog-matchning.txt:1677, 1977): hver
    /// pointkolonne har "Dato:", og kortet er til at se udviklingen over tid (:920–929:
    /// "fokus på progression … progressionsskemaet kan bruges til at vurdere, hvornår den
    /// aktivitetsparate er parat"). Point uden dato kan ikke sættes i rækkefølge. / Scores
    /// without a date cannot be put in order.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv datoen for vurderingen i kolonnen (`evaluations[i].date`). / Fill in the date of
    /// the evaluation.
    pub struct ScoreWithoutDate {
        code: "PC002",
        name: "score-without-date",
        title: ("Point uden dato", "Scores without a date"),
        severity: Warning,
        source: "seed 002 appendix F, Progressionskort (discus-laeringskatalog-matchning.txt:1677)",
        fires: r#"{"card": {"evaluations": [{"scores": {"attendance": 3}}]}}"#,
        quiet: r#"{"card": {"evaluations": [{"date": "2026-03-06", "scores": {"attendance": 3}}]}}"#,
    }
}

impl ScoreWithoutDate {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, e) in ctx.card.evaluations.iter().enumerate() {
            if !e.scores.is_empty() && ctx.date(i).is_none() {
                out.push(Self::META.finding(
                    format!("evaluations[{i}].date"),
                    Text::new(
                        format!("Kolonne {} har {} point, men ingen dato.", i + 1, e.scores.len()),
                        format!("Column {} has {} scores but no date.", i + 1, e.scores.len()),
                    ),
                    Text::new("Skriv datoen for vurderingen i kolonnen.", "Fill in the date of the evaluation."),
                ));
            }
        }
    }
}
