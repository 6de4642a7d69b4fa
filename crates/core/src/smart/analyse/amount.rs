//! Amounts: "3 ansøgninger", "to stillinger", "femogtyve", "2-3", "mindst 5", and "en"/"et" only
//! where they count something the citizen does ("send en ansøgning om ugen").

use super::{noun_class, Analysis, NounClass, Quantity};
use crate::lexicon::danish;

/// Words that may stand between a number and what it counts.
const ADJECTIVES: &[&str] = &[
    "uopfordrede", "uopfordret", "relevante", "nye", "ledige", "opslåede", "konkrete", "forskellige", "skriftlige",
    "personlige", "telefoniske", "lokale", "gode", "målrettede", "motiverede", "udvalgte", "mulige", "ekstra", "store",
    "små", "danske", "nordjyske", "private", "offentlige", "fysiske", "digitale", "virksomheds", "faglige",
];

/// Units: a number before them is a measure, not a count of job-search actions.
const UNITS: &[&str] = &[
    "km", "kilometer", "timer", "time", "timers", "minutter", "min", "kr", "kroner", "procent", "%", "år", "års",
    "dage", "dag", "uger", "uge", "måned", "måneder", "gange", "gang", "timer/uge", "m", "meter", "kg", "ton", "stk",
    "point", "karakter", "klasse",
];

pub(super) fn scan_quantities(a: &mut Analysis) {
    let n = a.words.len();
    let mut i = 0;
    while i < n {
        if a.used[i] {
            i += 1;
            continue;
        }
        let w = a.w(i);
        let prev = if i > 0 { a.w(i - 1) } else { "" };
        if matches!(prev, "klokken" | "nummer" | "telefon" | "jobnr" | "side" | "bus" | "rute" | "linje" | "uge") {
            i += 1;
            continue;
        }
        let explicit = a.words[i].num.filter(|_| a.words[i].digits <= 7).map(f64::from).or_else(|| danish::number_word(w).map(f64::from));
        let article = explicit.is_none() && matches!(w, "en" | "et") && a.w(i + 1) != "par";
        if explicit.is_none() && !article {
            i += 1;
            continue;
        }
        let mut value = explicit.unwrap_or(1.0);
        let mut last = i;
        // ranges: "2-3", "2 til 3", "2 eller 3"
        if explicit.is_some() {
            let next_num = |k: usize| a.words.get(k).and_then(|x| x.num).map(f64::from).or_else(|| danish::number_word(a.w(k)).map(f64::from));
            if a.punct_after(i) == Some('-') && a.glued(i) {
                if let Some(v) = next_num(i + 1) {
                    value = value.max(v);
                    last = i + 1;
                }
            } else if a.is(i + 1, &["til", "eller"]) {
                if let Some(v) = next_num(i + 2) {
                    value = value.max(v);
                    last = i + 2;
                }
            }
        }
        // what is counted
        let mut k = last + 1;
        let mut skipped = 0;
        while skipped < 2 && k < n && ADJECTIVES.contains(&a.w(k)) {
            k += 1;
            skipped += 1;
        }
        let noun = a.w(k);
        if UNITS.contains(&noun) || noun.ends_with("timer") {
            i = k + 1;
            continue;
        }
        let class = noun_class(noun);
        if article {
            // "en"/"et" count only a job-search noun after an action in the same sentence.
            let sentence = a.words[i].sentence;
            let action_before = a.actions.iter().any(|x| x.f.sentence == sentence && x.f.span.end <= a.words[i].start && !x.nominal);
            if !(matches!(class, Some(NounClass::Apply) | Some(NounClass::Contact)) && action_before) {
                i += 1;
                continue;
            }
        }
        // "mindst 3", "ca. 2", "op til 5"
        let mut first = i;
        if i > 0 && a.is(i - 1, &["mindst", "minimum", "cirka", "omkring", "højst", "maksimalt", "præcis"]) {
            first = i - 1;
        } else if i > 1 && a.seq(i - 2, &["op", "til"]) {
            first = i - 2;
        }
        let end = if class.is_some() { k } else { last };
        let f = a.feature(first, end.min(n - 1));
        a.quantities.push(Quantity { f, value, class: class.unwrap_or(NounClass::Other) });
        i = last + 1;
    }
}
