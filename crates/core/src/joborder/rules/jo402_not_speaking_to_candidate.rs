use super::Ctx;
use crate::rules::Finding;
use crate::text::Words;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At beskrivelsen af arbejdsopgaverne taler til kandidaten: at den indeholder "du", "dig",
    /// "din", "dit" eller "dine". / That the task description addresses the candidate ("du").
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1: "Beskriv hvad I søger – det skal handle om kandidaten", "Tænk på hvem du
    /// taler med", "Gør annoncen levende". En opgaveliste uden "du" læses som en intern
    /// stillingsbeskrivelse. / A task list without "you" reads like an internal job description.
    ///
    /// ## Sådan retter du / How to fix it
    /// Omskriv opgaverne, så de taler til læseren: "Du modtager varer, pakker ordrer og …". /
    /// Rewrite the tasks to address the reader.
    pub struct NotSpeakingToCandidate {
        code: "JO402",
        name: "not-speaking-to-candidate",
        title: ("Taler ikke til kandidaten", "Doesn't address the candidate"),
        severity: Info,
        source: "seed 003 §6.1 (det skal handle om kandidaten)",
        fires: r#"{"tasks": "Plukning og pakning af ordrer, truckkørsel ved varemodtagelse og lagerstyring i WMS."}"#,
        quiet: r#"{"tasks": "Du plukker og pakker ordrer, kører truck ved varemodtagelsen og styrer lageret i WMS."}"#,
    }
}

impl NotSpeakingToCandidate {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let t = &ctx.order.tasks;
        let addressed = || Words::new(t).iter().any(|w| matches!(w, "du" | "dig" | "din" | "dit" | "dine" | "you" | "your"));
        super::flag(out, &Self::META, crate::text::filled(t) && !addressed(), "tasks",
            ("Opgaverne er beskrevet uden at tale til kandidaten (ingen \"du\").", "The tasks are described without addressing the candidate (no \"you\")."),
            ("Skriv opgaverne til læseren: \"Du modtager varer, pakker ordrer og …\".", "Write the tasks to the reader: \"You receive goods, pack orders and …\"."));
    }
}
