use super::Ctx;
use crate::joborder::model::RequirementKind;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At jobordren har mindst ét krav af typen `qualification` med en værdi. / That the order has
    /// at least one professional qualification.
    ///
    /// ## Hvorfor / Why it matters
    /// "Den gode jobordre til udsøgning har en detaljeret beskrivelse af de kvalifikationer, der kan
    /// udsøges på i Jobnet.dk" – faglige kvalifikationer er en del af minimum (seed 002 §4.1), og
    /// Jobnet finder de rigtige kandidater ved at krydse stilling og kvalifikation (§2.1: en
    /// butiksassistent med "Bogføring og kontering"). / Professional qualifications are part of
    /// the minimum; crossing occupation and qualification is what makes the search precise.
    ///
    /// ## Sådan retter du / How to fix it
    /// Spørg ind til arbejdsopgaverne og oversæt dem til faglige kvalifikationer fra Jobnets liste
    /// for stillingen, fx "Truckkørsel", "Plukning", "Varemodtagelse". / Ask about the tasks and
    /// turn them into qualifications from Jobnet's list for the occupation.
    pub struct NoQualification {
        code: "JO003",
        name: "no-qualification",
        title: ("Ingen faglige kvalifikationer", "No professional qualifications"),
        severity: Error,
        source: "seed 002 §4.1 (Faglige kvalifikationer), §4.2, §2.1",
        fires: r#"{"requirements": [{"kind": "certificate", "value": "Truckcertifikat B", "mandatory": true}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}]}"#,
    }
}

impl NoQualification {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if !ctx.of_kind(RequirementKind::Qualification).any(|(_, r)| r.has_value()) {
            out.push(Self::META.finding(
                "requirements",
                Text::new(
                    "Jobordren nævner ingen faglige kvalifikationer. Søgningen bliver så kun på stillingen og giver en lang, upræcis bruttoliste.",
                    "The job order names no professional qualifications. The search is then on the occupation alone and gives a long, imprecise gross list.",
                ),
                Text::new(
                    "Spørg ind til arbejdsopgaverne, og skriv de faglige kvalifikationer, jobbet kræver (fx \"Truckkørsel\", \"Plukning\").",
                    "Ask about the tasks and add the professional qualifications the job needs (e.g. \"Truckkørsel\", \"Plukning\").",
                ),
            ));
        }
    }
}
