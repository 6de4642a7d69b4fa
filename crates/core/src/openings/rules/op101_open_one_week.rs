use super::Ctx;
use crate::openings::Ageing;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en åben plads (en åbning med pladser, der ikke er besat) ikke har ligget for længe:
    /// gul fra `yellow_weeks` (standard 1 uge = 7 dage) til `red_weeks`. / yellow from `yellow_weeks` (default 1 week = 7 days) up to `red_weeks`.
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
    pub struct OpenOneWeek {
        code: "OP101",
        name: "open-one-week",
        title: ("Åbningen er over 1 uge gammel", "The opening is over a week old"),
        severity: Info,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4101–4103)",
        fires: r#"{"list": {"items": [{"date": "2026-04-28", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "job_function": "Lagermedarbejder", "places": 2, "places_filled": 1}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-04-30", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "job_function": "Lagermedarbejder", "places": 2, "places_filled": 1}]}}"#,
    }
}

impl OpenOneWeek {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::aged(ctx, out, &Self::META, Ageing::Yellow);
    }
}
