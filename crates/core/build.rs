//! Compiles `data/occupations.tsv` into static tables (`$OUT_DIR/occupations.rs`): the
//! occupations in data order and every title and synonym as a folded key, sorted, so a lookup is
//! a binary search and nothing is built at run time.

#[path = "src/common/fold.rs"]
mod fold;

use std::fmt::Write as _;

/// Must equal `recognise::prefix_hash`.
fn prefix_hash(k: &[u8]) -> usize {
    ((k[0] as usize) * 961 + (k[1] as usize) * 31 + k[2] as usize) % 65536
}

fn main() {
    let src = "data/occupations.tsv";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=src/common/fold.rs");
    let tsv = std::fs::read_to_string(src).expect("data/occupations.tsv");
    let mut occ = String::from("pub(crate) static OCCUPATIONS: &[Occupation] = &[\n");
    let mut forms: Vec<(String, u16, bool)> = Vec::new();
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
        let head = if flags.contains(&"role") {
            "HeadKind::Role"
        } else if flags.contains(&"head") {
            "HeadKind::Generic"
        } else {
            "HeadKind::Title"
        };
        writeln!(
            occ,
            "    Occupation {{ title: {title:?}, area: {area:?}, disco: {disco:?}, synonyms: &{synonyms:?}, needs_context: {}, source: {row_source:?}, kind: {head} }},",
            flags.contains(&"ctx")
        )
        .unwrap();
        for (k, form) in std::iter::once(title).chain(synonyms.iter().copied()).enumerate() {
            let words: Vec<&str> = form.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
            if words.len() >= 3 {
                multi_first.push(fold::fold(words[0]));
            }
            let key = fold::fold(form);
            if !key.is_empty() {
                forms.push((key, n as u16, k == 0));
            }
        }
        n += 1;
    }
    occ.push_str("];\n");
    // the title's own key first, so a title spelt as a synonym too ("paedagog") stays the title
    forms.sort_by(|a, b| (&a.0, a.1, !a.2).cmp(&(&b.0, b.1, !b.2)));
    forms.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    for w in forms.windows(2) {
        assert!(w[0].0 != w[1].0, "{src}: {:?} names two occupations", w[0].0);
    }
    let mut out = occ;
    // One text, one line per form, sorted: "key\t+occ" for a title, "key\tocc" for a synonym.
    // A lookup is a binary search over the text's bytes; no table of pointers.
    let mut text = String::new();
    for (k, i, t) in &forms {
        assert!(!k.contains('\t') && !k.contains('\n'));
        writeln!(text, "{k}\t{}{i}", if *t { "+" } else { "" }).unwrap();
    }
    writeln!(out, "/// Folded title or synonym → occupation index, sorted (see `recognise::lookup_exact`).\npub(crate) static FORMS: &str = {text:?};").unwrap();
    // A 64 Kbit filter over the first three bytes of every form: most words are rejected
    // without a search.
    let mut bits = vec![0u64; 1024];
    for (k, _, _) in &forms {
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
