use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et jobspor ikke er en stillingsbetegnelse, Jobspor kender (fx "noget med mennesker"),
    /// eller slet ingen titel har. / That a jobspor's title is no known job title, or missing.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (frederikshavn-metodehaandbog.txt:1076): "Alle jobspor skal være konkret
    /// stillingsbetegnelser". Uden en titel kan jobloggen og CV'et ikke holdes op mod sporet. /
    /// Every jobspor is a concrete job title.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv den stilling, borgeren søger, som i Jobnets "Jeg søger job som". / Write the job
    /// title as in Jobnet's "Jeg søger job som".
    pub struct JobsporNotConcrete {
        code: "PL004",
        name: "jobspor-not-concrete",
        title: ("Jobsporet er ikke en konkret stilling", "The jobspor is not a concrete job title"),
        severity: Info,
        source: "seed 003 §5.2 Min Plan (frederikshavn-metodehaandbog.txt:1076)",
        fires: r#"{"plan": {"jobspor": [{"id": "lager", "title": "Lagermedarbejder", "reason": "KAN"}, {"id": "butik", "title": "Butiksassistent", "reason": "VIL"}, {"id": "chauffoer", "title": "Noget med mennesker", "reason": "SKAL"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl JobsporNotConcrete {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for j in ctx.named_jobspor().filter(|j| j.occupation.is_none()) {
            let n = j.name();
                let ne = j.name_en();
            out.push(Self::META.finding(
                format!("jobspor[{}].title", j.i),
                t(format!("Jobsporet {n} er ikke en stillingsbetegnelse, Jobspor kender."), format!("The jobspor {ne} is not a job title Jobspor knows.")),
                t("Skriv en konkret stillingsbetegnelse, som i Jobnets »Jeg søger job som«.", "Write a concrete job title, as in Jobnet's \"Jeg søger job som\"."),
            ));
        }
    }
}
