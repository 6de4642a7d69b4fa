//! Regression tests for the CLI defects of issue 13: a closed or full stdout, and a FIFO among
//! the CVs of `match --cvs DIR`. Each failed before its fix.

mod common;
use common::ROOT;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn jobspor() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jobspor"));
    c.current_dir(ROOT);
    c
}

/// Waits at most `secs` for the child; kills it and fails when it hangs.
fn wait(mut child: std::process::Child, secs: u64) -> (i32, String) {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
            return (status.code().unwrap_or(-1), err);
        }
        if start.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("jobspor hung for {secs} s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `jobspor … | head -c1`: the reader goes away; jobspor exits quietly (status 0, no message),
/// not with a panic (status 101/134, "failed printing to stdout: Broken pipe").
#[test]
fn a_closed_stdout_exits_quietly() {
    // Output far over a pipe's buffer (64 KB): 3,000 work experiences without description.
    let works: Vec<serde_json::Value> = (0..3000).map(|i| serde_json::json!({"title": format!("Lager {i}")})).collect();
    let file = std::env::temp_dir().join(format!("jobspor-big-cv-{}.json", std::process::id()));
    std::fs::write(&file, serde_json::json!({"work_experience": works}).to_string()).unwrap();
    let mut child = jobspor()
        .args(["cv", "check", file.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // closed before jobspor writes
    let (code, err) = wait(child, 60);
    std::fs::remove_file(&file).unwrap();
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(err, "");
}

/// `jobspor … > /dev/full`: an error naming the problem and status 1, not a panic.
#[test]
fn a_full_disk_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
    let child = jobspor().args(["rules", "--markdown"]).stdout(full).stderr(Stdio::piped()).spawn().unwrap();
    let (code, err) = wait(child, 60);
    assert_eq!(code, 1, "stderr: {err}");
    assert!(err.starts_with("jobspor: could not write the output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A FIFO named `*.json` among the CVs is skipped, not opened (opening it blocks forever).
#[cfg(unix)]
#[test]
fn match_cvs_skips_a_fifo() {
    let dir = std::env::temp_dir().join(format!("jobspor-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(format!("{ROOT}/tests/fixtures/joborder/cvs/a-found-mette.json"), dir.join("a.json")).unwrap();
    let fifo = dir.join("b.json");
    let _ = std::fs::remove_file(&fifo);
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let child = jobspor()
        .args(["match", "--cvs", dir.to_str().unwrap(), "tests/fixtures/joborder/job-order.json"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (code, err) = wait(child, 30);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(code, 0, "stderr: {err}");
}
