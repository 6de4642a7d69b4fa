//! The matcher on the labelled pairs (`tests/fixtures/plan/matching.json`, written before the
//! matcher): the figure is printed; the held-out part was never tuned on. First, untuned run:
//! tuning set 43/44 = 97.7 %, held-out 17/20 = 85.0 %, all 60/64 = 93.8 %. The second held-out set
//! (`matching-2.json`, 24 pairs, written before running the matcher on them): 24/24 untuned.

use super::AgreementFacts;
use crate::plan::model::{Agreement, JoblogEntry};
use serde_json::Value;

const PAIRS: &str = include_str!("../../../../../tests/fixtures/plan/matching.json");

/// The second held-out set (session 4), written before the matcher was run on it.
const PAIRS_2: &str = include_str!("../../../../../tests/fixtures/plan/matching-2.json");

/// (right, total) on the pairs of `set`.
fn score(set: &str) -> (usize, usize, Vec<String>) {
    score_in(PAIRS, set)
}

/// (right, total) on the pairs of `set` in `pairs` (JSON text).
fn score_in(pairs: &str, set: &str) -> (usize, usize, Vec<String>) {
    let v: Value = serde_json::from_str(pairs).unwrap();
    let mut right = 0;
    let mut total = 0;
    let mut wrong = Vec::new();
    for p in v["pairs"].as_array().unwrap().iter().filter(|p| p["set"] == set) {
        let a = Agreement { text: p["agreement"].as_str().unwrap().into(), date: p["date"].as_str().map(Into::into), ..Agreement::default() };
        let e: JoblogEntry = serde_json::from_value(p["entry"].clone()).unwrap();
        let facts = AgreementFacts::read(&a, None);
        let got = facts.matches_entry(&e);
        total += 1;
        if got == p["match"].as_bool().unwrap() {
            right += 1;
        } else {
            wrong.push(format!("{} | {:?} → {got} ({:?})", a.text, e, facts));
        }
    }
    (right, total, wrong)
}

#[test]
fn the_matcher_agrees_with_the_labels() {
    let (r1, n1, w1) = score("tune");
    let (r2, n2, w2) = score("held_out");
    println!("plan matcher: tuning set {r1}/{n1} = {:.1} %; held-out {r2}/{n2} = {:.1} %; all {}/{} = {:.1} %",
        100.0 * r1 as f64 / n1 as f64, 100.0 * r2 as f64 / n2 as f64, r1 + r2, n1 + n2, 100.0 * (r1 + r2) as f64 / (n1 + n2) as f64);
    for w in w1.iter().chain(&w2) {
        println!("  wrong: {w}");
    }
    assert!(n1 + n2 >= 60);
    assert!((r1 + r2) * 100 >= 90 * (n1 + n2), "below 90 %");
    // Held-out: 17/20 = 85.0 % untuned and after tuning (three misses: a title of another
    // DISCO group, a generic title for a specific one, "næste fredag" read as this week's Friday).
    assert!(r2 * 100 >= 85 * n2, "held-out below 85 %");
    assert!(r1 * 100 >= 95 * n1, "tuning set below 95 %");
}

#[test]
fn the_matcher_on_the_second_held_out_set() {
    let (r, n, w) = score_in(PAIRS_2, "held_out_2");
    println!("plan matcher: second held-out set {r}/{n} = {:.1} % (untuned)", 100.0 * r as f64 / n as f64);
    for w in &w {
        println!("  wrong: {w}");
    }
    assert!(n >= 20);
    // The untuned first run (2026-12-07): 24/24 = 100 %. The floor allows one miss.
    const FLOOR: usize = 95;
    assert!(r * 100 >= FLOOR * n, "second held-out set below {FLOOR} %");
}

#[test]
fn weekly_amounts_are_read() {
    let read = |text: &str| AgreementFacts::read(&Agreement { text: text.into(), ..Agreement::default() }, None);
    let a = read("Send to uopfordrede ansøgninger om ugen til butikker i Frederikshavn.");
    assert_eq!((a.per_week, a.unsolicited), (Some(2), true));
    let a = read("Du søger 3 job som lagermedarbejder hver uge frem til næste samtale.");
    assert_eq!((a.per_week, a.unsolicited, a.occupation.map(|o| o.title)), (Some(3), false, Some("Lagermedarbejder")));
    assert_eq!(read("Søg stillingen som kok hos Restaurant Havnen inden den 6. marts.").per_week, None);
}
