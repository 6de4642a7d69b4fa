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

#[test]
fn the_follow_up_shows_the_seeds_question_that_applies_per_task() {
    use super::followup::{FollowupApp, State as FState};
    use jobspor_core::progress::followup::{Task, Visit};
    let mut s = FState::default();
    assert_eq!(s.summary(), "Ingen opgaver vurderet endnu.");
    let task = |name: &str, e: u8, c: u8| Task { task: name.into(), employer_score: Some(e), citizen_score: Some(c), new_hire_score: Some(8), ..Task::default() };
    s.value.visits = vec![Visit { date: Some("2026-02-01".into()), tasks: vec![task("Plukke ordrer", 8, 5), task("Truckkørsel", 4, 7), task("Rengøring", 6, 6)], ..Visit::default() }];
    s.recompute();
    assert_eq!(s.summary(), "2 opgaver med et spørgsmål til borgeren.");
    let shared = std::rc::Rc::new(crate::element::Shared::<FState>::new(None));
    *shared.state.borrow_mut() = s;
    let html = crate::dom::ssr::render::<FollowupApp>(crate::element::Props { shared });
    crate::dom::ssr::assert_labelled(&html);
    let prompt = |t: usize| {
        let at = html.find(&format!("id=\"pf-prompt-0-{t}\"")).expect("prompt box");
        &html[at..at + html[at..].find("</div>").expect("end")]
    };
    assert!(prompt(0).contains("Vidste du, at arbejdsgiver faktisk vurderer dig bedre"), "{}", prompt(0));
    assert!(prompt(1).contains("Hvilke aftaler skal vi sammen indgå"), "{}", prompt(1));
    assert!(prompt(2).contains("vurderer ens"), "{}", prompt(2));
    assert!(html.contains("Arbejdsgiver minus borger: +3 · Point op til en nyansat: 0"), "gaps in words");
}
