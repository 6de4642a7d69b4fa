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
//! Since issue 11 this is the same recogniser as the free-text reader ([`super::recognise`]):
//! compounds by their head, one typo in long words, static tables – no vocabulary.

use super::Occupation;
pub(crate) use super::fold::{fold_into, push_folded};
use super::recognise::{self, How};
use super::HeadKind;

/// Every occupation of the taxonomy: a static table compiled from `data/occupations.tsv` by
/// `build.rs` (nothing is parsed or built at run time).
pub(crate) fn occupations() -> &'static [Occupation] {
    recognise::table()
}

/// The index (into [`occupations()`]) of the occupation a title names, by the one recogniser
/// ([`recognise`](super::recognise)). A compound with a generic head ("lufthavnsmedarbejder")
/// names no single occupation of the table, so it gives `None` here (a job-order search then
/// compares the texts).
pub(crate) fn resolve_index(name: &str) -> Option<u16> {
    if name.len() > 200 {
        return None; // a title, not a text
    }
    let (toks, glued) = super::recognise_tokens(name);
    let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    recognise::match_words(&words, &glued, &mut Vec::new())
        .into_iter()
        .find(|h| !(h.how == How::CompoundHead && recognise::kind(h.occ) != HeadKind::Title))
        .map(|h| h.occ as u16)
}

/// The occupation a job title or a "jeg søger job som" entry names: its title or a synonym in any
/// case, spacing, hyphenation, plural or definite form, or spelt without æøå ("Lagermand",
/// "gaffeltruckfører", "Lagermedarbejdere", "rengørings-assistent", "paedagog"), a compound by its
/// head or with one typo (see the module docs).
pub fn resolve_title(name: &str) -> Option<&'static Occupation> {
    resolve_index(name).map(|i| recognise::occupation(i as usize))
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
        assert_eq!(t("Skibsmekaniker"), Some("Mekaniker"));
        assert_eq!(t(""), None);
        assert_eq!(t("🙂 -- ,"), None);
        assert_eq!(t(&"lager ".repeat(100_000)), None);
    }

    #[test]
    fn the_same_occupations_as_the_full_lexicon() {
        for o in occupations().iter().filter(|o| o.kind == HeadKind::Title) {
            assert_eq!(resolve_title(o.title).map(|r| r.title), Some(o.title));
            assert_eq!(super::super::occupation(o.title).map(|r| r.title), Some(o.title), "full lexicon: {}", o.title);
        }
    }
}
