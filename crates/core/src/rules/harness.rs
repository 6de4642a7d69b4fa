//! The one test harness of the rules, generic over the check: every rule's examples run (the
//! rule fires on its `fires` example and stays quiet on its `quiet` one) and every rule's
//! metadata is well formed (unique stable code with the check's prefix, in code order,
//! kebab-case name, the fixed doc sections, a cited source). Each check implements [`Harness`]
//! in its `rules/tests.rs`; `every_check` below runs all five.

use super::{Extra, Rule, RuleMeta, SECTIONS};

/// What the harness needs to know about one check.
pub(crate) trait Harness {
    type Extra: Extra;
    type Run: 'static;
    /// The code prefix, e.g. `CV`.
    const PREFIX: &'static str;
    /// A rule's `source` names one of these.
    const SOURCES: &'static [&'static str];
    /// The check's spelling of the third section (`## Sådan retter du …` or `## Sådan bruger du
    /// reglen …`).
    const FIX: &'static str;
    fn rules() -> &'static [Rule<Self::Extra, Self::Run>];
    /// The codes that fire on `example` (a rule's `fires` or `quiet` example).
    fn codes(meta: &RuleMeta<Self::Extra>, example: &str) -> Vec<String>;
}

/// Declares `pub(crate) struct Examples` and its [`Harness`] for a check's `rules/tests.rs`:
/// `harness!(Extra, Run, "CV", ["seed", "Jobnet"], "## Sådan retter du", |meta, example| codes)`.
macro_rules! harness {
    ($extra:ty, $run:ty, $prefix:literal, [$($source:literal),+], $fix:literal, |$m:pat_param, $example:ident| $codes:expr) => {
        /// This check for the one rule harness (`crate::rules::harness`).
        pub(crate) struct Examples;

        impl $crate::rules::harness::Harness for Examples {
            type Extra = $extra;
            type Run = $run;
            const PREFIX: &'static str = $prefix;
            const SOURCES: &'static [&'static str] = &[$($source),+];
            const FIX: &'static str = $fix;
            fn rules() -> &'static [$crate::rules::Rule<$extra, $run>] {
                RULES
            }
            fn codes($m: &$crate::rules::RuleMeta<$extra>, $example: &str) -> Vec<String> {
                $codes
            }
        }
    };
}
pub(crate) use harness;

/// For a check whose rules push findings (`registry! { findings Ctx; … }`): declares
/// `check_example(patch)` – the check on the example input with `patch` merged in, each part
/// parsed by its parser – and the [`Harness`] over the codes of its findings:
/// `findings_harness!("PL", PlanResult = check_plan(json!({…}), "plan" => parse_plan, "config" => parse_options))`.
macro_rules! findings_harness {
    ($prefix:literal, $result:ty = $check:ident($input:expr, $($key:literal => $parse:path),+ $(,)?)) => {
        pub(crate) fn check_example(patch: &str) -> $result {
            let ex = $crate::rules::harness::Example::new($input, patch);
            $check($(&ex.part($key, $parse)),+)
        }

        $crate::rules::harness::harness!((), super::Run, $prefix, ["seed"], "## Sådan retter du / How to fix it", |_, example| {
            check_example(example).findings.into_iter().map(|f| f.code).collect()
        });
    };
}
pub(crate) use findings_harness;

/// Every rule fires on its `fires` example and stays quiet on its `quiet` one.
pub(crate) fn run_examples<H: Harness>() {
    for rule in H::rules() {
        let m = rule.meta;
        let fires = H::codes(m, m.fires_example);
        assert!(fires.iter().any(|c| c == m.code), "{} did not fire on its example: {fires:?}", m.code);
        let quiet = H::codes(m, m.quiet_example);
        assert!(!quiet.iter().any(|c| c == m.code), "{} fired on its quiet example: {quiet:?}", m.code);
    }
}

/// Codes unique, well formed and in order; names kebab-case; docs with the fixed sections; a
/// source cited.
pub(crate) fn check_metas<H: Harness>() {
    let mut seen = std::collections::HashSet::new();
    let mut last = "";
    assert!(!H::rules().is_empty());
    for rule in H::rules() {
        let m = rule.meta;
        assert!(seen.insert(m.code) && seen.insert(m.name), "duplicate {}", m.code);
        assert!(m.code.len() == 5 && m.code.starts_with(H::PREFIX) && m.code > last, "{} out of order", m.code);
        assert!(m.code[2..].chars().all(|c| c.is_ascii_digit()), "{}", m.code);
        last = m.code;
        assert!(!m.name.is_empty() && m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", m.name);
        assert!(!m.title.da.is_empty() && !m.title.en.is_empty(), "{} has no title", m.code);
        let mut at = 0;
        assert!(H::FIX.starts_with(SECTIONS[2]));
        for section in [SECTIONS[0], SECTIONS[1], H::FIX] {
            let found = m.docs[at..].find(section);
            assert!(found.is_some(), "{} docs lack {section} (or have it out of order)", m.code);
            at += found.unwrap_or(0) + section.len();
        }
        assert!(H::SOURCES.iter().any(|s| m.source.contains(s)), "{} cites no source ({:?})", m.code, H::SOURCES);
    }
}

/// A rule example's input: a check's example input (`base`) with the example's JSON merge patch
/// applied – the one way every check's `rules/tests.rs` builds what its examples run on.
pub(crate) struct Example {
    patch: String,
    /// The patched input.
    pub(crate) input: serde_json::Value,
}

impl Example {
    /// `base` patched with `patch` (a rule's `fires`/`quiet` text; bad JSON fails the test).
    pub(crate) fn new(mut base: serde_json::Value, patch: &str) -> Self {
        let p: serde_json::Value = serde_json::from_str(patch).unwrap_or_else(|e| panic!("bad example JSON {patch}: {e}"));
        super::merge_patch(&mut base, &p);
        Example { patch: patch.to_string(), input: base }
    }

    /// The patched input at `key` (the whole input for `""`) read by the check's own parser; a
    /// parse error fails the test naming the example.
    pub(crate) fn part<T, E: std::fmt::Display>(&self, key: &str, parse: impl Fn(&str) -> Result<T, E>) -> T {
        let value = if key.is_empty() { &self.input } else { &self.input[key] };
        parse(&value.to_string()).unwrap_or_else(|e| panic!("example {} does not parse at {key:?}: {e}", self.patch))
    }
}

/// A fixture file's JSON text as a value.
pub(crate) fn fixture(json: &str) -> serde_json::Value {
    serde_json::from_str(json).expect("fixture JSON")
}
