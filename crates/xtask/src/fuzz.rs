//! `cargo xtask fuzz [TARGET] [--seconds N]`: the libFuzzer targets in `fuzz/` (cargo-fuzz),
//! one after the other, each for N seconds (default 60), with a seed corpus from
//! `tests/fixtures`; prints executions, coverage and crashes per target and fails on a crash.
//!
//! libFuzzer needs a nightly compiler (sanitizer flags). Without a nightly toolchain the run
//! falls back to `RUSTC_BOOTSTRAP=1` on stable; without cargo-fuzz it is skipped with a notice
//! (it never fails CI for a missing tool). `cargo xtask test` runs [`smoke`]: every target for
//! a few seconds.

use crate::util::{cmd, run, stdout_of, which, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Every target: the checks' JSON entry points (and the search simulation, the plan, the
/// resource calculator and the openings list with its CSV and demand data, the progression card and the placement follow-up), each from raw bytes
/// (`*_json`) and from structured inputs (`*_structured`, derived `Arbitrary`).
pub const TARGETS: [&str; 23] = [
    "cv_json",
    "cv_structured",
    "smart_json",
    "smart_structured",
    "track_json",
    "track_structured",
    "abc_json",
    "abc_structured",
    "job_order_json",
    "job_order_structured",
    "match_json",
    "match_structured",
    "progress_json",
    "progress_structured",
    "plan_json",
    "plan_structured",
    "resources_json",
    "resources_structured",
    "openings_json",
    "openings_structured",
    "indsatsplan_json",
    "indsatsplan_structured",
    "cv_import",
];

/// Seconds per target in `cargo xtask test` (23 targets: about 3 minutes, plus the build).
pub const SMOKE_SECONDS: u64 = 8;

/// `cargo xtask install`: cargo-fuzz from crates.io, only when absent.
pub fn install_cargo_fuzz() -> Result {
    if which("cargo-fuzz").is_some() {
        println!("install: {:<22} present", "cargo-fuzz");
        return Ok(());
    }
    if run(cmd("cargo").args(["install", "--locked", "cargo-fuzz"])).is_err() {
        // Not fatal: the fuzz stage prints a notice and is skipped without it.
        println!("install: {:<22} FAILED (the fuzz stage will be skipped)", "cargo-fuzz");
        return Ok(());
    }
    println!("install: {:<22} installed", "cargo-fuzz");
    Ok(())
}

/// `cargo xtask fuzz [TARGET] [--seconds N]`.
pub fn fuzz(root: &Path, args: &[&str]) -> Result {
    let mut seconds = 60;
    let mut only: Option<&str> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match *a {
            "--seconds" => {
                let n = it.next().ok_or("--seconds needs a number")?;
                seconds = n.parse().ok().filter(|&s| s > 0).ok_or(format!("--seconds: not a positive number: {n}"))?;
            }
            t if TARGETS.contains(&t) => only = Some(t),
            other => return Err(format!("unknown fuzz target or option {other:?}; targets: {}", TARGETS.join(", "))),
        }
    }
    let targets: Vec<&str> = match only {
        Some(t) => vec![t],
        None => TARGETS.to_vec(),
    };
    run_targets(root, &targets, seconds)
}

/// `cargo xtask test`'s stage: every target for [`SMOKE_SECONDS`].
pub fn smoke(root: &Path) -> Result {
    run_targets(root, &TARGETS, SMOKE_SECONDS)
}

/// How to call cargo-fuzz here: `cargo +nightly fuzz`, or `cargo fuzz` with RUSTC_BOOTSTRAP=1
/// on stable; `None` (with the reason) when cargo-fuzz is missing.
fn fuzz_command(root: &Path) -> std::result::Result<Command, String> {
    if which("cargo-fuzz").is_none() {
        return Err("cargo-fuzz is not installed (`cargo xtask install` installs it)".into());
    }
    let nightly = stdout_of(cmd("rustup").args(["toolchain", "list"]))
        .is_some_and(|l| l.lines().any(|t| t.starts_with("nightly")));
    let mut c = cmd("cargo");
    if nightly {
        c.arg("+nightly");
    } else {
        println!("fuzz: note: no nightly toolchain; using RUSTC_BOOTSTRAP=1 on stable");
        c.env("RUSTC_BOOTSTRAP", "1");
    }
    c.arg("fuzz").current_dir(root.join("fuzz"));
    Ok(c)
}

struct Figures {
    target: String,
    execs: u64,
    per_sec: u64,
    cov: u64,
    corpus: usize,
    crashes: usize,
}

fn run_targets(root: &Path, targets: &[&str], seconds: u64) -> Result {
    let base = match fuzz_command(root) {
        Ok(c) => c,
        Err(why) => {
            println!("fuzz: SKIPPED: {why}");
            return Ok(());
        }
    };
    let remake = || {
        let mut c = Command::new(base.get_program());
        c.args(base.get_args()).current_dir(root.join("fuzz"));
        for (k, v) in base.get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c
    };
    run(remake().args(["build", "-O"]))?;
    let mut figures = Vec::new();
    for t in targets {
        let corpus = root.join("fuzz/corpus").join(t);
        seed(root, t, &corpus)?;
        let artifacts = root.join("fuzz/artifacts").join(t);
        std::fs::create_dir_all(&artifacts).map_err(|e| format!("{}: {e}", artifacts.display()))?;
        let before = failures(&artifacts);
        println!("fuzz: {t} for {seconds} s");
        let start = Instant::now();
        let out = remake()
            .args(["run", "-O", t])
            .arg(&corpus)
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .arg("-timeout=20")
            .arg("-rss_limit_mb=2048")
            .arg("-print_final_stats=1")
            .arg(format!("-artifact_prefix={}/", artifacts.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| format!("cargo fuzz run {t}: {e}"))?;
        let log = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
        let stat = |k: &str| {
            log.lines()
                .find_map(|l| l.strip_prefix(&format!("stat::{k}:")))
                .and_then(|v| v.trim().parse::<u64>().ok())
                .unwrap_or(0)
        };
        let cov = log
            .lines()
            .filter_map(|l| l.split(" cov: ").nth(1))
            .filter_map(|r| r.split_whitespace().next()?.parse::<u64>().ok())
            .last()
            .unwrap_or(0);
        let new = failures(&artifacts) - before;
        let crashes = if out.status.success() { new } else { new.max(1) };
        if !out.status.success() {
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            println!("{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
        }
        let execs = stat("number_of_executed_units");
        let f = Figures {
            target: t.to_string(),
            execs,
            per_sec: stat("average_exec_per_sec").max(execs / start.elapsed().as_secs().max(1)),
            cov,
            corpus: count(&corpus),
            crashes,
        };
        println!("fuzz: {t}: {} executions ({}/s), cov {}, corpus {}, crashes {}", f.execs, f.per_sec, f.cov, f.corpus, f.crashes);
        figures.push(f);
    }
    println!("\n{:<22} {:>14} {:>9} {:>6} {:>7} {:>8}", "target", "executions", "exec/s", "cov", "corpus", "crashes");
    for f in &figures {
        println!("{:<22} {:>14} {:>9} {:>6} {:>7} {:>8}", f.target, f.execs, f.per_sec, f.cov, f.corpus, f.crashes);
    }
    let total: u64 = figures.iter().map(|f| f.execs).sum();
    let crashed: usize = figures.iter().map(|f| f.crashes).sum();
    println!("total: {total} executions, {crashed} crashes (artifacts in fuzz/artifacts/)");
    if crashed > 0 {
        Err(format!("{crashed} crash(es): reproduce with `cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/FILE`"))
    } else {
        Ok(())
    }
}

fn count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

/// Crash, out-of-memory, timeout and leak artifacts (not libFuzzer's slow-unit notes).
fn failures(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| ["crash-", "oom-", "timeout-", "leak-"].iter().any(|p| e.file_name().to_string_lossy().starts_with(p)))
        .count()
}

/// The seed corpus from tests/fixtures: the fixtures of the target's check, as the raw targets
/// read them (documents joined by NUL). The structured targets start from the same bytes.
fn seed(root: &Path, target: &str, corpus: &Path) -> Result {
    std::fs::create_dir_all(corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let fx = root.join("tests/fixtures");
    let read = |p: PathBuf| std::fs::read(&p).unwrap_or_default();
    let list = |dir: PathBuf| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        v.sort();
        v
    };
    let join = |parts: &[Vec<u8>]| parts.join(&0u8);
    let order = read(fx.join("joborder/job-order.json"));
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    let check = target.trim_end_matches("_json").trim_end_matches("_structured");
    match check {
        "cv" => {
            for f in ["cv-example.json", "cv-good.json", "cv-weak.json"] {
                seeds.push(read(fx.join(f)));
            }
        }
        // The importers: every import fixture, format detected (first byte 0) and forced.
        "cv_import" => {
            for (i, f) in ["mette.resume.json", "mette.hropen.json", "mette.europass.xml", "mette.europass-v3.xml", "mette.linkedin.zip", "linkedin/Positions.csv", "mette.europass.pdf"].iter().enumerate() {
                let bytes = read(fx.join("import").join(f));
                seeds.push([&[0u8][..], &bytes].concat());
                seeds.push([&[[1u8, 2, 3, 3, 4, 4, 3][i]][..], &bytes].concat());
            }
        }
        "smart" => {
            seeds.push(read(fx.join("smart/bench-agreement.txt")));
            let cases = String::from_utf8(read(fx.join("smart/cases.json"))).unwrap_or_default();
            // Each case's text (the "text" values) as its own seed.
            for part in cases.split("\"text\": \"").skip(1).take(40) {
                if let Some(end) = part.find('"') {
                    seeds.push(join(&[part[..end].as_bytes().to_vec(), br#"{"today": "2026-03-01", "offsets": "utf16"}"#.to_vec()]));
                }
            }
        }
        "track" => {
            let config = read(fx.join("track/config-archetypes.json"));
            for f in ["profile.json", "risk-profile.json"] {
                seeds.push(read(fx.join("track").join(f)));
                seeds.push(join(&[read(fx.join("track").join(f)), config.clone()]));
            }
        }
        "abc" => {
            let plan = read(fx.join("abc/plan.json"));
            seeds.push(plan.clone());
            seeds.push(join(&[plan, read(fx.join("abc/config.json")), read(fx.join("abc/demand.json"))]));
        }
        "job_order" => seeds.push(order.clone()),
        "progress" => {
            seeds.push(read(fx.join("progress/card.json")));
            seeds.push(join(&[read(fx.join("progress/card.json")), br#"{"weights": {"attendance": 2}}"#.to_vec()]));
            seeds.push(read(fx.join("progress/followup.json")));
        }
        "plan" => {
            for (plan, options) in [("plan.json", "options.json"), ("realistic-plan.json", "realistic-options.json")] {
                seeds.push(read(fx.join("plan").join(plan)));
                seeds.push(join(&[read(fx.join("plan").join(plan)), read(fx.join("plan").join(options))]));
            }
        }
        "resources" => seeds.push(read(fx.join("resources/input.json"))),
        "openings" => {
            let list = read(fx.join("openings/list.json"));
            seeds.push(list.clone());
            seeds.push(join(&[list, br#"{"today": "2026-03-20"}"#.to_vec(), br#"{"region": "Aarhus"}"#.to_vec()]));
        }
        "match" => {
            for cv in list(fx.join("joborder/cvs")) {
                seeds.push(join(&[read(cv), order.clone()]));
            }
        }
        _ => {}
    }
    for (i, s) in seeds.iter().enumerate().filter(|(_, s)| !s.is_empty()) {
        let p = corpus.join(format!("seed-{i:03}"));
        if !p.exists() {
            std::fs::write(&p, s).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}
