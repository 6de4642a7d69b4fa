//! # The occupation recogniser: one for every check
//!
//! Finds the occupation (stillingsbetegnelse) words name, and says how it found it:
//!
//! - **listed** / **synonym**: the words are a title or a synonym of the taxonomy
//!   (`data/occupations.tsv`, compiled by `build.rs` into a sorted table of folded keys), in any
//!   case, with or without æøå, hyphens or spaces ("social- og sundhedsassistent", "it supporter",
//!   "sosu-hjælper"), and inflected: bestemt form, plural, genitive ("lagermedarbejderen",
//!   "pædagogerne", "lægens", "styrmænd", "jordemødre", "kokkene");
//! - **compound_head**: a Danish compound whose head is an occupation ("skibs+mekaniker",
//!   "tandlæge+sekretær", "kirke+tjener") → the head's occupation and area. Generic heads
//!   (flag `head`: -medarbejder, -assistent, -konsulent, -chef …) take the area from the first part
//!   when it names one ("supermarkeds+medarbejder" → detail). Role heads (flag `role`: -elev,
//!   -lærling, -vikar, -afløser …) stand for the first part's occupation ("tømrer+lærling" → Tømrer);
//! - **typo**: one typo (insertion, deletion, substitution, swap) in a word of seven letters or more
//!   when exactly one occupation is that close ("lagermedarbjder");
//! - **host_list**: a title from the host's own list (configuration); the host's titles win.
//!
//! Guards: a title that is also an everyday word (flag `ctx`: "maler", "tjener", "lærer", "bud")
//! counts at the start of a text (not before "på", "om"), or after "som", "job", "stilling" and the
//! like; a title after a possessive ("din sagsbehandler", "min jobkonsulent") is a reference to a
//! person, not a job goal; verb prefixes are not compound first parts ("til+bud", "for+tjener").
//! What a guard turned down is reported as a near miss.

use super::generated::{AREA_IDS, BY_FIRST_BYTE, AREA_OF, DISCO, FLAGS, LINE_MARKS, MULTI_FIRST, PREFIX3, SORTED, SOURCES, TEXT};
use super::fold::{fold, fold_into};
use super::{HeadKind, Occupation, AREAS};
use serde::Serialize;

/// How an occupation was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum How {
    /// The canonical title of the taxonomy.
    Listed,
    /// A synonym, variant or abbreviation listed for the title.
    Synonym,
    /// A compound recognised by its head ("skibsmekaniker" by "mekaniker").
    CompoundHead,
    /// One typo corrected.
    Typo,
    /// A title of the host's own list.
    HostList,
}

impl How {
    pub fn da(self) -> &'static str {
        match self {
            How::Listed => "titel på listen",
            How::Synonym => "synonym på listen",
            How::CompoundHead => "sammensat ord, genkendt på sidste led",
            How::Typo => "én stavefejl rettet",
            How::HostList => "værtens egen liste",
        }
    }
}

/// Noun endings for plural, definite and genitive forms, longest first.
const SUFFIXES: &[&str] =
    &["ernes", "ernes", "erne", "eren", "ere", "ers", "ens", "ene", "nes", "rne", "rnes", "ne", "en", "er", "es", "e", "r", "n", "s"];

/// Irregular plurals (folded): styrmænd, jordemødre, glarmestre.
const IRREGULAR: &[(&str, &str)] = &[("maend", "mand"), ("moedre", "moder"), ("mestre", "mester"), ("soestre", "soester")];

/// First parts that are verb prefixes, not compound first parts ("tilbud", "fortjener", "samarbejder").
const VERB_PREFIXES: &[&str] = &[
    "for", "fore", "over", "under", "med", "gennem", "til", "ind", "bort", "frem", "sammen", "efter", "mod", "sam",
    "ud", "op", "af", "be", "ge", "an", "paa", "ved", "mis", "om", "hen", "ned", "vide",
];

/// Words after which an everyday word like "maler" or "tjener" is a job title.
pub(crate) const TITLE_CONTEXT: &[&str] = &[
    "som", "job", "jobbet", "stilling", "stillingen", "stillinger", "jobmål", "mål", "uddannet", "uddannelse", "elev",
    "lærling", "vikar", "vikarjob", "blive", "være", "arbejde", "eller", "og", "faglært", "ufaglært", "erfaren",
    "faglærte", "ufaglærte", "erfarne", "uddannede",
];

/// English generic heads that make a title with any English word before them ("data scientist").
const ENGLISH_HEADS: &[&str] =
    &["Manager", "Analyst", "Developer", "Consultant", "Engineer", "Coordinator", "Assistant", "Officer", "Scientist", "Owner", "Master", "Partner"];

/// Danish adjective endings that make a title with a generic head ("juridisk medarbejder",
/// "administrativ koordinator", "kommunal konsulent").
const ADJECTIVE_ENDINGS: &[&str] = &["isk", "iv", "al"];

/// Words that make an everyday title word at the start something else ("bud på en løsning").
const NOT_TITLE_BEFORE: &[&str] = &["på", "om", "fra", "hurtigt", "huset", "penge"];

/// Possessives: "din sagsbehandler" is a person, not a job goal.
const POSSESSIVES: &[&str] =
    &["min", "din", "mit", "dit", "mine", "dine", "vores", "jeres", "hans", "hendes", "deres", "sin", "sit", "sine"];

/// A title of the host's own list (configuration): it wins over the built-in taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HostTitle {
    pub title: String,
    /// Area id (see `lexicon::areas()`); empty when unknown.
    #[serde(default)]
    pub area: String,
    /// DISCO-08 unit group; empty when unknown.
    #[serde(default)]
    pub disco: String,
    #[serde(default)]
    pub synonyms: Vec<String>,
}

/// One recognition over a sequence of words (inclusive word indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub first: usize,
    pub last: usize,
    /// Index into the taxonomy.
    pub occ: usize,
    pub how: How,
    /// A plural, definite or genitive form.
    pub inflected: bool,
    /// The area when a generic head took it from the compound's first part.
    pub area: &'static str,
}

/// A candidate a guard turned down, or a close title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Miss {
    pub first: usize,
    pub last: usize,
    pub occ: usize,
    pub reason: MissReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum MissReason {
    /// "din sagsbehandler": a person.
    PersonReference,
    /// "Du tjener penge": an everyday word.
    EverydayWord,
    /// A generic head alone ("medarbejder") or a certificate.
    NotConcrete,
    /// Close in spelling, but not close enough (or several equally close).
    Spelling,
}

impl MissReason {
    pub fn da(self) -> &'static str {
        match self {
            MissReason::PersonReference => "henviser til en person (fx »din sagsbehandler«), ikke et jobmål",
            MissReason::EverydayWord => "bruges her som et almindeligt ord, ikke som stilling",
            MissReason::NotConcrete => "ikke en konkret stilling alene",
            MissReason::Spelling => "ligner en stilling i stavemåde",
        }
    }
    pub fn en(self) -> &'static str {
        match self {
            MissReason::PersonReference => "refers to a person (e.g. \"your caseworker\"), not a job goal",
            MissReason::EverydayWord => "used here as an everyday word, not a job title",
            MissReason::NotConcrete => "not a concrete job title on its own",
            MissReason::Spelling => "close in spelling to a job title",
        }
    }
}

/// The number of occupations (rows) of the taxonomy.
pub(crate) fn count() -> usize {
    AREA_OF.len()
}

/// Byte offset of the end of the line that holds byte `at` of [`TEXT`] (its `\n`).
fn line_end(at: usize) -> usize {
    TEXT.as_bytes()[at..].iter().position(|&b| b == b'\n').map_or(TEXT.len(), |p| at + p)
}

/// Byte offset of an occupation's line in [`TEXT`]: from the mark of every eighth line, the
/// lines after it skipped.
fn line_start(occ: usize) -> usize {
    let mut at = LINE_MARKS[occ / 8] as usize;
    for _ in 0..occ % 8 {
        at = line_end(at) + 1;
    }
    at
}

/// The occupation's line of [`TEXT`]: "Title;synonym;synonym".
fn line(occ: usize) -> &'static str {
    let start = line_start(occ);
    &TEXT[start..line_end(start)]
}

/// The canonical title of an occupation, straight from the static text.
pub(crate) fn title(occ: usize) -> &'static str {
    line(occ).split(';').next().unwrap_or("")
}

/// The area id of an occupation.
pub(crate) fn area(occ: usize) -> &'static str {
    AREA_IDS[AREA_OF[occ] as usize]
}

pub(crate) fn kind(occ: usize) -> HeadKind {
    match FLAGS[occ] & 3 {
        0 => HeadKind::Title,
        1 => HeadKind::Generic,
        _ => HeadKind::Role,
    }
}

pub(crate) fn needs_context(occ: usize) -> bool {
    FLAGS[occ] & 4 != 0
}

/// The public [`Occupation`] of a row, made from the static data on first use (per row: no
/// build of the whole table).
pub(crate) fn occupation(occ: usize) -> &'static Occupation {
    use super::generated::COUNT;
    static CELLS: [std::sync::OnceLock<Occupation>; COUNT] = [const { std::sync::OnceLock::new() }; COUNT];
    CELLS[occ].get_or_init(|| {
        let mut forms = line(occ).split(';');
        let title = forms.next().unwrap_or("");
        Occupation {
            title,
            area: area(occ),
            disco: &DISCO[occ * 4..occ * 4 + 4],
            synonyms: Box::leak(forms.collect::<Vec<&'static str>>().into_boxed_slice()),
            needs_context: needs_context(occ),
            source: SOURCES[(FLAGS[occ] >> 3) as usize],
            kind: kind(occ),
        }
    })
}

/// Every occupation of the taxonomy, in data order (the public list; the recogniser reads the
/// static data directly and never needs it).
pub(crate) fn table() -> &'static [Occupation] {
    static TABLE: std::sync::OnceLock<Vec<Occupation>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| (0..count()).map(|i| occupation(i).clone()).collect())
}

/// Must equal `build.rs`'s `prefix_hash`.
fn prefix_hash(k: &[u8]) -> usize {
    ((k[0] as usize) * 961 + (k[1] as usize) * 31 + k[2] as usize) % 65536
}

/// False when no form starts with the key's first three bytes (a 64 Kbit filter built by
/// `build.rs`): most words are rejected without a search.
fn may_be_form(key: &str) -> bool {
    let b = key.as_bytes();
    if b.len() < 3 {
        return true;
    }
    let h = prefix_hash(b);
    PREFIX3[h / 64] & (1 << (h % 64)) != 0
}

/// The title or synonym at byte `at` of [`TEXT`], as written.
fn form_text(at: usize) -> &'static str {
    let rest = &TEXT[at..];
    &rest[..rest.bytes().position(|b| b == b';' || b == b'\n').unwrap_or(rest.len())]
}

/// A lower-case char folded as [`fold`] folds it, UTF-8 encoded into `buf`.
fn fold_lower(l: char, buf: &mut [u8; 4]) -> &[u8] {
    match l {
        'æ' | 'ä' => b"ae",
        'ø' | 'ö' => b"oe",
        'å' => b"aa",
        'é' | 'è' | 'ê' => b"e",
        'ü' => b"u",
        _ => l.encode_utf8(buf).as_bytes(),
    }
}

/// The sorted form `j` (index into [`SORTED`]) compared by its folded key with `key`, folding
/// the form byte by byte as it goes (no allocation; the same order as the folded keys' bytes).
fn cmp_form(j: usize, key: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    // the form runs to the next ';' or line end (not looked for first: most comparisons end early)
    let form = &TEXT[SORTED[j] as usize..];
    let key = key.as_bytes();
    let mut ki = 0;
    let mut step = |folded: &[u8]| -> Option<Ordering> {
        for &b in folded {
            match key.get(ki) {
                None => return Some(Ordering::Greater),
                Some(&x) if x == b => ki += 1,
                Some(&x) => return Some(b.cmp(&x)),
            }
        }
        None
    };
    let mut buf = [0u8; 4];
    for c in form.chars() {
        let r = if c.is_ascii() {
            if c == ';' || c == '\n' {
                break;
            }
            if !c.is_ascii_alphanumeric() {
                continue;
            }
            step(&[(c as u8).to_ascii_lowercase()])
        } else if !c.is_alphanumeric() {
            continue;
        } else {
            let mut r = None;
            for l in c.to_lowercase() {
                r = step(fold_lower(l, &mut buf));
                if r.is_some() {
                    break;
                }
            }
            r
        };
        if let Some(o) = r {
            return o;
        }
    }
    if ki < key.len() {
        Ordering::Less
    } else {
        Ordering::Equal
    }
}

/// The occupation whose line holds byte `at` of [`TEXT`], and whether `at` is its title.
fn occ_at(at: usize) -> (usize, bool) {
    let mark = LINE_MARKS.partition_point(|&s| s as usize <= at) - 1;
    let (mut occ, mut start) = (mark * 8, LINE_MARKS[mark] as usize);
    loop {
        let end = line_end(start);
        if at <= end {
            return (occ, start == at);
        }
        (occ, start) = (occ + 1, end + 1);
    }
}

/// Index into [`SORTED`] of the first form whose folded key is not less than `key` (a binary
/// search over the static data, folding each form it looks at).
fn lower_bound(key: &str) -> usize {
    let Some(&first) = key.as_bytes().first() else { return 0 };
    // only the forms that start with the key's first byte: the rest are all less or all greater
    let (mut lo, mut hi) = (BY_FIRST_BYTE[first as usize] as usize, BY_FIRST_BYTE[first as usize + 1] as usize);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if cmp_form(mid, key) == std::cmp::Ordering::Less {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The form a folded key is: (occupation, is the title).
pub(crate) fn lookup_exact(key: &str) -> Option<(usize, bool)> {
    if !may_be_form(key) {
        return None;
    }
    let j = lower_bound(key);
    (j < SORTED.len() && cmp_form(j, key) == std::cmp::Ordering::Equal).then(|| occ_at(SORTED[j] as usize))
}

/// The form a folded key is, inflected or not: (occupation, is the title, inflected).
pub(crate) fn lookup_inflected(key: &str) -> Option<(usize, bool, bool)> {
    if let Some((o, t)) = lookup_exact(key) {
        return Some((o, t, false));
    }
    if key.len() < 4 {
        return None;
    }
    for (from, to) in IRREGULAR.iter().filter(|(from, _)| key.contains(from)) {
        for tail in ["", "ne", "s", "nes", "ene", "enes"] {
            if let Some(stem) = key.strip_suffix(tail).and_then(|k| k.strip_suffix(from)) {
                let mut k = String::with_capacity(key.len());
                k.push_str(stem);
                k.push_str(to);
                if let Some((o, t)) = lookup_exact(&k) {
                    return Some((o, t, true));
                }
            }
        }
    }
    if !may_be_form(key) {
        return None; // every base below starts like the key
    }
    for s in SUFFIXES {
        let Some(base) = key.strip_suffix(s) else { continue };
        if base.len() < 3 {
            continue;
        }
        if let Some((o, t)) = lookup_exact(base) {
            return Some((o, t, true));
        }
        // kokke → kok, pedeller → pedel
        let b = base.as_bytes();
        // an ASCII consonant doubled: two equal bytes of one multi-byte letter ("ﻻ" is EF BB BB)
        // are not, and cutting between them is not a char boundary (found by fuzzing, issue 13)
        let last = b.last().copied().unwrap_or(0);
        if b.len() >= 4 && last.is_ascii_alphabetic() && last == b[b.len() - 2] && !b"aeiouy".contains(&last) {
            if let Some((o, t)) = lookup_exact(&base[..base.len() - 1]) {
                return Some((o, t, true));
            }
        }
    }
    None
}

/// The area a compound's first part names, if any ("supermarkeds" → detail, "lager" → lager).
fn area_of_prefix(prefix: &str) -> Option<&'static str> {
    let stems = [Some(prefix), prefix.strip_suffix('s'), prefix.strip_suffix('e')];
    for p in stems.into_iter().flatten() {
        if p.len() < 2 {
            continue;
        }
        for a in AREAS {
            if a.keywords.iter().any(|k| fold(k) == p) {
                return Some(a.id);
            }
        }
        if let Some((o, _, _)) = lookup_inflected(p) {
            if kind(o) == HeadKind::Title {
                return Some(area(o));
            }
        }
    }
    None
}

/// The occupation a compound's first part names ("tømrer" in "tømrerlærling").
fn occupation_of_prefix(prefix: &str, depth: u8) -> Option<(usize, &'static str)> {
    let stems = [Some(prefix), prefix.strip_suffix('s'), prefix.strip_suffix('e')];
    for p in stems.into_iter().flatten() {
        if p.len() < 2 {
            continue;
        }
        if let Some((o, _, _)) = lookup_inflected(p).filter(|(o, _, _)| kind(*o) == HeadKind::Title) {
            return Some((o, area(o)));
        }
        if depth > 0 && p.len() >= 6 {
            if let Some(h) = compound(p, depth - 1) {
                return Some((h.0, h.2));
            }
        }
    }
    None
}

/// A compound recognised by its head: (occupation, inflected, area).
pub(crate) fn compound(key: &str, depth: u8) -> Option<(usize, bool, &'static str)> {
    compound_from(key, depth, 2)
}

/// [`compound`] with the head starting at byte `min_split` or later.
fn compound_from(key: &str, depth: u8, min_split: usize) -> Option<(usize, bool, &'static str)> {
    if key.len() < 6 || key.len() > MAX_TITLE_WORD {
        return None;
    }
    for (p, _) in key.char_indices().skip(2).filter(|(p, _)| *p >= min_split) {
        let (prefix, head) = key.split_at(p);
        if head.len() < 3 || prefix.chars().count() < 2 {
            continue;
        }
        if head.len() == 3 && !matches!(head, "kok" | "bud") {
            continue;
        }
        if VERB_PREFIXES.contains(&prefix) {
            continue;
        }
        let Some((occ, _, inflected)) = lookup_inflected(head) else { continue };
        match kind(occ) {
            HeadKind::Title => {
                if prefix.len() < 3 {
                    continue;
                }
                return Some((occ, inflected, area(occ)));
            }
            HeadKind::Generic => {
                if prefix.len() < 2 {
                    continue;
                }
                // <occupation> + assistent/medhjælper/…: a helper of that occupation, a different
                // job; only listed ones count ("tandlægeassistent"), none is guessed
                if [Some(prefix), prefix.strip_suffix('s'), prefix.strip_suffix('e')]
                    .into_iter()
                    .flatten()
                    .any(|p| p.len() >= 3 && lookup_inflected(p).is_some_and(|(o, _, _)| kind(o) == HeadKind::Title))
                {
                    continue;
                }
                let area = area_of_prefix(prefix).unwrap_or(area(occ));
                return Some((occ, inflected, area));
            }
            HeadKind::Role => {
                if let Some((o, area)) = occupation_of_prefix(prefix, depth) {
                    return Some((o, inflected, area));
                }
                // "butikselev" is a job; "lagerjob" names only an area
                let only_occupation = matches!(title(occ), "Job" | "Stilling" | "Vikariat");
                if let Some(area) = area_of_prefix(prefix).filter(|_| !only_occupation) {
                    return Some((occ, inflected, area));
                }
            }
        }
    }
    None
}

/// True when `a` and `b` differ by one insertion, deletion, substitution or neighbour swap.
pub(crate) fn within_one(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return within_one_slice(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    within_one_slice(&a, &b)
}

fn within_one_slice<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > 1 {
        return false;
    }
    let pre = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    if pre == n && pre == m {
        return false;
    }
    let (ra, rb) = (&a[pre..], &b[pre..]);
    if n == m {
        ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if n > m {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

/// Occupations one typo away from a folded word of seven letters or more (same first letter).
pub(crate) fn typo_candidates(key: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if key.len() < 7 || key.len() > 60 {
        return out;
    }
    let first = &key[..key.chars().next().map_or(0, char::len_utf8)];
    let mut k = String::new();
    for &at in &SORTED[lower_bound(first)..] {
        k.clear();
        fold_into(form_text(at as usize), &mut k);
        if !k.starts_with(first) {
            break;
        }
        if k.len().abs_diff(key.len()) <= 1 && within_one(key, &k) {
            let (o, _) = occ_at(at as usize);
            if !out.contains(&o) {
                out.push(o);
            }
        }
    }
    out
}

/// The recogniser over a sequence of lower-case words. `glued[i]` is true when word `i` and
/// word `i + 1` are written as one with a hyphen ("java-udvikler"). `misses` collects what the
/// guards turned down.
pub(crate) fn match_words(words: &[&str], glued: &[bool], misses: &mut Vec<Miss>) -> Vec<Hit> {
    let n = words.len();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut key = String::new();
    let mut memo = Memo::default();
    while i < n {
        let hit = hit_at(words, &folded, glued, i, &mut key, misses, &mut memo);
        match hit {
            Some(h) => {
                i = h.last + 1;
                out.push(h);
            }
            None => i += 1,
        }
    }
    out
}

/// What one word alone is, remembered per text (a long text repeats its words).
#[derive(Default)]
struct Memo {
    single: super::FxMap<String, Single>,
    pair: super::FxMap<String, Option<(usize, bool, &'static str)>>,
}

#[derive(Clone)]
enum Single {
    Compound(usize, bool, &'static str),
    Typo(usize),
    Nothing(Vec<usize>),
}

/// The longest word (in bytes, folded) that can be a title: longer words are no occupation and
/// are not split or typo-matched (a 1 MB "word" would otherwise cost a split per byte).
pub(crate) const MAX_TITLE_WORD: usize = 64;

fn single(w: &str, memo: &mut Memo) -> Single {
    if w.len() > MAX_TITLE_WORD {
        return Single::Nothing(Vec::new());
    }
    if let Some(s) = memo.single.get(w) {
        return s.clone();
    }
    let s = if let Some((occ, inflected, area)) = compound(w, 2) {
        Single::Compound(occ, inflected, area)
    } else {
        let c = typo_candidates(w);
        if c.len() == 1 && kind(c[0]) != HeadKind::Role {
            Single::Typo(c[0])
        } else {
            Single::Nothing(c)
        }
    };
    if memo.single.len() < 4096 {
        memo.single.insert(w.to_string(), s.clone());
    }
    s
}

fn hit_at(words: &[&str], folded: &[String], glued: &[bool], i: usize, key: &mut String, misses: &mut Vec<Miss>, memo: &mut Memo) -> Option<Hit> {
    let n = words.len();
    if folded[i].len() < 2 && !glued.get(i).copied().unwrap_or(false) && MULTI_FIRST.binary_search(&folded[i].as_str()).is_err() {
        return None; // one letter: only "e-commerce manager" and the like
    }
    let mut found: Option<Hit> = None;
    // listed forms over up to five words, longest first ("social og sundhedsassistent"); three or
    // more only from a word that starts such a form
    let longest = if MULTI_FIRST.binary_search(&folded[i].as_str()).is_ok() { 5 } else { 2 };
    for k in (1..=(n - i).min(longest)).rev() {
        key.clear();
        for w in &folded[i..i + k] {
            key.push_str(w);
        }
        if k > 1 && key.len() < 5 {
            continue;
        }
        if let Some((occ, title, inflected)) = lookup_inflected(key) {
            let how = if title { How::Listed } else { How::Synonym };
            found = Some(Hit { first: i, last: i + k - 1, occ, how, inflected, area: area(occ) });
            break;
        }
    }
    // a hyphenated run written as one word ("java-udvikler", "sosu-assistentelev")
    let mut last = i;
    while last + 1 < n && glued.get(last).copied().unwrap_or(false) {
        last += 1;
    }
    if found.as_ref().is_none_or(|h| h.last < last) && last > i {
        key.clear();
        for w in &folded[i..=last] {
            key.push_str(w);
        }
        if let Some((occ, inflected, area)) = compound(key, 2) {
            found = Some(Hit { first: i, last, occ, how: How::CompoundHead, inflected, area });
        }
    }
    // two words, the head inside the second: "pædagogisk assistentelev", "juridisk medarbejder",
    // "data scientist"
    let english = i + 1 < n
        && words[i].is_ascii()
        && words[i + 1].is_ascii()
        && !POSSESSIVES.contains(&words[i])
        && !TITLE_CONTEXT.contains(&words[i]);
    let adjective = ADJECTIVE_ENDINGS.iter().any(|e| words[i].ends_with(e)) && words[i].chars().count() >= 5;
    if found.is_none() && i + 1 < n && folded[i].len() >= 2 && (english || adjective) {
        key.clear();
        key.push_str(&folded[i]);
        key.push_str(&folded[i + 1]);
        let c = match memo.pair.get(key.as_str()) {
            Some(c) => *c,
            None => {
                let c = compound_from(key, 2, folded[i].len());
                if memo.pair.len() < 4096 {
                    memo.pair.insert(key.clone(), c);
                }
                c
            }
        };
        if let Some((occ, inflected, area)) = c {
            let (head_kind, head_title) = (kind(occ), title(occ));
            let ok = match head_kind {
                HeadKind::Title => true,
                HeadKind::Generic => (ENGLISH_HEADS.contains(&head_title) && english) || (!ENGLISH_HEADS.contains(&head_title) && adjective),
                HeadKind::Role => false,
            };
            // the first word must be part of it: a title inside the second word alone is found there
            let alone = head_kind == HeadKind::Title
                && (lookup_inflected(&folded[i + 1]).is_some_and(|c| c.0 == occ)
                    || matches!(single(&folded[i + 1], memo), Single::Compound(o, _, _) if o == occ));
            if ok && !alone {
                found = Some(Hit { first: i, last: i + 1, occ, how: How::CompoundHead, inflected, area });
            }
        }
    }
    if found.is_none() {
        match single(&folded[i], memo) {
            Single::Compound(occ, inflected, area) => {
                found = Some(Hit { first: i, last: i, occ, how: How::CompoundHead, inflected, area });
            }
            Single::Typo(occ) => {
                found = Some(Hit { first: i, last: i, occ, how: How::Typo, inflected: false, area: area(occ) });
            }
            Single::Nothing(c) => {
                misses.extend(c.into_iter().map(|occ| Miss { first: i, last: i, occ, reason: MissReason::Spelling }));
            }
        }
    }
    let h = found?;
    // guards
    if kind(h.occ) != HeadKind::Title && h.how != How::CompoundHead {
        misses.push(Miss { first: h.first, last: h.last, occ: h.occ, reason: MissReason::NotConcrete });
        return None;
    }
    if i > 0 && POSSESSIVES.contains(&words[i - 1]) {
        misses.push(Miss { first: h.first, last: h.last, occ: h.occ, reason: MissReason::PersonReference });
        return None;
    }
    if needs_context(h.occ) && h.how != How::CompoundHead && h.first == h.last {
        let after_context = i > 0 && TITLE_CONTEXT.contains(&words[i - 1]);
        let at_start = i == 0 && words.get(i + 1).is_none_or(|next| !NOT_TITLE_BEFORE.contains(next));
        if !after_context && !at_start {
            misses.push(Miss { first: h.first, last: h.last, occ: h.occ, reason: MissReason::EverydayWord });
            return None;
        }
    }
    Some(h)
}

/// The host's title a text names, if any (the host's list wins over the taxonomy).
pub(crate) fn host_match<'h>(text: &str, host: &'h [HostTitle]) -> Option<&'h HostTitle> {
    if host.is_empty() {
        return None;
    }
    let key = fold(text);
    host.iter().find(|h| {
        std::iter::once(&h.title).chain(&h.synonyms).any(|f| {
            let mut k = String::new();
            fold_into(f, &mut k);
            !k.is_empty() && (key == k || key.strip_prefix(k.as_str()).is_some_and(|s| SUFFIXES.contains(&s)))
        })
    })
}


