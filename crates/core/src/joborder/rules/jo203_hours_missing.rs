use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At timetallet er angivet: fuld tid eller deltid (`hours`). / That full or part time is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Timetal står på ordreblanketten ("Timetal: Fuld tid / Deltid", seed 002 appendiks C) og blandt
    /// de faktuelle oplysninger (§4.1); CV'erne angiver, om de søger fuld tid eller deltid. / Hours
    /// are on the order form and in the CVs' employment terms.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg fuld tid eller deltid, og skriv timer pr. uge i mødetiderne ved deltid. / Choose full or
    /// part time.
    pub struct HoursMissing {
        code: "JO203",
        name: "hours-missing",
        title: ("Timetal mangler", "Hours missing"),
        severity: Warning,
        source: "seed 002 §4.1 (timetal), appendix C (Timetal)",
        fires: r#"{"hours": null}"#,
        quiet: r#"{"hours": "part_time"}"#,
    }
}

impl HoursMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, ctx.order.hours.is_none(), "hours",
            ("Det står ikke, om jobbet er fuld tid eller deltid.", "It doesn't say whether the job is full or part time."),
            ("Vælg fuld tid eller deltid (ved deltid: skriv timer pr. uge under mødetider).", "Choose full or part time (for part time, give the weekly hours under working times)."));
    }
}
