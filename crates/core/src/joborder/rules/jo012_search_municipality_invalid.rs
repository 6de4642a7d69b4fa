use super::Ctx;
use crate::joborder::search::municipality_code;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver kommune i `location.search_municipalities` er en kommunekode: tre cifre fra 101 til
    /// 999 (et foranstillet 0 ignoreres, "0813" = "813"). / That every searched municipality is a
    /// municipality code.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet søger på "Bopælskommune" (seed 002 §2.1). En kode, der ikke findes, giver en søgning
    /// uden kandidater fra den kommune. / An unknown code finds nobody from it.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv kommunekoden, fx "813" for Frederikshavn, eller fjern begrænsningen. / Write the code,
    /// e.g. "813", or remove the limit.
    pub struct SearchMunicipalityInvalid {
        code: "JO012",
        name: "search-municipality-invalid",
        title: ("Ugyldig kommunekode i søgningen", "Invalid municipality code in the search"),
        severity: Error,
        source: "seed 002 §2.1 (Bopælskommune)",
        fires: r#"{"location": {"search_municipalities": ["813", "Frederikshavn"]}}"#,
        quiet: r#"{"location": {"search_municipalities": ["813", "0851"]}}"#,
    }
}

impl SearchMunicipalityInvalid {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, c) in ctx.order.location.search_municipalities.iter().enumerate() {
            if municipality_code(c).is_none() {
                let q = crate::text::quote(c);
                out.push(Self::META.finding(
                    format!("location.search_municipalities[{i}]"),
                    Text::new(format!("\"{q}\" er ikke en kommunekode."), format!("\"{q}\" is not a municipality code.")),
                    Text::new("Skriv kommunekoden med tre cifre, fx \"813\" for Frederikshavn.", "Write the three-digit municipality code, e.g. \"813\" for Frederikshavn."),
                ));
            }
        }
    }
}
