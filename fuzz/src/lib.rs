//! Shared pieces of the fuzz targets: splitting a raw input into documents, and the invariants
//! every result must keep (checked on every execution, so a broken one is a crash).

use jobspor_core::cv::CvResult;

/// Splits a raw input at NUL bytes into at most `n` documents (the first is the main input; the
/// others are options/configuration/order). `None` for invalid UTF-8: every host hands the core
/// a `&str` (the CLI refuses invalid UTF-8 before the core, JS strings are always valid).
pub fn split(data: &[u8], n: usize) -> Option<Vec<&str>> {
    let s = std::str::from_utf8(data).ok()?;
    Some(s.splitn(n, '\0').collect())
}

/// An optional document: missing or empty means "the defaults", as in every host.
pub fn opt<'a>(parts: &[&'a str], i: usize) -> Option<&'a str> {
    parts.get(i).copied().filter(|s| !s.is_empty())
}

/// What every CV result must keep: scores within 0–100 and equal to the breakdown's arithmetic,
/// `searchable` exactly when no Jobnet-rule finding stands, and a serialisable result.
pub fn check_cv_result(r: &CvResult) {
    for (score, parts) in [(r.findability, &r.breakdown.findability), (r.selection, &r.breakdown.selection)] {
        assert!(score <= 100, "score {score} over 100");
        let total: f64 = parts.iter().map(|p| p.weight).sum();
        let lost: f64 = parts.iter().map(|p| p.lost).sum();
        let expect = if total <= 0.0 { 100 } else { (100.0 * (1.0 - lost / total)).round().clamp(0.0, 100.0) as u8 };
        assert_eq!(score, expect, "score differs from the breakdown");
        for p in parts.iter() {
            assert!(p.lost >= 0.0 && p.lost <= p.weight + 0.011, "lost {} outside 0..=weight {}", p.lost, p.weight);
        }
    }
    assert_eq!(r.searchable, !r.findings.iter().any(|f| f.blocks_search), "searchable disagrees with the findings");
    serde_json::to_string(r).expect("the result serialises");
}

/// Any result must serialise to JSON (what every host does with it).
pub fn serialises<T: serde::Serialize>(r: &T) {
    serde_json::to_string(r).expect("the result serialises");
}

/// What every progression-card result must keep: each column's total is the sum of its groups'
/// and at most its maximum, and each step's change is the sum of its groups' (to the rounding).
pub fn check_progress_result(r: &jobspor_core::progress::ProgressResult) {
    for e in &r.evaluations {
        let sum: f64 = e.groups.iter().map(|g| g.total).sum();
        assert!((e.total - sum).abs() < 0.05, "total {} differs from its groups' {sum}", e.total);
        assert!(e.total <= e.max + 0.05, "total {} above max {}", e.total, e.max);
    }
    for s in r.progress.iter().chain(r.overall.iter()) {
        let sum: f64 = s.groups.iter().map(|g| g.change).sum();
        assert!((s.change - sum).abs() < 0.05, "change {} differs from its groups' {sum}", s.change);
    }
    serialises(r);
}

/// What every plan result must keep: findings capped per rule, each agreement's matched entries
/// in the joblog's order, a serialisable result.
pub fn check_plan_result(r: &jobspor_core::plan::PlanResult) {
    let max = jobspor_core::rules::MAX_FINDINGS_PER_RULE + 1;
    let mut i = 0;
    while i < r.findings.len() {
        let run = r.findings[i..].iter().take_while(|f| f.code == r.findings[i].code).count();
        assert!(run <= max, "{run} findings of {}", r.findings[i].code);
        i += run;
    }
    for a in &r.agreements {
        assert!(a.entries.windows(2).all(|w| w[0] < w[1]), "entries out of order");
    }
    serialises(r);
}

/// The openings list through CSV and back (every row kept when the list is written by us), and
/// into demand data with the options (JSON).
pub fn check_openings_list(list: &jobspor_core::openings::OpeningsList, options: Option<&str>) {
    use jobspor_core::openings::{csv, demand};
    let text = csv::openings_to_csv(list);
    if let Ok(back) = csv::openings_from_csv(&text) {
        serialises(&back);
    }
    let options = match options {
        Some(o) => match demand::parse_options(o) {
            Ok(o) => o,
            Err(_) => return,
        },
        None => Default::default(),
    };
    if let Ok(d) = demand::openings_to_demand(list, &options) {
        serialises(&d);
    }
}
