use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At arbejdsopgaverne er beskrevet (`tasks`). / That the tasks are described.
    ///
    /// ## Hvorfor / Why it matters
    /// "Det kan derfor være en fordel at få en direkte beskrivelse af arbejdsopgaverne. Med
    /// udgangspunkt i disse opgaver kan virksomhedskonsulenten undersøge, om kvalifikationerne
    /// rent faktisk matcher" (seed 002 §4.2); seed 003 §6.1: "Hvad går arbejdet ud på? Vær konkret
    /// og specifik". Opgaverne er det, kandidaterne på bruttolisten vælges ud fra. / The tasks show
    /// whether the qualifications fit, and the gross list is selected by them.
    ///
    /// ## Sådan retter du / How to fix it
    /// Beskriv 3–5 konkrete opgaver i en almindelig arbejdsdag, skrevet til kandidaten ("Du
    /// plukker og pakker ordrer …"). / Describe 3–5 concrete tasks of a normal day, written to the
    /// candidate.
    pub struct TasksMissing {
        code: "JO101",
        name: "tasks-missing",
        title: ("Arbejdsopgaverne er ikke beskrevet", "Tasks not described"),
        severity: Warning,
        source: "seed 002 §4.2 (spørge ind til arbejdsopgaverne); seed 003 §6.1",
        fires: r#"{"tasks": null}"#,
        quiet: r#"{"tasks": "Du plukker og pakker ordrer med håndscanner og kører truck ved varemodtagelsen."}"#,
    }
}

impl TasksMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, !crate::text::filled(&ctx.order.tasks), "tasks",
            ("Arbejdsopgaverne er ikke beskrevet, så det er svært at se, om kvalifikationerne passer, og at vælge fra bruttolisten.",
             "The tasks are not described, so it is hard to see whether the qualifications fit and to select from the gross list."),
            ("Beskriv 3–5 konkrete opgaver i en almindelig arbejdsdag, skrevet til kandidaten (\"Du plukker og pakker ordrer …\").",
             "Describe 3–5 concrete tasks of a normal working day, written to the candidate (\"You pick and pack orders …\")."));
    }
}
