//! Regression tests for the defects issue 13 found by fuzzing and hostile input: each failed on
//! the code before its fix.

use jobspor_core::{abc, cv, joborder, smart, track, InputError};

fn err<T>(r: Result<T, InputError>) -> InputError {
    match r {
        Ok(_) => panic!("bad input must be refused"),
        Err(e) => e,
    }
}

/// A type error where an enum string belongs: the path of the value and a type message, not
/// "not valid JSON" with an empty path (serde_json reports these as syntax errors).
#[test]
fn enum_type_errors_name_the_path() {
    let cases: Vec<(InputError, &str)> = vec![
        (err(joborder::parse_job_order(r#"{"hours":1}"#)), "hours"),
        (err(joborder::parse_job_order(r#"{"hours":true}"#)), "hours"),
        (err(joborder::parse_job_order(r#"{"hours":{}}"#)), "hours"),
        (err(joborder::parse_job_order(r#"{"application_form":[1]}"#)), "application_form[0]"),
        (err(joborder::parse_job_order(r#"{"application_form":["digital", null]}"#)), "application_form[1]"),
        (err(cv::parse_cv(r#"{"education":[{"level":1}]}"#)), "education[0].level"),
        (err(cv::parse_cv(r#"{"employment_terms":{"hours":[false]}}"#)), "employment_terms.hours[0]"),
        (err(smart::parse_options(r#"{"kind":7}"#)), "kind"),
        (err(smart::parse_options(r#"{"offsets":[]}"#)), "offsets"),
        (err(abc::parse_config(r#"{"min_demand":{"A":3}}"#)), "min_demand.A"),
        (err(track::parse_config(r#"{"precedence":[1]}"#)), "precedence[0]"),
        (err(track::parse_config(r#"{"precedence":["intensive_job_search", {}]}"#)), "precedence[1]"),
    ];
    for (e, path) in cases {
        assert_eq!(e.path, path, "{e:?}");
        assert!(!e.message.contains("not valid JSON"), "{e:?}");
        assert!(e.message.starts_with("invalid type"), "{e:?}");
        assert!(e.message_da.starts_with("forkert type"), "{e:?}");
    }
    // Real syntax errors stay syntax errors.
    let e = err(joborder::parse_job_order(r#"{"hours": }"#));
    assert!(e.message.contains("not valid JSON"), "{e:?}");
}

/// A JSON array where the contract says object is refused, at every depth.
#[test]
fn arrays_in_place_of_objects_are_refused() {
    let cases: Vec<(InputError, &str)> = vec![
        (err(cv::parse_cv(r#"{"contact": ["Mette", "m@x.dk", "12345678", true, true]}"#)), "contact"),
        (err(cv::parse_cv(r#"{"employment_terms": [["full_time"]]}"#)), "employment_terms"),
        (err(cv::parse_cv(r#"{"job_wishes": [["Lagermedarbejder", ["Truck"]]]}"#)), "job_wishes[0]"),
        (err(cv::parse_cv(r#"{"work_experience": [{"title": "x"}, ["x"]]}"#)), "work_experience[1]"),
        (err(cv::parse_cv(r#"{"education": [["x"]]}"#)), "education[0]"),
        (err(cv::parse_cv(r#"{"courses": [["x"]]}"#)), "courses[0]"),
        (err(cv::parse_cv(r#"{"languages": [["Dansk", "native"]]}"#)), "languages[0]"),
        (err(cv::parse_cv(r#"{"other_experience": [["x"]]}"#)), "other_experience[0]"),
        (err(cv::parse_options(r#"{"overrides": [["CV001", "x", "reason"]]}"#)), "overrides[0]"),
        (err(abc::parse_plan(r#"{"rows": [["A", "Lagermedarbejder"]]}"#)), "rows[0]"),
        (err(abc::parse_plan(r#"{"cv": []}"#)), "cv"),
        (err(abc::parse_config(r#"{"min_demand": ["good", "some", "poor"]}"#)), "min_demand"),
        (err(track::parse_profile(r#"{"indicators": [true, false]}"#)), "indicators"),
        (err(track::parse_profile(r#"{"cv": [[]]}"#)), "cv"),
        (err(smart::parse_options(r#"{"vocabulary": [["x"]]}"#)), "vocabulary"),
    ];
    for (e, path) in cases {
        assert_eq!(e.path, path, "{e:?}");
        assert!(e.message.contains("object"), "{e:?}");
        assert!(e.message_da.contains("objekt"), "{e:?}");
    }
}

/// A UTF-8 byte-order mark at the start of a file is not an error.
#[test]
fn a_byte_order_mark_is_accepted() {
    let doc = "\u{feff}{\"contact\": {\"name\": \"Mette\"}}";
    assert_eq!(cv::parse_cv(doc).unwrap().contact.name, "Mette");
    assert!(joborder::parse_job_order("\u{feff}{\"title\": \"Lagermedarbejder\"}").is_ok());
    assert!(track::parse_profile("\u{feff}{}").is_ok());
    assert!(abc::parse_plan("\u{feff}{}").is_ok());
    assert!(smart::parse_options("\u{feff}{\"kind\": \"goal\"}").is_ok());
    // A bad value after a BOM still gets its path.
    assert_eq!(err(cv::parse_cv("\u{feff}{\"education\": [{\"level\": \"x\"}]}")).path, "education[0].level");
}

/// A lone surrogate escape names the field it is in.
#[test]
fn a_lone_surrogate_names_the_path() {
    let e = err(cv::parse_cv(r#"{"contact": {"name": "M\ud800ette"}}"#));
    assert_eq!(e.path, "contact.name", "{e:?}");
    let e = err(joborder::parse_job_order(r#"{"requirements": [{"kind": "language", "value": "\udc00"}]}"#));
    assert_eq!(e.path, "requirements[0].value", "{e:?}");
}

/// The ABC plan refuses `null` as the document, like the other checks.
#[test]
fn abc_refuses_a_null_plan() {
    let e = err(abc::check_abc_plan_json("null", None));
    assert_eq!(e.path, "");
    assert!(e.message.contains("JSON object"), "{e:?}");
    assert!(cv::parse_cv("null").is_err());
    assert!(joborder::parse_job_order("null").is_err());
    assert!(track::parse_profile("null").is_err());
}

/// English words that must not appear in a Danish message (serde's words).
const ENGLISH: &[&str] = &[
    "expected", "invalid", "sequence", "string", "integer", "struct", "boolean", "unit", "line ", "column", "not valid",
    "trailing", "value", "unknown", "variant", "missing", "field", "EOF", "escape", "number", "surrogate", "map",
    "recursion", "character", "identifier", "floating",
];

/// Danish messages are Danish: none carries serde's English.
#[test]
fn danish_messages_have_no_english() {
    let bad = [
        "{",
        "[1,",
        "{\"a\" 1}",
        "{\"a\": tru}",
        "{\"a\": 1} x",
        "{\"a\": \"\\q\"}",
        "{\"a\": \"\u{1}\"}",
        "{\"job_wishes\": [{\"experience_years\": 1e999}]}",
        "{\"contact\": 5}",
        "{\"contact\": {\"name\": 5}}",
        "{\"job_wishes\": {}}",
        "{\"job_wishes\": [5]}",
        "{\"education\": [{\"level\": \"doctorate\"}]}",
        "{\"education\": [{\"level\": 1}]}",
        "{\"contact\": {\"name\": \"\\ud800\"}}",
        "{\"languages\": [{\"language\": \"dansk\", \"level\": \"x\"}]}",
        "{\"contact\": [\"x\"]}",
        "{\"driving_licences\": \"B\"}",
        "{\"job_wishes\": [{\"experience_years\": \"many\"}]}",
        "{\"job_wishes\": [{\"experience_years\": -1e400}]}",
    ];
    let mut nested = String::new();
    for _ in 0..200 {
        nested.push('[');
    }
    let mut all: Vec<InputError> = bad.iter().map(|b| err(cv::parse_cv(b))).collect();
    all.push(err(cv::parse_cv(&format!("{{\"a\": {nested}}}"))));
    all.push(err(joborder::parse_job_order(r#"{"hours": "often"}"#)));
    all.push(err(joborder::parse_job_order(r#"{"requirements": [{"value": 1}]}"#)));
    all.push(err(smart::parse_options(r#"{"today": 5}"#)));
    all.push(err(track::parse_profile(r#"{"age": "old"}"#)));
    all.push(err(abc::parse_plan(r#"{"rows": [{"wish": 1.5}]}"#)));
    all.push(err(abc::parse_plan(r#"{"rows": [{"plan": "D"}]}"#)));
    for e in all {
        for w in ENGLISH {
            assert!(!e.message_da.to_lowercase().contains(&w.to_lowercase()), "English {w:?} in the Danish message {:?} ({:?})", e.message_da, e.message);
        }
    }
}

/// 10,000 invalid search municipalities give a bounded number of findings with a summary.
#[test]
fn repeated_findings_are_capped() {
    let bad: Vec<String> = (0..10_000).map(|i| format!("kommune {i}")).collect();
    let order = serde_json::json!({"title": "Lagermedarbejder", "location": {"search_municipalities": bad}}).to_string();
    let r = joborder::check_job_order_json(&order).unwrap();
    let jo012: Vec<_> = r.findings.iter().filter(|f| f.code == "JO012").collect();
    assert!(jo012.len() <= 21, "{} JO012 findings", jo012.len());
    let summary = jo012.last().unwrap();
    assert!(summary.message.en.contains("9980 more") || summary.message.en.contains("9,980 more"), "{:?}", summary.message);
    assert!(summary.message.da.contains("9980 mere") || summary.message.da.contains("9.980 mere"), "{:?}", summary.message);
    assert!(serde_json::to_string(&r).unwrap().len() < 50_000);
}

/// The SMART text is bounded: a text over the documented limit is an error, not seconds of work.
#[test]
fn a_huge_smart_text_is_refused() {
    let text = "Jeg søger job som lagermedarbejder. ".repeat(smart::MAX_TEXT_BYTES / 30);
    assert!(text.len() > smart::MAX_TEXT_BYTES);
    let e = err(smart::check_smart_json(&text, None));
    assert_eq!(e.path, "text");
    assert!(e.message_da.contains("for lang"), "{e:?}");
    let half: String = text.chars().take(smart::MAX_TEXT_BYTES / 2).collect();
    assert!(smart::check_smart_json(&half, None).is_ok());
}

// ---- issue 13, the newer checks (plan, resources, openings): found by the hostile suite.

/// Arrays in place of objects in the plan, its options and the openings list were mapped to
/// fields by position and accepted.
#[test]
fn newer_checks_refuse_arrays_in_place_of_objects() {
    use jobspor_core::{openings, plan};
    for (doc, path) in [(r#"{"search_requirement": []}"#, "search_requirement"), (r#"{"agreements": [["Søg 2 job"]]}"#, "agreements[0]"), (r#"{"jobspor": [["a", "Lager"]]}"#, "jobspor[0]")] {
        assert_eq!(plan::check_plan_json(doc, None).unwrap_err().path, path, "{doc}");
    }
    for (doc, path) in [(r#"{"cv": []}"#, "cv"), (r#"{"cv": {"contact": []}}"#, "cv.contact"), (r#"{"joblog": [["2026-03-02"]]}"#, "joblog[0]")] {
        assert_eq!(plan::check_plan_json("{}", Some(doc)).unwrap_err().path, path, "{doc}");
    }
    assert_eq!(plan::parse_joblog(r#"[["2026-03-02"]]"#).unwrap_err().path, "[0]");
    assert_eq!(openings::check_openings_json(r#"{"items": [["2026-03-02", "Firma"]]}"#, None).unwrap_err().path, "items[0]");
    assert_eq!(openings::demand::parse_options(r#"["Aarhus", 3]"#).unwrap_err().path, "");
}

/// Two openings of 4,294,967,295 places overflowed the sums (a panic in debug, a wrong figure in
/// release); the sums now stop at the largest number.
#[test]
fn openings_sums_do_not_overflow() {
    let item = r#"{"date": "2026-03-02", "company": "A", "result": "ordinary_opening", "job_function": "Lager", "places": 4294967295}"#;
    let list = format!(r#"{{"region": "Aarhus", "items": [{item}, {item}]}}"#);
    let r = jobspor_core::openings::check_openings_json(&list, None).unwrap();
    assert_eq!(r.statistics.places, u32::MAX);
    assert_eq!(r.statistics.by_function[0].open_places, u32::MAX);
    let l = jobspor_core::openings::parse_openings(&list).unwrap();
    let d = jobspor_core::openings::demand::openings_to_demand(&l, &Default::default()).unwrap();
    assert_eq!(d.regions[0].occupations.len(), 1);
}

/// 10,000 aged openings gave 10,000 findings of one rule; they are capped like the job order's.
#[test]
fn openings_and_plan_findings_are_capped() {
    let item = r#"{"date": "2026-01-05", "company": "A", "result": "ordinary_opening", "job_function": "Lager"}"#;
    let list = format!(r#"{{"items": [{}]}}"#, vec![item; 10_000].join(","));
    let r = jobspor_core::openings::check_openings_json(&list, Some(r#"{"today": "2026-03-20"}"#)).unwrap();
    let red = r.findings.iter().filter(|f| f.code == "OP102").count();
    assert_eq!(red, jobspor_core::rules::MAX_FINDINGS_PER_RULE + 1, "{:?}", r.findings.iter().map(|f| &f.code).collect::<Vec<_>>());
    assert!(r.findings.last().unwrap().message.da.contains("9980 mere"));
}

/// A plan of 100,000 agreements took 12 s (each is read by the SMART analyser) and 1,000
/// agreements × 20,000 joblog entries 115 s (a title read per pair): the lists are bounded and
/// each title is read once.
#[test]
fn the_plan_is_bounded() {
    use jobspor_core::plan;
    let a = format!(r#"{{"agreements": [{}]}}"#, vec![r#"{"text": "Søg 2 job"}"#; plan::MAX_AGREEMENTS + 1].join(","));
    assert_eq!(plan::check_plan_json(&a, None).unwrap_err().path, "agreements");
    let s = format!(r#"{{"jobspor": [{}]}}"#, vec![r#"{"id": "a"}"#; plan::MAX_AGREEMENTS + 1].join(","));
    assert_eq!(plan::check_plan_json(&s, None).unwrap_err().path, "jobspor");
}

/// Found by the session-5 fuzz campaign (smart_json): a word ending in two equal bytes of one
/// multi-byte letter ("ﻻ" is EF BB BB) was taken for a doubled consonant ("kokke" → "kok") and cut
/// inside the letter – a panic. The check now reads it as an unknown word.
#[test]
fn a_word_ending_in_a_multi_byte_letter_is_not_cut_inside_it() {
    let text = "D}u ringe\u{feff}rD}rjngeﻻr tilDu s\u{feff}r tilstilling D";
    let _ = smart::check_smart(text, &smart::SmartOptions::default());
    for word in ["rjngeﻻ", "ﻻﻻﻻﻻ", "abcﻻ", "kokkeﻻ"] {
        let _ = smart::check_smart(&format!("Jeg søger job som {word}"), &smart::SmartOptions::default());
        let r = jobspor_core::lexicon::resolve_occupation(word).expect("a title");
        assert!(r.occupation.is_none(), "{word}: read as an occupation");
    }
    // the doubled ASCII consonant still reads as before: "kokke" is a form of Kok
    let r = jobspor_core::lexicon::resolve_occupation("kokke").expect("a title");
    assert!(r.occupation.is_some(), "kokke");
}

/// Session 6, found by CI's fuzz smoke in `match_json` within 8 s: a CV with an unknown field whose
/// name starts like a known one (`"job_wishes[]"`). The ranking's search view and `parse_cv` must
/// agree on it – take it with the same values, or both refuse it.
#[test]
fn the_search_view_and_parse_cv_agree_on_an_unknown_field_named_like_a_known_one() {
    let text = include_str!("data/match-view-crash-session6.json");
    let mut view = jobspor_core::joborder::CvView::default();
    let read = view.read(text);
    match jobspor_core::cv::parse_cv(text) {
        Ok(cv) => {
            let mut filled = jobspor_core::joborder::CvView::default();
            filled.fill(&cv);
            assert_eq!(filled.searchable(), jobspor_core::cv::jobnet_blockers(&cv).is_empty());
            if read {
                assert_eq!(view.summary(), filled.summary(), "the view read other values than parse_cv");
            }
        }
        Err(e) => assert!(!read, "the view took a CV parse_cv refuses ({})", e.path),
    }
}
