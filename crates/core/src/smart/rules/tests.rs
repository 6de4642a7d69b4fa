//! Every rule's documented examples run here.

use super::RULES;
use crate::smart::{check_smart, Criterion, SmartOptions, Verdict};

fn options(kind: crate::smart::Kind) -> SmartOptions {
    SmartOptions { kind, today: Some("2026-05-06".into()), next_meeting: Some("2026-05-27".into()), ..SmartOptions::default() }
}

fn fired(text: &str, kind: crate::smart::Kind, code: &str, c: Criterion) -> (bool, Verdict) {
    let r = check_smart(text, &options(kind));
    let cr = r.criteria.get(c);
    (cr.rules.iter().any(|f| f.code == code), cr.verdict)
}

#[test]
fn examples_run_as_tests() {
    for rule in RULES {
        let m = rule.meta();
        let kind = m.example_kind();
        let (on_pass, pass_verdict) = fired(m.pass_example, kind, m.code, m.criterion);
        let (on_fail, fail_verdict) = fired(m.fail_example, kind, m.code, m.criterion);
        assert_eq!(pass_verdict, Verdict::Met, "{}: the passing example does not meet {:?}", m.code, m.criterion);
        assert_ne!(fail_verdict, Verdict::Met, "{}: the failing example meets {:?}", m.code, m.criterion);
        if m.positive {
            assert!(on_pass && !on_fail, "{}: a positive rule fires on its passing example only ({on_pass}, {on_fail})", m.code);
        } else {
            assert!(!on_pass && on_fail, "{}: fires on its failing example only ({on_pass}, {on_fail})", m.code);
        }
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut seen = std::collections::HashSet::new();
    for rule in RULES {
        let m = rule.meta();
        assert!(seen.insert(m.code) && seen.insert(m.name), "duplicate {}", m.code);
        assert!(m.code.len() == 5 && m.code.starts_with("SM"), "{}", m.code);
        assert!(m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", m.name);
        let digit = &m.code[2..3];
        let expect = match m.criterion {
            Criterion::Specific => "1",
            Criterion::Measurable => "2",
            Criterion::Attractive => "3",
            Criterion::Realistic => "4",
            Criterion::TimeBound => "5",
        };
        assert_eq!(digit, expect, "{}: code digit names the criterion", m.code);
        for section in ["## Hvad reglen tjekker", "## Hvorfor", "## Sådan retter du"] {
            assert!(m.docs.contains(section), "{} docs lack {section}", m.code);
        }
        assert!(m.source.contains("seed") || m.source.contains("DOMAIN"), "{} cites no source", m.code);
    }
}
