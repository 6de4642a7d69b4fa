use super::Ctx;
use crate::rules::Finding;
use crate::text::Words;

/// Fewer words than this is too short to describe the tasks concretely.
const MIN_TASK_WORDS: usize = 12;

/// Words that leave the tasks open.
const VAGUE: &[&str] = &["diverse", "forefaldende*", "alt muligt", "andre opgaver", "og lignende", "osv", "mm"];

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At arbejdsopgaverne er konkrete: mindst 12 ord og uden "diverse opgaver", "alt forefaldende
    /// arbejde", "og lignende", "osv.". / That the tasks are concrete: at least 12 words and no
    /// "various tasks", "etc.".
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1: "Hvad går arbejdet ud på? Vær konkret og specifik". Seed 002 §4.2: ud fra
    /// opgaverne "kan virksomhedskonsulenten undersøge, om kvalifikationerne rent faktisk matcher". /
    /// Concrete tasks show whether the qualifications fit.
    ///
    /// ## Sådan retter du / How to fix it
    /// Nævn de konkrete opgaver, redskaber og hvem man arbejder med. / Name the concrete tasks,
    /// tools and colleagues.
    pub struct TasksVague {
        code: "JO404",
        name: "tasks-vague",
        title: ("Opgaverne er ikke konkrete", "Tasks not concrete"),
        severity: Info,
        source: "seed 003 §6.1 (Vær konkret og specifik); seed 002 §4.2",
        fires: r#"{"tasks": "Du skal hjælpe på lageret og løse diverse opgaver."}"#,
        quiet: r#"{"tasks": "Du plukker og pakker ordrer med håndscanner, kører truck ved varemodtagelsen og tæller lageret op hver fredag."}"#,
    }
}

impl TasksVague {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let t = &ctx.order.tasks;
        if !crate::text::filled(t) {
            return;
        }
        let w = Words::new(t);
        super::flag(out, &Self::META, w.len() < MIN_TASK_WORDS || !super::phrases_in(t, VAGUE).is_empty(), "tasks",
            ("Opgaverne er beskrevet kort eller åbent (\"diverse opgaver\", \"og lignende\"), så det er svårt at se, hvad jobbet går ud på.",
             "The tasks are described briefly or vaguely (\"various tasks\", \"etc.\"), so it is hard to see what the job is."),
            ("Nævn de konkrete opgaver, redskaber og hvem man arbejder med, fx \"Du plukker ordrer med håndscanner og kører truck\".",
             "Name the concrete tasks, tools and colleagues, e.g. \"You pick orders with a hand scanner and drive a truck\"."));
    }
}
