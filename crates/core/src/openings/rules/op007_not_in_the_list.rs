use super::Ctx;
use crate::rules::Finding;


crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At virksomhedstypen og jobfunktionen står på værtens lister (`company_types`,
    /// `job_functions`), når der er lister (store og små bogstaver er lige). / That the company
    /// type and job function are on the host's lists, when there are lists (case aside).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4113–4121): virksomhedstype og
    /// jobfunktion "vælges fra bruttoliste" – kun ens stavede værdier kan samles i statistikken
    /// over brancher og jobfunktioner. / Only values spelt the same add up in the statistics.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg værdien fra listen – eller tilføj den til listen, hvis den mangler. / Choose the value
    /// from the list, or add it to the list.
    pub struct NotInTheList {
        code: "OP007",
        name: "not-in-the-list",
        title: ("Ikke på listen", "Not on the list"),
        severity: Info,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4113–4121)",
        fires: r#"{"config": {"company_types": ["Transport og logistik"]}, "list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport", "result": "no_opening"}]}}"#,
        quiet: r#"{"config": {"company_types": ["Transport og logistik"]}, "list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "transport og logistik", "result": "no_opening"}]}}"#,
    }
}

/// (field, the host's list, the contact's value, its name in Danish and English).
type Field<'a> = (&'a str, &'a [String], fn(&super::super::Contact) -> &str, (&'a str, &'a str));

impl NotInTheList {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let fields: [Field; 2] = [
            ("company_type", &ctx.config.company_types, |c| &c.company_type, ("virksomhedstypen", "the company type")),
            ("job_function", &ctx.config.job_functions, |c| &c.job_function, ("jobfunktionen", "the job function")),
        ];
        for (field, list, get, (da, en)) in fields {
            if list.is_empty() {
                continue;
            }
            let known: std::collections::HashSet<String> = list.iter().map(|l| l.trim().to_lowercase()).collect();
            super::per_item(ctx, out, &Self::META, field, |_, c| {
                let v = get(c).trim();
                let on = known.contains(&v.to_lowercase());
                let q = crate::text::quote(v);
                (!v.is_empty() && !on).then(|| {
                    (
                        (format!("{da} »{q}« står ikke på listen."), format!("{en} \"{q}\" is not on the list.")),
                        ("Vælg værdien fra listen – eller tilføj den til listen.", "Choose the value from the list – or add it to the list."),
                    )
                })
            });
        }
    }
}
