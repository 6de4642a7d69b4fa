use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At planen har færre end tre jobspor uden en begrundelse (`fewer_jobspor_reason`). / That
    /// the plan has fewer than three jobspor and no reason for it.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.2 (frederikshavn-metodehaandbog.txt:1057–1058): Min Plan skal indeholde "Tre
    /// jobspor … Såfremt, der fastsættes færre end 3 jobspor, skal vi begrunde hvorfor". / Three
    /// jobspor; fewer must be justified.
    ///
    /// ## Sådan retter du / How to fix it
    /// Tilføj jobspor, så der er tre – eller skriv, hvorfor der er færre. / Add jobspor up to
    /// three, or write why there are fewer.
    pub struct FewerThanThreeJobspor {
        code: "PL001",
        name: "fewer-than-three-jobspor",
        title: ("Færre end tre jobspor uden begrundelse", "Fewer than three jobspor without a reason"),
        severity: Warning,
        source: "seed 003 §5.2 Min Plan (frederikshavn-metodehaandbog.txt:1057)",
        fires: r#"{"plan": {"jobspor": [{"id": "lager", "title": "Lagermedarbejder", "reason": "Erfaring"}], "agreements": [], "activities": []}, "config": {"joblog": [], "cv": null}}"#,
        quiet: r#"{"plan": {"jobspor": [{"id": "lager", "title": "Lagermedarbejder", "reason": "Erfaring"}], "fewer_jobspor_reason": "Skånehensyn: kan kun arbejde på lager.", "agreements": [], "activities": []}, "config": {"joblog": [], "cv": null}}"#,
    }
}

impl FewerThanThreeJobspor {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let n = ctx.named_jobspor().count();
        if n < 3 && !crate::text::filled(&ctx.plan.fewer_jobspor_reason) {
            out.push(Self::META.finding(
                "jobspor",
                t(format!("Planen har {n} jobspor og ingen begrundelse for, at der er færre end tre."), format!("The plan has {n} jobspor and no reason for fewer than three.")),
                t("Tilføj jobspor, så der er tre (KAN – VIL – SKAL), eller skriv begrundelsen i »fewer_jobspor_reason«.", "Add jobspor up to three (KAN – VIL – SKAL), or write the reason in \"fewer_jobspor_reason\"."),
            ));
        }
    }
}
