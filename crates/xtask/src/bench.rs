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
    // The same with V8 compiling the whole module at instantiation: the first call without the
    // lazy compilation of the functions it reaches.
    let eager = stdout_ok(cmd("node").args(["--no-wasm-lazy-compilation", "tests/bench/bench-first-wasm.mjs"]).current_dir(root))
        .unwrap_or_default();
    println!();
    header(&[
        "Check", "native first", "native 2nd", "native median", "wasm instantiate", "wasm first", "wasm 2nd", "wasm median",
        "wasm first, eager compile", "goal: first ≤ 10 ms",
    ]);
    for c in CHECKS {
        let n = line_of(&native, c);
        let w = line_of(&wasm, c);
        let e = line_of(&eager, c);
        let get = |l: Option<&str>, k: &str| l.and_then(|l| json_number(l, k));
        let (nf, wf) = (get(n, "first_call_us"), get(w, "first_call_us"));
        let over: Vec<&str> = [("native", nf), ("wasm", wf)].iter().filter(|(_, v)| v.is_some_and(|v| v > FIRST_CALL_GOAL_US)).map(|(k, _)| *k).collect();
        let verdict = match (nf, wf) {
            (None, None) => "n/a".to_string(),
            _ if over.is_empty() => "met".to_string(),
            _ => format!("over ({})", over.join(", ")),
        };
        println!(
            "| {c} | {} | {} | {} | {} | {} | {} | {} | {} | {verdict} |",
            us(nf),
            us(get(n, "second_call_us")),
            us(get(n, "median_us")),
            get(w, "instantiate_ms").map_or("n/a".into(), |m| format!("{m:.1} ms")),
            us(wf),
            us(get(w, "second_call_us")),
            us(get(w, "median_us")),
            us(get(e, "first_call_us")),
        );
    }
    println!("(wasm: Node {}, module instantiated from bytes with `initSync`; the first call includes V8's lazy compilation of the functions it reaches; \"eager compile\": `node --no-wasm-lazy-compilation`, compiled at instantiation)", node_version());
}

/// The standard output of a command that succeeded.
pub fn stdout_ok(c: &mut std::process::Command) -> Option<String> {
    c.output().ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

pub fn node_version() -> String {
    crate::util::stdout_of(cmd("node").arg("--version")).unwrap_or_default().trim().to_string()
}

/// The string after `"key":` in a flat JSON line (enough for the bench outputs).
fn json_str<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let pat = format!("\"{key}\":");
    let rest = line[line.find(&pat)? + pat.len()..].trim_start().strip_prefix('"')?;
    Some(&rest[..rest.find('"')?])
}

fn ms(v: Option<f64>) -> String {
    v.map_or("n/a".into(), |v| format!("{v:.0} ms"))
}

/// `rankCvs` at 1k / 10k / 100k CVs, natively and in wasm under Node, with peak memory: before (the
/// one-shot `rankCvs`, JSON in, one object per CV out) and after (the stateful `jobOrderMatcher`:
/// the CVs read one at a time, a compact result), in the same process.
pub fn ranking(root: &Path, profile: &str) {
    println!("\n==> bench: ranking at 1k / 10k / 100k CVs (issue 14: at 100k ≥ 2× faster than `rankCvs(text)`, memory released)");
    header(&[
        "CVs", "native rank", "native peak RSS", "before: `rankCvs(text)`", "before: `rankCvs(array)`", "after: `matcher.rank(ndjson)`",
        "after: `matcher.rank(array)`", "after: `push` 64 KiB chunks + `finish`", "wasm memory: start → after the matcher → after `rankCvs` (peak)",
        "goal: ≥ 2× faster, memory ≤ 1/10 of `rankCvs`'s",
    ]);
    for n in [1_000u32, 10_000, 100_000] {
        let native = stdout_ok(
            cmd("cargo")
                .args(["run", "--quiet", "--profile", profile, "-p", "jobspor-cli", "--", "bench", "match", "--cvs"])
                .arg(n.to_string())
                .current_dir(root),
        );
        let wasm = stdout_ok(cmd("node").args(["tests/bench/bench-rank-wasm.mjs", "--cvs"]).arg(n.to_string()).current_dir(root));
        let get = |o: &Option<String>, k: &str| o.as_deref().and_then(|o| json_number(o, k));
        let (before, after) = (get(&wasm, "median_rank_text_ms"), get(&wasm, "median_matcher_ndjson_ms"));
        let (m0, m1) = (get(&wasm, "wasm_memory_before_mb"), get(&wasm, "wasm_memory_after_matcher_mb"));
        let goal = match (before, after) {
            (Some(b), Some(a)) if a > 0.0 => {
                // The matcher's growth against `rankCvs`'s: at most a tenth.
                let peak = get(&wasm, "wasm_memory_mb");
                let flat = m0.zip(m1).zip(peak).is_some_and(|((m0, m1), p)| m1 - m0 <= (p - m1).max(0.0) / 10.0);
                // The same ratio in the process's CPU time: less swayed by other work on a
                // shared machine than the wall time.
                let cpu = match (get(&wasm, "median_rank_text_cpu_ms"), get(&wasm, "median_matcher_ndjson_cpu_ms")) {
                    (Some(b), Some(a)) if a > 0.0 => format!(" (CPU time {:.1}×)", b / a),
                    _ => String::new(),
                };
                format!(
                    "{:.1}×{cpu} {}; memory {}",
                    b / a,
                    if b / a >= 2.0 { "met" } else { "not met" },
                    if flat { "≤ 1/10: met" } else { "> 1/10: not met" }
                )
            }
            _ => "n/a".to_string(),
        };
        let mb = |v: Option<f64>| v.map_or("n/a".into(), |m| format!("{m:.0} MB"));
        println!(
            "| {n} | {} | {} | {} | {} | {} | {} | {} | {} → {} → {} | {goal} |",
            ms(get(&native, "rank_ms_median")),
            mb(get(&native, "peak_rss_mb")),
            ms(before),
            ms(get(&wasm, "median_rank_array_ms")),
            ms(after),
            ms(get(&wasm, "median_matcher_array_ms")),
            ms(get(&wasm, "median_matcher_stream_ms")),
            mb(m0),
            mb(m1),
            mb(get(&wasm, "wasm_memory_mb")),
        );
    }
    println!("(wasm: Node {}; the CVs' JSON / NDJSON text is built before timing; the matcher's result: typed arrays of index, found, score and blocking codes; `rankCvs`: one object per CV)", node_version());
}

/// `opt-level` "z", "s" and 3 compared (issue 14): the CV module (`jobspor_wasm`, the main entry)
/// built at each – rustc's opt-level with wasm-opt at the same level (`-Oz`, `-Os`, `-O3`) – its
/// size raw and gzip -9 against the 256,000 B budget, `checkCv` per call in Node, and the native
/// `jobspor bench cv` at the same opt-level. Slow (three wasm and three native builds in
/// target/opt-levels/, which it leaves for a rerun; delete it to free the disk); not part of
/// `cargo xtask bench` without an argument.
pub fn opt_levels(root: &Path) -> crate::util::Result {
    use crate::package::{sizes, WASM_FEATURES};
    use crate::util::run;
    println!("\n==> bench: opt-level \"z\", \"s\" and 3 (issue 14: choose with the figures; every module ≤ 256,000 B gzip)");
    let wasm_opt = root.join("node_modules/.bin/wasm-opt");
    let base = root.join("target/opt-levels");
    let mut rows = Vec::new();
    for level in ["z", "s", "3"] {
        let out = base.join(level);
        let mut build = cmd("wasm-pack");
        build
            .args(["build", "crates/wasm", "--mode", "no-install", "--no-pack", "--no-opt"])
            .args(["--target", "web", "--release", "--out-name", "jobspor_wasm", "--out-dir"])
            .arg(&out)
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", level)
            .current_dir(root);
        // "z" is the release profile's own level: its build is the package's (cached).
        if level != "z" {
            build.env("CARGO_TARGET_DIR", base.join("cargo"));
        }
        run(&mut build)?;
        let bg = out.join("jobspor_wasm_bg.wasm");
        let opt = out.join("opt.wasm");
        run(cmd(&wasm_opt).arg(format!("-O{level}")).args(["--strip-debug", "--strip-producers"]).args(WASM_FEATURES).arg(&bg).arg("-o").arg(&opt))?;
        std::fs::rename(&opt, &bg).map_err(|e| format!("{}: {e}", bg.display()))?;
        let size = sizes(&bg)?;
        let wasm = stdout_ok(cmd("node").args(["tests/bench/bench-wasm.mjs", crate::FIXTURE, "--pkg"]).arg(&out).current_dir(root));
        let native = stdout_ok(
            cmd("cargo")
                .args(["run", "--quiet", "--profile", "bench-native", "-p", "jobspor-cli", "--", "bench", "cv", crate::FIXTURE])
                .env("CARGO_PROFILE_BENCH_NATIVE_OPT_LEVEL", level)
                .env("CARGO_TARGET_DIR", base.join(format!("native-{level}")))
                .current_dir(root),
        );
        rows.push((level, size, wasm, native));
    }
    header(&["opt-level", "CV module raw", "gzip -9 (budget 256,000 B)", "`checkCv(object)` wasm", "`checkCv(text)` wasm", "native check", "wasm ÷ native"]);
    for (level, size, wasm, native) in rows {
        let get = |o: &Option<String>, k: &str| o.as_deref().and_then(|o| json_number(o, k));
        let (w, n) = (get(&wasm, "median_us"), get(&native, "median_us"));
        println!(
            "| \"{level}\" | {} B | {} B {} | {} | {} | {} | {} |",
            size.raw,
            size.gzip,
            if size.gzip <= crate::package::GZIP_BUDGET { "✓" } else { "✗ over" },
            us(w),
            us(get(&wasm, "median_string_us")),
            us(n),
            w.zip(n).map_or("n/a".into(), |(w, n)| format!("{:.1}×", w / n)),
        );
    }
    println!("(wasm: Node {}, median per call after a warm-up; native: the `bench-native` profile at the same opt-level, parsed CV)", node_version());
    Ok(())
}

/// Bytes a page downloads for one, two and three widgets (issue 14): entry + glue + `.wasm` of
/// each module it loads, the shared `elements.js` once and `cv-check.js` with the CV widget, each
/// file brotli (quality 11, what a host's server or CDN sends) and `gzip -9` – built from the
/// per-widget modules and from the one `jobspor/suite` module (CV + SMART + ABC), beside the goals
/// (one widget ≤ 200 KB, CV + SMART + ABC ≤ 350 KB brotli).
pub fn bytes_per_page(root: &Path) {
    use crate::package::{npm_dir, sizes, MODULES};
    println!("\n==> bench: bytes per page (issue 14: one widget ≤ 200 KB, CV + SMART + ABC ≤ 350 KB, brotli; per-widget modules vs the `jobspor/suite` module)");
    let npm = npm_dir(root);
    // The files of a page that loads these modules.
    let files = |mods: &[&str]| -> Vec<String> {
        let mut f = vec!["elements.js".to_string()];
        for name in mods {
            if let Some(m) = MODULES.iter().find(|m| m.name == *name) {
                f.extend([format!("{}.js", m.entry), format!("{}.js", m.wasm), format!("{}_bg.wasm", m.wasm)]);
                if m.elements.iter().any(|e| e.tag == "jobspor-cv-check") {
                    f.push("cv-check.js".into());
                }
            }
        }
        f.sort();
        f.dedup();
        f
    };
    let mut all: Vec<String> = MODULES.iter().flat_map(|m| files(&[m.name])).collect();
    all.sort();
    all.dedup();
    let br = brotli_sizes(&npm, &all);
    let gz = |f: &str| sizes(&npm.join(f)).map(|s| s.gzip).unwrap_or(0);
    let total = |mods: &[&str]| -> (Option<u64>, u64) {
        let f = files(mods);
        let b = f.iter().map(|f| br.get(f).copied()).sum::<Option<u64>>();
        (b, f.iter().map(|f| gz(f)).sum())
    };
    let kb = |v: u64| format!("{:.1} KB", v as f64 / 1000.0);
    let verdict = |b: Option<u64>, goal: u64| match b {
        None => "n/a".to_string(),
        Some(b) if b <= goal * 1000 => format!("met ({} under)", kb(goal * 1000 - b)),
        Some(b) => format!("**over** by {}", kb(b - goal * 1000)),
    };
    header(&["Page", "widgets", "per-widget modules: brotli (gzip -9)", "goal", "verdict", "`jobspor/suite`: brotli (gzip -9)", "verdict"]);
    let pages: [(&str, &[&str], u64); 9] = [
        ("CV", &["cv"], 200),
        ("SMART", &["smart"], 200),
        ("ABC", &["abc"], 200),
        ("track", &["track"], 200),
        ("job order", &["joborder"], 200),
        ("CV + SMART", &["cv", "smart"], 0),
        ("SMART + ABC", &["smart", "abc"], 0),
        ("CV + ABC", &["cv", "abc"], 0),
        ("CV + SMART + ABC", &["cv", "smart", "abc"], 350),
    ];
    let suite = MODULES.iter().find(|m| m.name == "suite");
    for (label, mods, goal) in pages {
        let (b, g) = total(mods);
        let show = |b: Option<u64>, g: u64| format!("{} ({})", b.map_or("n/a".into(), kb), kb(g));
        // The suite serves a page whose widgets it all has (for one widget it is never the choice).
        let in_suite = suite.filter(|s| mods.len() > 1 && mods.iter().all(|m| MODULES.iter().any(|x| x.name == *m && x.elements.iter().all(|e| s.elements.iter().any(|se| se.tag == e.tag)))));
        let (sb, sg) = in_suite.map_or((None, 0), |s| total(&[s.name]));
        let goal_text = if goal == 0 { "–".to_string() } else { format!("≤ {goal} KB") };
        println!(
            "| {label} | {} | {} | {goal_text} | {} | {} | {} |",
            mods.len(),
            show(b, g),
            if goal == 0 { "–".into() } else { verdict(b, goal) },
            if in_suite.is_some() { show(sb, sg) } else { "–".into() },
            match (in_suite, goal) {
                (None, _) => "–".into(),
                (Some(_), 0) => b.zip(sb).map_or("n/a".into(), |(b, s)| format!("{} less", kb(b.saturating_sub(s)))),
                (Some(_), g) => verdict(sb, g),
            },
        );
    }
    println!("(each file compressed on its own, as a server sends it; the page's HTML and CSS are not counted)");
}

/// Brotli (quality 11, 16 MiB window – what `brotli -q 11` and a CDN's static compression give)
/// sizes of files in `dir`, by name, from Node's zlib (no brotli crate in the build); empty when
/// Node can't be run.
fn brotli_sizes(dir: &Path, files: &[String]) -> std::collections::HashMap<String, u64> {
    let script = "const z=require('zlib'),fs=require('fs'),p=require('path');\
        for(const f of process.argv.slice(1)){try{const b=fs.readFileSync(p.join(process.env.DIR,f));\
        console.log(f+' '+z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_LGWIN]:24,[z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}).length)}catch{}}";
    let out = stdout_ok(cmd("node").arg("-e").arg(script).args(files).env("DIR", dir)).unwrap_or_default();
    out.lines().filter_map(|l| l.rsplit_once(' ').and_then(|(f, n)| Some((f.to_string(), n.parse().ok()?)))).collect()
}

/// Start-up and keystrokes in headless Chromium (tests/bench/bench-browser.mjs) against the demo
/// served here on a free port.
pub fn browser(root: &Path) {
    println!("\n==> bench: start-up and keystrokes in headless Chromium (tests/bench/bench-browser.mjs)");
    let out = match crate::serve::start(crate::serve::Site { log: false, ..crate::site(root, true) }, 0) {
        Ok((addr, _)) => stdout_ok(
            cmd("node").arg("tests/bench/bench-browser.mjs").env("JOBSPOR_BASE_URL", format!("http://{addr}/")).current_dir(root),
        ),
        Err(e) => {
            println!("bench: could not serve the demo: {e}");
            None
        }
    };
    let Some(out) = out else {
        println!("bench: bench-browser.mjs failed (is Chromium at /usr/bin/chromium and playwright-core installed?)");
        return;
    };
    println!("\nStart-up (median of 3 loads; times from navigation start):\n");
    header(&[
        "Page", "profile", "cache", "entry requested", ".wasm requested (after entry; goal ≤ 100 ms)", "element defined",
        "first result", "first frame", "first paint", "widget after first paint (goal ≤ 400 ms at 4×)", "bytes",
    ]);
    for (l, error) in lines_of(&out, "startup") {
        let n = |k: &str| json_number(l, k);
        if let Some(e) = error {
            println!("| {} | {} | – | error: {e} |", json_str(l, "page").unwrap_or("?"), json_str(l, "profile").unwrap_or("?"));
            continue;
        }
        let goal = |v: Option<f64>, g: f64| v.map_or("n/a".into(), |v| format!("{v:.0} ms {}", if v <= g { "✓" } else { "✗" }));
        let four = json_str(l, "profile").is_some_and(|p| p.starts_with("4x"));
        println!(
            "| {} | {} | {} | {} | {} ({}) | {} | {} | {} | {} | {} | {:.0} KB |",
            json_str(l, "page").unwrap_or("?"),
            json_str(l, "profile").unwrap_or("?"),
            json_str(l, "cache").unwrap_or("?"),
            ms(n("nav_to_entry_ms")),
            ms(n("nav_to_wasm_request_ms")),
            goal(n("entry_to_wasm_request_ms"), 100.0),
            ms(n("nav_to_defined_ms")),
            ms(n("nav_to_first_result_ms")),
            ms(n("nav_to_first_frame_ms")),
            ms(n("first_paint_ms")),
            if four { goal(n("widget_after_paint_ms"), 400.0) } else { ms(n("widget_after_paint_ms")) },
            n("bytes").unwrap_or(0.0) / 1000.0,
        );
    }
    println!("\nKeystroke to the frame after it, at 4× CPU (goal: median ≤ 2× the plain textarea's, p95 ≤ 100 ms):\n");
    header(&["Widget", "median", "p95", "plain textarea median", "p95", "median ≤ 2× textarea", "p95 ≤ 100 ms"]);
    for (l, error) in lines_of(&out, "keys") {
        let n = |k: &str| json_number(l, k);
        if let Some(e) = error {
            println!("| {} | error: {e} |", json_str(l, "widget").unwrap_or("?"));
            continue;
        }
        let yes = |b: Option<bool>| match b {
            Some(true) => "met",
            Some(false) => "over",
            None => "n/a",
        };
        let (m, p, bm) = (n("median_ms"), n("p95_ms"), n("baseline_median_ms"));
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            json_str(l, "widget").unwrap_or("?"),
            ms(m),
            ms(p),
            ms(bm),
            ms(n("baseline_p95_ms")),
            yes(m.zip(bm).map(|(m, b)| m <= 2.0 * b)),
            yes(p.map(|p| p <= 100.0)),
        );
    }
}

/// A Markdown table's header and separator.
fn header(cols: &[&str]) {
    println!("| {} |\n|{}", cols.join(" | "), " --- |".repeat(cols.len()));
}

/// The lines of one kind of a bench script's output, each with its error when it has one.
fn lines_of<'a>(out: &'a str, kind: &'a str) -> impl Iterator<Item = (&'a str, Option<&'a str>)> {
    out.lines().filter(move |l| json_str(l, "kind") == Some(kind)).map(|l| (l, json_str(l, "error")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_json_strings() {
        let l = r#"{"kind":"startup","page": "smart.html","x":1}"#;
        assert_eq!(super::json_str(l, "kind"), Some("startup"));
        assert_eq!(super::json_str(l, "page"), Some("smart.html"));
        assert_eq!(super::json_str(l, "x"), None);
        assert_eq!(super::json_str(l, "nope"), None);
    }
}
