//! `jobspor cv check --cvs …` (issue 21) on tests/fixtures/batch/: five CVs written for this test
//! (anna, bo, carl, dorte, erik), two broken ones (x-broken-syntax: not JSON, no id; y-wrong-type:
//! a field of the wrong type, id M-1007), a `readme.txt` that is not a CV, and the same CVs as
//! `members.ndjson` (with a blank line and the two broken ones as lines 4 and 8).

mod common;
use common::{run, ROOT};

const DIR: &str = "tests/fixtures/batch";
const NDJSON: &str = "tests/fixtures/batch/members.ndjson";

/// The call list: not searchable first (bo: contact hidden, findability 68; carl: no education,
/// 88), then the lowest findability (dorte: 94), then the lowest selection (erik, id 1005: no
/// profile, 83), last anna (100/100).
const CALL_ORDER: [&str; 5] = ["M-1002", "M-1003", "dorte", "1005", "M-1001"];

const HEADER: &str = "id;Kan findes i Jobnet;Søgbarhed;Udvælgelse;Blokerende moduler;Skal rettes;Bør rettes;Tip;Rettelse 1;Rettelse 2;Rettelse 3";

/// The CSV's data rows, split into cells (no cell of the fixtures is quoted).
fn csv_rows(out: &str) -> Vec<Vec<String>> {
    out.split("\r\n").skip(1).filter(|l| !l.is_empty()).map(|l| l.split(';').map(String::from).collect()).collect()
}

#[test]
fn the_table_is_the_call_list_most_urgent_first_and_lists_the_broken_cvs() {
    let (code, out, err) = run(&["cv", "check", "--cvs", DIR, "--format", "table"], None);
    assert_eq!(code, 1, "two CVs could not be read: {err}");
    let order: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    assert_eq!(order, CALL_ORDER, "{out}");
    let bo = out.lines().find(|l| l.contains("M-1002")).unwrap();
    assert!(bo.contains("nej – Kontaktoplysninger") && bo.contains("Gør din e-mail og dit telefonnummer synlige"), "{bo}");
    assert!(out.contains("Kunne ikke læses:"), "{out}");
    assert!(out.contains("x-broken-syntax: invalid input: the CV is not valid JSON"), "broken file named by its file name: {out}");
    assert!(out.contains("M-1007: invalid input at job_wishes"), "broken CV named by its id, the error names the field: {out}");
    assert!(out.contains("I alt: 5 CV'er tjekket; 3 kan findes i Jobnet, 2 kan ikke; 2 kunne ikke læses."), "{out}");
    assert!(!out.contains("readme"), "only *.json is read: {out}");
}

#[test]
fn csv_has_the_exact_header_a_bom_crlf_and_the_rows_in_call_order() {
    let (code, out, err) = run(&["cv", "check", "--cvs", DIR, "--format", "csv"], None);
    assert_eq!(code, 1);
    assert!(out.starts_with('\u{feff}'), "UTF-8 BOM for Danish Excel");
    assert_eq!(out.trim_start_matches('\u{feff}').split("\r\n").next().unwrap(), HEADER);
    let rows = csv_rows(&out);
    assert_eq!(rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), CALL_ORDER);
    assert!(rows.iter().all(|r| r.len() == 11), "{rows:?}");
    // One row in full: bo's weak CV.
    let bo = out.split("\r\n").find(|l| l.starts_with("M-1002;")).unwrap();
    assert_eq!(
        bo,
        // AOR (tasks, responsibility, results) weighs 35 of 100 on selection since issue 12: its fix
        // is bo's second.
        "M-1002;nej;68;42;Kontaktoplysninger;1;10;14;Gør din e-mail og dit telefonnummer synlige for arbejdsgivere.;\
         Skriv hvilke opgaver du havde, hvad du havde ansvar for, og hvilke resultater du nåede – også sammen med andre.;\
         Skriv antal års erfaring i stillingen – har du ingen, så skriv 0."
    );
    assert_eq!(out.split("\r\n").find(|l| l.starts_with("M-1001;")).unwrap(), "M-1001;ja;100;100;;0;0;0;;;");
    // The broken CVs are no rows (they have no scores); stderr names each, then the summary.
    assert!(err.contains("jobspor: x-broken-syntax: invalid input") && err.contains("jobspor: M-1007: invalid input at job_wishes"), "{err}");
    assert!(err.contains("2 kunne ikke læses"), "{err}");
}

#[test]
fn ndjson_has_one_line_per_cv_read_broken_ones_included_in_input_order() {
    for source in [DIR, NDJSON] {
        let (code, out, err) = run(&["cv", "check", "--cvs", source, "--format", "ndjson"], None);
        assert_eq!(code, 1, "{err}");
        let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 7, "5 checked + 2 broken, from {source}");
        assert_eq!(lines.iter().filter(|l| l.get("result").is_some()).count(), 5);
        assert_eq!(lines.iter().filter(|l| l.get("error").is_some()).count(), 2);
        // The full result per CV, as `jobspor cv check FILE` prints it.
        let anna = lines.iter().find(|l| l["id"] == "M-1001").unwrap();
        let single = common::json(&run(&["cv", "check", "tests/fixtures/batch/anna.json"], None).1);
        assert_eq!(anna["result"], single);
    }
    // NDJSON without ids: the line number (the blank line 5 is skipped but counted); the broken
    // line 4 is named by the id it starts with.
    let (_, out, _) = run(&["cv", "check", "--cvs", NDJSON, "--format", "ndjson"], None);
    let ids: Vec<String> = out.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string()).collect();
    assert_eq!(ids, ["\"M-1001\"", "\"M-1002\"", "\"M-1003\"", "\"M-1006\"", "\"linje 6\"", "\"1005\"", "\"M-1007\""]);
}

#[test]
fn stdin_is_ndjson_and_a_broken_cv_does_not_stop_the_run() {
    let text = std::fs::read(format!("{ROOT}/{NDJSON}")).unwrap();
    let (code, out, err) = run(&["cv", "check", "--cvs", "-", "--format", "csv"], Some(&text));
    assert_eq!(code, 1, "{err}");
    // Line 4 is broken; the CVs after it (lines 6 and 7) are still checked.
    let ids: Vec<String> = csv_rows(&out).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, ["M-1002", "M-1003", "linje 6", "1005", "M-1001"]);
    // Line 4 is cut off after its id: still named by it.
    assert!(err.contains("jobspor: M-1006: invalid input: the CV is not valid JSON"), "{err}");
    // Only good CVs: exit 0.
    let good: Vec<&str> = std::str::from_utf8(&text).unwrap().lines().filter(|l| l.contains("\"M-1001\"") || l.contains("\"M-1002\"")).collect();
    let (code, out, err) = run(&["cv", "check", "--cvs", "-", "--format", "ndjson"], Some(good.join("\n").as_bytes()));
    assert_eq!((code, out.lines().count()), (0, 2), "{err}");
    assert!(err.contains("I alt: 2 CV'er tjekket; 1 kan findes i Jobnet, 1 kan ikke; 0 kunne ikke læses."), "{err}");
    // stderr is a pipe here: no progress bar (no carriage returns, no terminal escapes).
    assert!(!err.contains('\r') && !err.contains('\u{1b}'), "{err:?}");
}

#[test]
fn exit_codes_0_all_checked_1_some_unreadable_2_bad_usage() {
    let dir = std::env::temp_dir().join(format!("jobspor-batch-ok-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["anna.json", "bo.json"] {
        std::fs::copy(format!("{ROOT}/{DIR}/{f}"), dir.join(f)).unwrap();
    }
    let ok = dir.to_string_lossy().to_string();
    assert_eq!(run(&["cv", "check", "--cvs", &ok, "--format", "csv"], None).0, 0);
    std::fs::write(dir.join("empty.json"), "").unwrap();
    let (code, _, err) = run(&["cv", "check", "--cvs", &ok, "--format", "csv"], None);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("jobspor: empty: "), "{err}");
    let bad_options = dir.join("options.txt");
    std::fs::write(&bad_options, r#"{"disabled": ["CV999"]}"#).unwrap();
    let bad_options = bad_options.to_string_lossy().to_string();
    for (args, expect) in [
        (vec!["cv", "check", "--cvs", DIR, "--format", "xlsx"], "--format: expected table, csv or ndjson"),
        (vec!["cv", "check", "--cvs", "tests/fixtures/no-such-folder"], "--cvs: cannot read tests/fixtures/no-such-folder"),
        (vec!["cv", "check", "--cvs"], "--cvs needs a value"),
        (vec!["cv", "check", "--cvs", DIR, "--since", "last week"], "--since: not a date"),
        (vec!["cv", "check", "--cvs", DIR, "--bogus"], "unknown argument \"--bogus\""),
        (vec!["cv", "check", "--cvs", DIR, "--options", &bad_options], "options.txt: invalid input at disabled[0]: unknown rule code \"CV999\""),
    ] {
        let (code, out, err) = run(&args, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty() && err.contains(expect) && !err.contains("panicked"), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn since_keeps_the_cvs_updated_on_or_after_the_date() {
    let (code, out, err) = run(&["cv", "check", "--cvs", DIR, "--format", "csv", "--since", "2026-12-01"], None);
    assert_eq!(code, 1, "{err}");
    // anna 12-01, carl 12-03, dorte 12-02T09:15; bo (11-20) is older, erik has no date.
    let ids: Vec<String> = csv_rows(&out).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, ["M-1003", "dorte", "M-1001"]);
    assert!(err.contains("udeladt med --since 2026-12-01: 1 opdateret før, 1 uden dato"), "{err}");
    // A date that is not one: that CV is listed as unreadable, naming the field.
    let cv = r#"{"id": "z", "updated": "i går", "education": []}"#;
    let (code, _, err) = run(&["cv", "check", "--cvs", "-", "--format", "csv", "--since", "2026-12-01"], Some(cv.as_bytes()));
    assert_eq!(code, 1);
    assert!(err.contains("jobspor: z: invalid input at updated"), "{err}");
}

#[test]
fn options_apply_to_every_cv_as_in_the_single_check() {
    // Overruling CV006 (contact hidden) does not make bo searchable (Jobnet's rule), but its
    // finding no longer counts; disabling CV001 takes "no education" off carl's list entirely.
    let options = std::env::temp_dir().join(format!("jobspor-batch-options-{}.json", std::process::id()));
    std::fs::write(&options, r#"{"disabled": ["CV001"], "overrides": [{"rule": "CV006", "reason": "Talt med Bo: han retter det selv i dag"}]}"#).unwrap();
    let (_, out, err) = run(&["cv", "check", "--cvs", DIR, "--format", "csv", "--options", &options.to_string_lossy()], None);
    std::fs::remove_file(&options).unwrap();
    let rows = csv_rows(&out);
    let row = |id: &str| rows.iter().find(|r| r[0] == id).unwrap_or_else(|| panic!("{id}: {err}")).clone();
    let bo = row("M-1002");
    assert_eq!((bo[1].as_str(), bo[4].as_str(), bo[5].as_str()), ("nej", "Kontaktoplysninger", "0"), "{bo:?}");
    assert_eq!(row("M-1003")[1..6], ["ja", "100", "100", "", "0"]);
}

#[test]
fn the_html_report_is_written_self_contained_with_its_csp() {
    let file = std::env::temp_dir().join(format!("jobspor-batch-report-{}.html", std::process::id()));
    let (code, _, err) = run(&["cv", "check", "--cvs", DIR, "--format", "csv", "--report", &file.to_string_lossy()], None);
    assert_eq!(code, 1, "{err}");
    let html = std::fs::read_to_string(&file).unwrap();
    std::fs::remove_file(&file).unwrap();
    assert!(html.starts_with("<!doctype html>\n<html lang=\"da\">"));
    assert!(html.contains("content=\"default-src 'none'; style-src 'sha256-"), "a strict CSP of its own");
    let without_svg_namespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for banned in ["<script", "http://", "https://", " style=\"", "<link", "<img", "@import", "url("] {
        assert!(!without_svg_namespace.contains(banned), "the report must not contain {banned}");
    }
    assert!(html.contains("<td class=\"n\" data-figure=\"severity-0\">2</td>"), "bo's CV006 and carl's CV001");
    assert!(html.contains("x-broken-syntax") && html.contains("M-1007"), "the broken CVs are listed");
}

/// `… > /dev/full`: said on stderr with status 1, not a panic (and no report half-written first).
#[test]
fn a_full_disk_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_jobspor"))
        .args(["cv", "check", "--cvs", DIR, "--format", "ndjson"])
        .current_dir(ROOT)
        .stdout(full)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.starts_with("jobspor: could not write the output") && !err.contains("panicked"), "{err}");
}

/// On a terminal (a pseudo-terminal from util-linux `script`, when there is one) the progress bar
/// is drawn on stderr; piped, it is not (see `stdin_is_ndjson_and_a_broken_cv_does_not_stop_the_run`).
#[test]
fn a_progress_bar_on_a_terminal() {
    let exe = env!("CARGO_BIN_EXE_jobspor");
    let inner = format!("{exe} cv check --cvs {NDJSON} --format csv > /dev/null");
    let Ok(out) = std::process::Command::new("script").args(["-qc", &inner, "/dev/null"]).current_dir(ROOT).output() else { return };
    let tty = String::from_utf8_lossy(&out.stdout);
    assert!(tty.contains('█') && tty.contains("KiB"), "a bar counting the file's bytes: {tty:?}");
}

/// The id is the top-level `id` only: not a nested one, not the text "id" inside a string, not an
/// object; escaped quotes in strings before it don't confuse the scan.
#[test]
fn the_id_is_the_top_level_id_field() {
    let lines = [
        r#"{"contact": {"id": "inner"}, "profile": "\"id\": \"fake\""}"#,
        r#"{"profile": "a \" b \\", "id" : "real", "education": [{"id": "x"}]}"#,
        r#"{"id": {"x": 1}, "updated": "2026-01-01"}"#,
        r#"{"id": 42}"#,
        r#"{"id": "  "}"#,
    ];
    let (code, out, err) = run(&["cv", "check", "--cvs", "-", "--format", "ndjson"], Some(lines.join("\n").as_bytes()));
    assert_eq!(code, 0, "{err}");
    let ids: Vec<String> = out.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["linje 1", "real", "linje 3", "42", "linje 5"]);
}

#[test]
fn help_names_the_formats_and_the_exit_status() {
    let (code, out, _) = run(&["cv", "check", "--cvs", DIR, "--help"], None);
    assert_eq!(code, 0);
    assert!(out.contains("--format table|csv|ndjson") && out.contains("Exit status: 0 every CV checked, 1 some CV could not be read"), "{out}");
}

/// Member data in the report is text, never markup; in the CSV a formula-like id is defused.
#[test]
fn ids_are_escaped_in_the_report_and_defused_in_the_csv() {
    let file = std::env::temp_dir().join(format!("jobspor-batch-escape-{}.html", std::process::id()));
    let cv = r#"{"id": "<script>alert(1)</script>\"'&"}
{"id": "=HYPERLINK(\"http://x\")"}"#;
    let (code, out, err) = run(&["cv", "check", "--cvs", "-", "--format", "csv", "--report", &file.to_string_lossy()], Some(cv.as_bytes()));
    let html = std::fs::read_to_string(&file).unwrap();
    std::fs::remove_file(&file).unwrap();
    assert_eq!(code, 0, "{err}");
    assert!(!html.contains("<script") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"), "escaped");
    assert!(out.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\";"), "{out}");
}
