//! Compiles `data/occupations.tsv` into static tables (`$OUT_DIR/occupations.rs`): the
//! occupations in data order and every title and synonym as a folded key, sorted, so a lookup is
//! a binary search and nothing is built at run time.

#[path = "src/common/fold.rs"]
mod fold;
// The SMART vocabulary's data files, compiled into sorted tables by `vocabulary()`.
#[allow(dead_code)]
#[path = "src/lexicon/areas.rs"]
mod areas;
#[allow(dead_code)]
#[path = "src/lexicon/places.rs"]
mod places;
#[allow(dead_code)]
#[path = "src/lexicon/tokens.rs"]
mod tokens;
#[allow(dead_code)]
#[path = "src/lexicon/words.rs"]
mod words;

/// Mirrors `lexicon::Area` (the fields `areas.rs` names).
#[allow(dead_code)]
struct Area {
    id: &'static str,
    da: &'static str,
    en: &'static str,
    keywords: &'static [&'static str],
}

use std::fmt::Write as _;

/// Must equal `recognise::prefix_hash`.
fn prefix_hash(k: &[u8]) -> usize {
    ((k[0] as usize) * 961 + (k[1] as usize) * 31 + k[2] as usize) % 65536
}

fn main() {
    vocabulary();
    let src = "data/occupations.tsv";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=src/common/fold.rs");
    let tsv = std::fs::read_to_string(src).expect("data/occupations.tsv");
    // One text, one line per occupation in data order: "Title;synonym;synonym\n"; per occupation
    // the byte offset of its line, its area (interned), DISCO group, source (interned) and flags.
    let mut text = String::new();
    let mut line_start: Vec<usize> = Vec::new();
    let mut areas: Vec<String> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let mut area_ix: Vec<u8> = Vec::new();
    let mut flags_of: Vec<u8> = Vec::new();
    let mut disco_text = String::new();
    // (folded key, occupation, is the title, byte offset of the form in `text`)
    let mut forms: Vec<(String, u16, bool, usize)> = Vec::new();
    let mut source = String::from("jobnet");
    // Without the `full-taxonomy` feature only Block 0 (the first 216 titles) and Block H (the
    // heads) are compiled in: for WebAssembly modules whose size budget has no room for the rest.
    let full = std::env::var_os("CARGO_FEATURE_FULL_TAXONOMY").is_some();
    let mut block = String::new();
    let mut n: usize = 0;
    let mut multi_first: Vec<String> = Vec::new();
    for (line_no, line) in tsv.lines().enumerate() {
        if let Some(s) = line.strip_prefix("# source:") {
            source = s.trim().to_string();
            continue;
        }
        if let Some(b) = line.strip_prefix("# Block ") {
            block = b.split_whitespace().next().unwrap_or("").to_string();
            continue;
        }
        if line.starts_with('#') || line.starts_with("title\t") || line.trim().is_empty() {
            continue;
        }
        if !full && block != "0" && block != "H" {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 3, "{src}:{}: needs title, area, disco", line_no + 1);
        let (title, area, disco) = (f[0].trim(), f[1].trim(), f[2].trim());
        assert!(disco.len() == 4 && disco.bytes().all(|b| b.is_ascii_digit()), "{src}:{}: disco {disco:?}", line_no + 1);
        let synonyms: Vec<&str> = f.get(3).unwrap_or(&"").split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
        let flags: Vec<&str> = f.get(4).unwrap_or(&"").split(',').map(str::trim).collect();
        let row_source = f.get(5).map(|s| s.trim()).filter(|s| !s.is_empty()).unwrap_or(&source);
        let kind: u8 = if flags.contains(&"role") {
            2
        } else if flags.contains(&"head") {
            1
        } else {
            0
        };
        let intern = |list: &mut Vec<String>, v: &str| -> u8 {
            if let Some(p) = list.iter().position(|x| x == v) {
                return p as u8;
            }
            list.push(v.to_string());
            (list.len() - 1) as u8
        };
        area_ix.push(intern(&mut areas, area));
        let src_ix = intern(&mut sources, row_source);
        assert!(src_ix < 32);
        flags_of.push(kind | (flags.contains(&"ctx") as u8) << 2 | src_ix << 3);
        disco_text.push_str(disco);
        line_start.push(text.len());
        for (k, form) in std::iter::once(title).chain(synonyms.iter().copied()).enumerate() {
            assert!(!form.contains(';') && !form.contains('\n'));
            assert!(fold::composed(form) == form, "{src}:{}: {form:?} is not in composed form", line_no + 1);
            if k > 0 {
                text.push(';');
            }
            let at = text.len();
            text.push_str(form);
            let words: Vec<&str> = form.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
            if words.len() >= 3 {
                multi_first.push(fold::fold(words[0]));
            }
            let key = fold::fold(form);
            if !key.is_empty() {
                forms.push((key, n as u16, k == 0, at));
            }
        }
        text.push('\n');
        n += 1;
    }
    assert!(text.len() < 65536, "the taxonomy text outgrew u16 offsets");
    // the title's own key first, so a title spelt as a synonym too ("paedagog") stays the title
    forms.sort_by(|a, b| (&a.0, a.1, !a.2).cmp(&(&b.0, b.1, !b.2)));
    forms.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    for w in forms.windows(2) {
        assert!(w[0].0 != w[1].0, "{src}: {:?} names two occupations", w[0].0);
    }
    let mut out = String::new();
    writeln!(out, "/// The number of occupations.\npub(crate) const COUNT: usize = {n};").unwrap();
    writeln!(out, "/// Every occupation, one line each in data order: title and synonyms, `;`-separated.\npub(crate) static TEXT: &str = {text:?};").unwrap();
    let u16s = |out: &mut String, name: &str, doc: &str, v: &mut dyn Iterator<Item = usize>| {
        let v: Vec<usize> = v.collect();
        write!(out, "/// {doc}\npub(crate) static {name}: [u16; {}] = [", v.len()).unwrap();
        for x in v {
            assert!(x < 65536);
            write!(out, "{x},").unwrap();
        }
        out.push_str("];\n");
    };
    u16s(&mut out, "LINE_MARKS", "Byte offset in `TEXT` of the line of every eighth occupation (0, 8, 16, …).", &mut line_start.iter().copied().step_by(8));
    u16s(&mut out, "SORTED", "Byte offset in `TEXT` of every title and synonym, sorted by folded key (see `recognise::lookup_exact`).", &mut forms.iter().map(|f| f.3));
    u16s(&mut out, "BY_FIRST_BYTE", "Index into `SORTED` of the first form whose folded key's first byte is not less than `b`, for every byte `b` and 256.", &mut (0..=256usize).map(|b| forms.iter().filter(|f| (f.0.as_bytes()[0] as usize) < b).count()));
    writeln!(out, "/// Per occupation: index into `AREA_IDS`.\npub(crate) static AREA_OF: [u8; {}] = {area_ix:?};", area_ix.len()).unwrap();
    writeln!(out, "/// Per occupation: kind (0 title, 1 generic head, 2 role head) | ctx << 2 | source << 3.\npub(crate) static FLAGS: [u8; {}] = {flags_of:?};", flags_of.len()).unwrap();
    writeln!(out, "/// Area ids, interned.\npub(crate) static AREA_IDS: &[&str] = &{areas:?};").unwrap();
    writeln!(out, "/// Sources, interned.\npub(crate) static SOURCES: &[&str] = &{sources:?};").unwrap();
    writeln!(out, "/// Per occupation its 4-digit DISCO-08 group.\npub(crate) static DISCO: &str = {disco_text:?};").unwrap();
    // A 64 Kbit filter over the first three bytes of every form: most words are rejected
    // without a search.
    let mut bits = vec![0u64; 1024];
    for (k, _, _, _) in &forms {
        if k.len() >= 3 {
            let h = prefix_hash(k.as_bytes());
            bits[h / 64] |= 1 << (h % 64);
        }
    }
    out.push_str("/// See `recognise::may_be_form`.\npub(crate) static PREFIX3: [u64; 1024] = [");
    for b in &bits {
        write!(out, "{b},").unwrap();
    }
    out.push_str("];\n");
    multi_first.sort();
    multi_first.dedup();
    out.push_str("/// First words (folded) of forms of three words or more.\npub(crate) static MULTI_FIRST: &[&str] = &[\n");
    for w in &multi_first {
        writeln!(out, "    {w:?},").unwrap();
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("occupations.rs");
    std::fs::write(dest, out).unwrap();
}

/// Writes `$OUT_DIR/words.rs`: the SMART analyser's vocabulary as sorted word tables (see
/// `lexicon::danish::WordTable`) – every known word, the words a typo is corrected to, the action
/// verbs' forms with their class, towns, regions, job sites, organisations, company names and the
/// area keywords. Nothing of it is built at run time (issue 11: the first check costs no build).
fn vocabulary() {
    use std::collections::{BTreeMap, BTreeSet};
    for f in ["words.rs", "places.rs", "areas.rs", "tokens.rs"] {
        println!("cargo:rerun-if-changed=src/lexicon/{f}");
    }
    let mut known: BTreeSet<String> = words::COMMON.split_whitespace().map(str::to_string).collect();
    let mut targets: BTreeSet<String> = BTreeSet::new();
    let mut add_target = |known: &mut BTreeSet<String>, w: &str| {
        known.insert(w.to_string());
        if w.chars().count() >= 5 {
            targets.insert(w.to_string());
        }
    };
    // form -> class; the first verb that has a form keeps it
    let mut actions: BTreeMap<String, words::ActionClass> = BTreeMap::new();
    for (_, forms, class) in words::ACTIONS {
        for (i, f) in forms.split(' ').enumerate() {
            known.insert(f.to_string());
            if i <= 2 {
                add_target(&mut known, f); // imperative, infinitive, present: where typos are made
            }
            actions.entry(f.to_string()).or_insert(*class);
        }
    }
    for (n, _) in words::ACTION_NOUNS {
        known.insert(n.to_string());
    }
    for w in words::WEEKDAYS.iter().chain(words::MONTHS.iter()).chain(words::TYPO_TARGETS) {
        add_target(&mut known, w);
    }
    // area keywords: (keyword, area index, rank in data order); the first area keeps a keyword
    let mut area_keys: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut rank = 0;
    for (ai, a) in areas::AREAS.iter().enumerate() {
        for k in a.keywords {
            known.insert(k.to_string());
            area_keys.entry(k.to_string()).or_insert((ai, rank));
            rank += 1;
        }
    }
    for w in places::TOWNS.iter().chain(places::REGIONS) {
        known.insert(w.to_string());
    }
    let set = |list: &[&str]| -> Vec<String> { list.iter().map(|w| w.to_string()).collect::<BTreeSet<_>>().into_iter().collect() };
    // company names as their words (as the tokeniser splits them), space-separated
    let companies: BTreeSet<String> = places::COMPANIES
        .iter()
        .map(|c| tokens::tokenize(c).into_iter().filter(|t| t.kind != tokens::TokenKind::Punct).map(|t| t.norm).collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    let mut out = String::new();
    let table = |out: &mut String, name: &str, doc: &str, words: &[String]| {
        let text: String = words.concat();
        assert!(text.len() < 65536, "{name}: the text outgrew u16 offsets");
        assert!(words.windows(2).all(|w| w[0] < w[1]), "{name}: not sorted");
        write!(out, "/// {doc}\npub(crate) static {name}: WordTable = WordTable {{ text: {text:?}, at: &[").unwrap();
        let mut at = 0;
        for w in words {
            write!(out, "{at},").unwrap();
            at += w.len();
        }
        writeln!(out, "{at}] }};").unwrap();
    };
    let v = |s: &BTreeSet<String>| s.iter().cloned().collect::<Vec<_>>();
    table(&mut out, "KNOWN", "Every word the analyser knows (besides the occupations' forms), sorted.", &v(&known));
    table(&mut out, "TARGETS", "The words a typo is corrected to (five letters or more), sorted.", &v(&targets));
    let forms: Vec<String> = actions.keys().cloned().collect();
    table(&mut out, "ACTION_FORMS", "Every form of an action verb, sorted.", &forms);
    write!(out, "/// The class of each of `ACTION_FORMS`.\npub(crate) static ACTION_CLASSES: [ActionClass; {}] = [", forms.len()).unwrap();
    for c in actions.values() {
        write!(out, "ActionClass::{c:?},").unwrap();
    }
    out.push_str("];\n");
    table(&mut out, "TOWNS", "Danish towns.", &set(places::TOWNS));
    table(&mut out, "REGIONS", "Regions and areas.", &set(places::REGIONS));
    table(&mut out, "SITES", "Job sites and portals.", &set(places::SITES));
    table(&mut out, "ORGS", "Kinds of employer or organisation.", &set(places::ORG_WORDS));
    table(&mut out, "COMPANIES", "Company names as their words, space-separated.", &companies.into_iter().collect::<Vec<_>>());
    let keys: Vec<String> = area_keys.keys().cloned().collect();
    table(&mut out, "AREA_KEYS", "The areas' keywords, sorted.", &keys);
    let areas: Vec<usize> = area_keys.values().map(|v| v.0).collect();
    let ranks: Vec<usize> = area_keys.values().map(|v| v.1).collect();
    assert!(rank < 256);
    writeln!(out, "/// Per area keyword: its area (index into `AREAS`).\npub(crate) static AREA_KEY_AREA: [u8; {}] = {areas:?};", areas.len()).unwrap();
    writeln!(out, "/// Per area keyword: its place in data order (the first match wins).\npub(crate) static AREA_KEY_RANK: [u8; {}] = {ranks:?};", ranks.len()).unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("words.rs");
    std::fs::write(dest, out).unwrap();
}
