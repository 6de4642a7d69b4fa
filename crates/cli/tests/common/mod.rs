//! Shared by the CLI's integration tests: run the `jobspor` binary from the repository root.
#![allow(dead_code)] // each test file uses its own part

use std::io::Write;
use std::process::{Command, Stdio};

pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Runs `jobspor ARGS` with optional stdin; returns (exit code, stdout, stderr).
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jobspor"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        input.write_all(bytes).unwrap();
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

/// Parses stdout as JSON, showing it when it isn't.
pub fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// Asserts that the committed generated `file` is what `jobspor ARGS` prints now.
pub fn assert_generated(args: &[&str], file: &str) {
    let (code, out, err) = run(args, None);
    assert_eq!(code, 0, "{err}");
    let committed = std::fs::read_to_string(format!("{ROOT}/{file}")).unwrap_or_default();
    assert!(committed.trim_end() == out.trim_end(), "{file} is stale: run `jobspor {}` > {file}", args.join(" "));
}

/// Asserts that the part of the committed `doc` between `<!-- NAME:begin -->` and
/// `<!-- NAME:end -->` is what `jobspor ARGS` prints now.
pub fn assert_generated_section(args: &[&str], doc: &str, name: &str) {
    let (code, out, err) = run(args, None);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(format!("{ROOT}/{doc}")).unwrap();
    let (begin, end) = (format!("<!-- {name}:begin -->\n"), format!("<!-- {name}:end -->"));
    let start = text.find(&begin).unwrap_or_else(|| panic!("{doc} has no {begin}")) + begin.len();
    let stop = text.find(&end).unwrap_or_else(|| panic!("{doc} has no {end}"));
    assert!(
        text[start..stop].trim_end() == out.trim_end(),
        "the {name} section of {doc} is stale: paste `jobspor {}` between the markers",
        args.join(" ")
    );
}

/// Runs `jobspor ARGS` (with `stdin`): exit code 2, nothing on stdout, one line on stderr that
/// contains `expect`, no panic.
pub fn assert_bad_input(args: &[&str], stdin: Option<&[u8]>, expect: &str) {
    let (code, out, err) = run(args, stdin);
    assert_eq!(code, 2, "{args:?}: {err}");
    assert!(out.is_empty(), "{args:?}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(expect), "{args:?} → {err} (expected {expect})");
    assert!(!err.contains("panicked"), "{err}");
}

/// `jobspor ARGS` lists at least `min` rules, each with a code starting with `prefix` and docs
/// starting with the first fixed section; returns them.
pub fn assert_rules(args: &[&str], min: usize, prefix: &str) -> Vec<serde_json::Value> {
    let (code, out, _) = run(args, None);
    assert_eq!(code, 0);
    let rules = json(&out).as_array().unwrap().clone();
    assert!(rules.len() >= min);
    assert!(rules.iter().all(|r| r["docs"].as_str().unwrap().starts_with("## Hvad reglen tjekker")));
    assert!(rules.iter().all(|r| r["code"].as_str().unwrap().starts_with(prefix)));
    rules
}

/// Runs `jobspor ARGS` (optional stdin), asserts exit status 0 (showing stderr) and parses stdout
/// as JSON.
pub fn run_json(args: &[&str], stdin: Option<&[u8]>) -> serde_json::Value {
    let (code, out, err) = run(args, stdin);
    assert_eq!(code, 0, "{err}");
    json(&out)
}
