use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en ansøgning i jobloggen ikke hører til noget jobspor: den har intet `jobspor`, og
    /// stillingen er ikke et af sporenes (læst med stillingsgenkenderen). / That a joblog
    /// application belongs to no jobspor, by its id or its title.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.4 (frederikshavn-metodehaandbog.txt:1137–1140): jobloggen "dokumenterer
    /// sammenhæng mellem borgerens jobsøgningsstrategi og konkrete jobsøgningsaktiviteter". En
    /// ansøgning uden for sporene viser, at strategien og søgningen ikke hænger sammen – eller at
    /// et nyt spor er på vej. / Applications outside every jobspor break the chain.
    ///
    /// ## Sådan retter du / How to fix it
    /// Knyt ansøgningen til et jobspor – eller tal om, om stillingen skal være et nyt spor. / Tie
    /// it to a jobspor, or discuss making it one.
    pub struct EntryInNoJobspor {
        code: "PL401",
        name: "entry-in-no-jobspor",
        title: ("Ansøgning uden for jobsporene", "Application outside the jobspor"),
        severity: Warning,
        source: "seed 003 §5.4 Joblog (frederikshavn-metodehaandbog.txt:1137)",
        fires: r#"{"config": {"joblog": [{"date": "2026-02-25", "employer": "Salling Group", "title": "Lagermedarbejder", "jobspor": "lager"}, {"date": "2026-02-26", "employer": "Restaurant Havnen", "title": "Kok"}]}}"#,
        quiet: r#"{"config": {"joblog": [{"date": "2026-02-25", "employer": "Salling Group", "title": "Lagermedarbejder"}, {"date": "2026-02-26", "employer": "Bilka", "title": "Butiksmedarbejder"}]}}"#,
    }
}

impl EntryInNoJobspor {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for e in ctx.applications().filter(|e| e.jobspor.is_none() && !e.unknown_id) {
            let q = crate::text::quote(if crate::text::filled(&e.entry.title) { &e.entry.title } else { &e.entry.employer });
            out.push(Self::META.finding(
                format!("joblog[{}].jobspor", e.i),
                t(format!("Ansøgningen »{q}« ({}) hører ikke til noget jobspor.", e.date), format!("The application \"{q}\" ({}) belongs to no jobspor.", e.date)),
                t("Knyt ansøgningen til et jobspor – eller tal om, om stillingen skal være et nyt jobspor.", "Tie the application to a jobspor – or discuss whether the job should become a jobspor."),
            ));
        }
    }
}
