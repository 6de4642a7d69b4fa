use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en aftale, en aktivitet eller en linje i jobloggen henviser til et jobspor-id, planen
    /// ikke har. / That an agreement, activity or joblog entry names a jobspor id the plan lacks.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.3 (frederikshavn-metodehaandbog.txt:1110–1111): aftalefeltet skal indeholde
    /// "aftaler til hvert jobspor". En henvisning til et spor, der ikke findes, tæller ikke for
    /// noget spor. / A reference to a missing jobspor counts for none.
    ///
    /// ## Sådan retter du / How to fix it
    /// Ret id'et til et af planens jobspor, eller tilføj sporet. / Use one of the plan's ids, or
    /// add the jobspor.
    pub struct UnknownJobsporId {
        code: "PL005",
        name: "unknown-jobspor-id",
        title: ("Ukendt jobspor", "Unknown jobspor"),
        severity: Error,
        source: "seed 003 §5.3 Aftaler (frederikshavn-metodehaandbog.txt:1110)",
        fires: r#"{"plan": {"activities": [{"title": "Truckcertifikat B", "reason": "Krav", "jobspor": ["lagr"]}]}}"#,
        quiet: r#"{}"#,
    }
}

impl UnknownJobsporId {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let mut push = |path: String, id: &str| {
            let q = crate::text::quote(id);
            out.push(Self::META.finding(
                path,
                t(format!("Planen har intet jobspor med id »{q}«."), format!("The plan has no jobspor with the id \"{q}\".")),
                t("Brug et af planens jobspor-id'er, eller tilføj jobsporet.", "Use one of the plan's jobspor ids, or add the jobspor."),
            ));
        };
        for (i, a) in ctx.plan.agreements.iter().enumerate() {
            for (k, id) in a.jobspor.iter().enumerate().filter(|(_, id)| !ctx.has_id(id)) {
                push(format!("agreements[{i}].jobspor[{k}]"), id);
            }
        }
        for (i, a) in ctx.plan.activities.iter().enumerate() {
            for (k, id) in a.jobspor.iter().enumerate().filter(|(_, id)| !ctx.has_id(id)) {
                push(format!("activities[{i}].jobspor[{k}]"), id);
            }
        }
        for e in ctx.entries.iter().filter(|e| e.unknown_id) {
            push(format!("joblog[{}].jobspor", e.i), e.entry.jobspor.as_deref().unwrap_or(""));
        }
    }
}
