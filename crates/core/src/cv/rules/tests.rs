//! Every rule's documented examples run here, against the example CV.

use super::RULES;
use crate::cv::{check_cv, parse_cv, Category, CvOptions};
use crate::rules::harness::{fixture, Example};

const GOOD: &str = include_str!("../../../../../tests/fixtures/cv-good.json");

fn patched(patch: &str) -> String {
    Example::new(fixture(GOOD), patch).input.to_string()
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

crate::rules::harness::harness!(super::Extra, super::Run, "CV", ["seed", "Jobnet"], "## Sådan retter du", |_, example| codes_for(&patched(example)));

#[test]
fn codes_name_their_category() {
    for rule in RULES {
        let m = rule.meta();
        let prefix = &m.code[2..3];
        match prefix {
            "0" => assert!(m.jobnet_required, "{}: CV0xx is Jobnet's rule", m.code),
            "1" => assert_eq!(m.category, Category::Findability, "{}", m.code),
            "2" => assert_eq!(m.category, Category::Selection, "{}", m.code),
            _ => panic!("{}", m.code),
        }
    }
}

#[test]
fn default_weights_sum_to_100_per_category() {
    for cat in [Category::Findability, Category::Selection] {
        let sum: f64 = RULES.iter().map(|r| r.meta()).filter(|m| m.category == cat).map(|m| m.weight).sum();
        assert!((sum - 100.0).abs() < 1e-9, "{cat:?} weights sum to {sum}");
    }
}
