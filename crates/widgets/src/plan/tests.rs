//! Native tests of `<jobspor-joblog>` and `<jobspor-plan>`: the live count, the chain findings
//! following the joblog, overrides with a reason, drafts only with a storage key, labelled
//! controls, the chart with its text beside it.

use super::joblog::{JoblogApp, State as JState};
use super::plan::{Mode, PlanApp, State as PState};
use crate::element::Widget;
use crate::i18n::Lang;

const PLAN: &str = include_str!("../../../../tests/fixtures/plan/realistic-plan.json");

fn plan() -> jobspor_core::plan::MinPlan {
    jobspor_core::plan::parse_plan(PLAN).expect("the realistic plan")
}

fn joblog(s: &mut JState) {
    s.set_attr("today", Some("2026-03-11"));
    s.plan = plan();
    s.recompute();
}

fn add(s: &mut JState, date: &str, employer: &str, title: &str, spor: Option<&str>) -> bool {
    s.form.date = date.into();
    s.form.employer = employer.into();
    s.form.title = title.into();
    s.form.jobspor = spor.map(Into::into);
    let ok = s.submit();
    s.recompute();
    ok
}

#[test]
fn adding_an_entry_updates_this_weeks_count_against_the_requirement() {
    let mut s = JState::default();
    joblog(&mut s);
    assert_eq!(s.summary(), "0 af 3 i denne uge", "the plan asks 3 a week");
    assert!(add(&mut s, "2026-03-09", "PostNord", "Lagermedarbejder", Some("lager")));
    assert!(add(&mut s, "2026-03-10", "Bilka", "Butiksassistent", Some("butik")));
    assert_eq!(s.summary(), "2 af 3 i denne uge");
    assert_eq!(s.week().by_jobspor.get("lager"), Some(&1));
    assert!(add(&mut s, "2026-03-02", "Coop", "Lagermedarbejder", Some("lager")), "last week's entry");
    assert_eq!(s.summary(), "2 af 3 i denne uge", "an entry in another week does not count this week");
    s.set_lang(Lang::En);
    assert_eq!(s.summary(), "2 of 3 this week");
    assert!(s.detail.contains(r#""joblog":[{"date":"2026-03-09""#), "{}", s.detail);
    assert!(s.detail.contains(r#""week":{"week":"2026-W11""#), "{}", s.detail);
}

#[test]
fn the_form_refuses_an_entry_without_a_date_or_a_title_and_edits_and_removes() {
    let mut s = JState::default();
    joblog(&mut s);
    assert!(!add(&mut s, "9. marts", "Coop", "Lager", None));
    assert_eq!(s.form_error, Some(super::joblog::FormError::Date));
    assert!(!add(&mut s, "2026-03-09", "", " ", None));
    assert!(s.joblog.is_empty());
    assert!(add(&mut s, "2026-03-09", "Coop", "Lagermedarbejder", Some("lager")));
    s.form = s.joblog[0].clone();
    s.form.employer = "Coop Danmark".into();
    s.editing = Some(0);
    assert!(s.submit());
    assert_eq!(s.joblog.len(), 1);
    assert_eq!(s.joblog[0].employer, "Coop Danmark");
    s.remove(0);
    s.recompute();
    assert!(s.joblog.is_empty());
    assert_eq!(s.summary(), "0 af 3 i denne uge");
}

#[test]
fn the_joblog_form_is_labelled_and_has_no_cpr_field() {
    let mut s = JState::default();
    joblog(&mut s);
    add(&mut s, "2026-03-09", "Coop", "Lagermedarbejder", Some("lager"));
    let shared = std::rc::Rc::new(crate::element::Shared::<JState>::new(None));
    *shared.state.borrow_mut() = s;
    let html = crate::dom::ssr::render::<JoblogApp>(crate::element::Props { shared });
    assert!(crate::dom::ssr::assert_labelled(&html) >= 9);
    assert!(html.contains("1 af 3 i denne uge"), "live count shown");
    assert!(html.contains(r#"<option value="lager""#), "the plan's jobspor are the choices");
    assert!(html.contains(r#"id="jl-edit-0""#) && html.contains(r#"id="jl-remove-0""#));
    assert!(!html.to_lowercase().contains("cpr"), "no CPR field");
}

fn plan_state() -> PState {
    let mut s = PState::default();
    s.set_attr("today", Some("2026-04-15"));
    s.plan = plan();
    s
}

#[test]
fn the_chain_findings_follow_the_joblog() {
    let mut s = plan_state();
    s.recompute();
    let codes = |s: &PState| s.active().iter().map(|f| f.code.clone()).collect::<Vec<_>>();
    assert!(codes(&s).contains(&"PL402".to_string()), "no applications at all: too few: {:?}", codes(&s));
    let missing = |s: &PState| s.result.findings.iter().filter(|f| f.code == "PL403").count();
    let before = missing(&s);
    assert_eq!(before, 3, "the agreed Salling Group, Bilka and DSV applications are missing: {:?}", codes(&s));
    s.options.joblog = jobspor_core::plan::parse_joblog(r#"[{"date": "2026-03-04", "employer": "Salling Group", "title": "Lagermedarbejder", "jobspor": "lager"}]"#).unwrap();
    s.recompute();
    assert_eq!(missing(&s), before - 1, "the Salling Group application is no longer missing: {:?}", codes(&s));
    assert_eq!(s.result.agreements[0].entries, vec![0], "the entry fulfils the agreement");
}

#[test]
fn a_caseworker_overrules_a_finding_with_a_reason_and_can_undo_it() {
    let mut s = plan_state();
    s.set_attr("mode", Some("caseworker"));
    assert_eq!(s.mode, Mode::Caseworker);
    s.recompute();
    let before = s.active().len();
    let f = s.active()[0].clone();
    s.add_override(&f.code, &f.path, "  Aftalt mundtligt på mødet.  ");
    s.recompute();
    assert_eq!(s.active().len(), before - 1);
    assert!(s.detail.contains(r#""reason":"Aftalt mundtligt på mødet.""#), "{}", s.detail);
    assert!(s.detail.contains(r#""mode":"caseworker""#));
    let shared = std::rc::Rc::new(crate::element::Shared::<PState>::new(None));
    *shared.state.borrow_mut() = s;
    let html = crate::dom::ssr::render::<PlanApp>(crate::element::Props { shared: shared.clone() });
    assert!(html.contains(r#"id="pl-overridden""#) && html.contains("Aftalt mundtligt på mødet."));
    assert!(html.contains(r#"id="pl-ovb-0""#), "override buttons in caseworker mode");
    shared.state.borrow_mut().remove_override(&f.code, &f.path);
    assert_eq!(shared.state.borrow().active().len(), before);
}

#[test]
fn the_summary_table_and_chart_show_the_weeks_per_jobspor_with_text_beside_the_picture() {
    let mut s = plan_state();
    s.options = jobspor_core::plan::parse_options(include_str!("../../../../tests/fixtures/plan/realistic-options.json")).unwrap();
    s.recompute();
    let weeks = s.shown_weeks().to_vec();
    assert_eq!(weeks.len(), 7, "2026-W10 (the requirement's first week) to today's 2026-W16");
    assert_eq!(weeks[0].week, "2026-W10");
    let shared = std::rc::Rc::new(crate::element::Shared::<PState>::new(None));
    *shared.state.borrow_mut() = s;
    let html = crate::dom::ssr::render::<PlanApp>(crate::element::Props { shared });
    crate::dom::ssr::assert_labelled(&html);
    assert!(html.contains(r#"role="img""#) && html.contains("<desc id=\"pl-chart-desc\">"), "the chart is a described picture");
    assert_eq!(html.matches("<tr class").count() + html.matches("<tr data-week").count(), weeks.len(), "one table row per week");
    assert!(html.contains("under kravet"), "a short week is said in words, not only by colour");
    assert!(html.contains(r#"id="pl-print""#));
    assert!(!html.to_lowercase().contains("cpr"), "no CPR field");
}

#[test]
fn drafts_are_kept_only_with_a_storage_key() {
    crate::storage::STORE.with(|s| *s.borrow_mut() = Default::default());
    let mut s = JState::default();
    joblog(&mut s);
    add(&mut s, "2026-03-09", "Coop", "Lagermedarbejder", None);
    assert!(crate::storage::STORE.with(|s| s.borrow().1.is_empty()), "nothing stored without storage-key");
    s.set_attr("storage-key", Some("jl-test"));
    add(&mut s, "2026-03-10", "Netto", "Butiksassistent", None);
    let stored = crate::storage::STORE.with(|s| s.borrow().1.get("jl-test").cloned()).expect("draft stored");
    assert!(stored.contains("Netto"));
    let mut again = JState::default();
    again.set_attr("storage-key", Some("jl-test"));
    assert_eq!(again.joblog.len(), 2, "read back");
    crate::storage::STORE.with(|s| s.borrow_mut().1.insert("bad".into(), "{\"not\": \"a list\"}".into()));
    let mut bad = JState::default();
    bad.set_attr("storage-key", Some("bad"));
    assert!(bad.draft.error.is_some());
    assert!(crate::storage::STORE.with(|s| s.borrow().1.contains_key("bad.unreadable")), "set aside, never overwritten");
}
