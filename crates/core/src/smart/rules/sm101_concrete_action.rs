use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At aftalen har en konkret handling (søge, sende, ringe, kontakte, tilmelde, opdatere,
    /// udarbejde, deltage, booke, besøge …) og noget konkret, den gælder: en stillingsbetegnelse, en
    /// navngiven virksomhed eller pladsholder (XXX, XYZ), et resultat (en liste, et opdateret CV), et
    /// bestemt arrangement eller en uddannelse. At orientere sig eller kigge tæller kun med et
    /// konkret mål, ikke med et jobsite alene. / That the agreement has a concrete action and a
    /// concrete object: a job title, a named employer or placeholder, a deliverable, a specific event
    /// or education. Browsing counts only with a concrete object, not with a job site alone.
    ///
    /// ## Hvorfor / Why it matters
    /// "SMART-mål er samtidig specifikke. Det betyder, at der ikke overlades rum til fortolkning –
    /// alle parter skal være klar over, hvad der skal opnås, og hvordan målet opnås" (seed 003 §3.3).
    /// The seed's model agreements name the action and its object: "At du søger alle opslåede
    /// stillinger som lagermedarbejder …", "… tager du telefonisk kontakt til XXX ift. uopslået
    /// stilling hos XYZ" (seed 003 §5.3).
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv både hvad du gør og hvad det gælder: "Du søger stillinger som lagermedarbejder", "Du
    /// ringer til Netto i Sæby". / Say what you do and what it is about.
    pub struct ConcreteAction {
        code: "SM101",
        name: "concrete-action",
        title: ("Konkret handling og genstand", "Concrete action and object"),
        criterion: Specific,
        applies: Agreement,
        positive: true,
        source: "seed 003 §3.3, §5.3",
        fires: "På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.",
        quiet: "Du søger job.",
    }
}

impl ConcreteAction {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let objects = concrete_for_actions(a);
        if objects.is_empty() {
            return None;
        }
        let act = a.main_actions().next().map(|x| a.quote(x.f.span)).unwrap_or_default();
        let obj = objects.first().map(|(s, _)| a.quote(*s)).unwrap_or_default();
        Some(
            Outcome::new(
                Met,
                Text::new(
                    format!("Aftalen siger konkret, hvad du gør (\"{act}\"), og hvad det gælder (\"{obj}\")."),
                    format!("The agreement says what you do (\"{act}\") and what it is about (\"{obj}\")."),
                ),
                Text::new("Behold det konkrete: handling og stilling, virksomhed eller resultat.", "Keep it concrete: action plus job title, employer or result."),
            )
            .with(a.main_actions().map(|x| (x.f.span, "action")))
            .with(objects),
        )
    }
}
