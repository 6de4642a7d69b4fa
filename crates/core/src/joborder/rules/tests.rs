//! Every rule's documented examples run here, against the example job order.

use super::RULES;
use crate::joborder::{check_job_order, parse_job_order};
use crate::Severity;
use serde_json::Value;

const BASE: &str = include_str!("../../../../../tests/fixtures/joborder/job-order.json");

fn codes_for(patch: &str) -> Vec<String> {
    let patch: Value = serde_json::from_str(patch).unwrap_or_else(|e| panic!("bad example JSON {patch}: {e}"));
    let mut order: Value = serde_json::from_str(BASE).unwrap();
    crate::rules::merge_patch(&mut order, &patch);
    let order = parse_job_order(&order.to_string()).unwrap_or_else(|e| panic!("example does not parse: {e}"));
    check_job_order(&order).findings.into_iter().map(|f| f.code).collect()
}

#[test]
fn examples_run_as_tests() {
    for rule in RULES {
        let m = rule.meta;
        let fires = codes_for(m.fires_example);
        assert!(fires.iter().any(|c| c == m.code), "{} did not fire on its example: {fires:?}", m.code);
        let quiet = codes_for(m.quiet_example);
        assert!(!quiet.iter().any(|c| c == m.code), "{} fired on its quiet example: {quiet:?}", m.code);
    }
}

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
    let mut seen = std::collections::HashSet::new();
    let mut last = "";
    for rule in RULES {
        let m = rule.meta;
        assert!(seen.insert(m.code) && seen.insert(m.name), "duplicate {}", m.code);
        assert!(m.code.len() == 5 && m.code.starts_with("JO") && m.code > last, "{} out of order", m.code);
        last = m.code;
        assert!(m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", m.name);
        for section in ["## Hvad reglen tjekker / What it checks", "## Hvorfor / Why it matters", "## Sådan retter du / How to fix it"] {
            assert!(m.docs.contains(section), "{} docs lack {section}", m.code);
        }
        assert!(m.source.contains("seed"), "{} cites no seed", m.code);
        // Only the minimum for a search may make an order unsearchable; the ad-text advice is info.
        if m.severity == Severity::Error {
            assert!(m.code.starts_with("JO0"), "{} is an error outside JO0xx", m.code);
        }
        if m.code.starts_with("JO4") {
            assert_eq!(m.severity, Severity::Info, "{}", m.code);
        }
    }
}
