use super::Ctx;
use crate::abc::list;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At planen har færre end A, B og C, men en begrundelse (`justification`): begrundelsen
    /// noteres, så den kan tages op igen. / That the plan has fewer than A, B and C but gives a
    /// justification: it is noted so it can be revisited.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (Min Plan): "Såfremt, der fastsættes færre end 3 jobspor, skal vi begrunde
    /// hvorfor". Med begrundelsen er planen i orden; men ABC-jobplanen "er ikke et statisk
    /// redskab" (seed 004), så begrundelsen bør ses efter ved de næste samtaler. / With a
    /// justification the plan is fine; the plan is not static, so look at the reason again later.
    ///
    /// ## Sådan retter du / How to fix it
    /// Intet skal rettes. Se begrundelsen efter ved næste samtale: gælder den stadig? / Nothing to
    /// fix; check at the next meeting whether the reason still holds.
    pub struct FewerLettersJustified {
        code: "AB002",
        name: "fewer-letters-justified",
        title: ("Færre end tre spor – begrundelse noteret", "Fewer than three ways – justification noted"),
        severity: Info,
        source: "seed 003 §5.2 Min Plan",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "functions": ["Layout af tryksager"]}], "justification": "Borgeren starter i job om seks uger og søger kun grafikerjob indtil da."}}"#,
        quiet: r#"{"plan": {"justification": "Ikke nødvendig: planen har A, B og C."}}"#,
    }
}

impl FewerLettersJustified {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let missing = ctx.missing_letters();
        let Some(why) = ctx.justification() else { return };
        if missing.is_empty() {
            return;
        }
        let letters: Vec<&str> = missing.iter().map(|l| l.as_str()).collect();
        let q = crate::text::quote(why);
        out.push(FewerLettersJustified::META.finding(
            "justification",
            Text::new(
                format!("Planen har ikke {}, og begrundelsen er noteret: »{q}«.", list(&letters, "og")),
                format!("The plan has no {}, and the justification is noted: \"{q}\".", list(&letters, "and")),
            ),
            Text::new(
                "Se begrundelsen efter ved næste samtale: gælder den stadig?",
                "Look at the justification again at the next meeting: does it still hold?",
            ),
        ));
    }
}
