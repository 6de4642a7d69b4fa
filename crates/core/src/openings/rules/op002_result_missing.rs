use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver kontakt har et resultat: ingen åbning, ordinær åbning eller praktikplads. / That
    /// every contact has a result: no opening, ordinary opening or work placement.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4115–4118): "Resultatet af kontakten
    /// (ingen åbning, ordinær åbning, praktikplads)". Uden resultat tæller kontakten hverken som
    /// åbning eller som kontakt uden åbning. / Without it the contact counts nowhere.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg resultatet af kontakten. / Choose the contact's result.
    pub struct ResultMissing {
        code: "OP002",
        name: "result-missing",
        title: ("Kontakten har intet resultat", "The contact has no result"),
        severity: Warning,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4115–4118)",
        fires: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport"}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport", "result": "no_opening"}]}}"#,
    }
}

impl ResultMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::per_item(ctx, out, &Self::META, "result", |_, c| {
            c.result.is_none().then(|| {
                (("intet resultat af kontakten.".into(), "no result of the contact.".into()), ("Vælg ingen åbning, ordinær åbning eller praktikplads.", "Choose no opening, ordinary opening or work placement."))
            })
        });
    }
}
