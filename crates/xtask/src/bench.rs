//! The figures of `cargo xtask bench` beyond the original CV/SMART/ranking table (issues 11 and
//! 14): each printed beside its goal. Nothing here is asserted; figures vary by machine and load.

use crate::util::{cmd, json_number};
use std::path::Path;

/// Issue 14: the first check after load ≤ 10 ms at 1× for every check.
const FIRST_CALL_GOAL_US: f64 = 10_000.0;

/// The checks of `jobspor bench first` and `tests/bench/bench-first-wasm.mjs` (same fixtures).
const CHECKS: [&str; 7] = ["cv", "smart", "occupation", "track", "abc", "job-order", "match"];

fn us(v: Option<f64>) -> String {
    match v {
        Some(v) if v >= 1000.0 => format!("{:.1} ms", v / 1000.0),
        Some(v) => format!("{v:.0} µs"),
        None => "n/a".into(),
    }
}

fn line_of<'a>(out: &'a str, check: &str) -> Option<&'a str> {
    let key = format!("\"check\": \"{check}\"");
    let compact = format!("\"check\":\"{check}\"");
    out.lines().find(|l| l.contains(&key) || l.contains(&compact))
}

/// First call vs steady state per check, natively (one `jobspor` process per check, so each
/// first call is a real one) and in WebAssembly under Node (one process per check too).
pub fn first_calls(root: &Path, profile: &str) {
    println!("\n==> bench: first call vs steady state per check (issue 11, issue 14: first ≤ 10 ms at 1×)");
    let mut native = String::new();
    for c in CHECKS {
        let o = cmd("cargo")
            .args(["run", "--quiet", "--profile", profile, "-p", "jobspor-cli", "--", "bench", "first", c])
            .current_dir(root)
            .output();
        match o {
            Ok(o) if o.status.success() => native.push_str(&String::from_utf8_lossy(&o.stdout)),
            Ok(o) => println!("bench: `jobspor bench first {c}` failed: {}", String::from_utf8_lossy(&o.stderr).trim()),
            Err(e) => println!("bench: could not run `jobspor bench first`: {e}"),
        }
        native.push('\n');
    }
    let wasm = stdout_ok(cmd("node").arg("tests/bench/bench-first-wasm.mjs").current_dir(root)).unwrap_or_default();
    println!("\n| Check | native first | native 2nd | native median | wasm instantiate | wasm first | wasm 2nd | wasm median | goal: first ≤ 10 ms |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for c in CHECKS {
        let n = line_of(&native, c);
        let w = line_of(&wasm, c);
        let get = |l: Option<&str>, k: &str| l.and_then(|l| json_number(l, k));
        let (nf, wf) = (get(n, "first_call_us"), get(w, "first_call_us"));
        let over: Vec<&str> = [("native", nf), ("wasm", wf)].iter().filter(|(_, v)| v.is_some_and(|v| v > FIRST_CALL_GOAL_US)).map(|(k, _)| *k).collect();
        let verdict = match (nf, wf) {
            (None, None) => "n/a".to_string(),
            _ if over.is_empty() => "met".to_string(),
            _ => format!("over ({})", over.join(", ")),
        };
        println!(
            "| {c} | {} | {} | {} | {} | {} | {} | {} | {verdict} |",
            us(nf),
            us(get(n, "second_call_us")),
            us(get(n, "median_us")),
            get(w, "instantiate_ms").map_or("n/a".into(), |m| format!("{m:.1} ms")),
            us(wf),
            us(get(w, "second_call_us")),
            us(get(w, "median_us")),
        );
    }
    println!("(wasm: Node {}, module instantiated from bytes with `initSync`; the first call includes V8's lazy compilation of the functions it reaches)", node_version());
}

/// The standard output of a command that succeeded.
pub fn stdout_ok(c: &mut std::process::Command) -> Option<String> {
    c.output().ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

pub fn node_version() -> String {
    crate::util::stdout_of(cmd("node").arg("--version")).unwrap_or_default().trim().to_string()
}
