//! The light title resolver: the occupation a job title or a "jeg søger job som" entry names,
//! without the full Danish vocabulary.
//!
//! [`find_occupations`](super::find_occupations) reads free text: it tokenises, corrects typos
//! against a vocabulary of every known word and needs context for everyday words. A title
//! *field* needs none of that, and in WebAssembly the vocabulary would cost the CV module tens of
//! KB. [`resolve_title`] only
//!
//! 1. folds the name to a key: lower case, æ/ä → ae, ø/ö → oe, å → aa, letters and digits only
//!    ("Social- og sundhedshjælper" → `socialogsundhedshjaelper`, "rengørings assistent" →
//!    `rengoeringsassistent`, "Paedagog" → `paedagog`);
//! 2. looks the key up among the titles and synonyms of `data/occupations.tsv` (the same file
//!    the full lexicon reads), then with a plural or definite noun ending taken off
//!    ("Lagermedarbejdere" → lagermedarbejder);
//! 3. when the whole name is not a title, tries its words one by one and each pair of
//!    neighbouring words ("Lagermedarbejder til nattevagt" → Lagermedarbejder).
//!
//! No typo correction: "lagermedarbjder" is not resolved here (the SMART check's reader does it).

use super::{FxMap, Occupation, NOUN_SUFFIXES, OCCUPATIONS_TSV};
use std::sync::OnceLock;

/// Every occupation of the lexicon, parsed once from `data/occupations.tsv`.
pub(crate) fn occupations() -> &'static [Occupation] {
    static OCC: OnceLock<Vec<Occupation>> = OnceLock::new();
    OCC.get_or_init(|| {
        let mut out = Vec::new();
        for line in OCCUPATIONS_TSV.lines() {
            if line.starts_with('#') || line.starts_with("title\t") || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(title), Some(area), Some(disco)) = (f.next(), f.next(), f.next()) else { continue };
            let synonyms = f.next().unwrap_or("").split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
            let needs_context = f.next().unwrap_or("").split(',').any(|x| x.trim() == "ctx");
            out.push(Occupation { title, area, disco, synonyms, needs_context });
        }
        out
    })
}

/// Folded key of every title and synonym → index into [`occupations()`].
fn index() -> &'static FxMap<String, u16> {
    static INDEX: OnceLock<FxMap<String, u16>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = FxMap::default();
        for (i, o) in occupations().iter().enumerate() {
            for form in std::iter::once(o.title).chain(o.synonyms.iter().copied()) {
                let mut key = String::new();
                fold_into(form, &mut key);
                map.entry(key).or_insert(i as u16);
            }
        }
        map
    })
}

/// One text folding for every check (with canonical composition): `crate::common::text`.
pub(crate) use crate::common::text::{fold_into, push_folded};

/// Index of the occupation a folded key names, trying noun endings off.
fn lookup(key: &str) -> Option<u16> {
    let idx = index();
    if let Some(&i) = idx.get(key) {
        return Some(i);
    }
    NOUN_SUFFIXES
        .iter()
        .filter(|s| !s.is_empty())
        .filter_map(|s| key.strip_suffix(s))
        .filter(|base| base.len() >= 3)
        .find_map(|base| idx.get(base).copied())
}

/// The index (into [`occupations()`]) of the occupation a title names; see the module docs.
pub(crate) fn resolve_index(name: &str) -> Option<u16> {
    if name.len() > 200 {
        return None; // a title, not a text
    }
    let mut key = String::with_capacity(name.len() + 8);
    fold_into(name, &mut key);
    if key.is_empty() {
        return None;
    }
    if let Some(i) = lookup(&key) {
        return Some(i);
    }
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return None;
    }
    for (k, w) in words.iter().enumerate() {
        key.clear();
        fold_into(w, &mut key);
        if key.len() >= 3 {
            if let Some(i) = lookup(&key) {
                return Some(i);
            }
        }
        if let Some(next) = words.get(k + 1) {
            fold_into(next, &mut key);
            if let Some(i) = lookup(&key) {
                return Some(i);
            }
        }
    }
    None
}

/// The occupation a job title or a "jeg søger job som" entry names: its title or a synonym in any
/// case, spacing, hyphenation, plural or definite form, or spelt without æøå ("Lagermand",
/// "gaffeltruckfører", "Lagermedarbejdere", "rengørings-assistent", "paedagog"). Light: no typo
/// correction and no vocabulary (see the module docs).
pub fn resolve_title(name: &str) -> Option<&'static Occupation> {
    resolve_index(name).map(|i| &occupations()[i as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_titles_synonyms_and_forms() {
        let t = |s: &str| resolve_title(s).map(|o| o.title);
        assert_eq!(t("Lagermedarbejder"), Some("Lagermedarbejder"));
        assert_eq!(t("lagermand"), Some("Lagermedarbejder"));
        assert_eq!(t("Lagerarbejder"), Some("Lagermedarbejder"));
        assert_eq!(t("Lagermedarbejdere"), Some("Lagermedarbejder"));
        assert_eq!(t("gaffeltruckfører"), Some("Truckfører"));
        assert_eq!(t("GAFFELTRUCKFØRER"), Some("Truckfører"));
        assert_eq!(t("rengørings assistent"), Some("Rengøringsassistent"));
        assert_eq!(t("Rengørings-assistent"), Some("Rengøringsassistent"));
        assert_eq!(t("paedagog"), Some("Pædagog"));
        assert_eq!(t("Social- og sundhedshjælper"), Some("Social- og sundhedshjælper"));
        assert_eq!(t("Lagermedarbejder til nattevagt"), Some("Lagermedarbejder"));
        assert_eq!(t("Astronaut"), None);
        assert_eq!(t(""), None);
        assert_eq!(t("🙂 -- ,"), None);
        assert_eq!(t(&"lager ".repeat(100_000)), None);
    }

    #[test]
    fn the_same_occupations_as_the_full_lexicon() {
        for o in occupations() {
            assert_eq!(resolve_title(o.title).map(|r| r.title), Some(o.title));
            assert_eq!(super::super::occupation(o.title).map(|r| r.title), Some(o.title), "full lexicon: {}", o.title);
        }
    }
}
