use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{quote, Words};
use crate::Text;

/// Personal traits that people put among qualifications (seed 003 §4.1 lists several).
/// A qualification counts as a trait when its first word matches one of these.
pub(crate) const PERSONAL_TRAITS: &[&str] = &[
    "fleksibel", "fleksible", "samarbejdsvillig*", "samarbejdsorient*", "mødestabil*", "pligtopfyldende",
    "serviceminded", "servicemindet", "positiv", "engageret", "initiativrig*", "selvstændig", "kreativ",
    "ambitiøs", "kvalitetsbevidst", "omstillingsparat", "stabil", "punktlig", "ærlig", "loyal", "udadvendt",
    "hjælpsom", "struktureret", "grundig", "omhyggelig", "nysgerrig", "motiveret", "tålmodig", "robust",
    "lærenem", "teamplayer", "arbejdsom", "ansvarsbevidst", "ansvarsfuld", "smilende", "glad",
    "flexible", "reliable", "hardworking", "motivated",
];

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kvalifikationerne er faglige og ikke personlige egenskaber som "fleksibel" eller
    /// "samarbejdsvillig". Værter kan tilføje ord med `personal_traits`. / That qualifications are
    /// professional, not personal traits; hosts can add words with `personal_traits`.
    ///
    /// ## Hvorfor / Why it matters
    /// Kvalifikationer skal være "alt fagligt (IKKE personlige kompetencer)" (seed 003 §4.1).
    /// Ingen arbejdsgiver søger på "fleksibel", så pladsen er spildt; egenskaberne hører hjemme i
    /// den personlige beskrivelse, helst gjort faglige ("fleksibel ift. arbejdstider").
    /// Nobody searches for "flexible": traits belong in the profile.
    ///
    /// ## Sådan retter du / How to fix
    /// Flyt egenskaben til din faglige profil og vælg en faglig kvalifikation i stedet. / Move the
    /// trait to your profile and pick a professional qualification instead.
    pub struct PersonalTraitAsQualification {
        code: "CV104",
        name: "personal-trait-as-qualification",
        title: ("Personlig egenskab som kvalifikation", "Personal trait as qualification"),
        category: Findability,
        module: JobWishes,
        severity: Warning,
        weight: 5.0,
        jobnet_required: false,
        requires: "CV004",
        source: "seed 003 §4.1 Kvalifikationer and Faglig profil",
        quiet: r#"{"job_wishes": [{"occupation": "Lagermedarbejder", "qualifications": ["Truckkørsel", "Plukning", "Varemodtagelse"], "experience_years": 6}]}"#,
        fires: r#"{"job_wishes": [{"occupation": "Lagermedarbejder", "qualifications": ["Truckkørsel", "Fleksibel", "Samarbejdsvillig"], "experience_years": 6}]}"#,
    }
}

impl PersonalTraitAsQualification {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let extra: Vec<&str> = o.personal_traits.iter().map(String::as_str).collect();
        let total: usize = cv.job_wishes.iter().map(|w| w.qualifications.len()).sum::<usize>().max(1);
        for (i, w) in cv.job_wishes.iter().enumerate() {
            for (j, q) in w.qualifications.iter().enumerate() {
                let ws = Words::new(q);
                let trait_like = ws.first_matches_any(PERSONAL_TRAITS)
                    || (ws.len() <= 5 && ws.matches_any(&["godt humør", "god til at samarbejde", "team player"]))
                    || (!extra.is_empty() && {
                        let joined = ws.iter().collect::<Vec<_>>().join(" ");
                        extra.iter().any(|t| joined == t.to_lowercase().trim())
                    });
                if trait_like {
                    let q = quote(q);
                    hits.push(Hit::new(
                        format!("job_wishes[{i}].qualifications[{j}]"),
                        Text::new(
                            format!("\"{q}\" er en personlig egenskab, ikke en faglig kvalifikation. Arbejdsgivere søger ikke på den."),
                            format!("\"{q}\" is a personal trait, not a professional qualification. Employers don't search for it."),
                        ),
                        Text::new(
                            format!("Flyt \"{q}\" til din faglige profil – gerne gjort faglig, fx \"fleksibel ift. arbejdstider\" – og vælg en faglig kvalifikation i stedet."),
                            format!("Move \"{q}\" to your profile – made concrete, e.g. \"flexible about working hours\" – and pick a professional qualification instead."),
                        ),
                    ).share(3.0 / total as f64));
                }
            }
        }
    }
}
