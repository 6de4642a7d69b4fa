use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// Et punkt, hvis point er faldet fra én dato til den næste. Det er et samtaleemne, ikke en
    /// dom: faldet kan have en god grund (nye opgaver, en anden vurderer). / An item whose score
    /// fell from one date to the next. A prompt, not a verdict.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §6.2 (discus-laeringskatalog-matchning.txt:920–929): "Når borgeren påbegynder
    /// aktiviteterne, skal der være fokus på progression … Skemaet kan fremhæve udviklingen både
    /// for borgeren selv, for mentor eller kontaktperson på virksomheden samt for
    /// jobcentermedarbejderen." Et fald er værd at tale om, før det bliver til et mønster. / A
    /// fall is worth talking about before it becomes a pattern.
    ///
    /// ## Sådan retter du / How to fix it
    /// Tal med borgeren og virksomheden om, hvad der er sket siden sidst, og hvad der skal til –
    /// skriv det under "Særlige hensyn", hvis det er et hensyn. / Talk about what has happened
    /// since last time and what it takes.
    pub struct ScoreFell {
        code: "PC101",
        name: "score-fell",
        title: ("Point faldet siden sidst", "Score fell since last time"),
        severity: Info,
        source: "seed 002 §6.2 and appendix F (discus-laeringskatalog-matchning.txt:920–929)",
        fires: r#"{"card": {"evaluations": [{"date": "2026-03-06", "scores": {"attendance": 4}}, {"date": "2026-04-03", "scores": {"attendance": 3}}]}}"#,
        quiet: r#"{"card": {"evaluations": [{"date": "2026-03-06", "scores": {"attendance": 3}}, {"date": "2026-04-03", "scores": {"attendance": 3}}]}}"#,
    }
}

impl ScoreFell {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for it in ctx.items {
            for (k, c) in it.changes.iter().enumerate() {
                let Some(c) = c.filter(|c| *c < 0) else { continue };
                let (from, to) = (ctx.column(k), ctx.column(k + 1));
                let (a, b) = (it.scores[k].unwrap_or(0), it.scores[k + 1].unwrap_or(0));
                out.push(Self::META.finding(
                    format!("evaluations[{}].scores.{}", k + 1, it.id),
                    Text::new(
                        format!("{}: faldet fra {a} til {b} ({c}) fra {} til {}.", it.name.da, from.da, to.da),
                        format!("{}: fell from {a} to {b} ({c}) from {} to {}.", it.name.en, from.en, to.en),
                    ),
                    Text::new(
                        "Tal om, hvad der er sket siden sidst, og hvad der skal til – et fald er et samtaleemne, ikke en dom.",
                        "Talk about what has happened since last time and what it takes – a fall is a prompt, not a verdict.",
                    ),
                ));
            }
        }
    }
}
