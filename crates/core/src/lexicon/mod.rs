//! # Lexicon: Danish words the checks share
//!
//! - [`occupations()`]: ~210 common Danish job titles with synonyms, an occupational area and a
//!   DISCO-08 unit group, curated by hand in `crates/core/data/occupations.tsv` (its header names
//!   the sources). [`find_occupation`] finds the first one in a free text, tolerating plural and
//!   definite forms ("lagermedarbejdere"), compounds written in two words ("rengørings assistent"),
//!   spelling without æøå ("paedagog") and one typo in words of five letters or more
//!   ("lagermedarbjder").
//! - [`areas()`]: the occupational areas, with the words that name an area without a title
//!   ("noget med børn", "inden for lager").
//! - [`tokens`]: the tokeniser with byte offsets and their conversion to char and UTF-16 offsets.
//!
//! Everything is built once, on first use, from data compiled into the binary (about 14 KB).

pub(crate) mod danish;
pub(crate) mod places;
pub mod titles;
pub mod tokens;

pub use titles::resolve_title;

/// A small, fast, non-cryptographic hasher (the FxHash mix) for the word tables: SipHash costs
/// more than the rest of a lookup, and the keys are our own words.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn write_usize(&mut self, i: usize) {
        self.write(&(i as u64).to_le_bytes());
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
pub(crate) type FxMap<K, V> = HashMap<K, V, FxBuild>;
pub(crate) type FxSet<K> = HashSet<K, FxBuild>;

use danish::Vocabulary;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use tokens::{tokenize, Token, TokenKind};

const OCCUPATIONS_TSV: &str = include_str!("../../data/occupations.tsv");

/// One occupation (stillingsbetegnelse) of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occupation {
    /// The canonical Danish title, e.g. "Lagermedarbejder".
    pub title: &'static str,
    /// The occupational area's id (see [`areas()`]), e.g. `lager`.
    pub area: &'static str,
    /// DISCO-08 unit group (4 digits), assigned by hand as an orientation.
    pub disco: &'static str,
    /// Other names for the same occupation, lower case.
    pub synonyms: Vec<&'static str>,
    /// True when the title is also an everyday word ("maler", "tjener"): it then only counts after
    /// "som", "job", "stilling" and the like, or when it is (nearly) the whole text.
    pub needs_context: bool,
}

/// An occupational area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Area {
    pub id: &'static str,
    /// Danish name.
    pub da: &'static str,
    /// English name.
    pub en: &'static str,
    /// Lower-case word stems that name the area ("lager" also matches "lagerjob", "lageret").
    pub keywords: &'static [&'static str],
}

const AREAS: &[Area] = &[
    Area { id: "lager", da: "Lager og logistik", en: "Warehouse and logistics", keywords: &["lager", "logistik", "pakkeri"] },
    Area { id: "transport", da: "Transport", en: "Transport", keywords: &["transport", "kørsel", "trafik", "søfart"] },
    Area { id: "detail", da: "Butik og detail", en: "Retail", keywords: &["detail", "butik", "butiks", "handel", "supermarked", "dagligvare"] },
    Area { id: "salg", da: "Salg, marketing og kundeservice", en: "Sales, marketing and customer service", keywords: &["salg", "salgs", "kundeservice", "callcenter", "marketing"] },
    Area { id: "rengoering", da: "Rengøring og ejendomsservice", en: "Cleaning and property services", keywords: &["rengøring", "rengørings", "ejendomsservice", "facility"] },
    Area { id: "pleje", da: "Pleje og omsorg", en: "Care", keywords: &["pleje", "ældrepleje", "hjemmepleje", "omsorg", "handicap"] },
    Area { id: "sundhed", da: "Sundhed", en: "Health", keywords: &["sundhed", "sundheds", "hospital", "sygehus"] },
    Area { id: "paedagogik", da: "Børn, pædagogik og undervisning", en: "Children, education and teaching", keywords: &["børn", "pædagogik", "undervisning", "skole", "daginstitution", "børnehave", "vuggestue", "unge"] },
    Area { id: "koekken", da: "Køkken, restaurant og hotel", en: "Kitchen, restaurant and hotel", keywords: &["køkken", "restaurant", "restauration", "restaurations", "hotel", "kantine", "café", "cafe", "turisme", "gastronomi", "fastfood"] },
    Area { id: "bygge", da: "Bygge, anlæg og håndværk", en: "Construction and crafts", keywords: &["byggeri", "bygge", "håndværk", "anlæg", "byggefag"] },
    Area { id: "industri", da: "Industri og produktion", en: "Manufacturing", keywords: &["industri", "produktion", "fabrik", "metal"] },
    Area { id: "mekanik", da: "Mekanik og værksted", en: "Mechanics and workshops", keywords: &["mekanik", "værksted", "auto"] },
    Area { id: "foedevarer", da: "Fødevarer", en: "Food production", keywords: &["fødevare", "slagteri", "mejeri", "bageri", "fiskeindustri"] },
    Area { id: "landbrug", da: "Landbrug, gartneri, skov og fiskeri", en: "Farming, gardening, forestry and fishing", keywords: &["landbrug", "gartneri", "skov", "fiskeri", "jordbrug", "dyr"] },
    Area { id: "kontor", da: "Kontor, administration og økonomi", en: "Office, administration and finance", keywords: &["kontor", "administration", "økonomi", "regnskab", "bogholderi", "hr"] },
    Area { id: "it", da: "IT", en: "IT", keywords: &["it", "software", "programmering", "data"] },
    Area { id: "kultur", da: "Kultur, medier og kommunikation", en: "Culture, media and communication", keywords: &["kultur", "medie", "kommunikation", "grafisk"] },
    Area { id: "samfund", da: "Socialt arbejde og rådgivning", en: "Social work and counselling", keywords: &["socialt", "rådgivning"] },
    Area { id: "sikkerhed", da: "Sikkerhed og beredskab", en: "Security and emergency services", keywords: &["sikkerhed", "vagt", "politi", "forsvar", "beredskab"] },
    Area { id: "teknik", da: "Teknik og ingeniørarbejde", en: "Engineering", keywords: &["teknik", "ingeniør", "energi"] },
    Area { id: "ledelse", da: "Ledelse", en: "Management", keywords: &["ledelse", "management"] },
    Area { id: "service", da: "Service og personlig pleje", en: "Services and personal care", keywords: &["service", "skønhed"] },
];

/// Endings that turn an area keyword into a word naming the area ("lagerjob", "detailbranchen").
const AREA_TAILS: &[&str] = &[
    "", "en", "et", "er", "erne", "s", "n", "branchen", "branche", "job", "jobs", "jobbet", "arbejde", "arbejdet",
    "området", "område", "sektoren", "sektor", "faget", "fag", "fagene",
];

/// Noun endings for plural and definite forms ("pædagoger", "lagermedarbejderen").
const NOUN_SUFFIXES: &[&str] = &["", "e", "en", "ne", "er", "erne", "ere", "eren", "r", "rne", "n", "s", "es", "ens", "ers", "ernes"];

/// Words after which an everyday word like "maler" or "tjener" is a job title.
const TITLE_CONTEXT: &[&str] = &[
    "som", "job", "jobbet", "stilling", "stillingen", "stillinger", "jobmål", "mål", "uddannet", "uddannelse", "elev",
    "lærling", "vikar", "vikarjob", "blive", "være", "arbejde", "eller",
];

/// Heads of compounds that make an apprentice of an occupation ("tømrerlærling", "kokkeelev") or
/// name a job as it ("opvaskerjob", "chaufførstilling", "pædagogvikariat").
const APPRENTICE_HEADS: &[&str] = &[
    "lærling", "elev", "svend", "praktikant", "job", "jobbet", "jobs", "stilling", "stillingen", "stillinger",
    "vikariat", "vikariater",
];

#[derive(Debug)]
struct OccForm {
    occ: u16,
    /// Base forms of the phrase's other words; the last may inflect.
    rest: Vec<String>,
}

/// The word lists as hash sets, for constant-time lookups.
#[derive(Default)]
pub(crate) struct Sets {
    pub towns: FxSet<&'static str>,
    pub regions: FxSet<&'static str>,
    pub sites: FxSet<&'static str>,
    pub orgs: FxSet<&'static str>,
    /// First word of a company name → the names' words.
    pub companies: FxMap<String, Vec<Vec<String>>>,
    /// First two letters of an area keyword → (keyword, area).
    pub area_keys: FxMap<String, Vec<(&'static str, &'static Area)>>,
}

pub(crate) struct Lexicon {
    occupations: &'static [Occupation],
    pub(crate) sets: Sets,
    /// First word (every inflected form for one-word titles) → forms starting with it.
    occ_first: FxMap<String, Vec<OccForm>>,
    pub(crate) vocab: Vocabulary,
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

/// Lower-case words of a phrase as the tokeniser splits them ("sosu-hjælper" → sosu, hjælper).
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase).into_iter().filter(|t| t.kind != TokenKind::Punct).map(|t| t.norm).collect()
}

impl Lexicon {
    fn build() -> Lexicon {
        let occupations = titles::occupations();
        let mut sets = Sets {
            towns: places::TOWNS.iter().copied().collect(),
            regions: places::REGIONS.iter().copied().collect(),
            sites: places::SITES.iter().copied().collect(),
            orgs: places::ORG_WORDS.iter().copied().collect(),
            companies: FxMap::default(),
            area_keys: FxMap::default(),
        };
        for a in AREAS {
            for k in a.keywords {
                sets.area_keys.entry(k.chars().take(2).collect()).or_default().push((k, a));
            }
        }
        for c in places::COMPANIES {
            let words = phrase_words(c);
            if let Some(first) = words.first() {
                sets.companies.entry(first.clone()).or_default().push(words);
            }
        }
        let mut lex = Lexicon { occupations: &[], sets, occ_first: FxMap::default(), vocab: Vocabulary::new() };
        for (i, o) in occupations.iter().enumerate() {
            lex.index_occupation(i as u16, o.title, &o.synonyms);
        }
        lex.occupations = occupations;
        for a in AREAS {
            for k in a.keywords {
                lex.vocab.add_known(k);
            }
        }
        for w in places::TOWNS.iter().chain(places::REGIONS) {
            lex.vocab.add_known(w);
        }
        lex
    }

    fn index_occupation(&mut self, occ: u16, title: &str, synonyms: &[&str]) {
        for form in std::iter::once(title).chain(synonyms.iter().copied()) {
            let words = phrase_words(form);
            let Some(first) = words.first() else { continue };
            if words.len() == 1 {
                self.vocab.add_target(first);
                for s in NOUN_SUFFIXES {
                    let key = format!("{first}{s}");
                    let e = self.occ_first.entry(key).or_default();
                    if !e.iter().any(|f| f.occ == occ && f.rest.is_empty()) {
                        e.push(OccForm { occ, rest: Vec::new() });
                    }
                }
            } else {
                for w in &words {
                    if w.chars().count() >= 5 {
                        self.vocab.add_target(w);
                    } else {
                        self.vocab.add_known(w);
                    }
                }
                self.occ_first.entry(first.clone()).or_default().push(OccForm { occ, rest: words[1..].to_vec() });
            }
        }
    }

    /// True when `w` is a known word or a form of an occupation.
    pub(crate) fn is_known(&self, w: &str) -> bool {
        self.vocab.is_known(w) || self.occ_first.contains_key(w)
    }

    /// The word the analyser reads for a lower-case token when it differs from the token: the
    /// same word spelt with æøå, or the one lexicon word at edit distance 1 (with `typo`).
    /// `None` when the token is read as it is.
    pub(crate) fn canon(&self, norm: &str, typo: bool) -> Option<String> {
        if self.is_known(norm) || norm.chars().count() < 4 {
            return None;
        }
        if let Some((base, _)) = norm.split_once('\'') {
            if self.is_known(base) || base.chars().count() < 5 {
                return Some(base.to_string());
            }
        }
        if let Some(f) = danish::fold_ascii(norm) {
            if self.is_known(&f) {
                return Some(f);
            }
        }
        self.vocab.correct(norm).filter(|_| typo).map(str::to_string)
    }

    /// Occupations in a sequence of canonical words. A title that is also an everyday word counts
    /// at the start or after a word of [`TITLE_CONTEXT`].
    pub(crate) fn match_occupations(&self, words: &[&str]) -> Vec<OccHit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            // A goal is often just the title: "Maler i Aalborg".
            let context = i == 0 || TITLE_CONTEXT.contains(&words[i - 1]);
            if let Some((len, occ)) = self.occupation_at(words, i) {
                let o = &self.occupations[occ as usize];
                if !o.needs_context || context {
                    out.push(OccHit { first: i, last: i + len - 1, occ: occ as usize });
                    i += len;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    fn occupation_at(&self, words: &[&str], i: usize) -> Option<(usize, u16)> {
        let w = words[i];
        let mut best: Option<(usize, u16)> = None;
        if let Some(forms) = self.occ_first.get(w) {
            for f in forms {
                let n = f.rest.len();
                if n > 0 && i + n >= words.len() {
                    continue;
                }
                let ok = f.rest.iter().enumerate().all(|(k, base)| {
                    let word = words[i + 1 + k];
                    if k + 1 == n {
                        inflects(word, base)
                    } else {
                        word == base
                    }
                });
                if ok && best.is_none_or(|(l, _)| n + 1 > l) {
                    best = Some((n + 1, f.occ));
                }
            }
        }
        if best.is_some() {
            return best;
        }
        // "rengørings assistent": a compound written as two words
        if i + 1 < words.len() && w.len() >= 3 && w.len() + words[i + 1].len() <= 64 {
            let mut buf = [0u8; 64];
            let (a, b) = (w.as_bytes(), words[i + 1].as_bytes());
            buf[..a.len()].copy_from_slice(a);
            buf[a.len()..a.len() + b.len()].copy_from_slice(b);
            if let Ok(joined) = std::str::from_utf8(&buf[..a.len() + b.len()]) {
                if let Some(f) = self.occ_first.get(joined).and_then(|fs| fs.iter().find(|f| f.rest.is_empty())) {
                    return Some((2, f.occ));
                }
            }
        }
        // "tømrerlærling", "kokkeelev"
        for head in APPRENTICE_HEADS {
            if let Some(prefix) = w.strip_suffix(head) {
                for p in [prefix, prefix.strip_suffix('s').unwrap_or(prefix), prefix.strip_suffix('e').unwrap_or(prefix)] {
                    if p.chars().count() >= 3 {
                        if let Some(f) = self.occ_first.get(p).and_then(|fs| fs.iter().find(|f| f.rest.is_empty())) {
                            return Some((1, f.occ));
                        }
                    }
                }
            }
        }
        None
    }

    /// The area a word names ("lagerjob" → lager), if any.
    pub(crate) fn area_of_word(&self, w: &str) -> Option<&'static Area> {
        let key = &w[..w.char_indices().nth(2).map_or(w.len(), |(i, _)| i)];
        self.sets.area_keys.get(key)?.iter().find(|(k, _)| w.strip_prefix(k).is_some_and(|tail| AREA_TAILS.contains(&tail))).map(|(_, a)| *a)
    }
}

/// True when `word` is `base` or an inflected form of it.
fn inflects(word: &str, base: &str) -> bool {
    word.strip_prefix(base).is_some_and(|s| NOUN_SUFFIXES.contains(&s))
}

/// An occupation found in a sequence of words (word indices, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OccHit {
    pub first: usize,
    pub last: usize,
    pub occ: usize,
}

/// Every occupation of the lexicon, in data order.
pub fn occupations() -> &'static [Occupation] {
    titles::occupations()
}

/// The occupational areas.
pub fn areas() -> &'static [Area] {
    AREAS
}

/// An area by id.
pub fn area(id: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.id == id)
}

/// The occupation a title or synonym names, in any case and inflection ("Pædagoger" → Pædagog).
pub fn occupation(name: &str) -> Option<&'static Occupation> {
    find_occupations(name).into_iter().next().map(|m| m.occupation)
}

/// An occupation found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OccupationMatch {
    pub occupation: &'static Occupation,
    /// The canonical title.
    pub title: &'static str,
    /// The area id.
    pub area: &'static str,
    /// UTF-8 byte range of the words in the text.
    pub start: usize,
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// True when a typo or a spelling without æøå was corrected to find it.
    pub corrected: bool,
}

/// The first occupation named in a text, if any.
pub fn find_occupation(text: &str) -> Option<OccupationMatch> {
    find_occupations(text).into_iter().next()
}

/// Every occupation named in a text, in order.
pub fn find_occupations(text: &str) -> Vec<OccupationMatch> {
    let lex = lexicon();
    let toks: Vec<Token> = tokenize(text).into_iter().filter(|t| t.kind != TokenKind::Punct).collect();
    let canon: Vec<Option<String>> = toks.iter().map(|t| lex.canon(&t.norm, true)).collect();
    let words: Vec<&str> = canon.iter().zip(&toks).map(|(c, t)| c.as_deref().unwrap_or(&t.norm)).collect();
    lex.match_occupations(&words)
        .into_iter()
        .map(|h| {
            let o = &lex.occupations[h.occ];
            let (start, end) = (toks[h.first].start, toks[h.last].end);
            OccupationMatch {
                occupation: o,
                title: o.title,
                area: o.area,
                start,
                end,
                text: text[start..end].to_string(),
                corrected: canon[h.first..=h.last].iter().any(Option::is_some),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses_and_has_no_clashes() {
        let occ = occupations();
        assert!(occ.len() >= 150, "{}", occ.len());
        let mut seen = HashMap::new();
        for o in occ {
            assert!(area(o.area).is_some(), "{}: unknown area {}", o.title, o.area);
            assert!(o.disco.len() == 4 && o.disco.chars().all(|c| c.is_ascii_digit()), "{}", o.title);
            for f in std::iter::once(o.title.to_lowercase()).chain(o.synonyms.iter().map(|s| s.to_string())) {
                if let Some(prev) = seen.insert(f.clone(), o.title) {
                    panic!("{f:?} names both {prev} and {}", o.title);
                }
            }
        }
        assert!(OCCUPATIONS_TSV.lines().take(20).any(|l| l.contains("DISCO-08") && l.starts_with('#')));
    }

    #[test]
    fn finds_titles_in_free_text() {
        let t = |s: &str| find_occupation(s).map(|m| m.title);
        assert_eq!(t("alle opslåede stillinger som lagermedarbejder i Frederikshavn"), Some("Lagermedarbejder"));
        assert_eq!(t("Vi mangler lagermedarbejdere"), Some("Lagermedarbejder"));
        assert_eq!(t("job som sosu-hjælper"), Some("Social- og sundhedshjælper"));
        assert_eq!(t("Social- og sundhedsassistent"), Some("Social- og sundhedsassistent"));
        assert_eq!(t("rengørings assistent"), Some("Rengøringsassistent"));
        assert_eq!(t("paedagog"), Some("Pædagog"));
        assert_eq!(t("lagermedarbjder"), Some("Lagermedarbejder"));
        assert_eq!(t("Send 2 ansøgninger som tømrerlærling"), Some("Tømrer"));
        assert_eq!(t("Du tjener penge"), None);
        assert_eq!(t("job som tjener"), Some("Tjener"));
        assert_eq!(t("Tjener"), Some("Tjener"));
        assert_eq!(t("Du søger job"), None);
        let m = find_occupation("Søg job som Kok 🙂").unwrap();
        assert_eq!((m.text.as_str(), m.area), ("Kok", "koekken"));
        assert_eq!(occupation("Pædagoger").map(|o| o.title), Some("Pædagog"));
        let area = lexicon().area_of_word("detailbranchen").map(|a| a.id);
        assert_eq!(area, Some("detail"));
        assert_eq!(lexicon().area_of_word("lagerjob").map(|a| a.id), Some("lager"));
        assert!(lexicon().area_of_word("lagre").is_none());
    }
}
