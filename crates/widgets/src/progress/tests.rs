//! Native tests of `<jobspor-progress-card>`'s state and markup.

use super::card::State;
use crate::element::Widget;
use jobspor_core::progress::card::Evaluation;

fn scored(s: &mut State, k: usize, scores: &[(&str, u8)]) {
    while s.card.evaluations.len() <= k {
        s.card.evaluations.push(Evaluation::default());
    }
    for (id, x) in scores {
        s.card.evaluations[k].scores.insert((*id).to_string(), *x);
    }
}

#[test]
fn totals_and_the_live_summary_follow_the_scores() {
    let mut s = State::default();
    assert_eq!(s.card.evaluations.len(), 1, "an empty card shows one date column");
    assert_eq!(s.summary(), "Intet vurderet endnu.");
    scored(&mut s, 0, &[("attendance", 3), ("quality", 2), ("danish", 4)]);
    scored(&mut s, 1, &[("attendance", 4), ("quality", 4), ("danish", 4)]);
    s.card.evaluations[1].date = Some("2026-03-01".into());
    let detail = s.recompute().expect("a changed result");
    assert!(detail.contains("\"total\":9.0") || detail.contains("\"total\":9"), "{detail}");
    assert_eq!(s.result.evaluations[1].total, 12.0);
    assert_eq!(s.summary(), "Samlet antal point. Dato 1: 9 af 15; 2026-03-01: 12 af 15. Ændring fra første til sidste dato: +3.");
}

#[test]
fn every_select_and_field_is_labelled_and_the_charts_are_pictures() {
    let mut s = State::default();
    scored(&mut s, 2, &[("attendance", 5)]);
    s.recompute();
    let shared = std::rc::Rc::new(crate::element::Shared::<State>::new(None));
    *shared.state.borrow_mut() = s;
    let html = crate::dom::ssr::render::<super::card::CardApp>(crate::element::Props { shared });
    crate::dom::ssr::assert_labelled(&html);
    assert_eq!(html.matches("<select").count(), 13 * 3, "one choice per item per date");
    assert!(html.contains("95-100 %"), "the seed's level words are offered");
    assert!(html.contains("role=\"img\""));
    assert!(!html.to_lowercase().contains("cpr-nr") && !html.contains("id=\"pc-cpr"), "no CPR field");
}
