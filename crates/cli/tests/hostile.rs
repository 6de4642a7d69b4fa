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

/// The newer checks through the CLI: the plan, the resource calculator, the openings list (check,
/// CSV both ways, demand data). (arguments, stdin, exit status, the error line's start – or a key
/// the JSON output has, or `csv:` and the output's first bytes)
fn newer_cases() -> Vec<(Vec<&'static str>, Vec<u8>, i32, String)> {
    let at = |p: &str| format!("jobspor: invalid input at {p}: ");
    let doc = "jobspor: invalid input: ".to_string();
    let mut v: Vec<(Vec<&'static str>, Vec<u8>, i32, String)> = Vec::new();
    let resources = r#"{"citizens": 330, "days": 3, "weeks": 44, "intensified": 0.3}"#;
    let list = r#"{"region": "Aarhus", "items": [{"date": "2026-03-02", "company": "<script>alert(1)</script>", "result": "ordinary_opening", "job_function": "Lager", "places": 2}]}"#;
    let checks: [(Vec<&'static str>, &str, &str, &str); 5] = [
        (vec!["plan", "check", "-", "--today", "2026-03-20"], "{}", "search_requirement", "summary"),
        (vec!["resources", "-"], resources, "per_day", "whole_group"),
        (vec!["openings", "check", "-", "--today", "2026-03-20"], list, "items", "statistics"),
        (vec!["openings", "demand", "-"], list, "items", "Aarhus"),
        (vec!["openings", "csv", "-"], list, "items", "csv:"),
    ];
    for (args, valid, field, key) in checks {
        let ok_key = |k: &str| if k == "csv:" { "csv:\u{feff}Dato;".to_string() } else { k.to_string() };
        v.push((args.clone(), b"\xff\xfe{}".to_vec(), 2, "jobspor: -: not UTF-8 text (byte 0)".into()));
        v.push((args.clone(), format!("\u{feff}{valid}").into_bytes(), 0, ok_key(key)));
        for d in ["null", "[]", "", "7", "{", "[{}]"] {
            v.push((args.clone(), d.as_bytes().to_vec(), 2, doc.clone()));
        }
        // An array or a number where an object or a list belongs: an error at that field.
        let wrong = if field == "items" { format!("{{\"items\": [[\"2026-03-02\"]]}}") } else { format!("{{\"{field}\": []}}") };
        let path = if field == "items" { "items[0]".to_string() } else { field.to_string() };
        if field != "per_day" {
            v.push((args.clone(), wrong.into_bytes(), 2, at(&path)));
        }
        v.push((args.clone(), format!("{{\"{field}\": \"\\ud800\"}}").into_bytes(), 2, at(field)));
        v.push((args.clone(), format!("{{\"{field}\": 1, \"{field}\": 2}}").into_bytes(), 2, at(field)));
    }
    // The plan: deep nesting is skipped, dates are real, the lists are bounded.
    let plan = vec!["plan", "check", "-", "--today", "2026-03-20"];
    v.push((plan.clone(), format!("{{\"x\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(), 0, "summary".into()));
    v.push((plan.clone(), br#"{"agreements": [{"text": "S\u00f8g 2 job", "deadline": "2026-02-30"}]}"#.to_vec(), 2, at("agreements[0].deadline")));
    v.push((plan.clone(), format!("{{\"agreements\": [{}]}}", vec![r#"{"text": "Søg 2 job"}"#; 501].join(",")).into_bytes(), 2, at("agreements")));
    v.push((plan.clone(), format!("{{\"agreements\": [{{\"text\": \"{}\"}}]}}", "<img src=x onerror=alert(1)>".repeat(40_000)).into_bytes(), 0, "summary".into()));
    v.push((vec!["plan", "check", "-", "--today", "2026-02-30"], b"{}".to_vec(), 2, "jobspor: ".into()));
    // The calculator: every field's range.
    for (field, x) in [("citizens", "-1"), ("citizens", "1e308"), ("days", "0"), ("weeks", "54"), ("intensified", "1.5"), ("per_day", "0"), ("target", "1e13"), ("origin", "\"x\"")] {
        let mut m: serde_json::Map<String, serde_json::Value> = serde_json::from_str(resources).unwrap();
        m.insert(field.into(), serde_json::from_str(x).unwrap());
        v.push((vec!["resources", "-"], serde_json::Value::Object(m).to_string().into_bytes(), 2, at(field)));
    }
    v.push((vec!["resources", "--citizens", "-5", "--days", "3", "--weeks", "44", "--intensified", "0.3"], Vec::new(), 2, "jobspor: ".into()));
    // The openings list: the configuration, huge places, 100,000 items, CSV back.
    let openings = vec!["openings", "check", "-", "--today", "2026-03-20"];
    v.push((openings.clone(), br#"{"items": [{"places": 4294967296}]}"#.to_vec(), 2, at("items[0].places")));
    v.push((openings.clone(), br#"{"items": [{"result": "opening"}]}"#.to_vec(), 2, at("items[0].result")));
    let item = r#"{"date": "2026-03-02", "company": "A", "result": "ordinary_opening", "job_function": "Lager", "places": 4294967295}"#;
    v.push((openings.clone(), format!("{{\"items\": [{}]}}", vec![item; 100_000].join(",")).into_bytes(), 0, "statistics".into()));
    v.push((vec!["openings", "check", "-", "--today", "2026-02-30"], list.as_bytes().to_vec(), 2, "jobspor: ".into()));
    v.push((vec!["openings", "demand", "-"], br#"{"items": []}"#.to_vec(), 2, at("region")));
    v.push((vec!["openings", "import", "-"], Vec::new(), 2, "jobspor: ".into()));
    v.push((vec!["openings", "import", "-"], b"\xff".to_vec(), 2, "jobspor: -: not UTF-8 text (byte 0)".into()));
    v.push((vec!["openings", "import", "-"], "a;b\n".repeat(10_000).into_bytes(), 2, "jobspor: ".into()));
    v
}

#[test]
fn hostile_input_to_the_newer_checks_through_the_cli() {
    let cases = newer_cases();
    let mut wrong = Vec::new();
    for (args, stdin, status, expect) in &cases {
        let (code, out, err) = run(args, Some(stdin));
        let ok = code == *status
            && match (status, expect.strip_prefix("csv:")) {
                (0, Some(start)) => out.starts_with(start) && err.is_empty(),
                (0, None) => json(&out).get(expect.as_str()).is_some() && err.is_empty(),
                _ => err.starts_with(expect.as_str()) && err.lines().count() == 1,
            };
        if !ok {
            wrong.push(format!("{args:?} {:.60}: expected {status} {expect:?}, got {code} {:.200} {:.100}", String::from_utf8_lossy(stdin), err, out));
        }
    }
    println!("CLI hostile cases (newer checks): {}", cases.len());
    assert!(wrong.is_empty(), "{} of {}:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}
