use super::cv104_personal_trait_as_qualification::PERSONAL_TRAITS;
use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, Words};
use crate::Text;

/// One topic the profile should cover (seed 003 §4.1 Faglig profil), with the words that show it.
struct Topic {
    /// The finding's message.
    da: &'static str,
    en: &'static str,
    /// Personal traits (CV104's list) also show this topic.
    traits: bool,
    fix_da: &'static str,
    fix_en: &'static str,
    words: &'static [&'static str],
}

const TOPICS: &[Topic] = &[
    Topic {
        da: "Din profil fortæller ikke om dine arbejdsopgaver.",
        en: "Your profile says nothing about your tasks.",
        traits: false,
        fix_da: "Skriv hvilke arbejdsopgaver du har erfaring med, eller hvad du gerne vil oplæres i.",
        fix_en: "Write which tasks you have experience with, or what you would like to be trained in.",
        words: &["opgave*", "arbejdsopgave*", "erfaring*", "arbejdet*", "arbejder med", "kender til", "kompetence*",
                 "fagområde*", "uddannet", "oplært", "experience*", "task*", "skilled", "worked"],
    },
    Topic {
        da: "Din profil fortæller ikke, hvordan du er som kollega.",
        en: "Your profile doesn't say what you are like as a colleague.",
        traits: true,
        fix_da: "Skriv kort, hvordan du er som medarbejder og kollega – og gør det konkret, fx \"fleksibel ift. arbejdstider\".",
        fix_en: "Write briefly what you are like as an employee and colleague – concretely, e.g. \"flexible about hours\".",
        words: &["kollega*", "kolleger*", "som person", "som medarbejder", "jeg er", "personlig*", "colleague*", "i am"],
    },
    Topic {
        da: "Din profil fortæller ikke, hvornår du kan arbejde (dag, aften, nat, weekend, rejser).",
        en: "Your profile doesn't say when you can work (day, evening, night, weekend, travel).",
        traits: false,
        fix_da: "Skriv om du kan arbejde dag, aften og nat, i weekender og med rejser.",
        fix_en: "Write whether you can work days, evenings, nights, weekends and travel.",
        words: &["dag", "dagen", "dagtimer*", "dagvagt*", "aften*", "nat", "natten", "nattevagt*", "natarbejde*",
                 "weekend*", "skiftehold*", "vagt*", "vagter", "rejse*", "arbejdstid*", "hverdag*", "døgn*",
                 "day*", "evening*", "night*", "shift*"],
    },
    Topic {
        da: "Din profil fortæller ikke, om du søger fuldtid eller deltid.",
        en: "Your profile doesn't say whether you want full or part time.",
        traits: false,
        fix_da: "Skriv om du søger fuldtid, eller om du kan eller vil arbejde færre timer.",
        fix_en: "Write whether you want full time or can or want to work fewer hours.",
        words: &["fuldtid*", "deltid*", "timer", "timers", "full time", "part time", "fulltime", "parttime", "hours"],
    },
    Topic {
        da: "Din profil fortæller ikke, hvordan du kommer på arbejde.",
        en: "Your profile doesn't say how you get to work.",
        traits: false,
        fix_da: "Skriv om du har bil, cykel eller scooter, eller om du tager offentlig transport.",
        fix_en: "Write whether you have a car, bike or scooter, or use public transport.",
        words: &["bil", "bilen", "biler", "kørekort*", "cykel*", "cykler", "cyklen", "scooter*", "knallert*",
                 "offentlig transport", "toget", "bus", "bussen", "pendl*", "transport*", "car", "bike", "bicycle", "commut*"],
    },
];

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At den faglige profil kommer ind på: arbejdsopgaver, hvordan man er som kollega, hvornår man kan
    /// arbejde (dag/aften/nat, weekend, rejser), fuldtid eller deltid, og transport. Ét fund pr. emne,
    /// der mangler. / That the profile covers tasks, personal description, working times, full/part
    /// time and transport; one finding per missing topic.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §4.1 (Faglig profil) lister netop disse emner som "vigtige oplysninger for en kommende
    /// arbejdsgiver". The seed lists exactly these topics as important for a future employer.
    ///
    /// ## Sådan retter du / How to fix
    /// Tilføj en sætning om hvert emne, der mangler. / Add a sentence on each missing topic.
    pub struct ProfileTopicMissing {
        code: "CV208",
        name: "profile-topic-missing",
        title: ("Profilen mangler et emne", "Profile misses a topic"),
        category: Selection,
        module: Profile,
        severity: Info,
        weight: 5.0,
        jobnet_required: false,
        requires: "CV207",
        source: "seed 003 §4.1 Faglig profil",
        quiet: r#"{"profile": "Erfaring med kasse og varebestilling. Som kollega er jeg rolig. Kan arbejde aften og weekend, fuldtid, og har egen bil."}"#,
        fires: r#"{"profile": "Erfaring med kasse og varebestilling. Som kollega er jeg rolig og hjælpsom og glad for at lære nyt."}"#,
    }
}

impl ProfileTopicMissing {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !filled(&cv.profile) {
            return; // CV207
        }
        let ws = Words::new(&cv.profile);
        for t in TOPICS {
            if (t.traits && ws.matches_any(PERSONAL_TRAITS)) || ws.matches_any(t.words) {
                continue;
            }
            hits.push(Hit::new(
                "profile",
                Text::new(t.da, t.en),
                Text::new(t.fix_da, t.fix_en),
            ).share(1.0 / TOPICS.len() as f64));
        }
    }
}
