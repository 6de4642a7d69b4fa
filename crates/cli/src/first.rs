//! `jobspor bench first [CHECK]`: the first call of each check in this process against its steady
//! state (issue 11: the first SMART check builds no lexicon; issue 14: first check ≤ 10 ms).
//!
//! Every check gets the repository's fixture as JSON text (what the WebAssembly functions parse).
//! `cargo xtask bench` runs one process per check, so each first call is a real first call; with
//! no CHECK every check runs in this one process (later checks then share what earlier ones warmed).

use jobspor_core::{abc, cv, joborder, lexicon, smart, track};
use std::time::Instant;

const CV: &str = include_str!("../../../tests/fixtures/cv-example.json");
const AGREEMENT: &str = include_str!("../../../tests/fixtures/smart/bench-agreement.txt");
const PROFILE: &str = include_str!("../../../tests/fixtures/track/profile.json");
const PLAN: &str = include_str!("../../../tests/fixtures/abc/plan.json");
const ABC_CONFIG: &str = include_str!("../../../tests/fixtures/abc/config.json");
const ORDER: &str = include_str!("../../../tests/fixtures/joborder/job-order.json");
const SMART_OPTIONS: &str = r#"{"today": "2026-05-06", "next_meeting": "2026-05-27"}"#;

/// The checks, in the order the benchmark prints them.
pub const CHECKS: [&str; 7] = ["cv", "smart", "occupation", "track", "abc", "job-order", "match"];

/// One call of a check on its fixture; false when it gave an input error (a broken fixture).
fn call(check: &str) -> bool {
    match check {
        "cv" => cv::check_cv_json(CV, None).is_ok(),
        "smart" => smart::check_smart_json(AGREEMENT, Some(SMART_OPTIONS)).is_ok(),
        "occupation" => lexicon::resolve_occupation("Skibsmekaniker").is_ok(),
        "track" => track::assign_track_json(PROFILE, None).is_ok(),
        "abc" => abc::check_abc_plan_json(PLAN, Some(ABC_CONFIG)).is_ok(),
        "job-order" => joborder::check_job_order_json(ORDER).is_ok(),
        _ => joborder::match_cv_json(CV, ORDER, None).is_ok(),
    }
}

/// `jobspor bench first [CHECK] [--iterations N]`: one JSON line per check.
pub fn run(rest: &[&str]) -> Result<String, String> {
    let mut checks: Vec<&str> = Vec::new();
    let mut n = 2000usize;
    let mut it = rest.iter();
    while let Some(&a) = it.next() {
        match a {
            "--iterations" => {
                let v = it.next().ok_or("--iterations needs a value")?;
                n = v.parse::<usize>().map_err(|_| format!("--iterations: not a number: {v:?}"))?.max(1);
            }
            c if CHECKS.contains(&c) => checks.push(c),
            other => return Err(format!("unknown check {other:?}; one of {}", CHECKS.join(", "))),
        }
    }
    if checks.is_empty() {
        checks = CHECKS.to_vec();
    }
    let mut lines = Vec::new();
    for check in checks {
        let t = Instant::now();
        if !call(check) {
            return Err(format!("{check}: the fixture gave an input error"));
        }
        let first = t.elapsed().as_nanos() as f64 / 1000.0;
        let t = Instant::now();
        std::hint::black_box(call(check));
        let second = t.elapsed().as_nanos() as f64 / 1000.0;
        for _ in 0..n.min(200) {
            std::hint::black_box(call(std::hint::black_box(check)));
        }
        let mut times: Vec<f64> = (0..n)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(call(std::hint::black_box(check)));
                t.elapsed().as_nanos() as f64 / 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        lines.push(format!(
            "{{\"check\": \"{check}\", \"first_call_us\": {first:.1}, \"second_call_us\": {second:.1}, \"median_us\": {:.2}, \"iterations\": {n}}}",
            times[n / 2]
        ));
    }
    Ok(lines.join("\n"))
}
