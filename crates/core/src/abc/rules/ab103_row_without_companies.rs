use super::{none_filled, per_titled_row, Ctx};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række med en stillingsbetegnelse ikke nævner virksomheder eller virksomhedstyper
    /// (`companies`). / That a row with a job title names no companies or company types.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (ABC-jobplan): "Endvidere findes et felt, hvori borger og sagsbehandler kan
    /// notere de virksomheder og virksomhedstyper, borgeren kan søge job indenfor", og "Fra
    /// samtale til samtale aftales det … Hvilke brancher og virksomheder skal udsøges". Seed 003
    /// §5.1 trin 8: "Hvilke virksomheder skal kontaktes først". / The plan names the companies to
    /// search; a job search aimed at companies works better for people at risk.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv konkrete virksomheder eller typer af virksomheder, fx "Reklamebureauer i Aalborg". /
    /// Write concrete companies or kinds of companies.
    pub struct RowWithoutCompanies {
        code: "AB103",
        name: "row-without-companies",
        title: ("Ingen virksomheder eller virksomhedstyper", "No companies or company types"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (virksomheder/virksomhedstyper); seed 003 §5.1 trin 8",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "companies": [" "]}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "companies": ["Reklamebureauer i Aalborg"]}]}}"#,
    }
}

impl RowWithoutCompanies {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        per_titled_row(ctx, out, &RowWithoutCompanies::META, "companies", |r| {
            let name = r.name();
            none_filled(&r.row.companies).then(|| {
                (
                    Text::new(
                        format!("Der står ingen virksomheder eller virksomhedstyper ved {}.", name.da),
                        format!("There are no companies or company types for {}.", name.en),
                    ),
                    Text::new(
                        "Skriv hvilke virksomheder eller typer af virksomheder du vil søge hos, fx »Reklamebureauer i Aalborg«.",
                        "Write which companies or kinds of companies you will apply to, e.g. \"Reklamebureauer i Aalborg\".",
                    ),
                )
            })
        });
    }
}
