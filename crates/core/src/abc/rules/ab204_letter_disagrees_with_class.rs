use super::Ctx;
use crate::rules::Finding;
use crate::{Severity, Text};

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At rækkens bogstav (`plan`) ikke er det, de tre cirkler peger på (`class`, se tabellen i
    /// `docs/abc.md`): fx et B med ønske 9, eller et A, hvor kompetencerne mangler. Når cirklerne
    /// slet ikke peger på et realistisk A, B eller C, er fundet en advarsel; ellers en
    /// oplysning. Har AB201 eller AB202 allerede sagt det om samme række, tier reglen (de siger
    /// det mere præcist). / That the row's letter differs from the class its circles point to;
    /// a warning when the class is `unrealistic`, else advice. Quiet on a row where AB201 or AB202
    /// already spoke.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004: A er ønskejobbet (kompetencer, nogen efterspørgsel, stor motivation), B det gode
    /// og acceptable job (kompetencer, større efterspørgsel), C det nødvendige job (høj
    /// efterspørgsel, kompetencer, ikke drømmen). "Det er vigtigt, at A, B og C ikke værdilades …
    /// I stedet skal det være et spørgsmål om, i hvilken grad arbejdsmarkedet efterspørger
    /// arbejdskraften." Bogstavet styrer, hvor meget søgning rækken får over tid. / The letters
    /// follow demand; the letter sets how much search effort a row gets over time.
    ///
    /// ## Sådan retter du / How to fix it
    /// Flyt rækken til det bogstav, cirklerne peger på; ønsket er borgerens eget og ændres aldrig
    /// for at ændre bogstavet (issue 12). Peger de ikke på noget realistisk (ingen efterspørgsel):
    /// find et job med de samme funktioner, hvor efterspørgslen er større, eller planlæg målrettet
    /// opkvalificering. Er efterspørgslen ukendt, vurderes rækken ikke (AB205). / Move the row;
    /// never change the wish to change the letter; if there is no demand, look for the same
    /// functions where demand is larger.
    pub struct LetterDisagreesWithClass {
        code: "AB204",
        name: "letter-disagrees-with-class",
        title: ("Bogstavet passer ikke til cirklerne", "The letter does not fit the circles"),
        severity: Info,
        source: "seed 004, ABC-jobplan (de tre veje til job; modellen med de tre bobler)",
        fires: r#"{"plan": {"rows": [{"plan": "B", "occupation": "Kundeservicemedarbejder", "wish": 9, "competence": "full"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "B", "occupation": "Kundeservicemedarbejder", "wish": 6, "competence": "full"}]}}"#,
    }
}

impl LetterDisagreesWithClass {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for r in ctx.filled_rows() {
            let Some(letter) = r.row.plan else { continue };
            // Not judged (demand unknown): nothing to disagree with; AB205 says what is missing.
            if r.class == letter.into() || r.class == crate::abc::AbcClass::NotJudged || r.a_without_demand() || r.c_without_high_demand(ctx.config) {
                continue;
            }
            let (name, l) = (r.name(), letter.as_str());
            let finding = match r.class.letter() {
                Some(class) => {
                    let c = class.label();
                    LetterDisagreesWithClass::META.finding(
                        r.path("plan"),
                        Text::new(
                            format!("{} står som {l}, men de tre cirkler peger på {}. {}", name.da, c.da, r.reason.da),
                            format!("{} is marked {l}, but the three circles point to {}. {}", name.en, c.en, r.reason.en),
                        ),
                        Text::new(
                            format!("Overvej at flytte rækken til {}. Bogstavet følger efterspørgslen – ændr ikke ønsket for at ændre bogstavet.", class.as_str()),
                            format!("Consider moving the row to {}. The letter follows demand – do not change the wish to change the letter.", class.as_str()),
                        ),
                    )
                }
                None => LetterDisagreesWithClass::META
                    .finding(
                        r.path("plan"),
                        Text::new(
                            format!("{} står som {l}, men de tre cirkler peger ikke på et realistisk A, B eller C. {}", name.da, r.reason.da),
                            format!("{} is marked {l}, but the three circles do not point to a realistic A, B or C. {}", name.en, r.reason.en),
                        ),
                        Text::new(
                            "Find et job med de samme funktioner, hvor efterspørgslen er større, eller planlæg målrettet opkvalificering.",
                            "Find a job with the same functions where demand is larger, or plan targeted upskilling.",
                        ),
                    )
                    .with_severity(Severity::Warning),
            };
            out.push(finding);
        }
    }
}
