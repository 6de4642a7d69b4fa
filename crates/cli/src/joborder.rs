//! `jobspor job-order …`, `jobspor match …`: the job-order check and the search simulation on the
//! command line.
//!
//! ```text
//! jobspor job-order check FILE|-
//! jobspor job-order rules [--markdown]
//! jobspor match CV JOBORDER [--options FILE]
//! jobspor match --cvs DIR JOBORDER [--options FILE]
//! jobspor bench match [--cvs N]
//! jobspor schema job-order|job-order-result|match-result|rank-result|match-options
//! ```
//!
//! `match --cvs DIR` ranks every `*.json` in DIR (sorted by name; `id` is the file name). Bad
//! input exits 2 with one line naming the file (when there are several) and the path.

use jobspor_core::cv;
use jobspor_core::joborder::{self, rules, MatchOptions};
use std::time::Instant;

/// The example job order (also the benchmark's).
pub const EXAMPLE_ORDER: &str = include_str!("../../../tests/fixtures/joborder/job-order.json");

pub fn run(args: &[&str]) -> Result<String, String> {
    match args {
        ["job-order", "check", file] if !file.starts_with("--") => {
            let order = super::read_input(file)?;
            super::to_json(&joborder::check_job_order_json(&order).map_err(|e| super::describe(&e))?)
        }
        ["job-order", "check", ..] => Err("usage: jobspor job-order check FILE|-".into()),
        ["job-order", "rules"] => super::to_json(&rules::metas()),
        ["job-order", "rules", "--markdown"] => Ok(rules_markdown()),
        ["match", rest @ ..] => match_command(rest),
        ["bench", "match", rest @ ..] => bench(rest),
        _ => Err(format!("unknown command {:?}; see `jobspor --help`", args.join(" "))),
    }
}

/// `FILE: problem` – which of several inputs is bad, then the problem and its path.
fn in_file(file: &str, e: &jobspor_core::InputError) -> String {
    format!("{file}: {}", super::describe(e))
}

fn match_command(rest: &[&str]) -> Result<String, String> {
    let mut files = Vec::new();
    let (mut dir, mut options) = (None, None);
    let mut it = rest.iter();
    while let Some(&arg) = it.next() {
        match arg {
            "--cvs" => dir = Some(*it.next().ok_or("--cvs needs a folder")?),
            "--options" => options = Some(*it.next().ok_or("--options needs a value")?),
            a if a.starts_with("--") => return Err(format!("unknown option {a}; see `jobspor --help`")),
            a => files.push(a),
        }
    }
    let options = match options {
        Some(f) => joborder::parse_match_options(&super::read_input(f)?).map_err(|e| in_file(f, &e))?,
        None => MatchOptions::default(),
    };
    let order_of = |f: &str| -> Result<joborder::JobOrder, String> { joborder::parse_job_order(&super::read_input(f)?).map_err(|e| in_file(f, &e)) };
    match (dir, files.as_slice()) {
        (None, [cv_file, order_file]) => {
            let cv = cv::parse_cv(&super::read_input(cv_file)?).map_err(|e| in_file(cv_file, &e))?;
            let order = order_of(order_file)?;
            super::to_json(&joborder::match_cv(&cv, &order, &options))
        }
        (Some(dir), [order_file]) => {
            let order = order_of(order_file)?;
            let (names, cvs) = read_cvs(dir)?;
            let mut result = joborder::rank_cvs(&cvs, &order, &options);
            for e in &mut result.gross_list {
                e.id = Some(names[e.index].clone());
            }
            super::to_json(&result)
        }
        _ => Err("usage: jobspor match CV JOBORDER, or jobspor match --cvs DIR JOBORDER; see `jobspor --help`".into()),
    }
}

/// Every `*.json` in `dir`, sorted by file name (the folder listing is `cvs::json_files`, shared
/// with `jobspor cv check --cvs`).
fn read_cvs(dir: &str) -> Result<(Vec<String>, Vec<cv::Cv>), String> {
    let names = super::cvs::json_files(dir)?;
    let mut cvs = Vec::with_capacity(names.len());
    for n in &names {
        let path = super::cvs::path_in(dir, n);
        cvs.push(cv::parse_cv(&super::read_input(&path)?).map_err(|e| in_file(&path, &e))?);
    }
    Ok((names, cvs))
}

/// Generates N CVs (`joborder::generate_cvs`, seed 1) and ranks them against the example job order.
fn bench(rest: &[&str]) -> Result<String, String> {
    let n = match rest {
        [] => 100_000,
        ["--cvs", v] => v.parse::<usize>().map_err(|_| format!("--cvs: not a number: {v:?}"))?,
        _ => return Err("usage: jobspor bench match [--cvs N]".into()),
    };
    let order = joborder::parse_job_order(EXAMPLE_ORDER).map_err(|e| super::describe(&e))?;
    let options = MatchOptions::default();
    let t = Instant::now();
    let cvs = joborder::generate_cvs(n, 1);
    let generate_ms = ms(t);
    let runs = if n > 200_000 { 3 } else { 5 };
    let mut times = Vec::with_capacity(runs);
    let mut result = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = std::hint::black_box(joborder::rank_cvs(std::hint::black_box(&cvs), &order, &options));
        times.push(ms(t));
        result = Some(r);
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let totals = result.map(|r| r.totals).ok_or("no run")?;
    super::to_json(&serde_json::json!({
        "cvs": n,
        "generate_ms": round(generate_ms),
        "rank_ms_median": round(median),
        "rank_ms_runs": times.iter().map(|t| round(*t)).collect::<Vec<_>>(),
        "cvs_per_second": if median > 0.0 { (n as f64 / median * 1000.0).round() } else { 0.0 },
        "totals": totals,
        // the process's peak resident memory (Linux; issue 14 asks for peak memory), else null
        "peak_rss_mb": peak_rss_mb(),
    }))
}

/// The process's peak resident set in MB (VmHWM in /proc/self/status), where there is one.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(round(kb / 1024.0))
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The rule reference: docs/job-order.md embeds it between markers, so every heading is one level
/// down (`## Regler / Rules`, `### JO001`).
pub fn rules_markdown() -> String {
    let md = jobspor_core::rules::markdown(
        "Regler / Rules",
        "Generated by `jobspor job-order rules --markdown` from the doc comments in `crates/core/src/joborder/rules/`; \
         each example is a JSON merge patch over `tests/fixtures/joborder/job-order.json`.",
        &rules::metas(),
    );
    jobspor_core::rules::shift_headings(&md)
}
