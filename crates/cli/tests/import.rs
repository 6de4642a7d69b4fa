//! `jobspor cv import` and `jobspor cv export --to json-resume` (issue 20).

mod common;
use common::{json, run};

#[test]
fn cv_import_prints_cv_and_report_and_the_cv_passes_cv_check() {
    for f in ["mette.resume.json", "mette.hropen.json", "mette.europass.xml", "mette.europass-v3.xml", "mette.europass.pdf", "mette.linkedin.zip", "linkedin/Positions.csv"] {
        let (code, out, err) = run(&["cv", "import", &format!("tests/fixtures/import/{f}")], None);
        assert_eq!(code, 0, "{f}: {err}");
        let v = json(&out);
        assert!(v["report"]["dropped"].is_array() && v["report"]["mapped"].is_array(), "{f}");
        let cv = serde_json::to_vec(&v["cv"]).unwrap();
        let (code, out, err) = run(&["cv", "check", "-"], Some(&cv));
        assert_eq!(code, 0, "{f}: {err}");
        assert!(json(&out)["findability"].is_number());
    }
    // From stdin, the format forced.
    let bytes = std::fs::read(format!("{}/tests/fixtures/import/mette.resume.json", common::ROOT)).unwrap();
    let (code, out, _) = run(&["cv", "import", "-", "--format", "json-resume"], Some(&bytes));
    assert_eq!(code, 0);
    assert_eq!(json(&out)["report"]["format"], "json-resume");
}

#[test]
fn cv_import_refuses_other_files_with_what_to_do() {
    let (code, out, err) = run(&["cv", "import", "tests/fixtures/import/hostile/cv.docx"], None);
    assert_eq!(code, 2);
    assert!(out.is_empty() && err.contains("Word"), "{err}");
    let (code, _, err) = run(&["cv", "import", "tests/fixtures/import/hostile/bomb.zip"], None);
    assert_eq!(code, 2);
    assert!(err.contains("unpacks to more than"), "{err}");
    let (code, _, err) = run(&["cv", "import", "-", "--format", "word"], Some(b"x"));
    assert_eq!(code, 2);
    assert!(err.contains("unknown format"), "{err}");
}

#[test]
fn cv_export_writes_json_resume_that_imports_back() {
    let (code, out, err) = run(&["cv", "export", "--to", "json-resume", "tests/fixtures/cv-good.json"], None);
    assert_eq!(code, 0, "{err}");
    let resume = json(&out);
    assert!(resume["basics"]["name"].is_string());
    assert!(resume["meta"]["jobspor"]["job_wishes"].is_array());
    let (code, back, _) = run(&["cv", "import", "-"], Some(out.as_bytes()));
    assert_eq!(code, 0);
    let good: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(format!("{}/tests/fixtures/cv-good.json", common::ROOT)).unwrap()).unwrap();
    let (_, canonical, _) = run(&["cv", "import", "tests/fixtures/cv-good.json"], None);
    assert_eq!(json(&back)["cv"], json(&canonical)["cv"], "CV → JSON Resume → CV is the same CV");
    assert_eq!(json(&canonical)["cv"]["contact"]["name"], good["contact"]["name"]);
    let (code, _, err) = run(&["cv", "export", "--to", "europass", "tests/fixtures/cv-good.json"], None);
    assert_eq!(code, 2);
    assert!(err.contains("json-resume"));
    // The existing cv commands still work.
    assert_eq!(run(&["cv", "check", "tests/fixtures/cv-good.json"], None).0, 0);
}
