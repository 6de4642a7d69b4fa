use super::{none_filled, per_titled_row, Ctx};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række med en stillingsbetegnelse ikke har nogen jobfunktioner (`functions`). / That
    /// a row with a job title has no job functions.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (ABC-jobplan): "ABC-jobplanen findes i skemaform, hvori de tre nævnte
    /// jobkategorier foldes ud som funktionsbeskrivelser frem for som stillinger", og
    /// jobcentermedarbejderen hjælper "borgeren med at trække funktioner ud fra CV'et". Seed 003
    /// §5.1 trin 5: funktionerne viser, "inden for hvilke andre brancher eller
    /// stillingsbetegnelser disse jobfunktioner findes, hvormed jobsøgningsperspektivet udvides". /
    /// Functions rather than titles: they show where else the same work is done.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv 2–3 funktioner, du vil bruge i jobbet – hent dem fra dine tidligere job i CV'et. /
    /// Write 2–3 functions, taken from earlier jobs in the CV.
    pub struct RowWithoutFunctions {
        code: "AB102",
        name: "row-without-functions",
        title: ("Ingen jobfunktioner", "No job functions"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (funktionsbeskrivelser); seed 003 §5.1 trin 5",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "functions": []}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "functions": ["Layout af tryksager", "Billedbehandling"]}]}}"#,
    }
}

impl RowWithoutFunctions {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        per_titled_row(ctx, out, &RowWithoutFunctions::META, "functions", |r| {
            let name = r.name();
            none_filled(&r.row.functions).then(|| {
                (
                    Text::new(format!("Der står ingen jobfunktioner ved {}.", name.da), format!("There are no job functions for {}.", name.en)),
                    Text::new(
                        "Skriv 2–3 funktioner, du vil bruge i jobbet, fx »Layout af tryksager« – hent dem fra dine tidligere job. De samme funktioner findes ofte i andre stillinger og gør søgningen bredere.",
                        "Write 2–3 functions you will use in the job, e.g. \"Layout af tryksager\" – take them from your earlier jobs. The same functions are often found in other jobs and widen the search.",
                    ),
                )
            })
        });
    }
}
