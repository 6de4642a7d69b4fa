//! The guesses an import makes, each reported: education level from a degree name or an EQF
//! level, language level from a CEFR code or a proficiency phrase, dates from free text, a
//! language's Danish name from an English name or an ISO 639-1 code.

use crate::cv::model::{EducationLevel, LanguageLevel};
use crate::Text;

fn words(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out = String::from(" ");
    for c in lower.chars() {
        out.push(if c.is_alphanumeric() || c == '.' { c } else { ' ' });
    }
    out.push(' ');
    out
}

/// Education level from a degree or education name (Danish or English). Most specific first.
pub fn education_level(name: &str) -> Option<EducationLevel> {
    use EducationLevel::*;
    let w = words(name);
    let has = |keys: &[&str]| keys.iter().any(|k| w.contains(k));
    if has(&[" ph.d", " phd", " doctor", " doktor", " dr."]) {
        Some(Phd)
    } else if has(&[" cand.", " kandidat", " master", " msc", " m.sc", " ma ", " mba", " magister", " civilingeniør", " cand "]) {
        Some(Master)
    } else if has(&["bachelor", " ba ", " bsc", " b.sc", " diplomingeniør", " sygeplejerske", " pædagog", " lærer", " socialrådgiver", " professionsbachelor"]) {
        Some(Bachelor)
    } else if has(&["akademi", " ak ", " datamatiker", " kort videregående", " associate", " erhvervsakademi", " markedsføringsøkonom", " finansøkonom", " laborant", " ap degree", " logistikøkonom"]) {
        Some(ShortHigher)
    } else if has(&[
        " eud", "erhvervsuddannelse", " svend", "faglært", "lærling", "elev", "social- og sundheds", "sosu", "uddannelsen", " vocational",
        " apprentice", " smed", " tømrer", " elektriker", " kok ", " frisør", " mekaniker", " lager", " logistik", " chauffør",
    ]) {
        Some(Vocational)
    } else if has(&[" stx", " hhx", " htx", " hf ", "gymnas", "studentereksamen", " student ", " high school", " a-level", " baccalaureate", " eux"]) {
        Some(UpperSecondary)
    } else if has(&["folkeskole", "grundskole", " 9. klasse", " 10. klasse", "afgangsprøve", "primary school", "lower secondary", "efterskole"]) {
        Some(Primary)
    } else {
        None
    }
}

/// Education level from an EQF/ISCED-like level code (Europass): 1–2 primary, 3–4 upper
/// secondary, 5 short-cycle, 6 bachelor, 7 master, 8 PhD.
pub fn education_level_code(code: &str) -> Option<EducationLevel> {
    use EducationLevel::*;
    let digit = code.chars().find(|c| c.is_ascii_digit())?;
    Some(match digit {
        '0'..='2' => Primary,
        '3' | '4' => UpperSecondary,
        '5' => ShortHigher,
        '6' => Bachelor,
        '7' => Master,
        _ => Phd,
    })
}

pub fn education_how(from_code: bool) -> Text {
    if from_code {
        Text::new("niveau oversat fra EQF-niveauet – tjek det", "level translated from the EQF level – check it")
    } else {
        Text::new("niveau gættet ud fra uddannelsens navn – tjek det", "level guessed from the education's name – check it")
    }
}

/// Language level from a CEFR code (A1–C2), a LinkedIn proficiency or a word (Danish or English).
pub fn language_level(s: &str) -> Option<(LanguageLevel, Text)> {
    use LanguageLevel::*;
    let w = words(s);
    let t = s.trim().to_ascii_uppercase();
    let cefr = |l: LanguageLevel| Some((l, Text::new(format!("CEFR-niveau {t} oversat til Jobnets niveau"), format!("CEFR level {t} translated to Jobnet's level"))));
    match t.as_str() {
        "C2" | "C1" => return cefr(Fluent),
        "B2" | "B1" => return cefr(Good),
        "A2" | "A1" => return cefr(Basic),
        _ => {}
    }
    let has = |keys: &[&str]| keys.iter().any(|k| w.contains(k));
    let level = if has(&["native", "bilingual", "modersmål", "mother tongue", "tosproget"]) {
        Native
    } else if has(&["full professional", "fluent", "flydende", "advanced", "proficient", "avanceret", "meget god"]) {
        Fluent
    } else if has(&["professional working", "good", "godt", "god ", "intermediate", "mellem", "conversational"]) {
        Good
    } else if has(&["limited working", "elementary", "basic", "grundlæggende", "beginner", "begynder", "lidt"]) {
        Basic
    } else {
        return None;
    };
    Some((level, Text::new(format!("niveau gættet ud fra \"{}\"", s.trim()), format!("level guessed from \"{}\"", s.trim()))))
}

/// The Danish name of a language from an English name or an ISO 639-1 code; `None` when the
/// name is kept as written (already Danish or unknown).
pub fn language_name(s: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str, &str)] = &[
        ("da", "danish", "Dansk"),
        ("en", "english", "Engelsk"),
        ("de", "german", "Tysk"),
        ("sv", "swedish", "Svensk"),
        ("nb", "norwegian", "Norsk"),
        ("no", "norwegian bokmål", "Norsk"),
        ("fr", "french", "Fransk"),
        ("es", "spanish", "Spansk"),
        ("it", "italian", "Italiensk"),
        ("pl", "polish", "Polsk"),
        ("ar", "arabic", "Arabisk"),
        ("tr", "turkish", "Tyrkisk"),
        ("uk", "ukrainian", "Ukrainsk"),
        ("ro", "romanian", "Rumænsk"),
        ("nl", "dutch", "Hollandsk"),
        ("fi", "finnish", "Finsk"),
        ("is", "icelandic", "Islandsk"),
        ("fo", "faroese", "Færøsk"),
        ("kl", "greenlandic", "Grønlandsk"),
        ("ru", "russian", "Russisk"),
        ("pt", "portuguese", "Portugisisk"),
        ("lt", "lithuanian", "Litauisk"),
    ];
    let l = s.trim().to_lowercase();
    NAMES.iter().find(|(code, en, _)| l == *code || l == *en).map(|(_, _, da)| *da)
}

const MONTHS: &[(&str, u32)] = &[
    ("januar", 1), ("january", 1), ("jan", 1), ("februar", 2), ("february", 2), ("feb", 2), ("marts", 3), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("maj", 5), ("may", 5), ("juni", 6), ("june", 6), ("jun", 6), ("juli", 7), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("oktober", 10), ("october", 10), ("okt", 10), ("oct", 10),
    ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

fn iso_shaped(s: &str) -> bool {
    let b = s.as_bytes();
    let d = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    (b.len() == 7 && d(0..4) && b[4] == b'-' && d(5..7)) || (b.len() == 10 && d(0..4) && b[4] == b'-' && d(5..7) && b[7] == b'-' && d(8..10))
}

/// A date as the CV keeps it ("YYYY-MM" or "YYYY-MM-DD"): ISO input is kept as it is; free
/// text ("marts 2019", "Mar 2019", "03/2019", "1.3.2019", "2019") is read and the guess
/// explained; "nu", "present" and the like are the empty end of a current job.
pub fn date(raw: &str) -> (String, Option<Text>) {
    let s = raw.trim();
    if s.is_empty() || iso_shaped(s) {
        return (s.to_string(), None);
    }
    // ISO with time ("2019-03-01T00:00:00Z").
    // (`get`: byte 10 need not be a char boundary – "2019-03-0æ…" – found by the cv_import fuzz target.)
    if let Some(day) = s.get(..10).filter(|d| iso_shaped(d) && s.as_bytes().get(10) == Some(&b'T')) {
        return (day.to_string(), None);
    }
    let lower = s.to_lowercase();
    let how = |v: &str| Some(Text::new(format!("dato læst ud fra \"{s}\" som {v}"), format!("date read from \"{s}\" as {v}")));
    if ["nu", "present", "i dag", "dags dato", "current", "now", "igangværende", "ongoing"].contains(&lower.as_str()) {
        return (String::new(), Some(Text::new(format!("\"{s}\": et job, du stadig har (ingen slutdato)"), format!("\"{s}\": a current job (no end date)"))));
    }
    let nums: Vec<u32> = lower.split(|c: char| !c.is_ascii_digit()).filter(|x| !x.is_empty() && x.len() <= 4).filter_map(|x| x.parse().ok()).collect();
    let year = nums.iter().copied().find(|n| (1900..=2100).contains(n));
    let Some(year) = year else { return (String::new(), Some(Text::new(format!("datoen \"{s}\" kunne ikke læses og er udeladt"), format!("the date \"{s}\" could not be read and is left out")))) };
    let month = MONTHS
        .iter()
        .find(|(name, _)| lower.split(|c: char| !c.is_alphabetic()).any(|w| w.len() >= 3 && name.starts_with(w)))
        .map(|(_, m)| *m)
        .or_else(|| {
            // "03/2019", "1.3.2019", "01-03-2019": the number just before the year is the month.
            let small: Vec<u32> = nums.iter().copied().filter(|n| *n != year).collect();
            small.last().copied().filter(|m| (1..=12).contains(m))
        });
    match month {
        Some(m) => {
            let v = format!("{year:04}-{m:02}");
            let h = how(&v);
            (v, h)
        }
        // No month is invented: Jobnet wants month and year, so the citizen adds it.
        None => (
            format!("{year:04}"),
            Some(Text::new(format!("\"{s}\" har kun et årstal: tilføj måneden (Jobnet vil have måned og år)"), format!("\"{s}\" has only a year: add the month (Jobnet wants month and year)"))),
        ),
    }
}

/// "Kørekort B", "Driving licence C/CE", "B" → the licence categories, if the name is one.
pub fn driving_licences(name: &str) -> Option<Vec<String>> {
    const CATS: &[&str] = &["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"];
    let lower = name.to_lowercase();
    let tagged = ["kørekort", "driving licen", "driver's licen", "drivers licen", "førerbevis"].iter().any(|k| lower.contains(k));
    let rest: String = ["kørekort", "driving licence", "driving license", "driver's license", "drivers license", "førerbevis", "kategori", "category", "kat.", "til"]
        .iter()
        .fold(lower, |acc, k| acc.replace(k, " "));
    let cats: Vec<String> = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_uppercase).collect();
    if cats.is_empty() || !cats.iter().all(|c| CATS.contains(&c.as_str())) || (!tagged && cats.len() > 3) {
        return None;
    }
    if !tagged && name.trim().len() > 3 {
        return None;
    }
    Some(cats)
}
