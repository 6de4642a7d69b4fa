//! Hostile input through the CLI, for every check: invalid UTF-8, a byte-order mark, type
//! confusion, arrays for objects, nulls, deep nesting, big input, HTML. Each case asserts the exit
//! status and the exact first words of the error line (with its path) or the output's shape.

mod common;
use common::{json, run};

/// (arguments, stdin, exit status, the error line's start – or a key the JSON output has)
fn cases() -> Vec<(Vec<&'static str>, Vec<u8>, i32, String)> {
    let order = "tests/fixtures/joborder/job-order.json";
    let mut v: Vec<(Vec<&'static str>, Vec<u8>, i32, String)> = Vec::new();
    let checks: [(Vec<&'static str>, &str, &str); 5] = [
        (vec!["cv", "check", "-"], "contact", "searchable"),
        (vec!["track", "-"], "indicators", "track"),
        (vec!["abc", "-"], "cv", "rows"),
        (vec!["job-order", "check", "-"], "company", "searchable"),
        (vec!["match", "-", order], "contact", "found"),
    ];
    for (args, obj, key) in checks {
        // `match` names the file the CV came from.
        let file = if args[0] == "match" { "-: " } else { "" };
        let at = |p: &str| format!("jobspor: {file}invalid input at {p}: ");
        let doc = format!("jobspor: {file}invalid input: ");
        v.push((args.clone(), b"\xff\xfe{}".to_vec(), 2, "jobspor: -: not UTF-8 text (byte 0)".into()));
        v.push((args.clone(), b"{\"a\": \"\xc3\x28\"}".to_vec(), 2, "jobspor: -: not UTF-8 text (byte 7)".into()));
        v.push((args.clone(), "\u{feff}{}".into(), 0, key.into()));
        v.push((args.clone(), b"null".to_vec(), 2, doc.clone()));
        v.push((args.clone(), b"[]".to_vec(), 2, doc.clone()));
        v.push((args.clone(), b"".to_vec(), 2, doc.clone()));
        v.push((args.clone(), format!("{{\"{obj}\": []}}").into_bytes(), 2, at(obj)));
        v.push((args.clone(), format!("{{\"{obj}\": 7}}").into_bytes(), 2, at(obj)));
        v.push((args.clone(), format!("{{\"{obj}\": null, \"origin\": \"x\"}}").into_bytes(), 0, key.into()));
        v.push((args.clone(), format!("{{\"x\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(), 0, key.into()));
        v.push((args.clone(), format!("{{\"x\": \"{}\"}}", "<script>alert(1)</script>".repeat(40_000)).into_bytes(), 0, key.into()));
    }
    // SMART: text and options.
    v.push((vec!["smart", "-"], b"\xff".to_vec(), 2, "jobspor: -: not UTF-8 text (byte 0)".into()));
    v.push((vec!["smart", "-"], "Jeg søger 3 job om ugen <b>nu</b>".into(), 0, "criteria".into()));
    // (The text as an argument: jobspor refuses the date before it would read stdin.)
    v.push((vec!["smart", "--today", "2026-02-30", "Jeg søger 3 job"], Vec::new(), 2, "jobspor: ".into()));
    v.push((vec!["smart", "--options", "-", "Jeg søger 3 job"], br#"{"kind": 7}"#.to_vec(), 2, "jobspor: invalid input at kind: ".into()));
    v.push((vec!["smart", "--options", "-", "Jeg søger 3 job"], br#"{"vocabulary": []}"#.to_vec(), 2, "jobspor: invalid input at vocabulary: ".into()));
    v.push((vec!["smart", "--options", "-", "Jeg søger 3 job"], "\u{feff}{\"kind\": \"goal\"}".into(), 0, "criteria".into()));
    v.push((vec!["smart", "-"], "Jeg søger 3 job. ".repeat(150_000).into_bytes(), 2, "jobspor: invalid input at text: ".into()));
    v
}

#[test]
fn hostile_input_through_the_cli() {
    let cases = cases();
    let mut wrong = Vec::new();
    for (args, stdin, status, expect) in &cases {
        let (code, out, err) = run(args, Some(stdin));
        let ok = code == *status
            && if *status == 0 { json(&out).get(expect.as_str()).is_some() && err.is_empty() } else { err.starts_with(expect.as_str()) && err.lines().count() == 1 };
        if !ok {
            wrong.push(format!("{args:?} {:.60}: expected {status} {expect:?}, got {code} {:.200}", String::from_utf8_lossy(stdin), err));
        }
    }
    println!("CLI hostile cases: {}", cases.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
