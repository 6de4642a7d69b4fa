use super::*;
use crate::smart::model::Verdict::*;
use crate::lexicon::danish::ActionClass;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Aftaler med en handling, men uden noget konkret, den gælder: "søge job", "ringe til
    /// virksomheder", "arbejde inden for lager", eller kun at kigge på et jobsite. Verdikt: delvist.
    /// / Agreements with an action but no concrete object ("søge job", only browsing a job site):
    /// partly.
    ///
    /// ## Hvorfor / Why it matters
    /// Et specifikt mål lader ikke "rum til fortolkning" (seed 003 §3.3): "søge job" kan betyde alt.
    /// The seed's model says which jobs: "alle opslåede stillinger som lagermedarbejder" (§5.3), and a
    /// job goal is a "konkret stillingsbetegnelse" (§5.2).
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv stillingsbetegnelsen, virksomheden eller resultatet: "stillinger som lagermedarbejder",
    /// "hos Netto i Sæby", "en liste over 10 virksomheder". / Name the job title, employer or result.
    pub struct ObjectNotConcrete {
        code: "SM103",
        name: "object-not-concrete",
        title: ("Handling uden konkret genstand", "Action without a concrete object"),
        criterion: Specific,
        applies: Agreement,
        positive: false,
        source: "seed 003 §3.3, §5.2, §5.3",
        quiet: "Du søger 2 stillinger som chauffør om ugen.",
        fires: "Du søger 3 job om ugen",
    }
}

impl ObjectNotConcrete {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let first = a.main_actions().next()?;
        if !concrete_for_actions(a).is_empty() {
            return None;
        }
        let act = a.quote(first.f.span);
        let browsing = a.main_actions().all(|x| x.class == ActionClass::Browse);
        let (msg, sug) = if browsing {
            (
                Text::new(
                    format!("Aftalen siger kun, at du skal \"{act}\", ikke hvad det skal føre til."),
                    format!("The agreement only says \"{act}\" (look around), not what it should lead to."),
                ),
                Text::new(
                    "Tilføj en handling med et resultat, fx \"og udarbejder en liste over 5 stillinger som …, du vil søge\".",
                    "Add an action with a result, e.g. \"og udarbejder en liste over 5 stillinger som …\" (and make a list of 5 jobs as …).",
                ),
            )
        } else {
            let sug = match titles_of_area(a) {
                Some((titles, area)) => Text::new(
                    format!("Skriv hvilken stilling inden for {}: fx \"stillinger som {titles}\".", area.to_lowercase()),
                    format!("Name the job title in {area}: e.g. \"stillinger som {titles}\"."),
                ),
                None => Text::new(
                    "Skriv hvad handlingen gælder: en stilling (\"stillinger som lagermedarbejder\"), en virksomhed (\"hos Netto i Sæby\") eller et resultat (\"en liste over 10 virksomheder\").",
                    "Say what the action is about: a job title (\"stillinger som lagermedarbejder\"), an employer (\"hos Netto i Sæby\") or a result (\"en liste over 10 virksomheder\").",
                ),
            };
            (
                Text::new(
                    format!("Aftalen siger \"{act}\", men ikke konkret hvilke stillinger, virksomheder eller hvilket resultat."),
                    format!("The agreement says \"{act}\" but not which jobs, employers or result."),
                ),
                sug,
            )
        };
        Some(Outcome::new(Partly, msg, sug).with(a.main_actions().map(|x| (x.f.span, "action"))).with(a.directions()))
    }
}
