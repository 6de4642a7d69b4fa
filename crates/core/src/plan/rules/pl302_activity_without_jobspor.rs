use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en aktivitet ikke er knyttet til noget jobspor eller ikke har en begrundelse. / That an
    /// activity has no jobspor or no reason.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (frederikshavn-metodehaandbog.txt:1092–1093): "Arbejdsmarkedsrettet og/eller
    /// personlig begrundelse for den konkrete aktivitet – hvilket jobspor knytter aktiviteten sig
    /// til, og hvad er formålet / udbyttet". / Each activity names its jobspor and purpose.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv, hvilket jobspor aktiviteten hører til, og hvad den skal give. / Name its jobspor and
    /// its purpose.
    pub struct ActivityWithoutJobspor {
        code: "PL302",
        name: "activity-without-jobspor",
        title: ("Aktivitet uden jobspor eller begrundelse", "Activity without a jobspor or reason"),
        severity: Warning,
        source: "seed 003 §5.2 Min Plan, Aktiviteter (frederikshavn-metodehaandbog.txt:1092)",
        fires: r#"{"plan": {"activities": [{"title": "Truckcertifikat B"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl ActivityWithoutJobspor {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, a) in ctx.plan.activities.iter().enumerate().filter(|(_, a)| crate::text::filled(&a.title)) {
            let no_spor = !a.jobspor.iter().any(|s| crate::text::filled(s));
            let no_reason = !crate::text::filled(&a.reason);
            if no_spor || no_reason {
                let q = crate::text::quote(&a.title);
                let (da, en) = match (no_spor, no_reason) {
                    (true, true) => ("intet jobspor og ingen begrundelse", "no jobspor and no reason"),
                    (true, false) => ("intet jobspor", "no jobspor"),
                    _ => ("ingen begrundelse", "no reason"),
                };
                out.push(Self::META.finding(
                    format!("activities[{i}]"),
                    t(format!("Aktiviteten »{q}« har {da}."), format!("The activity \"{q}\" has {en}.")),
                    t("Skriv, hvilket jobspor aktiviteten hører til, og hvad formålet er.", "Name the jobspor the activity serves and what it is for."),
                ));
            }
        }
    }
}
