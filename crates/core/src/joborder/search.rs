//! The search simulation: would a Jobnet search made from this job order find this CV?
//!
//! A search is occupation(s) (OR) AND every mandatory requirement AND the municipality limit
//! (DOMAIN.md §2; seed 002 §2.1 "krydssøgning"). [`Matcher`] prepares the job order once
//! (titles resolved, requirement values normalised) and then judges any number of CVs:
//!
//! 1. **Jobnet's own rule.** A CV that is not searchable (rules CV001–CV006, see
//!    [`cv::jobnet_blockers`](crate::cv::jobnet_blockers)) is never found: each of its findings is
//!    a blocking item of kind `cv_not_searchable` (requirement `null`).
//! 2. **Occupation.** The order's `title` and `alternative_titles` (OR) against the occupations
//!    of the CV's "jeg søger job som" entries: equal when both name the same occupation of the
//!    lexicon (title or synonym, in any case, spacing or inflection: Lagermand ≙ Lagermedarbejder,
//!    see [`lexicon::resolve_title`](crate::lexicon::resolve_title)), or when their folded texts
//!    are equal (titles the lexicon doesn't know). The entries that match are the *matching
//!    wishes*. None: a blocking item of kind `occupation`.
//! 3. **Municipality.** When `location.search_municipalities` is given, the CV's
//!    `contact.municipality_code` must be one of them (kind `municipality`, requirement `null`).
//! 4. **Every requirement**, against the CV's *searchable* fields only:
//!    - `qualification`: the qualifications of a matching wish (Jobnet ANDs occupation ×
//!      qualification: a qualification under another occupation does not count);
//!    - `certificate`: `certificates`;
//!    - `experience_years`: the most years of a matching wish (`null` years: not met);
//!    - `education_level`: the highest level among the educations not marked unfinished
//!      (`completed` not `false`) is at least the required one;
//!    - `driving_licence`: `driving_licences`, with the categories a licence includes (see
//!      [`licence_includes`]): CE covers C, C1, C1E, BE and B;
//!    - `language`: `languages` (name only, not the level);
//!    - `criminal_record`: not in a CV – never searched, never blocks, never counts (`met: null`).
//!
//!    A mandatory requirement that is not met is a blocking item; a nice-to-have one counts in
//!    `nice_to_have` and `rank_score`. A requirement the search can't use (no value, an unknown
//!    licence category) has `met: null` and neither blocks nor counts; the job-order check
//!    reports it.
//!
//! Work experience, courses, other experience and the profile are *not* searchable and never
//! count – when a missing qualification or certificate is written there, the blocking item says
//! so (the fix is to add it where Jobnet searches).
//!
//! ## Comparing texts
//! Both sides are folded: lower case, æ/ä → ae, ø/ö → oe, å → aa, é → e, and split into words at
//! anything that is not a letter or digit ("Truckcertifikat-B" = "truckcertifikat b"). A text
//! requirement is met by a CV value that contains **every word of the requirement**, each equal
//! or – for words of four letters or more – with a plural or definite ending ("Truckkørsel" is
//! met by "truckkørsel (gaffeltruck)", "Varemodtagelse" by "Varemodtagelsen"; "Truckkørsel" is
//! not met by "Kørsel med truck", nor "Truckcertifikat B" by "Truckcertifikat"); only the first 20
//! distinct words of a requirement count. Languages compare by name, not level, with English
//! names read as Danish ("Danish" = "Dansk").
//!
//! ## rank_score
//! `rank_score = min(100, round(100 × Σ weight of the nice-to-haves met / Σ weight of all
//! nice-to-haves + bonus))`, 100 when the order has no nice-to-haves. Weights per kind are
//! [`MatchOptions::weights`] (defaults: qualification 3, certificate 2, experience 2, education 2,
//! driving licence 2, language 1). `bonus` = `experience_bonus_per_year` (default 2) per year of
//! experience in a matching wish beyond the highest `experience_years` requirement, at most
//! `experience_bonus_max` (default 10); no bonus when the order asks for no experience.

use super::model::{JobOrder, Requirement, RequirementKind};
use super::view::CvView;
use crate::cv::model::{Cv, EducationLevel};
use crate::lexicon::titles::{fold_into, push_folded, resolve_index};
use crate::lexicon::FxMap;
use crate::{InputError, Text};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// Options of the search simulation and the ranking. Every field is optional; the defaults are
/// documented per field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default)]
pub struct MatchOptions {
    /// Weight of a nice-to-have requirement per kind in `rank_score`.
    #[serde(deserialize_with = "crate::cv::model::null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub weights: KindWeights,
    /// Points added to `rank_score` per year of experience (in a matching "jeg søger job som")
    /// beyond the highest `experience_years` requirement (default 2). No bonus when the order asks
    /// for no experience.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub experience_bonus_per_year: f64,
    /// At most this many bonus points (default 10). `rank_score` never exceeds 100.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub experience_bonus_max: f64,
    /// How a requirement whose `mandatory` is not decided (`null`) is searched: `true` (default)
    /// as mandatory – what happens when every criterion of the order is typed into the search –,
    /// `false` as nice to have.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub undecided_is_mandatory: bool,
}

/// Weight per requirement kind (criminal record has none: it is not in a CV).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default)]
pub struct KindWeights {
    /// Default 3: professional qualifications are what the search is about (seed 002 §4.1).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub qualification: f64,
    /// Default 2.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub certificate: f64,
    /// Default 2.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub experience_years: f64,
    /// Default 2.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub education_level: f64,
    /// Default 2.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub driving_licence: f64,
    /// Default 1.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub language: f64,
}

impl Default for KindWeights {
    fn default() -> Self {
        KindWeights { qualification: 3.0, certificate: 2.0, experience_years: 2.0, education_level: 2.0, driving_licence: 2.0, language: 1.0 }
    }
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions { weights: KindWeights::default(), experience_bonus_per_year: 2.0, experience_bonus_max: 10.0, undecided_is_mandatory: true }
    }
}

impl KindWeights {
    /// The weight of a kind (0 for the criminal record).
    pub fn of(&self, kind: RequirementKind) -> f64 {
        match kind {
            RequirementKind::Qualification => self.qualification,
            RequirementKind::Certificate => self.certificate,
            RequirementKind::ExperienceYears => self.experience_years,
            RequirementKind::EducationLevel => self.education_level,
            RequirementKind::DrivingLicence => self.driving_licence,
            RequirementKind::Language => self.language,
            RequirementKind::CriminalRecord => 0.0,
        }
    }
}

impl MatchOptions {
    pub(crate) fn validate(&self) -> Result<(), InputError> {
        let w = &self.weights;
        let checks = [
            ("weights.qualification", w.qualification),
            ("weights.certificate", w.certificate),
            ("weights.experience_years", w.experience_years),
            ("weights.education_level", w.education_level),
            ("weights.driving_licence", w.driving_licence),
            ("weights.language", w.language),
            ("experience_bonus_per_year", self.experience_bonus_per_year),
            ("experience_bonus_max", self.experience_bonus_max),
        ];
        for (path, v) in checks {
            if !(0.0..=1000.0).contains(&v) {
                return Err(InputError::new(path, "must be a number from 0 to 1000", "skal være et tal fra 0 til 1000"));
            }
        }
        Ok(())
    }
}

/// What a blocking item or a requirement is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The CV is not searchable by Jobnet's own rule (CV001–CV006): never found.
    CvNotSearchable,
    /// No "jeg søger job som" entry names the order's title (or an alternative title).
    Occupation,
    /// The CV's municipality is outside the order's `search_municipalities`.
    Municipality,
    Qualification,
    Certificate,
    ExperienceYears,
    EducationLevel,
    DrivingLicence,
    Language,
    CriminalRecord,
}

impl From<RequirementKind> for MatchKind {
    fn from(k: RequirementKind) -> Self {
        match k {
            RequirementKind::Qualification => MatchKind::Qualification,
            RequirementKind::Certificate => MatchKind::Certificate,
            RequirementKind::ExperienceYears => MatchKind::ExperienceYears,
            RequirementKind::EducationLevel => MatchKind::EducationLevel,
            RequirementKind::DrivingLicence => MatchKind::DrivingLicence,
            RequirementKind::Language => MatchKind::Language,
            RequirementKind::CriminalRecord => MatchKind::CriminalRecord,
        }
    }
}

crate::rules::output! {
    /// Would a Jobnet search made from the job order find the CV – and if not, why not?
    pub struct MatchResult {
        /// The CV is searchable, has a matching occupation, lives in a searched municipality (when
        /// the order limits it) and meets every mandatory requirement.
        pub found: bool,
        /// What hides the CV, each with its reason and what the CV's owner can do. Empty when found.
        pub blocking: Vec<Blocking>,
        /// Nice-to-have requirements met, of those the search can judge.
        pub nice_to_have: NiceToHave,
        /// 0–100: the weighted share of nice-to-haves met, plus an experience bonus (see the docs);
        /// 100 when the order has no nice-to-haves. Ranks the gross list.
        pub rank_score: u8,
        /// The "jeg søger job som" entry that matched the order's title (`null`: none).
        #[cfg_attr(feature = "ts", tsify(type = "MatchedOccupation | null"))]
        pub matched_occupation: Option<MatchedOccupation>,
        /// Every requirement of the order, in order, with whether the CV meets it.
        pub requirements: Vec<RequirementMatch>,
        /// Notes, e.g. that a criminal record can't be searched.
        pub notes: Vec<Text>,
    }

    /// One thing that hides the CV from the search.
    pub struct Blocking {
        /// Index into the order's `requirements`; `null` for the CV's searchability, the
        /// occupation and the municipality.
        #[cfg_attr(feature = "ts", tsify(type = "number | null"))]
        pub requirement: Option<usize>,
        pub kind: MatchKind,
        /// The requirement's value as written (empty for `cv_not_searchable`).
        pub value: String,
        /// For `cv_not_searchable`: the CV rule (CV001–CV006); else `null`.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub rule: Option<String>,
        /// Why the CV is hidden, in plain words.
        pub reason: Text,
        /// What the CV's owner can do.
        pub fix: Text,
        /// The CV field that fixes it, as a CV path (e.g. `job_wishes[0].qualifications`, or the
        /// CV finding's path for `cv_not_searchable`); `null` when no CV field can (a criminal
        /// record). Absent in results of older versions.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub cv_path: Option<String>,
    }

    /// Nice-to-have requirements met.
    pub struct NiceToHave {
        pub matched: u32,
        pub total: u32,
    }

    /// The CV's "jeg søger job som" entry that matched.
    pub struct MatchedOccupation {
        /// Index into the CV's `job_wishes`.
        pub wish: usize,
        /// The occupation as the CV writes it.
        pub occupation: String,
        /// The lexicon's title for it (`null`: not in the lexicon).
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub title: Option<String>,
    }

    /// One requirement of the order against the CV.
    pub struct RequirementMatch {
        /// Index into the order's `requirements`.
        pub index: usize,
        pub kind: MatchKind,
        /// Mandatory in this search (an undecided requirement follows `undecided_is_mandatory`).
        pub mandatory: bool,
        /// `true` met, `false` not met, `null` not judged (criminal record, no value, unknown
        /// licence category).
        #[cfg_attr(feature = "ts", tsify(type = "boolean | null"))]
        pub met: Option<bool>,
        /// Path of the CV field that meets it, e.g. `job_wishes[0].qualifications[1]`.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub evidence: Option<String>,
    }
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/// Folds a text into words separated by one space (see the module docs), appending to `out`.
fn fold_words_into(text: &str, out: &mut String) {
    let mut in_word = false;
    for c in crate::common::text::composed(text).chars() {
        if c.is_alphanumeric() {
            if !in_word && !out.is_empty() {
                out.push(' ');
            }
            in_word = true;
            push_folded(c, out);
        } else {
            in_word = false;
        }
    }
}

/// At most this many distinct words of a requirement are compared (a qualification is a few
/// words; the cap keeps a pasted text from making the comparison quadratic).
const MAX_REQUIREMENT_WORDS: usize = 20;

/// The distinct folded words of a requirement, at most [`MAX_REQUIREMENT_WORDS`].
fn fold_words(text: &str) -> Vec<String> {
    let mut s = String::new();
    fold_words_into(text, &mut s);
    let mut out: Vec<String> = Vec::new();
    for w in s.split(' ').filter(|w| !w.is_empty()) {
        if out.len() == MAX_REQUIREMENT_WORDS {
            break;
        }
        if !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    out
}

/// Plural and definite endings a CV word may add to a requirement word of 4+ letters.
const ENDINGS: &[&str] = &["e", "en", "et", "er", "erne", "ene", "ne", "n", "r", "rne", "s", "es"];

fn word_matches(cv_word: &str, req_word: &str) -> bool {
    cv_word == req_word
        || (req_word.len() >= 4 && cv_word.strip_prefix(req_word).is_some_and(|rest| ENDINGS.contains(&rest)))
}

/// Every word of the requirement occurs among the folded CV words (space-separated).
fn words_met(req: &[String], cv_folded: &str) -> bool {
    !req.is_empty() && req.iter().all(|r| cv_folded.split(' ').any(|w| word_matches(w, r)))
}

/// The index behind [`Scratch::word_index`]: each word of each entry under itself and under
/// every base it extends by one of [`ENDINGS`] (as [`word_matches`] compares them).
fn word_index(folded: &str, spans: &[(usize, usize, usize, usize)], cert_from: usize) -> FxMap<String, Vec<u32>> {
    let mut index: FxMap<String, Vec<u32>> = FxMap::default();
    for (k, span) in spans.iter().enumerate() {
        let range = if k < cert_from { "q" } else { "c" };
        for w in folded[span.0..span.1].split(' ').filter(|w| !w.is_empty()) {
            let bases = std::iter::once(w).chain(ENDINGS.iter().filter_map(|e| w.strip_suffix(e)).filter(|b| b.len() >= 4));
            for base in bases {
                let list = index.entry(format!("{range}{base}")).or_default();
                if list.last() != Some(&(k as u32)) {
                    list.push(k as u32);
                }
            }
        }
    }
    index
}

/// English (and a few other) names of languages → the Danish name, folded.
const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("danish", "dansk"), ("english", "engelsk"), ("german", "tysk"), ("deutsch", "tysk"), ("french", "fransk"),
    ("spanish", "spansk"), ("polish", "polsk"), ("swedish", "svensk"), ("norwegian", "norsk"), ("arabic", "arabisk"),
    ("ukrainian", "ukrainsk"), ("romanian", "rumaensk"), ("lithuanian", "litauisk"), ("italian", "italiensk"),
    ("turkish", "tyrkisk"), ("russian", "russisk"), ("portuguese", "portugisisk"), ("dutch", "hollandsk"),
    ("nederlandsk", "hollandsk"), ("finnish", "finsk"), ("icelandic", "islandsk"), ("faroese", "faeroesk"),
    ("danske", "dansk"), ("engelske", "engelsk"), ("tyske", "tysk"),
];

fn language_key(word: &str) -> &str {
    LANGUAGE_NAMES.iter().find(|(k, _)| *k == word).map_or(word, |(_, v)| v)
}

/// Driving-licence categories, in the order of their bits.
pub const LICENCE_CATEGORIES: [&str; 15] = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T"];

/// The categories a licence includes (itself too), as the Danish rules read: A ⇒ A2 ⇒ A1 ⇒ AM;
/// B ⇒ AM and T (knallert, traktor/motorredskab); BE ⇒ B; C1 ⇒ B; C ⇒ C1; C1E ⇒ C1, BE;
/// CE ⇒ C, C1E (and so C1, BE, B); D1 ⇒ B; D ⇒ D1; D1E ⇒ D1, BE; DE ⇒ D, D1E. A requirement of
/// category X is met by a CV with any licence that includes X ("C" is met by CE, not by C1).
pub fn licence_includes(category: &str) -> Vec<&'static str> {
    let mask = licence_bit(category).map_or(0, implied);
    LICENCE_CATEGORIES.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, c)| *c).collect()
}

fn bit(c: &str) -> u16 {
    LICENCE_CATEGORIES.iter().position(|x| *x == c).map_or(0, |i| 1 << i)
}

/// Mask of every category `b` (one bit) includes, by the table above.
fn implied(b: u16) -> u16 {
    static TABLE: std::sync::OnceLock<[u16; 15]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let direct = |c: &str| -> &[&str] {
            match c {
                "A" => &["A2"],
                "A2" => &["A1"],
                "A1" => &["AM"],
                "B" => &["AM", "T"],
                "BE" => &["B"],
                "C1" | "D1" => &["B"],
                "C" => &["C1"],
                "C1E" => &["C1", "BE"],
                "CE" => &["C", "C1E"],
                "D" => &["D1"],
                "D1E" => &["D1", "BE"],
                "DE" => &["D", "D1E"],
                _ => &[],
            }
        };
        let mut t = [0u16; 15];
        for (k, slot) in t.iter_mut().enumerate() {
            let mut mask = 1u16 << k;
            loop {
                let mut next = mask;
                for (i, c) in LICENCE_CATEGORIES.iter().enumerate() {
                    if mask & (1 << i) != 0 {
                        next |= direct(c).iter().fold(0, |m, d| m | bit(d));
                    }
                }
                if next == mask {
                    break;
                }
                mask = next;
            }
            *slot = mask;
        }
        t
    });
    if b == 0 {
        0
    } else {
        table[b.trailing_zeros() as usize]
    }
}

/// Words around a licence category that are not part of it (upper case, folded).
const LICENCE_NOISE: &[&str] = &["KOREKORT", "KOEREKORT", "KORKORT", "KATEGORI", "KAT", "TIL", "LICENCE", "LICENSE", "DRIVING", "CATEGORY"];

/// The bit of a licence category as people write it: "C", "c", "CE", "C+E", "C/E", "Kat. C",
/// "C-kørekort", "kørekort til kategori B", "traktor". `None` when it names no category.
pub(crate) fn licence_bit(text: &str) -> Option<u16> {
    let mut key = [0u8; 4];
    let mut len = 0;
    let mut word = [0u8; 12];
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        // Upper-case ASCII of the word, ø → O (kørekort), anything else: not a category.
        let mut n = 0;
        for c in w.chars() {
            let b = match c {
                'ø' | 'Ø' => b'O',
                c if c.is_ascii_alphanumeric() => c.to_ascii_uppercase() as u8,
                _ => return None,
            };
            if n == word.len() {
                return None;
            }
            word[n] = b;
            n += 1;
        }
        let w = std::str::from_utf8(&word[..n]).ok()?;
        if LICENCE_NOISE.contains(&w) {
            continue;
        }
        let w = if w == "TRAKTOR" { "T" } else { w };
        if len + w.len() > key.len() {
            return None;
        }
        key[len..len + w.len()].copy_from_slice(w.as_bytes());
        len += w.len();
    }
    match bit(std::str::from_utf8(&key[..len]).ok()?) {
        0 => None,
        b => Some(b),
    }
}

fn municipality(code: &str) -> Option<u16> {
    let t = code.trim().trim_start_matches('0');
    if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// A municipality code in the form Jobspor compares: "0813" → 813; `None` unless 1–3 digits
/// (after leading zeros) between 101 and 999.
pub(crate) fn municipality_code(code: &str) -> Option<u16> {
    municipality(code).filter(|c| (101..=999).contains(c))
}

fn level_rank(l: EducationLevel) -> u8 {
    l as u8
}

// ---------------------------------------------------------------------------------------------
// The prepared order

#[derive(Debug)]
enum Target {
    /// Folded words of a qualification or certificate.
    Words(Vec<String>),
    /// The Danish name of a language, folded.
    Language(String),
    Years(f64),
    Level(EducationLevel),
    Licence(u16),
    /// Not searchable (criminal record) or not usable (no value, unknown category).
    None,
}

#[derive(Debug)]
struct Prepared {
    kind: RequirementKind,
    mandatory: bool,
    target: Target,
}

/// A job order prepared for many searches: see the module docs.
pub struct Matcher<'o> {
    order: &'o JobOrder,
    options: MatchOptions,
    /// Lexicon indices of the title and the alternative titles.
    occupations: Vec<u16>,
    /// Folded title and alternative titles (for titles the lexicon doesn't know).
    title_keys: Vec<String>,
    reqs: Vec<Prepared>,
    /// Searched municipalities (empty: the whole country).
    municipalities: Vec<u16>,
    /// The highest `experience_years` requirement (for the bonus).
    max_years: Option<f64>,
    /// Whether a "jeg søger job som" occupation (as written) matches the order: one lexicon lookup
    /// per distinct text.
    cache: RefCell<FxMap<Box<str>, bool>>,
}

/// Per-CV working memory, reused across a ranking.
#[derive(Default)]
pub(crate) struct Scratch {
    /// Indices of the matching wishes.
    wishes: Vec<usize>,
    /// Folded qualifications of the matching wishes, then the certificates: one text, with
    /// (start, end, wish, index) per entry; `cert_from` is the first certificate's entry.
    folded: String,
    spans: Vec<(usize, usize, usize, usize)>,
    cert_from: usize,
    /// Per requirement: met (`None`: not judged) and the evidence (entry of `spans`, or other).
    pub(crate) met: Vec<Option<bool>>,
    evidence: Vec<Evidence>,
    /// For folding one text at a time.
    buf: String,
    /// Built only when many text requirements meet many entries (see [`INDEX_FROM`]): per
    /// (range, base word), the entries of `spans` with a word that matches it, ascending. Keeps
    /// n requirements against n entries near linear instead of a scan per requirement.
    /// Keys are `q` (qualification) or `c` (certificate) and the word; the map types are the
    /// lexicon's, so the wasm modules carry no new map code.
    word_index: Option<FxMap<String, Vec<u32>>>,
    /// Likewise for languages: the language key → the first of the CV's languages naming it.
    language_index: Option<FxMap<String, u32>>,
}

/// Requirements × entries from which the search simulation indexes the CV's words instead of
/// scanning them per requirement (below it, the scan is cheaper than building a map).
const INDEX_FROM: usize = 256;

#[derive(Debug, Clone, Copy)]
enum Evidence {
    None,
    Span(usize),
    Years(usize),
    Education(usize),
    Licence(usize),
    Language(usize),
}

/// The verdict of one CV, without texts (the ranking needs no more).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    pub searchable: bool,
    pub occupation: bool,
    /// `None`: the order doesn't limit the municipality.
    pub municipality: Option<bool>,
    pub nice_matched: u32,
    pub nice_total: u32,
    pub rank_score: u8,
    /// Mandatory requirements not met.
    pub failed: u32,
}

impl Outcome {
    pub fn found(&self) -> bool {
        self.searchable && self.occupation && self.municipality != Some(false) && self.failed == 0
    }
}

impl<'o> Matcher<'o> {
    /// Prepares a job order for searches.
    pub fn new(order: &'o JobOrder, options: &MatchOptions) -> Matcher<'o> {
        let titles = || std::iter::once(&order.title).chain(&order.alternative_titles).filter(|t| crate::text::filled(t));
        let mut occupations: Vec<u16> = titles().filter_map(|t| resolve_index(t)).collect();
        occupations.dedup();
        let title_keys = titles()
            .map(|t| {
                let mut k = String::new();
                fold_into(t, &mut k);
                k
            })
            .collect();
        let reqs = order.requirements.iter().map(|r| prepare(r, options)).collect::<Vec<_>>();
        let max_years = order.requirements.iter().filter_map(Requirement::years).reduce(f64::max);
        Matcher {
            order,
            options: options.clone(),
            occupations,
            title_keys,
            reqs,
            municipalities: order.location.search_municipalities.iter().filter_map(|c| municipality(c)).collect(),
            max_years,
            cache: RefCell::new(FxMap::default()),
        }
    }

    /// The order this matcher searches with.
    pub fn order(&self) -> &'o JobOrder {
        self.order
    }

    /// True when the order limits the search to some municipalities.
    pub(crate) fn limits_municipality(&self) -> bool {
        !self.municipalities.is_empty()
    }

    /// Mandatory requirements the search uses, by index (for the ranking's `hidden_by`).
    pub(crate) fn mandatory_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.reqs.iter().enumerate().filter(|(_, p)| p.mandatory && !matches!(p.target, Target::None)).map(|(i, _)| i)
    }

    fn wish_matches(&self, occupation: &str) -> bool {
        if let Some(&m) = self.cache.borrow().get(occupation) {
            return m;
        }
        let m = resolve_index(occupation).is_some_and(|i| self.occupations.contains(&i)) || {
            let mut k = String::with_capacity(occupation.len());
            fold_into(occupation, &mut k);
            !k.is_empty() && self.title_keys.contains(&k)
        };
        let mut cache = self.cache.borrow_mut();
        if cache.len() > 100_000 {
            cache.clear(); // distinct texts without end: don't grow without bound
        }
        cache.insert(occupation.into(), m);
        m
    }

    /// Judges a CV (its search view); the per-requirement results stay in `s` (the ranking reads
    /// `s.met`).
    pub(crate) fn evaluate(&self, cv: &CvView, s: &mut Scratch) -> Outcome {
        let searchable = cv.searchable();
        s.wishes.clear();
        for i in 0..cv.wishes() {
            let occupation = cv.occupation(i);
            if crate::text::filled(occupation) && self.wish_matches(occupation) {
                s.wishes.push(i);
            }
        }
        let municipality = self.limits_municipality().then(|| municipality(cv.municipality_code()).is_some_and(|c| self.municipalities.contains(&c)));
        // Fold the texts once: qualifications of the matching wishes, then certificates.
        s.folded.clear();
        s.spans.clear();
        let needs = |k: RequirementKind| self.reqs.iter().any(|p| p.kind == k && matches!(p.target, Target::Words(_)));
        if needs(RequirementKind::Qualification) {
            for &wi in &s.wishes {
                for (qi, q) in cv.qualifications(wi).enumerate() {
                    let start = s.folded.len();
                    fold_words_into(q, &mut s.folded);
                    s.spans.push((start, s.folded.len(), wi, qi));
                    s.folded.push(' ');
                }
            }
        }
        s.cert_from = s.spans.len();
        if needs(RequirementKind::Certificate) {
            for (ci, c) in cv.certificates().enumerate() {
                let start = s.folded.len();
                fold_words_into(c, &mut s.folded);
                s.spans.push((start, s.folded.len(), usize::MAX, ci));
                s.folded.push(' ');
            }
        }
        s.word_index = None;
        s.language_index = None;
        let word_reqs = self.reqs.iter().filter(|p| matches!(p.target, Target::Words(_))).count();
        if word_reqs * s.spans.len() > INDEX_FROM {
            s.word_index = Some(word_index(&s.folded, &s.spans, s.cert_from));
        }
        let language_reqs = self.reqs.iter().filter(|p| matches!(p.target, Target::Language(_))).count();
        if language_reqs * cv.language_count() > INDEX_FROM {
            let mut index: FxMap<String, u32> = FxMap::default();
            let mut buf = String::new();
            for (i, l) in cv.languages().enumerate() {
                buf.clear();
                fold_words_into(l, &mut buf);
                for w in buf.split(' ') {
                    index.entry(language_key(w).to_string()).or_insert(i as u32);
                }
            }
            s.language_index = Some(index);
        }
        s.met.clear();
        s.evidence.clear();
        let mut out = Outcome { searchable, occupation: !s.wishes.is_empty(), municipality, nice_matched: 0, nice_total: 0, rank_score: 100, failed: 0 };
        let (mut w_all, mut w_met) = (0.0, 0.0);
        let mut licences: Option<u16> = None;
        let mut buf = std::mem::take(&mut s.buf);
        for p in &self.reqs {
            let (met, ev) = self.judge(p, cv, s, &mut licences, &mut buf);
            s.met.push(met);
            s.evidence.push(ev);
            let Some(met) = met else { continue };
            if p.mandatory {
                out.failed += u32::from(!met);
            } else {
                let w = self.options.weights.of(p.kind);
                out.nice_total += 1;
                w_all += w;
                if met {
                    out.nice_matched += 1;
                    w_met += w;
                }
            }
        }
        s.buf = buf;
        let share = if w_all > 0.0 { w_met / w_all } else if out.nice_total > 0 { out.nice_matched as f64 / out.nice_total as f64 } else { 1.0 };
        let bonus = match (self.max_years, self.best_years(cv, &s.wishes)) {
            (Some(req), Some((have, _))) if have > req => ((have - req) * self.options.experience_bonus_per_year).min(self.options.experience_bonus_max),
            _ => 0.0,
        };
        out.rank_score = (100.0 * share + bonus).round().clamp(0.0, 100.0) as u8;
        out
    }

    fn best_years(&self, cv: &CvView, wishes: &[usize]) -> Option<(f64, usize)> {
        wishes.iter().filter_map(|&i| cv.years(i).map(|y| (y, i))).reduce(|a, b| if b.0 > a.0 { b } else { a })
    }

    fn judge(&self, p: &Prepared, cv: &CvView, s: &Scratch, licences: &mut Option<u16>, buf: &mut String) -> (Option<bool>, Evidence) {
        let found = |e: Option<Evidence>| match e {
            Some(e) => (Some(true), e),
            None => (Some(false), Evidence::None),
        };
        match &p.target {
            Target::None => (None, Evidence::None),
            Target::Words(words) => {
                let qualification = p.kind == RequirementKind::Qualification;
                let range = if qualification { 0..s.cert_from } else { s.cert_from..s.spans.len() };
                let mut key = String::new();
                let met = |k: &usize| words_met(words, &s.folded[s.spans[*k].0..s.spans[*k].1]);
                match &s.word_index {
                    // Every entry that meets the requirement has its rarest word: try those only,
                    // in order, so the evidence is the same first entry the scan finds.
                    Some(index) => {
                        let mut rarest: Option<&Vec<u32>> = None;
                        for w in words {
                            key.clear();
                            key.push(if qualification { 'q' } else { 'c' });
                            key.push_str(w);
                            match index.get(&key) {
                                None => return (Some(false), Evidence::None),
                                Some(list) if rarest.map_or(true, |r| list.len() < r.len()) => rarest = Some(list),
                                Some(_) => {}
                            }
                        }
                        found(rarest.and_then(|list| list.iter().map(|&k| k as usize).find(|k| met(k))).map(Evidence::Span))
                    }
                    None => found(range.into_iter().find(met).map(Evidence::Span)),
                }
            }
            Target::Years(min) => found(self.best_years(cv, &s.wishes).filter(|(y, _)| y + 1e-9 >= *min).map(|(_, i)| Evidence::Years(i))),
            Target::Level(min) => found(highest(cv.education().iter().copied()).filter(|(l, _)| level_rank(*l) >= level_rank(*min)).map(|(_, i)| Evidence::Education(i))),
            Target::Licence(b) => {
                let mask = *licences.get_or_insert_with(|| cv.driving_licences().filter_map(licence_bit).fold(0, |m, b| m | implied(b)));
                if mask & b == 0 {
                    return (Some(false), Evidence::None);
                }
                let at = cv.driving_licences().position(|l| licence_bit(l).is_some_and(|x| implied(x) & b != 0)).unwrap_or(0);
                (Some(true), Evidence::Licence(at))
            }
            Target::Language(key) => match &s.language_index {
                Some(index) => found(index.get(key).map(|&i| Evidence::Language(i as usize))),
                None => found(cv.languages().position(|l| language_met(key, l, buf)).map(Evidence::Language)),
            },
        }
    }

    /// Would the search find this CV? The full answer, with reasons and fixes.
    pub fn match_cv(&self, cv: &Cv) -> MatchResult {
        let mut s = Scratch::default();
        let mut view = CvView::default();
        view.fill(cv);
        let out = self.evaluate(&view, &mut s);
        let mut blocking = Vec::new();
        for f in crate::cv::jobnet_blockers(cv) {
            blocking.push(Blocking { requirement: None, kind: MatchKind::CvNotSearchable, value: String::new(), rule: Some(f.code), reason: f.message, fix: f.fix, cv_path: Some(f.path) });
        }
        if !out.occupation {
            blocking.push(self.occupation_blocking(cv));
        }
        if out.municipality == Some(false) {
            blocking.push(self.municipality_blocking(cv));
        }
        let mut requirements = Vec::with_capacity(self.reqs.len());
        let mut notes = Vec::new();
        for (i, (p, r)) in self.reqs.iter().zip(&self.order.requirements).enumerate() {
            let met = s.met[i];
            if met == Some(false) && p.mandatory {
                let (reason, fix) = super::explain::why(self, r, cv, &s.wishes);
                let cv_path = fix_path(r.kind.into(), s.wishes.first().copied().unwrap_or(0));
                blocking.push(Blocking { requirement: Some(i), kind: r.kind.into(), value: r.value_text(), rule: None, reason, fix, cv_path });
            }
            if r.kind == RequirementKind::CriminalRecord && notes.is_empty() {
                notes.push(Text::new(
                    "Straffeattest står ikke i et CV og kan ikke udsøges: kravet skjuler ingen og tæller ikke med. Virksomheden beder om den ved ansættelsen.",
                    "A criminal record is not in a CV and can't be searched: the requirement hides nobody and doesn't count. The company asks for it when hiring.",
                ));
            }
            requirements.push(RequirementMatch { index: i, kind: r.kind.into(), mandatory: p.mandatory, met, evidence: self.evidence_path(s.evidence[i], &s) });
        }
        let matched_occupation = s.wishes.first().map(|&i| {
            let occupation = cv.job_wishes[i].occupation.clone();
            let title = crate::lexicon::resolve_title(&occupation).map(|o| o.title.to_string());
            MatchedOccupation { wish: i, occupation, title }
        });
        MatchResult {
            found: out.found(),
            blocking,
            nice_to_have: NiceToHave { matched: out.nice_matched, total: out.nice_total },
            rank_score: out.rank_score,
            matched_occupation,
            requirements,
            notes,
        }
    }

    fn evidence_path(&self, e: Evidence, s: &Scratch) -> Option<String> {
        Some(match e {
            Evidence::None => return None,
            Evidence::Span(k) => {
                let (_, _, wish, idx) = s.spans[k];
                if wish == usize::MAX {
                    format!("certificates[{idx}]")
                } else {
                    format!("job_wishes[{wish}].qualifications[{idx}]")
                }
            }
            Evidence::Years(w) => format!("job_wishes[{w}].experience_years"),
            Evidence::Education(i) => format!("education[{i}].level"),
            Evidence::Licence(i) => format!("driving_licences[{i}]"),
            Evidence::Language(i) => format!("languages[{i}]"),
        })
    }

    /// The order's titles for messages: "Lagermedarbejder" or "Lagermedarbejder eller Truckfører".
    pub(crate) fn titles(&self, or: &str) -> String {
        let t: Vec<&str> = std::iter::once(&self.order.title)
            .chain(&self.order.alternative_titles)
            .filter(|t| crate::text::filled(t))
            .map(|t| t.trim())
            .collect();
        match t.split_last() {
            None => String::from("?"),
            Some((last, [])) => format!("\"{last}\""),
            Some((last, rest)) => format!("\"{}\" {or} \"{last}\"", rest.join("\", \"")),
        }
    }

    fn occupation_blocking(&self, cv: &Cv) -> Blocking {
        let (t_da, t_en) = (self.titles("eller"), self.titles("or"));
        let wishes: Vec<&str> = cv.job_wishes.iter().map(|w| w.occupation.trim()).filter(|o| !o.is_empty()).collect();
        let (has_da, has_en) = if wishes.is_empty() {
            ("Dit CV har ingen \"Jeg søger job som\".".to_string(), "Your CV has no \"jobs I am looking for\".".to_string())
        } else {
            let w = wishes.iter().map(|w| format!("\"{}\"", crate::text::quote(w))).collect::<Vec<_>>().join(", ");
            (format!("Dit CV søger job som {w}."), format!("Your CV looks for jobs as {w}."))
        };
        Blocking {
            requirement: None,
            kind: MatchKind::Occupation,
            value: self.order.title.trim().to_string(),
            rule: None,
            cv_path: fix_path(MatchKind::Occupation, 0),
            reason: Text::new(
                format!("Søgningen er på stillingen {t_da}. {has_da} Jobnet søger på stilling, så CV'et kommer ikke med."),
                format!("The search is for the occupation {t_en}. {has_en} Jobnet searches by occupation, so the CV is not included."),
            ),
            fix: Text::new(
                format!("Vil du gerne have sådan et job, så tilføj {t_da} under \"Jeg søger job som\" – med kvalifikationer og års erfaring."),
                format!("If you want a job like this, add {t_en} under \"jobs I am looking for\" – with qualifications and years of experience."),
            ),
        }
    }

    fn municipality_blocking(&self, cv: &Cv) -> Blocking {
        let codes = self.order.location.search_municipalities.iter().map(|c| c.trim()).collect::<Vec<_>>().join(", ");
        let own = cv.contact.municipality_code.trim();
        let (reason, fix) = if own.is_empty() {
            (
                Text::new(
                    format!("Søgningen er begrænset til bopælskommune {codes}, og dit CV har ingen bopælskommune."),
                    format!("The search is limited to municipality {codes}, and your CV has no municipality."),
                ),
                Text::new("Skriv din bopælskommune under kontaktoplysninger.", "Add your municipality to the contact details."),
            )
        } else {
            (
                Text::new(
                    format!("Søgningen er begrænset til bopælskommune {codes}, og du bor i kommune {own}."),
                    format!("The search is limited to municipality {codes}, and you live in municipality {own}."),
                ),
                Text::new(
                    "Vil du gerne arbejde der, så kontakt virksomheden direkte eller bed jobcentret om at søge bredere.",
                    "If you want to work there, contact the company directly or ask the job centre to search more widely.",
                ),
            )
        };
        Blocking { requirement: None, kind: MatchKind::Municipality, value: codes, rule: None, reason, fix, cv_path: fix_path(MatchKind::Municipality, 0) }
    }
}

/// The CV field where the CV's owner fixes a blocking item of `kind` (`wish`: the index of the
/// matched "jeg søger job som" entry); `None` when no CV field can. `cv_not_searchable` takes the
/// CV finding's own path instead.
fn fix_path(kind: MatchKind, wish: usize) -> Option<String> {
    Some(match kind {
        MatchKind::CvNotSearchable | MatchKind::Occupation => "job_wishes".into(),
        MatchKind::Municipality => "contact.municipality_code".into(),
        MatchKind::Qualification => format!("job_wishes[{wish}].qualifications"),
        MatchKind::ExperienceYears => format!("job_wishes[{wish}].experience_years"),
        MatchKind::Certificate => "certificates".into(),
        MatchKind::EducationLevel => "education".into(),
        MatchKind::DrivingLicence => "driving_licences".into(),
        MatchKind::Language => "languages".into(),
        MatchKind::CriminalRecord => return None,
    })
}

fn prepare(r: &Requirement, options: &MatchOptions) -> Prepared {
    let target = match r.kind {
        RequirementKind::Qualification | RequirementKind::Certificate => match r.text().map(fold_words) {
            Some(w) if !w.is_empty() => Target::Words(w),
            _ => Target::None,
        },
        RequirementKind::Language => match r.text().map(fold_words).and_then(|w| w.into_iter().next()) {
            Some(w) => Target::Language(language_key(&w).to_string()),
            None => Target::None,
        },
        RequirementKind::ExperienceYears => r.years().map_or(Target::None, Target::Years),
        RequirementKind::EducationLevel => r.level().map_or(Target::None, Target::Level),
        RequirementKind::DrivingLicence => r.text().and_then(licence_bit).map_or(Target::None, Target::Licence),
        RequirementKind::CriminalRecord => Target::None,
    };
    Prepared { kind: r.kind, mandatory: r.mandatory.unwrap_or(options.undecided_is_mandatory), target }
}

fn language_met(key: &str, cv_language: &str, buf: &mut String) -> bool {
    buf.clear();
    fold_words_into(cv_language, buf);
    buf.split(' ').any(|w| language_key(w) == key)
}

/// The highest education level among the educations not marked unfinished, with its index.
pub(crate) fn highest_education(cv: &Cv) -> Option<(EducationLevel, usize)> {
    highest(cv.education.iter().map(|e| (e.level, e.completed)))
}

/// [`highest_education`] of (level, completed) per education.
fn highest(educations: impl Iterator<Item = (Option<EducationLevel>, Option<bool>)>) -> Option<(EducationLevel, usize)> {
    educations
        .enumerate()
        .filter(|(_, e)| e.1 != Some(false))
        .filter_map(|(i, e)| e.0.map(|l| (l, i)))
        .reduce(|a, b| if level_rank(b.0) > level_rank(a.0) { b } else { a })
}

/// True when a text requirement (qualification, certificate) is met by the text: for messages.
pub(crate) fn text_met(requirement: &str, text: &str) -> bool {
    let mut folded = String::with_capacity(text.len());
    fold_words_into(text, &mut folded);
    words_met(&fold_words(requirement), &folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licence_categories_and_implications() {
        let b = |s: &str| licence_bit(s).map(|b| LICENCE_CATEGORIES[b.trailing_zeros() as usize]);
        assert_eq!(b("C"), Some("C"));
        assert_eq!(b("c+e"), Some("CE"));
        assert_eq!(b("C/E"), Some("CE"));
        assert_eq!(b("Kat. C1"), Some("C1"));
        assert_eq!(b("C-kørekort"), Some("C"));
        assert_eq!(b("kørekort til kategori B"), Some("B"));
        assert_eq!(b("Traktor"), Some("T"));
        assert_eq!(b("X"), None);
        assert_eq!(b("Lastbil"), None);
        assert_eq!(licence_includes("CE"), ["AM", "B", "BE", "C1", "C1E", "C", "CE", "T"]);
        assert_eq!(licence_includes("DE"), ["AM", "B", "BE", "D1", "D1E", "D", "DE", "T"]);
        assert_eq!(licence_includes("A"), ["AM", "A1", "A2", "A"]);
        assert_eq!(licence_includes("C1"), ["AM", "B", "C1", "T"]);
        assert!(licence_includes("Q").is_empty());
    }

    #[test]
    fn text_matching_is_by_words() {
        assert!(text_met("Truckkørsel", "truckkørsel (gaffeltruck)"));
        assert!(text_met("Truckkørsel", "Truckkørslen") == false); // ø-stem changes: not an ending
        assert!(text_met("Varemodtagelse", "Varemodtagelsen"));
        assert!(text_met("Truckcertifikat B", "Truckcertifikat-B"));
        assert!(!text_met("Truckcertifikat B", "Truckcertifikat"));
        assert!(!text_met("Truckkørsel", "Kørsel med truck"));
        assert!(text_met("Førstehjælp", "FOERSTEHJAELP"));
        assert!(!text_met("", "noget"));
        assert!(!text_met("B", "BE"));
        let buf = &mut String::new();
        assert!(language_met("dansk", "Danish", buf));
        assert!(language_met("dansk", "Dansk (modersmål)", buf));
        assert!(!language_met("dansk", "Engelsk", buf));
        assert_eq!(municipality_code("0813"), Some(813));
        assert_eq!(municipality_code("81"), None);
        assert_eq!(municipality_code("8130"), None);
    }
}
