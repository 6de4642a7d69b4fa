use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kontaktens dato ikke ligger efter i dag. / That the contact's date is not after today.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4101–4102): kontakter "registreres med
    /// det samme" – datoen er kontaktens dag, og aldringen (gul, rød) regnes fra den. En dato i
    /// fremtiden holder en åbning grøn for længe. / A future date keeps an item fresh too long.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv den dag, kontakten fandt sted. / Write the day of the contact.
    pub struct DateInFuture {
        code: "OP005",
        name: "date-in-future",
        title: ("Datoen ligger i fremtiden", "The date is in the future"),
        severity: Warning,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4101–4103)",
        fires: r#"{"list": {"items": [{"date": "2026-05-07", "company": "Lager A/S", "company_type": "Transport", "result": "no_opening"}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-05-06", "company": "Lager A/S", "company_type": "Transport", "result": "no_opening"}]}}"#,
    }
}

impl DateInFuture {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let Some(today) = ctx.today else { return };
        super::per_item(ctx, out, &Self::META, "date", |_, c| {
            c.date().filter(|d| *d > today).map(|d| {
                ((format!("datoen {d} ligger efter i dag ({today})."), format!("the date {d} is after today ({today}).")), ("Skriv den dag, kontakten fandt sted.", "Write the day of the contact."))
            })
        });
    }
}
