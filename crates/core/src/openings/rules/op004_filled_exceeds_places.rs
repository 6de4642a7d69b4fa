use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At antal besatte pladser ikke er større end antal pladser. / That places filled are not
    /// more than places.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4123–4125): "Antal pladser", "Antal
    /// besatte pladser". Flere besatte end pladser er en tastefejl, der skævvrider statistikken.
    /// / More filled than places is a typing error that skews the statistics.
    ///
    /// ## Sådan retter du / How to fix it
    /// Ret antal pladser eller antal besatte. / Correct the places or the places filled.
    pub struct FilledExceedsPlaces {
        code: "OP004",
        name: "filled-exceeds-places",
        title: ("Flere besatte end pladser", "More places filled than places"),
        severity: Warning,
        source: "seed 004, Brancheredskab (marselisborg-langtidsledighed-guide.txt:4123–4125)",
        fires: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "job_function": "Lagermedarbejder", "places": 2, "places_filled": 3}]}}"#,
        quiet: r#"{"list": {"items": [{"date": "2026-05-04", "company": "Lager A/S", "company_type": "Transport", "result": "ordinary_opening", "job_function": "Lagermedarbejder", "places": 3, "places_filled": 3}]}}"#,
    }
}

impl FilledExceedsPlaces {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::per_item(ctx, out, &Self::META, "places_filled", |_, c| {
            let (filled, places) = (c.places_filled.unwrap_or(0), c.places_or_one());
            (c.places_filled.is_some() && filled > places).then(|| {
                (
                    (format!("{filled} besatte pladser, men kun {places} pladser."), format!("{filled} places filled but only {places} places.")),
                    ("Ret antal pladser eller antal besatte pladser.", "Correct the places or the places filled."),
                )
            })
        });
    }
}
