use super::{per_titled_row, Ctx};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At stillingsleksikonet (godt 200 stillinger med synonymer, bøjninger og stavemåder uden
    /// æøå) ikke kender rækkens stillingsbetegnelse. Så kan fagområdet ikke sammenlignes (AB003),
    /// efterspørgslen findes kun, hvis data skriver betegnelsen på samme måde, og kompetencen kan
    /// ikke vurderes ud fra CV'ets fagområder. / That the occupation lexicon does not know the
    /// row's job title: the area cannot be compared and demand is found only under the same
    /// wording.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2: jobspor skal være "konkret stillingsbetegnelser". En titel, Jobnet også
    /// bruger, kan slås op i efterspørgselsdata og i Jobnets søgning. Er titlen rigtig, men
    /// sjælden, er det kun en oplysning. / A title Jobnet also uses can be looked up; a rare but
    /// correct title is fine.
    ///
    /// ## Sådan retter du / How to fix it
    /// Brug den betegnelse, Jobnet bruger i "Jeg søger job som", hvis der er en. Ellers: se bort
    /// fra oplysningen. / Use Jobnet's title if there is one; else ignore this.
    pub struct OccupationNotRecognised {
        code: "AB108",
        name: "occupation-not-recognised",
        title: ("Stillingsbetegnelsen er ukendt", "Job title not recognised"),
        severity: Info,
        source: "seed 003 §5.2 Min Plan (konkrete stillingsbetegnelser)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Muslingeskraber"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "grafisk designer"}]}}"#,
    }
}

impl OccupationNotRecognised {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        per_titled_row(ctx, out, &OccupationNotRecognised::META, "occupation", |r| {
            let name = r.name();
            r.title.is_none().then(|| {
                (
                    Text::new(
                        format!("Jobspor kender ikke stillingsbetegnelsen {}, så fagområde og efterspørgsel kan kun vurderes, hvis data skriver den på samme måde.", name.da),
                        format!("Jobspor does not know the job title {}, so area and demand can only be judged where the data writes it the same way.", name.en),
                    ),
                    Text::new(
                        "Brug den betegnelse, Jobnet bruger i »Jeg søger job som«, hvis der er en. Er titlen rigtig, kan du se bort fra dette.",
                        "Use the title Jobnet uses in \"Jeg søger job som\" if there is one. If the title is right, ignore this.",
                    ),
                )
            })
        });
    }
}
