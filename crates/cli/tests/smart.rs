//! `jobspor smart`: output contract, flags, exit codes, and the committed generated files.

use std::time::Instant;

mod common;
use common::{json, run};

const MODEL: &str = "At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.";

#[test]
fn smart_prints_the_result_contract() {
    let (code, out, err) = run(&["smart", "--today", "2026-05-06", "--next-meeting", "2026-05-27", MODEL], None);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["kind"], "agreement");
    assert_eq!(v["met"], 5);
    assert_eq!(v["deadline"], "2026-05-27");
    assert_eq!(v["offsets"], "unicode");
    for c in ["specific", "measurable", "attractive", "realistic", "time_bound"] {
        let c = &v["criteria"][c];
        assert_eq!(c["verdict"], "met");
        assert!(c["message"]["da"].is_string() && c["suggestion"]["en"].is_string());
        assert!(c["rules"][0]["code"].as_str().unwrap().starts_with("SM"));
    }
    // The evidence slices the text in Unicode scalar values.
    let chars: Vec<char> = MODEL.chars().collect();
    for e in v["criteria"]["specific"]["evidence"].as_array().unwrap() {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..t].iter().collect::<String>(), e["text"].as_str().unwrap());
    }
}

#[test]
fn kind_stdin_words_and_offsets() {
    // several words without quotes are joined
    let (code, out, _) = run(&["smart", "--kind", "goal", "--today", "2026-05-06", "Lagermedarbejder", "i", "Sæby"], None);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!((v["kind"].as_str(), v["criteria"]["specific"]["verdict"].as_str()), (Some("goal"), Some("met")));

    let (code, out, _) = run(&["smart", "--today", "2026-05-06", "--offsets", "utf16", "-"], Some("🙂 Ring til XXX på mandag".as_bytes()));
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["offsets"], "utf16");
    assert_eq!(v["deadline"], "2026-05-11");
    let e = v["criteria"]["specific"]["evidence"].as_array().unwrap().iter().find(|e| e["text"] == "Ring").unwrap().clone();
    assert_eq!(e["start"], 3);

    // today defaults to the system date
    let (code, out, _) = run(&["smart", "Ring til XXX i morgen"], None);
    assert_eq!(code, 0);
    let v = json(&out);
    assert!(v["today"].as_str().is_some_and(|d| d.len() == 10));
    assert!(v["deadline"].as_str().is_some_and(|d| d > v["today"].as_str().unwrap()));

    // options from a file, flags win
    let (code, out, _) = run(&["smart", "--options", "-", "--kind", "agreement", "Du søger 30 job om ugen"], Some(br#"{"kind": "goal", "max_applications_per_week": 40, "today": "2026-05-06"}"#));
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["kind"], "agreement");
    assert_eq!(v["criteria"]["realistic"]["verdict"], "met");
}

#[test]
fn empty_text_is_all_missing() {
    let v = common::run_json(&["smart", "-"], Some(b""));
    assert_eq!(v["met"], 0);
    for c in ["specific", "measurable", "attractive", "realistic", "time_bound"] {
        assert_eq!(v["criteria"][c]["verdict"], "missing");
    }
}

#[test]
fn bad_input_exits_2_with_one_line() {
    for (args, stdin, expect) in [
        (&["smart", "--kind", "wish", "x"][..], None, "--kind"),
        (&["smart", "--today", "2026-13-01", "x"], None, "--today"),
        (&["smart", "--today", "15/5", "x"], None, "--today"),
        (&["smart", "--next-meeting", "tomorrow", "x"], None, "--next-meeting"),
        (&["smart", "--today", "2026-05-06", "--next-meeting", "2026-05-01", "x"], None, "next_meeting"),
        (&["smart", "--offsets", "utf32", "x"], None, "--offsets"),
        (&["smart", "--frobnicate", "x"], None, "unknown option"),
        (&["smart", "--kind"], None, "needs a value"),
        (&["smart"], None, "missing TEXT"),
        (&["smart", "-"], Some(&b"\xff\xfe"[..]), "not UTF-8"),
        (&["smart", "--options", "-", "x"], Some(&br#"{"max_applications_per_week": 0}"#[..]), "max_applications_per_week"),
        (&["smart", "--options", "-", "x"], Some(&b"{not json"[..]), "not valid JSON"),
        (&["smart", "--options", "/nonexistent.json", "x"], None, "cannot read"),
        (&["schema", "smart-nothing"], None, "--help"),
    ] {
        common::assert_bad_input(args, stdin, expect);
    }
}

#[test]
fn a_megabyte_on_stdin_is_fine() {
    let text = "Du søger 3 stillinger som lagermedarbejder om ugen, fordi 🙂 ".repeat(16_000);
    assert!(text.len() > 1_000_000);
    let t = Instant::now();
    let (code, out, err) = run(&["smart", "--today", "2026-05-06", "-"], Some(text.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(t.elapsed().as_secs() < 30);
    let v = json(&out);
    assert!(v["criteria"]["specific"]["evidence"].as_array().unwrap().len() <= 20);
}

#[test]
fn rules_and_bench() {
    common::assert_rules(&["smart", "--rules"], 25, "");

    let v = common::run_json(&["bench", "smart", "--iterations", "50"], None);
    assert_eq!(v["iterations"], 50);
    assert!(v["median_us"].as_f64().unwrap() > 0.0 && v["chars"].as_u64().unwrap() > 150);
}

/// The committed schemas and the rules reference in docs/smart.md are generated; regenerate with
/// `jobspor schema smart-options > schema/smart-options.schema.json` (and `smart-result`), and
/// `jobspor smart --rules --markdown` between the markers in docs/smart.md (`cargo xtask codegen` does all).
#[test]
fn generated_files_are_up_to_date() {
    common::assert_generated(&["schema", "smart-options"], "schema/smart-options.schema.json");
    common::assert_generated(&["schema", "smart-result"], "schema/smart-result.schema.json");
    common::assert_generated_section(&["smart", "--rules", "--markdown"], "docs/smart.md", "rules");
}
