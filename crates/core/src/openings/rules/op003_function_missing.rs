use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en åbning (ordinær eller praktikplads) har en jobfunktion. / That an opening has a job
    /// function.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4120–4121, 4133–4135): jobfunktionen
    /// vælges fra bruttolisten, og faneblad 2 viser de aktuelle pladser pr. jobfunktion – det er
    /// dem, sagsbehandlerne vejleder borgerne ud fra. / The charts and the advice go by function.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg jobfunktionen fra listen. / Choose the job function from the list.
    pub struct FunctionMissing {
        code: "OP003",
        name: "function-missing",
        title: ("Åbningen har ingen jobfunktion", "The opening has no job function"),
        severity: Warning,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4120–4135)",
        fires: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "places": 1}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "job_function": "Lagermedarbejder", "places": 1}]}}"#,
    }
}

impl FunctionMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::per_item(ctx, out, &Self::META, "job_function", |_, c| {
            (c.result.is_some_and(super::super::ContactResult::is_opening) && !crate::text::filled(&c.job_function)).then(|| {
                (("åbningen har ingen jobfunktion.".into(), "the opening has no job function.".into()), ("Vælg jobfunktionen fra listen.", "Choose the job function from the list."))
            })
        });
    }
}
