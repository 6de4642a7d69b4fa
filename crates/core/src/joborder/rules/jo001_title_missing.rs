use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At jobordren har en stillingsbetegnelse (`title`). / That the job order has a job title.
    ///
    /// ## Hvorfor / Why it matters
    /// Stillingsbetegnelsen står først i seed 002 §4.1's liste over, hvad en jobordre "som minimum"
    /// skal indeholde, og Jobnet udsøger på "Erhverv/Stilling (eks. bygningsmaler)" (seed 002 §2.1).
    /// Uden den er der intet at søge på. / The title is the first item of the minimum (seed 002
    /// §4.1), and Jobnet searches by occupation (§2.1): without it there is nothing to search on.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv stillingen, som den hedder på Jobnet, fx "Lagermedarbejder". / Write the occupation as
    /// Jobnet names it, e.g. "Lagermedarbejder".
    pub struct TitleMissing {
        code: "JO001",
        name: "title-missing",
        title: ("Stillingsbetegnelse mangler", "Job title missing"),
        severity: Error,
        source: "seed 002 §4.1 (Stillingsbetegnelse), §2.1 (Erhverv/Stilling)",
        fires: r#"{"title": " "}"#,
        quiet: r#"{"title": "Lagermedarbejder"}"#,
    }
}

impl TitleMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if !crate::text::filled(&ctx.order.title) {
            out.push(Self::META.finding(
                "title",
                Text::new("Jobordren har ingen stillingsbetegnelse, så der er intet at søge kandidater på.", "The job order has no job title, so there is nothing to search candidates by."),
                Text::new("Skriv stillingen, som den hedder på Jobnet, fx \"Lagermedarbejder\".", "Write the occupation as Jobnet names it, e.g. \"Lagermedarbejder\"."),
            ));
        }
    }
}
