//! Native tests of `<jobspor-indsatsplan>` and `<jobspor-conversation>`: state and markup.

use super::guide::{ConversationApp, State as GuideState};
use super::indsatsplan::{IndsatsplanApp, State as PlanState};
use crate::element::Widget;
use jobspor_core::conversation::Agreement;

fn render_plan(s: PlanState) -> String {
    let shared = std::rc::Rc::new(crate::element::Shared::<PlanState>::new(None));
    *shared.state.borrow_mut() = s;
    crate::dom::ssr::render::<IndsatsplanApp>(crate::element::Props { shared })
}

fn render_guide(s: GuideState) -> String {
    let shared = std::rc::Rc::new(crate::element::Shared::<GuideState>::new(None));
    *shared.state.borrow_mut() = s;
    crate::dom::ssr::render::<ConversationApp>(crate::element::Props { shared })
}

#[test]
fn the_indsatsplan_form_shows_the_findings_and_each_sub_goals_smart_result() {
    let mut s = PlanState::default();
    s.value = jobspor_core::indsatsplan::parse_indsatsplan(include_str!("../../../../tests/fixtures/indsatsplan/indsatsplan.json")).unwrap();
    s.config.today = Some("2026-05-01".into());
    s.recompute();
    assert_eq!(s.summary(), "2 fund i planen.");
    let html = render_plan(s);
    crate::dom::ssr::assert_labelled(&html);
    assert!(html.contains("data-code=\"IP005\""), "the overdue evaluation");
    assert!(html.contains("id=\"ip-smart-1\"") && html.contains("4 af 5 kriterier opfyldt"), "SMART per delmål");
    assert!(html.contains("Kontor, administration og økonomi / Butik og detail"), "the hovedmål's areas");
    assert_eq!(html.matches("<select").count(), 5, "one who per activity");
    assert!(!html.to_lowercase().contains("cpr-nr") && !html.contains("id=\"ip-cpr"), "no CPR field");
}

#[test]
fn the_guide_shows_the_phases_the_abc_plan_and_smart_checks_every_agreement() {
    let mut s = GuideState::default();
    s.record.agreements = vec![
        Agreement { text: "Du søger nogle job".into(), who: None },
        Agreement { text: "Du søger 3 stillinger som ekspedient i Aalborg inden 20. maj 2026, fordi du gerne vil arbejde med kunder".into(), who: None },
    ];
    s.today = Some("2026-05-06".into());
    let detail = s.recompute().expect("a new summary");
    assert!(detail.contains("\"agreements\"") && detail.contains("\"smart\""), "{detail}");
    assert!(s.summary.agreements[0].smart.met < 5);
    assert_eq!(s.summary.agreements[1].smart.met, 5, "{:#?}", s.summary.agreements[1].smart);
    assert_eq!(s.live(), "1 / 2 aftaler er SMART.");
    let html = render_guide(s.clone());
    crate::dom::ssr::assert_labelled(&html);
    for phase in ["Indledning", "Udfordring &amp; Afklaring", "Afrunding og aftaler"] {
        assert!(html.contains(phase), "{phase}");
    }
    assert!(html.contains("Hvilket job ønsker du?"));
    assert!(html.contains("<slot name=\"abc-plan\"></slot>"), "the ABC plan where the guide calls for it");
    assert!(html.contains("id=\"cv-agr-smart-0\"") && html.contains("id=\"cv-agr-smart-1\""));
    assert!(!html.contains("id=\"cv-timeout\""), "no clock, no time-out");
    // finishing emits the summary as jobspor-summary
    s.finish();
    let (kind, detail) = s.take_event().expect("an event");
    assert_eq!(kind, "jobspor-summary");
    assert!(detail.contains("\"met\":5"), "{detail}");
}

#[test]
fn the_time_out_prompt_appears_when_the_agreed_time_has_passed_on_a_fake_clock() {
    let mut s = GuideState::default();
    s.set_attr("started-at", Some("1767225600000"));
    s.set_attr("minutes", Some("30"));
    s.set_attr("now", Some(&(1_767_225_600_000f64 + 29.0 * 60_000.0).to_string()));
    assert_eq!((s.elapsed(), s.over_time()), (Some(29), false));
    assert!(!render_guide(s.clone()).contains("id=\"cv-timeout\""));
    s.set_attr("now", Some(&(1_767_225_600_000f64 + 31.0 * 60_000.0).to_string()));
    assert!(s.over_time());
    let html = render_guide(s);
    assert!(html.contains("id=\"cv-timeout\""));
    assert!(html.contains("Lad os lige vende tilbage til emnet, som vi aftalte i starten af samtalen…"), "GameMaster's phrasing");
    assert!(html.contains("1 min. over tiden"));
}

/// The time attributes read numbers as `str::parse::<f64>` does (`now`, `started-at`), without
/// linking core's float parser: the same value, or both not a number / not finite.
#[test]
fn time_attributes_read_numbers_as_str_parse_does() {
    let cases = [
        "1767225600000", "1767227400000", "0", "-0", "+5", "007", "1.5", ".5", "5.", "1e3", "1E3", "1e+3", "2.5e-3",
        "1767225600000.25", "-12.75", "inf", "-inf", "Infinity", "NaN", "1e400", "1e-400", "", ".", "-", "e5", "1e",
        "1e+", "1.2.3", "12a", "0x10", "1_000", " 5", "2026-01-01T10:00", "1,5", "--1", "+-1",
    ];
    for v in cases {
        let ours = crate::dom::float_syntax(v);
        let std = v.parse::<f64>().ok();
        match (ours, std) {
            (Some(a), Some(b)) if a.is_finite() || b.is_finite() => assert_eq!(a.to_bits(), b.to_bits(), "{v:?}: {a} vs {b}"),
            (Some(_), Some(_)) | (None, None) => {}
            _ => panic!("{v:?}: {ours:?} vs str::parse {std:?}"),
        }
    }
}
