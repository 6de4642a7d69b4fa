//! `jobspor bench first`: one JSON line per check with its first call and steady state (figures
//! only; nothing timed is asserted).

mod common;
use common::run;

#[test]
fn bench_first_prints_one_line_per_check() {
    let (code, out, err) = run(&["bench", "first", "--iterations", "3"], None);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let checks: Vec<&str> = lines.iter().map(|v| v["check"].as_str().unwrap()).collect();
    assert_eq!(checks, ["cv", "smart", "occupation", "track", "abc", "job-order", "match"]);
    for v in &lines {
        assert!(v["first_call_us"].as_f64().unwrap() > 0.0 && v["median_us"].as_f64().unwrap() > 0.0, "{v}");
        assert_eq!(v["iterations"], 3);
    }
    let (code, out, _) = run(&["bench", "first", "smart", "--iterations", "2"], None);
    assert_eq!((code, out.lines().count()), (0, 1));
    let (code, _, err) = run(&["bench", "first", "nope"], None);
    assert_eq!(code, 2);
    assert!(err.contains("unknown check \"nope\""), "{err}");
}
