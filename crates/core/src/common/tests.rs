//! The layering of the core's modules: `common` ← `lexicon` ← `cv` ← {`smart`, `track`, `abc`,
//! `joborder`}. A module may use what is on its left (and `rules`, `error`, the crate root), never
//! what is on its right or beside it.

use std::path::Path;

/// The modules each module may use (besides itself and the crate root's `Text`, `Severity`,
/// `InputError`, `rules`).
const ALLOWED: &[(&str, &[&str])] = &[
    ("common", &[]),
    ("rules", &["common"]),
    ("lexicon", &["common", "text"]),
    ("cv", &["common", "text", "lexicon", "rules"]),
    ("smart", &["common", "text", "lexicon", "cv", "rules"]),
    ("track", &["common", "text", "lexicon", "cv", "rules"]),
    // The ABC check reads the time a row's "when" names with the SMART check's time finder
    // (`smart::find_time`), the one exception: it moves below the checks with the time grammar.
    ("abc", &["common", "text", "lexicon", "cv", "rules", "smart"]),
    ("joborder", &["common", "text", "lexicon", "cv", "rules"]),
    ("resources", &["common", "text", "rules"]),
    // The openings list exports its open places as the ABC plan's demand data (`abc::DemandData`).
    ("openings", &["common", "text", "lexicon", "rules", "abc"]),
    // The plan check reads agreements with the SMART analyser (`smart::check_smart`) and the
    // host's demand data as the ABC check does (`abc::DemandData`).
    ("plan", &["common", "text", "lexicon", "cv", "rules", "smart", "abc"]),
];

/// Every module of the crate named in `crate::<module>` in the source files under `dir`.
fn uses(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            uses(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let src: String = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for (i, _) in src.match_indices("crate::") {
                // `$crate::` in macros is the crate root as well.
                let rest = &src[i + "crate::".len()..];
                let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                out.push((path.display().to_string(), name));
            }
        }
    }
}

#[test]
fn layering_holds() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let all: Vec<&str> = ALLOWED.iter().map(|(m, _)| *m).collect();
    let mut bad = Vec::new();
    for (module, allowed) in ALLOWED {
        let mut found = Vec::new();
        uses(&src.join(module), &mut found);
        for (file, used) in found {
            let is_module = all.contains(&used.as_str()) || used == "text";
            if is_module && used != *module && !allowed.contains(&used.as_str()) {
                bad.push(format!("{file} uses crate::{used}"));
            }
        }
    }
    assert!(bad.is_empty(), "layering common ← lexicon ← cv ← {{smart, track, abc, joborder}} broken:\n{}", bad.join("\n"));
}

#[test]
fn the_layering_test_sees_a_violation() {
    // The scan finds `crate::smart` in the track check (if it ever did), so a check using a
    // sibling would fail: prove the scanner reads the files.
    let mut found = Vec::new();
    uses(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("track"), &mut found);
    assert!(found.iter().any(|(_, m)| m == "cv"), "the track check uses the CV's contract");
}
