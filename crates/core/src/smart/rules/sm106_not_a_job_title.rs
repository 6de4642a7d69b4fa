use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Jobmål uden en konkret stillingsbetegnelse eller uddannelse. Delvist, når målet peger på et
    /// område ("noget med børn", "inden for lager", "en uddannelse"); ellers mangler ("et job",
    /// "komme i arbejde"). / Job goals without a concrete title or education: partly when they name an
    /// area, missing otherwise.
    ///
    /// ## Hvorfor / Why it matters
    /// "Målet skal være en konkret stillingsbetegnelse" (seed 003 §5.2). Et område er en retning,
    /// ikke et mål, man kan søge efter eller matche med en jobordre.
    ///
    /// ## Sådan retter du / How to fix
    /// Vælg en stilling inden for området, fx "lagermedarbejder" eller "truckfører" for lager. / Pick
    /// a job title in the area.
    pub struct NotAJobTitle {
        code: "SM106",
        name: "not-a-job-title",
        title: ("Ikke en stillingsbetegnelse", "Not a job title"),
        criterion: Specific,
        applies: Goal,
        positive: false,
        source: "seed 003 §5.2",
        quiet: "Lagermedarbejder",
        fires: "Noget med børn",
    }
}

impl NotAJobTitle {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if a.has_job_or_education() {
            return None;
        }
        let dirs = a.directions();
        let msg = Text::new(
            "Målet er ikke en konkret stillingsbetegnelse (\"Målet skal være en konkret stillingsbetegnelse\", Min Plan).",
            "The goal is not a concrete job title (Min Plan: the goal must be a concrete job title).",
        );
        let sug = match titles_of_area(a) {
            Some((titles, area)) => Text::new(
                format!("Vælg en stilling inden for {}: fx {titles}.", area.to_lowercase()),
                format!("Pick a job title in {area}: e.g. {titles}."),
            ),
            None => Text::new(
                "Skriv den stilling, du vil have, fx \"lagermedarbejder\", \"buschauffør\" eller \"social- og sundhedshjælper\".",
                "Write the job you want, e.g. \"lagermedarbejder\" (warehouse worker), \"buschauffør\" (bus driver) or \"social- og sundhedshjælper\" (care worker).",
            ),
        };
        Some(Outcome::new(if dirs.is_empty() { Missing } else { Partly }, msg, sug).with(dirs))
    }
}
