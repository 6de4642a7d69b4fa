use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række har indhold (funktioner, virksomheder, hvem, hvornår eller opkvalificering),
    /// men ingen stillingsbetegnelse (`occupation`). Helt tomme rækker springes over. / That a row
    /// has content but no job title. Blank rows are skipped.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (Min Plan): "Alle jobspor skal være konkret stillingsbetegnelser og begrundet
    /// ift. borgers kompetencer, interesser og arbejdsmarkedets behov". Uden en titel kan
    /// efterspørgslen ikke slås op, og rækken kan ikke sammenlignes med de andre. / Every track
    /// must be a concrete job title; without one, demand cannot be looked up.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv den stilling, funktionerne hører til, fx "Lagermedarbejder" – gerne den betegnelse,
    /// Jobnet bruger i "Jeg søger job som". / Write the job title the functions belong to.
    pub struct RowWithoutTitle {
        code: "AB101",
        name: "row-without-title",
        title: ("Rækken har ingen stillingsbetegnelse", "The row has no job title"),
        severity: Warning,
        source: "seed 003 §5.2 Min Plan; seed 004, ABC-jobplan (skemaet)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "functions": ["Layout af tryksager"]}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "functions": ["Layout af tryksager"]}]}}"#,
    }
}

impl RowWithoutTitle {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for r in ctx.filled_rows().filter(|r| !r.titled) {
            let n = r.i + 1;
            out.push(RowWithoutTitle::META.finding(
                r.path("occupation"),
                Text::new(format!("Række {n} har ingen stillingsbetegnelse."), format!("Row {n} has no job title.")),
                Text::new(
                    "Skriv den stilling, funktionerne hører til, fx »Lagermedarbejder« – gerne som i Jobnets »Jeg søger job som«.",
                    "Write the job title the functions belong to, e.g. \"Lagermedarbejder\" – preferably as in Jobnet's \"Jeg søger job som\".",
                ),
            ));
        }
    }
}
