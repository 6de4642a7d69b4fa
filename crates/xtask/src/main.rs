//! `cargo xtask <command>`: Jobspor's build, test and demo automation (std only).
//!
//! ```text
//! cargo xtask install        install what is missing (wasm target, wasm-pack, wasm-bindgen-cli,
//!                            chromium + chromedriver, npm dev dependencies)
//! cargo xtask codegen [--check]  write the generated files from the module table
//!                            (crates/xtask/src/modules.rs) and the `jobspor` CLI: schema/, the
//!                            rule references in docs/, the pkg-config entry boilerplate and
//!                            package.json; `--check` writes nothing and fails on a stale file
//! cargo xtask package        build the npm package into target/npm/ (fails over the size budget)
//! cargo xtask types        tsc --strict over tests/types, importing the built target/npm through
//!                            its `exports` map (as node_modules/jobspor)
//! cargo xtask serve [--port N]   serve www/ at / and target/npm/ at /pkg/ (default port 8080)
//! cargo xtask demo  [--port N]   install + package + serve
//! cargo xtask test           everything CI runs: codegen --check, native tests, wasm tests in headless Chromium,
//!                            package, end-to-end tests against the served demo
//! cargo xtask e2e            package + end-to-end tests only (args after it go to run.mjs)
//! cargo xtask frameworks [NAME…]  package + the packed tarball in fresh projects (tests/frameworks:
//!                            html, node, vite, react19, …; npm installs, cached), in headless Chromium
//! cargo xtask bench          native and wasm figures: one CV check, one SMART check, ranking
//!                             100,000 CVs against a job order, checking 100,000 CVs in a batch
//!                             (`jobspor bench batch`), the .wasm sizes, and the first call
//!                             vs steady state of every check, ranking at 1k/10k/100k with memory,
//!                             bytes per page, start-up and keystrokes in headless Chromium
//!                             (crates/xtask/src/bench.rs); `bench SECTION` runs one of them
//! ```

mod bench;
mod codegen;
mod dts;
mod fuzz;
mod install;
mod manifest;
mod modules;
mod package;
mod serve;
mod util;

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use util::{cmd, fmt_bytes, fmt_duration, json_number, run, Result};

const USAGE: &str = "usage: cargo xtask <install|codegen [--check]|package|types|serve [--port N]|demo [--port N]|test|e2e [FILTER]|frameworks [NAME…]|bench [first|ranking|bytes|browser|opt-levels]>";
const FIXTURE: &str = "tests/fixtures/cv-example.json";

fn main() -> ExitCode {
    let root = util::root();
    util::setup_path(&root);
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match a.as_slice() {
        ["install"] => install::install(&root),
        ["codegen"] => codegen::codegen(&root, false),
        ["codegen", "--check"] => codegen::codegen(&root, true),
        ["package"] => install::install(&root).and_then(|_| package::package(&root).map(drop)),
        ["serve", rest @ ..] => port(rest).and_then(|p| serve_forever(&root, p)),
        ["demo", rest @ ..] => port(rest).and_then(|p| {
            install::install(&root)?;
            package::package(&root)?;
            serve_forever(&root, p)
        }),
        ["test"] => test(&root),
        ["e2e", filter @ ..] => install::install(&root)
            .and_then(|_| package::package(&root).map(drop))
            .and_then(|_| e2e(&root, filter)),
        ["bench"] => bench(&root),
        // One section of the benchmark, against the package already in target/npm/.
        ["bench", "opt-levels"] => bench::opt_levels(&root),
        ["bench", section @ ("first" | "ranking" | "bytes" | "browser")] => {
            match *section {
                "first" => bench::first_calls(&root, native_profile(&root)),
                "ranking" => bench::ranking(&root, native_profile(&root)),
                "bytes" => bench::bytes_per_page(&root),
                _ => bench::browser(&root),
            }
            Ok(())
        }
        ["types"] => type_tests(&root),
        ["frameworks", rest @ ..] => install::install(&root)
            .and_then(|_| package::package(&root).map(drop))
            .and_then(|_| frameworks(&root, rest)),
        ["fuzz", rest @ ..] => fuzz::fuzz(&root, rest),
        [] | ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown command {:?}\n{USAGE}", args.join(" "))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn port(args: &[&str]) -> Result<u16> {
    match args {
        [] => Ok(8080),
        ["--port", n] => n.parse().map_err(|_| format!("--port: not a port number: {n}")),
        _ => Err(USAGE.to_string()),
    }
}

pub(crate) fn site(root: &Path, log: bool) -> serve::Site {
    // JOBSPOR_WWW serves another page directory at `/` (for trying pages out; default www/).
    let www = std::env::var_os("JOBSPOR_WWW").map(std::path::PathBuf::from).unwrap_or_else(|| root.join("www"));
    // The demo (`serve`, `demo`) and the benchmark revalidate the package (ETag, no-cache); the
    // e2e tests keep `no-store` (their smoke test asserts it).
    serve::Site { www, pkg: package::npm_dir(root), log, cache: log }
}

fn serve_forever(root: &Path, port: u16) -> Result {
    if !package::npm_dir(root).join("jobspor.js").exists() {
        println!("serve: note: target/npm/ has no package yet: run `cargo xtask package` (or `cargo xtask demo`)");
    }
    let (addr, handle) = serve::start(site(root, true), port).map_err(|e| format!("127.0.0.1:{port}: {e}"))?;
    println!("Jobspor demo: http://{addr}/");
    println!("(www/ at /, target/npm/ at /pkg/; Ctrl-C stops)");
    handle.join().map_err(|_| "the server thread panicked".to_string())
}

/// Serves the demo on an ephemeral port in a background thread and runs the e2e harness. The
/// `jobspor` CLI is built first: tests/e2e/batch-report.test.mjs opens the report it writes.
fn e2e(root: &Path, args: &[&str]) -> Result {
    let cli = codegen::Cli::build(root)?;
    let (addr, _handle) = serve::start(site(root, false), 0).map_err(|e| format!("serve: {e}"))?;
    let base = format!("http://{addr}/");
    println!("e2e: serving on {base}");
    run(cmd("node")
        .arg("tests/e2e/run.mjs")
        .args(args)
        .env("JOBSPOR_BASE_URL", &base)
        .env("JOBSPOR_BIN", &cli.0)
        .current_dir(root))
}

/// tests/frameworks/run.mjs: the packed tarball in fresh projects (plain HTML, Vite, React 19 +
/// TypeScript, a Node script…), each built with its own tools and checked in headless Chromium.
/// Projects with npm dependencies install them from the registry into their own node_modules
/// (kept between runs); `--smoke` runs only those without (Node and plain HTML).
fn frameworks(root: &Path, args: &[&str]) -> Result {
    run(cmd("node").arg("tests/frameworks/run.mjs").args(args).current_dir(root))
}

/// `tsc --strict` over tests/types/*.ts in a temp project (target/types-check/) where the package
/// is `node_modules/jobspor` (a symlink to target/npm/): the imports resolve through the package's
/// `exports` map, as a host's do.
fn type_tests(root: &Path) -> Result {
    let dir = root.join("target/types-check");
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(io)?;
    }
    std::fs::create_dir_all(dir.join("node_modules")).map_err(io)?;
    for entry in std::fs::read_dir(root.join("tests/types")).map_err(io)?.flatten() {
        std::fs::copy(entry.path(), dir.join(entry.file_name())).map_err(io)?;
    }
    std::os::unix::fs::symlink(package::npm_dir(root), dir.join("node_modules/jobspor")).map_err(io)?;
    run(cmd(root.join("node_modules/.bin/tsc")).args(["-p", "target/types-check", "--strict"]).current_dir(root))
}

struct Stage {
    name: String,
    took: Duration,
    result: std::result::Result<(), String>,
}

fn stage(stages: &mut Vec<Stage>, name: &str, f: impl FnOnce() -> Result) -> bool {
    println!("\n==> {name}");
    let start = Instant::now();
    let result = f();
    let took = start.elapsed();
    match &result {
        Ok(()) => println!("==> {name}: ok ({})", fmt_duration(took)),
        Err(e) => println!("==> {name}: FAILED ({}): {e}", fmt_duration(took)),
    }
    let ok = result.is_ok();
    stages.push(Stage { name: name.to_string(), took, result });
    ok
}

/// A crate dir with wasm-bindgen tests: `tests/*.rs` using wasm_bindgen_test.
fn has_wasm_tests(crate_dir: &Path) -> bool {
    std::fs::read_dir(crate_dir.join("tests"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|s| s.contains("wasm_bindgen_test")))
}

/// `features`: extra cargo features for this run (the crate's feature-gated tests).
fn wasm_test(root: &Path, krate: &str, features: Option<&str>) -> Result {
    let mut c = cmd("wasm-pack");
    c.args(["test", "--mode", "no-install", "--headless", "--chrome", "--chromedriver", install::CHROMEDRIVER, krate]);
    if let Some(f) = features {
        c.args(["--features", f]);
    }
    c
        .env("CHROMEDRIVER", install::CHROMEDRIVER)
        .current_dir(root);
    if std::env::var_os("WASM_BINDGEN_TEST_TIMEOUT").is_none() {
        // A hang guard on a slow 2-core machine, not a timing assertion.
        c.env("WASM_BINDGEN_TEST_TIMEOUT", "180");
    }
    run(&mut c)
}

/// What a benchmark command prints on stdout, not echoed (`None` when it fails to run or fails).
fn quiet_output(root: &Path, program: &str, args: &[&str]) -> Option<String> {
    cmd(program)
        .args(args)
        .current_dir(root)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

fn test(root: &Path) -> Result {
    let total = Instant::now();
    let mut stages = Vec::new();
    stage(&mut stages, "codegen --check", || codegen::codegen(root, true));
    if stage(&mut stages, "install", || install::install(root)) {
        stage(&mut stages, "cargo test --workspace", || {
            run(cmd("cargo").args(["test", "--workspace"]).current_dir(root))
        });
        for krate in ["crates/wasm", "crates/widgets"] {
            if krate == "crates/wasm" || has_wasm_tests(&root.join(krate)) {
                // crates/wasm: the default (CV) API plus the feature-gated ABC, job-order, plan and numbers API
                // (the package builds one module per entry; the tests take them together).
                let features = (krate == "crates/wasm").then_some("abc,joborder,plan,numbers,progress,conversation");
                stage(&mut stages, &format!("wasm tests {krate} (headless Chromium)"), || wasm_test(root, krate, features));
            }
        }
        if stage(&mut stages, "package", || package::package(root).map(drop)) {
            stage(&mut stages, "types (tsc via the package's exports map)", || type_tests(root));
            stage(&mut stages, "e2e (tests/e2e, headless Chromium)", || e2e(root, &[]));
            stage(&mut stages, "frameworks smoke (packed tarball: Node, plain HTML)", || frameworks(root, &["--smoke"]));
        }
        stage(&mut stages, "fuzz smoke (fuzz/, every target)", || fuzz::smoke(root));
    }
    let failed = stages.iter().filter(|s| s.result.is_err()).count();
    println!("\nSummary");
    for s in &stages {
        let mark = if s.result.is_ok() { "ok  " } else { "FAIL" };
        println!("  {mark}  {:<42} {:>8}", s.name, fmt_duration(s.took));
    }
    println!("  total {:>55}", fmt_duration(total.elapsed()));
    println!("stages: {} passed, {failed} failed", stages.len() - failed);
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} stage(s) failed"))
    }
}

fn bench(root: &Path) -> Result {
    install::install(root)?;
    package::package(root)?;
    println!("\n==> bench: native (jobspor bench cv)");
    let profile = native_profile(root);
    let mut native = cmd("cargo");
    native
        .args(["run", "--quiet", "--profile", profile, "-p", "jobspor-cli", "--", "bench", "cv", FIXTURE])
        .current_dir(root);
    let native_out = bench_output(&mut native, "`jobspor bench cv`");
    let native_parse = native_out.as_deref().and_then(|o| json_number(o, "median_parse_and_check_us"));
    let median = |o: &str| json_number(o, "median_us").map(|m| (m, json_number(o, "iterations")));
    let native = native_out.as_deref().and_then(median);

    println!("\n==> bench: wasm (node tests/bench/bench-wasm.mjs)");
    let mut wasm = cmd("node");
    wasm.args(["tests/bench/bench-wasm.mjs", FIXTURE]).current_dir(root);
    let wasm_out = bench_output(&mut wasm, "bench-wasm.mjs");
    let wasm_string = wasm_out.as_deref().and_then(|o| json_number(o, "median_string_us"));
    let wasm = wasm_out.as_deref().and_then(median);
    let sizes = package::sizes(&package::wasm_file(root))?;

    let fmt = |m: Option<(f64, Option<f64>)>| match m {
        Some((median, Some(n))) => format!("{median:.1} µs (median of {n:.0})"),
        Some((median, None)) => format!("{median:.1} µs"),
        None => "n/a".to_string(),
    };
    let node = util::stdout_of(cmd("node").arg("--version")).unwrap_or_default();
    println!("\n| Measure | Value |");
    println!("| --- | --- |");
    println!("| One CV check, native (`{profile}` profile, parsed CV) | {} |", fmt(native));
    if let Some(m) = native_parse {
        println!("| Parse JSON + check, native | {m:.1} µs |");
    }
    println!("| `checkCv(object)`, wasm in Node {} | {} |", node.trim(), fmt(wasm));
    if let Some(m) = wasm_string {
        println!("| `checkCv(jsonText)`, wasm in Node {} | {m:.1} µs |", node.trim());
    }
    println!("| `jobspor_wasm_bg.wasm`, raw | {} |", fmt_bytes(sizes.raw));
    println!("| `jobspor_wasm_bg.wasm`, gzip -9 | {} (budget {}) |", fmt_bytes(sizes.gzip), fmt_bytes(package::GZIP_BUDGET));
    // The SMART check of one agreement (issue 3's budget: ≤ 50 µs native median for ~200 chars).
    let smart_native = quiet_output(root, "cargo", &["run", "--quiet", "--profile", profile, "-p", "jobspor-cli", "--", "bench", "smart", "--iterations", "20000"]).and_then(|o| json_number(&o, "median_us"));
    let smart_wasm = quiet_output(root, "node", &["tests/bench/bench-smart-wasm.mjs"]).and_then(|o| json_number(&o, "median_us"));
    let us = |m: Option<f64>| m.map_or("n/a".to_string(), |m| format!("{m:.1} µs"));
    println!("| One SMART check (186-char agreement), native (`{profile}` profile) | {} |", us(smart_native));
    println!("| `checkSmart(text)`, wasm in Node {} | {} |", node.trim(), us(smart_wasm));
    // Issue 6's budget: rank 100,000 generated CVs against one job order in ≤ 1 s natively.
    let rank_native = quiet_output(root, "cargo", &["run", "--quiet", "--profile", profile, "-p", "jobspor-cli", "--", "bench", "match", "--cvs", "100000"]).and_then(|o| json_number(&o, "rank_ms_median"));
    let rank_wasm = quiet_output(root, "node", &["tests/bench/bench-rank-wasm.mjs", "--cvs", "100000"]);
    let ms = |m: Option<f64>| m.map_or("n/a".to_string(), |m| format!("{m:.0} ms"));
    println!("| Rank 100,000 generated CVs against one job order, native (`{profile}` profile, parsed CVs) | {} |", ms(rank_native));
    println!(
        "| `rankCvs(jsonText)` of 100,000 CVs (parse + rank), wasm in Node {} | {} |",
        node.trim(),
        ms(rank_wasm.as_deref().and_then(|o| json_number(o, "median_rank_text_ms")))
    );
    println!(
        "| `rankCvs(array)` of 100,000 CVs (stringify + parse + rank), wasm in Node {} | {} |",
        node.trim(),
        ms(rank_wasm.as_deref().and_then(|o| json_number(o, "median_rank_array_ms")))
    );
    // Issue 21's goal: `jobspor cv check --cvs` over 100,000 generated CVs (NDJSON file, one
    // thread) at ≥ 50,000 CVs/s with memory flat in the number of CVs (peak RSS at 10,000 vs
    // 100,000).
    let mut batch = cmd("cargo");
    batch
        .args(["run", "--quiet", "--profile", profile, "-p", "jobspor-cli", "--", "bench", "batch", "--cvs", "100000"])
        .current_dir(root);
    let batch = bench_output(&mut batch, "`jobspor bench batch`");
    let figure = |key: &str| batch.as_deref().and_then(|o| json_number(o, key)).map_or("n/a".to_string(), |v| format!("{v:.0}"));
    let mib = |key: &str| batch.as_deref().and_then(|o| json_number(o, key)).map_or("n/a".to_string(), |v| format!("{v:.1} MiB"));
    for format in ["ndjson", "csv"] {
        println!(
            "| `jobspor cv check --cvs` 100,000 generated CVs, `--format {format}`, native (`{profile}`, one thread) | {} CVs/s wall, {} per CPU-second (goal ≥ 50,000); peak RSS {} (10,000 CVs: {}) |",
            figure(&format!("{format}_cvs_per_s")),
            figure(&format!("{format}_cvs_per_cpu_s")),
            mib(&format!("{format}_peak_rss_mib")),
            mib(&format!("{format}_peak_rss_mib_tenth"))
        );
    }
    for m in package::MODULES {
        let s = package::sizes(&package::npm_dir(root).join(format!("{}_bg.wasm", m.wasm)))?;
        println!("| `{}_bg.wasm`, raw / gzip -9 | {} / {} |", m.wasm, fmt_bytes(s.raw), fmt_bytes(s.gzip));
    }
    bench::first_calls(root, profile);
    bench::ranking(root, profile);
    bench::bytes_per_page(root);
    bench::browser(root);
    println!("\nFixture: {FIXTURE}; machine: {} cores. Figures vary by machine; nothing here is asserted.", cores());
    Ok(())
}

/// Runs a benchmark command, printing it and its output; its stdout, or `None` (said) when it fails.
fn bench_output(c: &mut std::process::Command, what: &str) -> Option<String> {
    eprintln!("$ {}", util::display(c));
    match c.output() {
        Ok(o) if o.status.success() => {
            let out = String::from_utf8_lossy(&o.stdout).into_owned();
            println!("{}", out.trim());
            Some(out)
        }
        Ok(o) => {
            println!("bench: {what} is missing or failed: {}", String::from_utf8_lossy(&o.stderr).trim());
            None
        }
        Err(e) => {
            println!("bench: could not run {what}: {e}");
            None
        }
    }
}

/// The profile of the native benchmarks: `bench-native` (opt-level 3) when the workspace has it.
fn native_profile(root: &Path) -> &'static str {
    let cargo_toml = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    if cargo_toml.contains("[profile.bench-native]") { "bench-native" } else { "release" }
}

fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}
