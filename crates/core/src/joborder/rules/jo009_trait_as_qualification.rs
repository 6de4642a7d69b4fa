use super::Ctx;
use crate::joborder::model::RequirementKind;
use crate::rules::Finding;
use crate::text::{quote, Words};
use crate::{Severity, Text};

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en faglig kvalifikation ikke er en personlig egenskab som "fleksibel", "selvstændig" eller
    /// "mødestabil" (samme ordliste som CV-reglen CV104). Ufravigelig gør den til en fejl. / That a
    /// qualification is not a personal trait; a mandatory one is an error.
    ///
    /// ## Hvorfor / Why it matters
    /// Personlige kompetencer ("fx at kunne arbejde selvstændigt, indgå i et team") hører til
    /// udvælgelsen, ikke udsøgningen (seed 002 §4.1), og CV'erne skal netop ikke have dem som
    /// kvalifikationer (seed 003 §4.1: "alt fagligt (IKKE personlige kompetencer)"). Et
    /// ufravigeligt krav om "Fleksibel" skjuler derfor næsten alle. / Personal competences are for
    /// the selection; as a mandatory search criterion such a trait hides almost everyone.
    ///
    /// ## Sådan retter du / How to fix it
    /// Flyt egenskaben til `personal_competences`, og skriv den faglige kvalifikation i stedet. /
    /// Move the trait to the personal competences.
    pub struct TraitAsQualification {
        code: "JO009",
        name: "trait-as-qualification",
        title: ("Personlig egenskab som kvalifikation", "Personal trait as qualification"),
        severity: Warning,
        source: "seed 002 §4.1 (personlige kompetencer); seed 003 §4.1 (Kvalifikationer)",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "qualification", "value": "Fleksibel", "mandatory": false}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "qualification", "value": "Varemodtagelse", "mandatory": false}]}"#,
    }
}

impl TraitAsQualification {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, r) in ctx.of_kind(RequirementKind::Qualification) {
            let Some(t) = r.text() else { continue };
            if !Words::new(t).first_matches_any(crate::cv::rules::PERSONAL_TRAITS) {
                continue;
            }
            let q = quote(t);
            let f = Self::META.finding(
                format!("requirements[{i}].value"),
                Text::new(
                    format!("\"{q}\" er en personlig egenskab, ikke en faglig kvalifikation. CV'erne har den ikke som kvalifikation, så et ufravigeligt krav skjuler næsten alle."),
                    format!("\"{q}\" is a personal trait, not a professional qualification. CVs don't list it as a qualification, so as a mandatory requirement it hides almost everyone."),
                ),
                Text::new(
                    format!("Flyt \"{q}\" til de personlige kompetencer, og skriv den faglige kvalifikation, jobbet kræver."),
                    format!("Move \"{q}\" to the personal competences and name the professional qualification the job needs."),
                ),
            );
            out.push(if r.mandatory == Some(false) { f } else { f.with_severity(Severity::Error) });
        }
    }
}
