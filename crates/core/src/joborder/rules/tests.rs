//! Every rule's documented examples run here, against the example job order.

use super::RULES;
use crate::joborder::{check_job_order, parse_job_order};
use crate::Severity;
use crate::rules::harness::{fixture, Example};

const BASE: &str = include_str!("../../../../../tests/fixtures/joborder/job-order.json");

fn codes_for(patch: &str) -> Vec<String> {
    let order = Example::new(fixture(BASE), patch).part("", parse_job_order);
    check_job_order(&order).findings.into_iter().map(|f| f.code).collect()
}

crate::rules::harness::harness!((), super::Run, "JO", ["seed"], "## Sådan retter du / How to fix it", |_, example| codes_for(example));

#[test]
fn the_example_job_order_is_searchable_and_only_notes_the_criminal_record() {
    let r = check_job_order(&parse_job_order(BASE).unwrap());
    assert!(r.searchable);
    let codes: Vec<&str> = r.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["JO013"], "{:#?}", r.findings);
    assert_eq!(r.occupation.as_deref(), Some("Lagermedarbejder"));
}

#[test]
fn codes_names_docs_and_severities_are_well_formed() {
    for rule in RULES {
        let m = rule.meta;
        // Only the minimum for a search may make an order unsearchable; the ad-text advice is info.
        if m.severity == Severity::Error {
            assert!(m.code.starts_with("JO0"), "{} is an error outside JO0xx", m.code);
        }
        if m.code.starts_with("JO4") {
            assert_eq!(m.severity, Severity::Info, "{}", m.code);
        }
    }
}
