use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række har indhold (virksomheder, hvem, hvornår eller opkvalificering), men hverken
    /// en stillingsbetegnelse (`occupation`) eller jobfunktioner (`functions`). Funktioner uden
    /// titel er rigtigt og intet fund. Helt tomme rækker springes over. / That a row has content
    /// but neither a job title nor job functions; functions without a title are fine.
    ///
    /// ## Hvorfor / Why it matters
    /// Skemaets kolonne hedder "Stillingsbetegnelse/ jobfunktioner", og jobkategorierne "foldes ud
    /// som funktionsbeskrivelser frem for som stillinger" (seed 004,
    /// marselisborg-langtidsledighed-guide.txt l. 2610–2611, 2631). Seed 003 §5.2 beder om
    /// konkrete stillingsbetegnelser i Min Plan; en titel hjælper også opslaget af
    /// efterspørgslen – men i ABC-planen er funktionerne nok. / The form's column is "job title/
    /// job functions" and the plan is unfolded as functions rather than jobs: either is enough.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv de funktioner, rækken handler om, eller den stilling, de hører til, fx
    /// "Lagermedarbejder". / Write the row's functions or the job title they belong to.
    pub struct RowWithoutTitle {
        code: "AB101",
        name: "row-without-title",
        title: ("Rækken har hverken stillingsbetegnelse eller jobfunktioner", "The row has neither a job title nor job functions"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (skemaet: Stillingsbetegnelse/ jobfunktioner; funktionsbeskrivelser frem for stillinger)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "companies": ["Trykkerier"]}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "functions": ["Layout af tryksager"]}]}}"#,
    }
}

impl RowWithoutTitle {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for r in ctx.filled_rows().filter(|r| !r.titled && !r.row.functions.iter().any(|f| crate::text::filled(f))) {
            let n = r.i + 1;
            out.push(RowWithoutTitle::META.finding(
                r.path("occupation"),
                Text::new(format!("Række {n} har hverken stillingsbetegnelse eller jobfunktioner."), format!("Row {n} has neither a job title nor job functions.")),
                Text::new(
                    "Skriv de funktioner, rækken handler om, eller stillingen, fx »Lagermedarbejder«.",
                    "Write the row's functions or the job title, e.g. \"Lagermedarbejder\".",
                ),
            ));
        }
    }
}
