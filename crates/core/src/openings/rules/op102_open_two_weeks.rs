use super::Ctx;
use crate::openings::Ageing;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en åben plads (en åbning med pladser, der ikke er besat) ikke har ligget for længe:
    /// rød fra `red_weeks` (standard 2 uger = 14 dage). / red from `red_weeks` (default 2 weeks = 14 days).
    /// Besatte pladser forlader listen og ældes ikke. / Filled items leave the list and do not age.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4101–4103): åbninger "ligger synlige,
    /// indtil de er besat. Hvis de har ligget for længe, bliver de først gule (efter 1 uge) og
    /// herefter røde (efter 2 uger)." / Open items turn yellow after 1 week, red after 2.
    ///
    /// ## Sådan retter du / How to fix it
    /// Følg op hos virksomheden: find kandidater, eller registrér pladserne som besat. / Follow up
    /// with the company: find candidates, or register the places as filled.
    pub struct OpenTwoWeeks {
        code: "OP102",
        name: "open-two-weeks",
        title: ("Åbningen er over 2 uger gammel", "The opening is over two weeks old"),
        severity: Warning,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4101–4103)",
        fires: r#"{"list": {"items": [{"date": "2026-04-21", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "job_function": "Lagermedarbejder", "places": 2, "places_filled": 1}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-04-23", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "job_function": "Lagermedarbejder", "places": 2, "places_filled": 1}]}}"#,
    }
}

impl OpenTwoWeeks {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::aged(ctx, out, &Self::META, Ageing::Red);
    }
}
