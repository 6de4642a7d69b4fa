use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At jobordren har mindst én personlig kompetence (`personal_competences`). / That the order
    /// names at least one personal competence.
    ///
    /// ## Hvorfor / Why it matters
    /// Bruttolisten skal skæres ned til få kandidater, og "derfor bør en jobordre også indeholde …
    /// Krav til personlige kompetencer (fx at kunne arbejde selvstændigt, indgå i et team eller
    /// trives i en udadvendt funktion)" (seed 002 §4.1); §4.2: "Husk de personlige kompetencer!"
    /// / Personal competences are what the selection from the gross list is made by.
    ///
    /// ## Sådan retter du / How to fix it
    /// Spørg: "Hvem trives hos jer – og hvem gør ikke?" Skriv det konkret ("du siger til, når noget
    /// kan gøres bedre"), ikke som kliché. / Ask who thrives there and write it concretely.
    pub struct PersonalCompetencesMissing {
        code: "JO102",
        name: "personal-competences-missing",
        title: ("Personlige kompetencer mangler", "Personal competences missing"),
        severity: Warning,
        source: "seed 002 §4.1 (Krav til personlige kompetencer), §4.2",
        fires: r#"{"personal_competences": []}"#,
        quiet: r#"{"personal_competences": ["Du arbejder godt i et hold"]}"#,
    }
}

impl PersonalCompetencesMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !ctx.order.personal_competences.iter().any(|p| crate::text::filled(p)), "personal_competences",
            ("Jobordren nævner ingen personlige kompetencer, så det er svært at vælge de rette kandidater fra bruttolisten.",
             "The job order names no personal competences, so it is hard to pick the right candidates from the gross list."),
            ("Spørg virksomheden, hvem der trives hos dem, og skriv det konkret, fx \"du siger til, når noget kan gøres bedre\".",
             "Ask the company who thrives there and write it concretely, e.g. \"you speak up when something can be done better\"."));
    }
}
