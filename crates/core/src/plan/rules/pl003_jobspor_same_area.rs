use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At alle jobspor (mindst to med en kendt stilling) ligger i samme faglige område. / That
    /// every jobspor (at least two recognised) is in the same occupational area.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.1 (frederikshavn-metodehaandbog.txt:993–994): "det helt afgørende, at der ikke
    /// er tale om »tre nuancer af rød«. De enkelte jobspor skal mao. afspejle en faglig
    /// mobilitet". / Not "three shades of red": the jobspor show occupational mobility.
    ///
    /// ## Sådan retter du / How to fix it
    /// Gør mindst ét spor til et andet fagområde, hvor borgerens funktioner også bruges. / Move at
    /// least one jobspor to another area where the same functions are used.
    pub struct JobsporSameArea {
        code: "PL003",
        name: "jobspor-same-area",
        title: ("Alle jobspor i samme fagområde", "Every jobspor in the same area"),
        severity: Warning,
        source: "seed 003 §5.1 Jobspor (frederikshavn-metodehaandbog.txt:993)",
        fires: r#"{"plan": {"jobspor": [{"id": "lager", "title": "Lagermedarbejder", "reason": "KAN"}, {"id": "butik", "title": "Truckfører", "reason": "VIL"}, {"id": "chauffoer", "title": "Lagerarbejder", "reason": "SKAL"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl JobsporSameArea {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let areas: Vec<&str> = ctx.jobspor.iter().filter_map(|j| j.occupation.map(|o| o.area)).collect();
        if areas.len() >= 2 && areas.len() == ctx.named_jobspor().count() && areas.iter().all(|a| *a == areas[0]) {
            let (da, en) = crate::lexicon::area(areas[0]).map_or((areas[0], areas[0]), |a| (a.da, a.en));
            out.push(Self::META.finding(
                "jobspor",
                t(format!("Alle jobspor ligger i samme fagområde ({da}) – »tre nuancer af rød«."), format!("Every jobspor is in the same area ({en}) – \"three shades of red\".")),
                t("Find et spor i et andet fagområde, hvor borgerens jobfunktioner også bruges.", "Find a jobspor in another area where the citizen's job functions are also used."),
            ));
        }
    }
}
