use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At andelen, der stadig er ledige efter 39 uger (`still_unemployed_39_weeks`), er angivet,
    /// så andelen med intensiveret indsats kan sammenlignes med den. / That the share still
    /// unemployed after 39 weeks is given, so the intensified share can be compared with it.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4431–4432): andelen med behov for en
    /// intensiveret indsats er "prioriteringsafhængig, men ofte vil man kunne tage udgangspunkt i
    /// andelen af borgere, der er tilbage i overlevelseskurven efter 39 uger". / The intensified
    /// share often starts from the share left on the survival curve after 39 weeks.
    ///
    /// ## Sådan retter du / How to fix it
    /// Slå andelen op i jobcentrets egne tal (overlevelseskurven), og skriv den som et tal fra 0
    /// til 1. / Look the share up in the job centre's own figures and give it as 0–1.
    pub struct CapacityFigureMissing {
        code: "RS002",
        name: "capacity-figure-missing",
        title: ("Andelen ledige efter 39 uger mangler", "The share unemployed after 39 weeks is missing"),
        severity: Info,
        source: "seed 004, Ressourceberegner (marselisborg-langtidsledighed-guide.txt:4426–4432)",
        fires: r#"{"input": {"still_unemployed_39_weeks": null}}"#,
        quiet: r#"{"input": {"still_unemployed_39_weeks": 0.3}}"#,
    }
}

impl CapacityFigureMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if ctx.input.still_unemployed_39_weeks.is_none() {
            out.push(Self::META.finding(
                "still_unemployed_39_weeks",
                Text::new(
                    "Andelen, der stadig er ledige efter 39 uger, er ikke angivet: kapaciteten kan ikke vurderes.",
                    "The share still unemployed after 39 weeks is not given: the capacity cannot be judged.",
                ),
                Text::new(
                    "Angiv andelen fra jobcentrets overlevelseskurve som et tal fra 0 til 1.",
                    "Give the share from the job centre's survival curve as a number from 0 to 1.",
                ),
            ));
        }
    }
}
