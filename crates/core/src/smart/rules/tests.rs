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

// The examples are texts, checked as the rule's kind.
crate::rules::harness::harness!(super::Extra, super::Run, "SM", ["seed", "DOMAIN"], "## Sådan retter du", |m, example| {
    let r = check_smart(example, &options(m.example_kind()));
    r.criteria.get(m.criterion).rules.iter().map(|f| f.code.clone()).collect()
});

#[test]
fn examples_meet_and_miss_their_criterion() {
    for rule in RULES {
        let m = rule.meta();
        let kind = m.example_kind();
        let (on_pass, pass_verdict) = fired(m.pass_example(), kind, m.code, m.criterion);
        let (on_fail, fail_verdict) = fired(m.fail_example(), kind, m.code, m.criterion);
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
fn codes_name_their_criterion() {
    for rule in RULES {
        let m = rule.meta();
        let digit = &m.code[2..3];
        let expect = match m.criterion {
            Criterion::Specific => "1",
            Criterion::Measurable => "2",
            Criterion::Attractive => "3",
            Criterion::Realistic => "4",
            Criterion::TimeBound => "5",
        };
        assert_eq!(digit, expect, "{}: code digit names the criterion", m.code);
    }
}
