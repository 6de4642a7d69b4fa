//! Danish word knowledge: number words, weekdays, months, abbreviations, action verbs in all
//! their inflections, and a typo-tolerant lookup (edit distance 1) for the words that matter.

pub use super::words::ActionClass;
#[allow(unused_imports)]
pub(crate) use super::words::{ACTIONS, ACTION_NOUNS, MONTHS, WEEKDAYS};

/// A month by name or abbreviation ("jan", "sept", "okt"), 1-based.
pub(crate) fn month(word: &str) -> Option<u32> {
    if let Some(i) = MONTHS.iter().position(|m| *m == word) {
        return Some(i as u32 + 1);
    }
    let m = match word {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "okt" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

pub(crate) fn weekday(word: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u32)
}

const UNITS: [&str; 10] = ["", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"];
const TEENS: [(&str, u32); 11] = [
    ("ti", 10),
    ("elleve", 11),
    ("tolv", 12),
    ("tretten", 13),
    ("fjorten", 14),
    ("femten", 15),
    ("seksten", 16),
    ("sytten", 17),
    ("atten", 18),
    ("nitten", 19),
    ("hundrede", 100),
];
const TENS: [(&str, u32); 8] = [
    ("tyve", 20),
    ("tredive", 30),
    ("fyrre", 40),
    ("halvtreds", 50),
    ("tres", 60),
    ("halvfjerds", 70),
    ("firs", 80),
    ("halvfems", 90),
];

/// A Danish number word: "to" → 2, "femogtyve" → 25, "enogfyrre" → 41, "tyve" → 20.
/// "en"/"et" are left to the caller (they are usually articles); "én"/"ét" are 1.
pub(crate) fn number_word(word: &str) -> Option<u32> {
    match word {
        "én" | "ét" => return Some(1),
        "en" | "et" | "" => return None,
        "tusind" | "tusinde" => return Some(1000),
        "hundred" => return Some(100),
        _ => {}
    }
    if let Some(i) = UNITS.iter().position(|u| *u == word) {
        return Some(i as u32);
    }
    if let Some((_, v)) = TEENS.iter().find(|(w, _)| *w == word) {
        return Some(*v);
    }
    if let Some((_, v)) = TENS.iter().find(|(w, _)| *w == word) {
        return Some(*v);
    }
    // "femogtyve": unit + "og" + tens
    let (head, tail) = word.split_once("og")?;
    let unit = match head {
        "en" | "et" => 1,
        h => UNITS.iter().position(|u| *u == h).filter(|&i| i > 0)? as u32,
    };
    let tens = TENS.iter().find(|(w, _)| *w == tail)?.1;
    Some(tens + unit)
}

/// Abbreviations a Danish job-centre text uses, with the word the analyser reads instead.
/// The full stop after them does not end a sentence.
pub(crate) fn abbreviation(word: &str) -> Option<&'static str> {
    Some(match word {
        "ca" => "cirka",
        "mdr" | "mdrs" => "måneder",
        "md" | "mdn" => "måned",
        "pr" => "per",
        "d" => "den",
        "ift" => "ift",
        "jf" | "jvf" => "jf",
        "tlf" => "telefon",
        "fx" | "feks" => "fx",
        "evt" => "eventuelt",
        "kl" => "klokken",
        "stk" => "stykker",
        "maks" | "max" => "højst",
        "nr" => "nummer",
        "inkl" => "inklusive",
        "vedr" => "vedrørende",
        "bl" => "bl",
        "dvs" => "dvs",
        "osv" => "osv",
        "mv" | "mfl" => "mv",
        "ugl" => "ugentligt",
        "ansøgn" => "ansøgninger",
        _ => return None,
    })
}

/// A sorted list of words compiled in by `build.rs`: one text and the byte offset of each word
/// (and of the text's end), so a lookup is a binary search and nothing is built at run time.
pub(crate) struct WordTable {
    pub(crate) text: &'static str,
    pub(crate) at: &'static [u16],
}

impl WordTable {
    pub(crate) fn len(&self) -> usize {
        self.at.len() - 1
    }

    pub(crate) fn get(&self, i: usize) -> &'static str {
        &self.text[self.at[i] as usize..self.at[i + 1] as usize]
    }

    /// The index of `w`, if listed.
    pub(crate) fn find(&self, w: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.get(mid).cmp(w) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    pub(crate) fn contains(&self, w: &str) -> bool {
        self.find(w).is_some()
    }

    /// The indices of the words that start with `prefix` (a contiguous range).
    pub(crate) fn with_prefix(&self, prefix: &str) -> std::ops::Range<usize> {
        let point = |pred: &dyn Fn(&str) -> bool| {
            let (mut lo, mut hi) = (0, self.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if pred(self.get(mid)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            lo
        };
        let lo = point(&|t| t < prefix);
        let hi = point(&|t| t < prefix || t.starts_with(prefix));
        lo..hi
    }
}

/// The vocabulary as static tables, generated by `build.rs` from `words.rs`, `places.rs` and
/// `areas.rs`.
#[allow(clippy::all)]
pub(crate) mod tables {
    use super::{ActionClass, WordTable};
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}

/// Every lower-case word the analyser knows, and the words worth correcting a typo to: static
/// tables compiled by `build.rs` (issue 11: the first check after load builds nothing).
pub(crate) struct Vocabulary;

impl Vocabulary {
    pub(crate) fn is_known(&self, w: &str) -> bool {
        tables::KNOWN.contains(w)
    }

    /// The word a typo stands for: the one target at edit distance 1 (insertion, deletion,
    /// substitution or swap of two neighbours) with the same first letter. Words of fewer than five
    /// chars, known words and words with several equally close targets are left alone.
    pub(crate) fn correct(&self, w: &str) -> Option<&'static str> {
        let first = w.chars().next()?;
        let mut buf = [0u8; 4];
        let range = tables::TARGETS.with_prefix(first.encode_utf8(&mut buf));
        correct_among(w, |x| self.is_known(x), range.map(|i| tables::TARGETS.get(i)))
    }
}

/// [`Vocabulary::correct`] over the given targets (those with `w`'s first letter suffice).
fn correct_among<'t>(w: &str, known: impl Fn(&str) -> bool, targets: impl Iterator<Item = &'t str>) -> Option<&'t str> {
    let n = w.chars().count();
    if !(5..=40).contains(&n) || known(w) {
        return None;
    }
    let first = w.chars().next();
    let mut found: Option<&'t str> = None;
    for t in targets {
        // "lagerarbejde" (the work) is not a typo of "lagerarbejder" (the worker)
        let agent_noun = t.len() == w.len() + 1 && t.ends_with('r') && t.starts_with(w) && w.ends_with('e');
        if t.chars().next() != first || agent_noun || t.len().abs_diff(w.len()) > 4 || !within_one(w, t) {
            continue;
        }
        match found {
            None => found = Some(t),
            Some(f) if f == t => {}
            Some(_) => return None, // ambiguous
        }
    }
    found
}

/// The class of an action verb's form ("ringede" → Contact).
pub(crate) fn action_class(w: &str) -> Option<ActionClass> {
    tables::ACTION_FORMS.find(w).map(|i| tables::ACTION_CLASSES[i])
}

/// Optimal string alignment distance ≤ 1 (a swap of neighbours counts as one edit).
fn within_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if p == la && p == lb {
        return true;
    }
    if la == lb {
        // substitution, or swap at p
        a[p + 1..] == b[p + 1..] || (p + 1 < la && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
    } else if la > lb {
        a[p + 1..] == b[p..]
    } else {
        a[p..] == b[p + 1..]
    }
}

/// Spelling without Danish letters ("paedagog", "soeger", "maaned") → with them, or `None`.
pub(crate) fn fold_ascii(w: &str) -> Option<String> {
    if !(w.contains("ae") || w.contains("oe") || w.contains("aa")) {
        return None;
    }
    Some(w.replace("aa", "å").replace("ae", "æ").replace("oe", "ø"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_words() {
        assert_eq!(number_word("to"), Some(2));
        assert_eq!(number_word("femogtyve"), Some(25));
        assert_eq!(number_word("enogfyrre"), Some(41));
        assert_eq!(number_word("tyve"), Some(20));
        assert_eq!(number_word("halvfems"), Some(90));
        assert_eq!(number_word("en"), None);
        assert_eq!(number_word("ét"), Some(1));
        assert_eq!(number_word("ogtyve"), None);
        assert_eq!(number_word("tog"), None);
    }

    #[test]
    fn typos_at_distance_one() {
        let v = Vocabulary;
        // the built-in targets plus extra ones (the tables are static; the search is the same)
        let with = |extra: &[&'static str], w: &str| -> Option<&'static str> {
            let all = (0..tables::TARGETS.len()).map(|i| tables::TARGETS.get(i)).chain(extra.iter().copied());
            correct_among(w, |x| v.is_known(x) || extra.contains(&x), all)
        };
        assert_eq!(with(&["lagermedarbejder"], "lagermedarbjder"), Some("lagermedarbejder"));
        assert_eq!(with(&["lagermedarbejder"], "lagermedarbjeder"), Some("lagermedarbejder"));
        assert_eq!(with(&["lagermedarbejder"], "lagermedarbejdder"), Some("lagermedarbejder"));
        assert_eq!(v.correct("stilinger"), Some("stillinger"));
        assert_eq!(v.correct("samtalle"), Some("samtale"));
        assert_eq!(v.correct("mandg"), Some("mandag"));
        assert_eq!(with(&["lagermedarbejder"], "kagermedarbejder"), None, "first letter must match");
        assert_eq!(v.correct("tager"), None, "known word");
        assert_eq!(with(&["lagermedarbejder"], "lagermedarbejderne"), None, "distance 2");
        assert_eq!(with(&["lagermedarbejder", "lagerarbejder"], "lagerarbejde"), None, "the work, not a typo of the worker");
        assert!(within_one("ab", "ba") && within_one("abc", "abd") && !within_one("abc", "cab"));
    }

    #[test]
    fn the_static_tables_hold_every_listed_word() {
        use super::super::{areas::AREAS, places, words};
        let v = Vocabulary;
        for w in words::COMMON.split_whitespace().chain(places::TOWNS.iter().copied()).chain(places::REGIONS.iter().copied()) {
            assert!(v.is_known(w), "{w}");
        }
        for a in AREAS {
            assert!(a.keywords.iter().all(|k| v.is_known(k)), "{}", a.id);
        }
        for (lemma, forms, _) in ACTIONS {
            for f in forms.split(' ') {
                assert!(v.is_known(f), "{f}");
                let first = ACTIONS.iter().find(|(_, fs, _)| fs.split(' ').any(|x| x == f)).map(|a| a.2);
                assert_eq!(action_class(f), first, "{lemma}: {f}");
            }
        }
        assert_eq!(action_class("ringede"), Some(ActionClass::Contact));
        assert_eq!(action_class("ringning"), None);
        for w in words::TYPO_TARGETS.iter().chain(&WEEKDAYS).chain(&MONTHS) {
            assert_eq!(tables::TARGETS.contains(w), w.chars().count() >= 5, "{w}");
        }
        for (table, list) in [(&tables::SITES, places::SITES), (&tables::ORGS, places::ORG_WORDS), (&tables::TOWNS, places::TOWNS)] {
            assert!(list.iter().all(|w| table.contains(w)));
            assert!(!table.contains("lagermedarbejder") && !table.contains(""));
        }
        let t = &tables::TARGETS;
        assert_eq!(t.with_prefix("m").map(|i| t.get(i)).filter(|w| !w.starts_with('m')).count(), 0);
        assert!(t.with_prefix("m").len() >= 3 && t.with_prefix("zz").is_empty());
    }
}
