//! Every rule's documented examples run here, against the example CV.

use super::RULES;
use crate::cv::{check_cv, parse_cv, Category, CvOptions};
use serde_json::Value;

const GOOD: &str = include_str!("../../../../../tests/fixtures/cv-good.json");


fn patched(patch: &str) -> String {
    let mut cv: Value = serde_json::from_str(GOOD).unwrap();
    let patch: Value = serde_json::from_str(patch).unwrap_or_else(|e| panic!("bad example JSON {patch}: {e}"));
    crate::rules::merge_patch(&mut cv, &patch);
    cv.to_string()
}

fn codes_for(json: &str) -> Vec<String> {
    let cv = parse_cv(json).unwrap();
    check_cv(&cv, &CvOptions::default()).findings.into_iter().map(|f| f.code).collect()
}

#[test]
fn example_cv_has_no_findings() {
    let cv = parse_cv(GOOD).unwrap();
    let r = check_cv(&cv, &CvOptions::default());
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert!(r.searchable);
    assert_eq!((r.findability, r.selection), (100, 100));
}

#[test]
fn examples_run_as_tests() {
    for rule in RULES {
        let m = rule.meta();
        let pass = codes_for(&patched(m.pass_example));
        assert!(!pass.iter().any(|c| c == m.code), "{} fired on its passing example: {pass:?}", m.code);
        let fail = codes_for(&patched(m.fail_example));
        assert!(fail.iter().any(|c| c == m.code), "{} did not fire on its failing example: {fail:?}", m.code);
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut seen = std::collections::HashSet::new();
    for rule in RULES {
        let m = rule.meta();
        assert!(seen.insert(m.code) && seen.insert(m.name), "duplicate {}", m.code);
        assert!(m.code.len() == 5 && m.code.starts_with("CV"), "{}", m.code);
        assert!(m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", m.name);
        let prefix = &m.code[2..3];
        match prefix {
            "0" => assert!(m.jobnet_required, "{}: CV0xx is Jobnet's rule", m.code),
            "1" => assert_eq!(m.category, Category::Findability, "{}", m.code),
            "2" => assert_eq!(m.category, Category::Selection, "{}", m.code),
            _ => panic!("{}", m.code),
        }
        for section in ["## Hvad reglen tjekker", "## Hvorfor", "## Sådan retter du"] {
            assert!(m.docs.contains(section), "{} docs lack {section}", m.code);
        }
        assert!(m.source.contains("seed") || m.source.contains("Jobnet"), "{} cites no source", m.code);
    }
}

#[test]
fn default_weights_sum_to_100_per_category() {
    for cat in [Category::Findability, Category::Selection] {
        let sum: f64 = RULES.iter().map(|r| r.meta()).filter(|m| m.category == cat).map(|m| m.weight).sum();
        assert!((sum - 100.0).abs() < 1e-9, "{cat:?} weights sum to {sum}");
    }
}
