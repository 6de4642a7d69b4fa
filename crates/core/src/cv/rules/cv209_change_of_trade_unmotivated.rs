use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote, Words};
use crate::Text;

/// Words that show a motivation in the profile.
const MOTIVATION: &[&str] = &[
    "fordi", "motivation*", "motiver*", "brænder for", "interesse*", "interesseret", "drøm*", "skifte*",
    "brancheskift*", "ny branche", "nyt fag", "glæder mig", "lyst til",
    "because", "motivat*", "passion*", "interest*", "change of", "switch*",
];

/// Word stems of a title, long enough to compare ("lagermedarbejder" → "lagerm").
fn stems(text: &str) -> Vec<String> {
    Words::new(text).iter().filter(|w| w.chars().count() >= 4).map(|w| w.chars().take(6).collect()).collect()
}

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Når en stilling under "Jeg søger job som" ikke ligner nogen tidligere jobtitel eller
    /// uddannelse (et brancheskift), at profilen forklarer hvorfor. / When a wished occupation matches
    /// no previous job or education (a change of trade), that the profile says why.
    ///
    /// ## Hvorfor / Why it matters
    /// "Hvis borger vil skifte branche … er det også vigtigt, at motivationen for at arbejde i den nye
    /// branche fremgår tydeligt, fordi man naturligvis ikke har erfaring inden for området" (seed 003
    /// §4.1 Faglig profil, Brancheskift). Without experience, the motivation is what a reader has.
    /// Titles are compared by their first six letters, so "Lagerarbejder" and "Lagermedarbejder" count
    /// as the same trade only when they share a word stem; a caseworker can overrule a wrong match.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv i profilen hvilken branche du vil over i, og hvorfor. / Write in the profile which trade
    /// you want to move to, and why.
    pub struct ChangeOfTradeUnmotivated {
        code: "CV209",
        name: "change-of-trade-unmotivated",
        title: ("Brancheskift uden begrundelse", "Change of trade not explained"),
        category: Selection,
        module: Profile,
        severity: Warning,
        weight: 4.0,
        jobnet_required: false,
        requires: "",
        source: "seed 003 §4.1 Faglig profil (Brancheskift)",
        quiet: r#"{"job_wishes": [{"occupation": "Social- og sundhedshjælper", "qualifications": ["Personlig pleje", "Rengøring", "Dokumentation"], "experience_years": 0}], "profile": "Jeg vil gerne skifte til ældreplejen, fordi jeg har passet min mor og ved, at jeg er god til at hjælpe. Jeg har seks års erfaring fra lager. Kan arbejde dag og aften, fuldtid, og har bil."}"#,
        fires: r#"{"job_wishes": [{"occupation": "Social- og sundhedshjælper", "qualifications": ["Personlig pleje", "Rengøring", "Dokumentation"], "experience_years": 0}], "profile": "Jeg har seks års erfaring fra lager med plukning og truck. Som kollega er jeg stabil. Kan arbejde dag og aften, fuldtid, og har bil."}"#,
    }
}

impl ChangeOfTradeUnmotivated {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let known: Vec<String> = cv
            .work_experience
            .iter()
            .map(|w| w.title.as_str())
            .chain(cv.education.iter().map(|e| e.title.as_str()))
            .flat_map(stems)
            .collect();
        if known.is_empty() {
            return; // nothing to compare with
        }
        let new_trades: Vec<&str> = cv
            .job_wishes
            .iter()
            .map(|w| w.occupation.as_str())
            .filter(|o| filled(o) && !stems(o).iter().any(|s| known.contains(s)))
            .collect();
        if new_trades.is_empty() || Words::new(&cv.profile).matches_any(MOTIVATION) {
            return;
        }
        let list = new_trades.iter().map(|o| quote(o)).collect::<Vec<_>>().join(", ");
        hits.push(Hit::new(
            "profile",
            Text::new(
                format!("Du søger job som {list}, men har ikke erfaring eller uddannelse i det. Profilen siger ikke, hvorfor du vil skifte."),
                format!("You are looking for work as {list} without experience or education in it. Your profile doesn't say why you want to change."),
            ),
            Text::new(
                "Skriv i profilen, hvilken branche du vil over i, og hvorfor – fx hvad du har gjort, der viser, at du kan og vil.",
                "Write in your profile which trade you want to move to, and why – e.g. what you have done that shows you can and want to.",
            ),
        ));
    }
}
