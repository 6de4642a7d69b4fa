use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At antal uger pr. årsværk ligger i det typiske interval (`typical_weeks`, standard 43–44).
    /// / That the weeks per full-time year are in the typical range (default 43–44).
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4429): "Antal uger på et årsværk (typisk
    /// 43-44 – hvis ferie, interne møder og opkvalificering trækkes fra)". Flere uger overvurderer
    /// kapaciteten. / More weeks overstate the capacity.
    ///
    /// ## Sådan retter du / How to fix it
    /// Træk ferie, interne møder og opkvalificering fra de 52 uger – eller lad tallet stå, hvis
    /// det er bevidst. / Subtract holidays, internal meetings and training – or keep it if deliberate.
    pub struct WeeksNotTypical {
        code: "RS101",
        name: "weeks-not-typical",
        title: ("Usædvanligt antal uger pr. årsværk", "Unusual weeks per full-time year"),
        severity: Info,
        source: "seed 004, Ressourceberegner (marselisborg-langtidsledighed-guide.txt:4429)",
        fires: r#"{"input": {"weeks": 52}}"#,
        quiet: r#"{"input": {"weeks": 43}}"#,
    }
}

impl WeeksNotTypical {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let [lo, hi] = ctx.config.typical_weeks;
        let w = ctx.input.weeks;
        if w < lo || w > hi {
            let (w_da, w_en) = (crate::common::fmt_da(w), crate::common::fmt_num(w));
            let (lo_s, hi_s) = (crate::common::fmt_num(lo), crate::common::fmt_num(hi));
            out.push(Self::META.finding(
                "weeks",
                Text::new(
                    format!("{w_da} uger pr. årsværk – typisk er {lo_s}–{hi_s}, når ferie, interne møder og opkvalificering er trukket fra."),
                    format!("{w_en} weeks per full-time year – typically {lo_s}–{hi_s} once holidays, internal meetings and training are subtracted."),
                ),
                Text::new(
                    "Træk ferie, interne møder og opkvalificering fra – eller lad tallet stå, hvis det er bevidst.",
                    "Subtract holidays, internal meetings and training – or keep the figure if it is deliberate.",
                ),
            ));
        }
    }
}
