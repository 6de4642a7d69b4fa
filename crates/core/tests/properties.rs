//! Properties that must hold for every input (proptest; a fixed number of cases per property to
//! keep `cargo test` quick): scores and their arithmetic, overrides and Jobnet's rule, evidence
//! offsets, deadlines, the match of a CV that meets every mandatory requirement, inputs the
//! checks must ignore, and parse → serialise → parse.

use jobspor_core::{abc, cv, joborder, smart, track};
use proptest::prelude::*;
use serde_json::{json, Value};

const WORDS: &[&str] = &[
    "Lagermedarbejder", "Truckkørsel", "Truckcertifikat B", "Chauffør", "Rengøring", "Pædagog", "Sosu-hjælper", "Kok",
    "Plukning og pakning", "WMS", "dansk", "engelsk", "polsk", "æble", "Ærø", "Ø", "å", "e\u{301}", "a\u{30a}", "\u{200b}",
    "\u{202e}", "שלום", "😀", "<script>alert(1)</script>", "", " ", "\"", "\\", "C", "CE", "B",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![3 => proptest::sample::select(WORDS).prop_map(str::to_string), 1 => "\\PC{0,12}"]
}

fn words(max: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(word(), 0..max)
}

fn opt_bool() -> impl Strategy<Value = Value> {
    prop_oneof![Just(Value::Null), any::<bool>().prop_map(Value::Bool)]
}

fn level() -> impl Strategy<Value = Value> {
    proptest::sample::select(&["primary", "upper_secondary", "vocational", "short_higher", "bachelor", "master", "phd"][..])
        .prop_map(|s| json!(s))
}

/// A CV as JSON, every section possibly empty.
fn cv_json() -> impl Strategy<Value = Value> {
    (
        (word(), word(), word(), opt_bool(), opt_bool(), proptest::sample::select(&["", "813", "101", "999", "x"][..])),
        proptest::collection::vec((word(), words(5), proptest::option::of(0.0f64..40.0)), 0..3),
        (words(3), words(3), opt_bool()),
        proptest::collection::vec((word(), word(), word()), 0..3),
        proptest::collection::vec((word(), level(), opt_bool()), 0..3),
        (words(3), proptest::collection::vec(proptest::sample::select(&["B", "C", "CE", "D", "x"][..]), 0..3)),
        proptest::collection::vec((word(), proptest::sample::select(&["native", "fluent", "good", "basic"][..])), 0..3),
        word(),
    )
        .prop_map(|(c, wishes, terms, works, edu, (certs, licences), langs, profile)| {
            json!({
                "contact": {"name": c.0, "email": c.1, "phone": c.2, "email_visible": c.3, "phone_visible": c.4, "municipality_code": c.5},
                "job_wishes": wishes.iter().map(|(o, q, y)| json!({"occupation": o, "qualifications": q, "experience_years": y})).collect::<Vec<_>>(),
                "employment_terms": {"hours": if terms.0.is_empty() { json!([]) } else { json!(["full_time"]) }, "forms": if terms.1.is_empty() { json!([]) } else { json!(["permanent"]) }, "weekend": terms.2},
                "work_experience": works.iter().map(|(t, e, d)| json!({"title": t, "employer": e, "description": d})).collect::<Vec<_>>(),
                "education": edu.iter().map(|(t, l, done)| json!({"title": t, "level": l, "completed": done})).collect::<Vec<_>>(),
                "certificates": certs, "driving_licences": licences,
                "languages": langs.iter().map(|(l, lv)| json!({"language": l, "level": lv})).collect::<Vec<_>>(),
                "profile": profile,
            })
        })
}

/// A goal or agreement: Danish fragments (with dates and hedges) and arbitrary text.
fn smart_text() -> impl Strategy<Value = String> {
    let parts = proptest::sample::select(
        &[
            "Jeg søger 3 stillinger som lagermedarbejder om ugen", " inden den 1. maj", " inden 31. februar", " senest 2026-02-30",
            " senest 0000-00-00", " frem til næste samtale", " på mandag", " om 3 uger", " måske", " hos Nordlager", ".", " 29/2",
            " 31/4 2027", " inden udgangen af marts", " i uge 53", " æøå", " e\u{301}", " 😀", " \u{200b}", " \u{202e}", "\n",
        ][..],
    );
    (proptest::collection::vec(parts, 0..8), "\\PC{0,20}").prop_map(|(p, tail)| p.concat() + &tail)
}

fn valid_date(s: &str) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    let [y, m, d] = p[..] else { return false };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    y >= 1 && (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]
}

/// Adds fields the checks must ignore, at the top and in every object below it.
fn with_ignored_fields(v: &Value, extra: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut m: serde_json::Map<String, Value> = m.iter().map(|(k, v)| (k.clone(), with_ignored_fields(v, extra))).collect();
            for (k, x) in extra.as_object().unwrap() {
                m.entry(k.clone()).or_insert_with(|| x.clone());
            }
            Value::Object(m)
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| with_ignored_fields(x, extra)).collect()),
        other => other.clone(),
    }
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    /// Scores are 0–100 and exactly the breakdown's arithmetic; searchable iff no Jobnet finding.
    #[test]
    fn scores_are_the_breakdowns_arithmetic(cv in cv_json()) {
        let r = cv::check_cv_json(&cv.to_string(), None).unwrap();
        for (score, parts) in [(r.findability, &r.breakdown.findability), (r.selection, &r.breakdown.selection)] {
            prop_assert!(score <= 100);
            let total: f64 = parts.iter().map(|p| p.weight).sum();
            let lost: f64 = parts.iter().map(|p| p.lost).sum();
            let expect = if total <= 0.0 { 100 } else { (100.0 * (1.0 - lost / total)).round().clamp(0.0, 100.0) as u8 };
            prop_assert_eq!(score, expect);
            for p in parts.iter() {
                prop_assert!(p.lost >= 0.0 && p.lost <= p.weight + 0.011, "{:?}", p);
            }
        }
        prop_assert_eq!(r.searchable, !r.findings.iter().any(|f| f.blocks_search));
    }

    /// An override (of any rule, with or without a path) never makes a CV searchable that
    /// Jobnet's rule hides, in the CV check or in a job order's search.
    #[test]
    fn an_override_never_unhides_a_cv(cv in cv_json(), rules in proptest::collection::vec(proptest::sample::select(&["CV001", "CV002", "CV003", "CV004", "CV005", "CV006", "CV101", "CV107"][..]), 1..6), with_path in any::<bool>()) {
        let doc = cv.to_string();
        let plain = cv::check_cv_json(&doc, None).unwrap();
        let overrides: Vec<Value> = rules.iter().map(|r| if with_path { json!({"rule": r, "path": "contact", "reason": "Borgeren har ringet"}) } else { json!({"rule": r, "reason": "Borgeren har ringet"}) }).collect();
        let opts = json!({"overrides": overrides}).to_string();
        let over = cv::check_cv_json(&doc, Some(&opts)).unwrap();
        prop_assert_eq!(over.searchable, plain.searchable);
        prop_assert_eq!(over.findings.iter().filter(|f| f.blocks_search).count(), plain.findings.iter().filter(|f| f.blocks_search).count());
        let order = r#"{"title": "Lagermedarbejder", "requirements": []}"#;
        let m = joborder::match_cv_json(&doc, order, None).unwrap();
        prop_assert!(!m.found || plain.searchable);
    }

    /// Evidence offsets slice the text to the evidence, in every offset unit.
    #[test]
    fn evidence_offsets_slice_the_text(text in smart_text()) {
        for unit in ["unicode", "utf16", "utf8"] {
            let opts = format!(r#"{{"offsets": "{unit}", "today": "2026-03-01", "next_meeting": "2026-03-20"}}"#);
            let r = smart::check_smart_json(&text, Some(&opts)).unwrap();
            let v = serde_json::to_value(&r).unwrap();
            for c in ["specific", "measurable", "attractive", "realistic", "time_bound"] {
                for e in v["criteria"][c]["evidence"].as_array().unwrap() {
                    let (s, en) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
                    let want = e["text"].as_str().unwrap();
                    let got = match unit {
                        "utf8" => text.get(s..en).map(str::to_string),
                        "utf16" => { let u: Vec<u16> = text.encode_utf16().collect(); u.get(s..en).and_then(|x| String::from_utf16(x).ok()) }
                        _ => { let c: Vec<char> = text.chars().collect(); c.get(s..en).map(|x| x.iter().collect()) }
                    };
                    prop_assert_eq!(got.as_deref(), Some(want), "{} {}..{}", unit, s, en);
                }
            }
        }
    }

    /// A deadline, when the text sets one, is a real calendar date.
    #[test]
    fn a_deadline_is_a_real_date(text in smart_text()) {
        let r = smart::check_smart_json(&text, Some(r#"{"today": "2026-03-01", "next_meeting": "2026-03-20"}"#)).unwrap();
        if let Some(d) = &r.deadline {
            prop_assert!(valid_date(d), "{}", d);
        }
    }

    /// A searchable CV with the order's occupation that meets every mandatory requirement is found.
    #[test]
    fn a_cv_meeting_every_mandatory_requirement_is_found(
        quals in proptest::collection::vec(proptest::sample::select(&["Truckkørsel", "Plukning og pakning", "Lagerstyring i WMS", "Varemodtagelse"][..]), 0..3),
        certs in proptest::collection::vec(proptest::sample::select(&["Truckcertifikat B", "Kranførerbevis", "Hygiejnebevis"][..]), 0..3),
        langs in proptest::collection::vec(proptest::sample::select(&["Dansk", "Engelsk", "Polsk"][..]), 0..3),
        licence in proptest::option::of(proptest::sample::select(&["B", "C", "CE", "D"][..])),
        years in proptest::option::of(0u8..10),
        level in proptest::option::of(level()),
        extra in cv_json(),
    ) {
        let mut reqs = Vec::new();
        for q in &quals { reqs.push(json!({"kind": "qualification", "value": q, "mandatory": true})); }
        for c in &certs { reqs.push(json!({"kind": "certificate", "value": c, "mandatory": true})); }
        for l in &langs { reqs.push(json!({"kind": "language", "value": l, "mandatory": true})); }
        if let Some(l) = licence { reqs.push(json!({"kind": "driving_licence", "value": l, "mandatory": true})); }
        if let Some(y) = years { reqs.push(json!({"kind": "experience_years", "value": y, "mandatory": true})); }
        if let Some(l) = &level { reqs.push(json!({"kind": "education_level", "value": l, "mandatory": true})); }
        let order = json!({"title": "Lagermedarbejder", "requirements": reqs}).to_string();
        let mut cv = extra;
        cv["contact"] = json!({"name": "Mette", "email": "m@x.dk", "email_visible": true});
        cv["job_wishes"] = json!([{"occupation": "Lagermedarbejder", "qualifications": quals, "experience_years": years.unwrap_or(0)}]);
        cv["employment_terms"] = json!({"hours": ["full_time"]});
        cv["work_experience"] = json!([{"title": "Lagermedarbejder"}]);
        cv["education"] = json!([{"title": "Uddannelse", "level": level.unwrap_or(json!("primary"))}]);
        cv["certificates"] = json!(certs);
        cv["languages"] = json!(langs.iter().map(|l| json!({"language": l, "level": "good"})).collect::<Vec<_>>());
        cv["driving_licences"] = json!(licence.into_iter().collect::<Vec<_>>());
        let m = joborder::match_cv_json(&cv.to_string(), &order, None).unwrap();
        prop_assert!(m.found, "{:?}", m.blocking);
    }

    /// Unknown fields and fields about origin or ethnicity change nothing, in any check.
    #[test]
    fn ignored_fields_change_nothing(cv in cv_json(), text in smart_text(), value in word()) {
        let extra = json!({"ethnicity": value, "origin": "Syrien", "nationality": "x", "country_of_birth": "y", "x_future_field": [1, {"a": null}]});
        let same = |a: Value, b: Value| -> Result<(), TestCaseError> {
            prop_assert_eq!(a, b);
            Ok(())
        };
        let cv2 = with_ignored_fields(&cv, &extra);
        same(serde_json::to_value(cv::check_cv_json(&cv.to_string(), None).unwrap()).unwrap(), serde_json::to_value(cv::check_cv_json(&cv2.to_string(), None).unwrap()).unwrap())?;
        let profile = json!({"age": 30, "weeks_unemployed": 10, "cv": cv});
        same(serde_json::to_value(track::assign_track_json(&profile.to_string(), None).unwrap()).unwrap(), serde_json::to_value(track::assign_track_json(&with_ignored_fields(&profile, &extra).to_string(), None).unwrap()).unwrap())?;
        let plan = json!({"rows": [{"plan": "A", "occupation": text, "wish": 7}], "cv": cv});
        same(serde_json::to_value(abc::check_abc_plan_json(&plan.to_string(), None).unwrap()).unwrap(), serde_json::to_value(abc::check_abc_plan_json(&with_ignored_fields(&plan, &extra).to_string(), None).unwrap()).unwrap())?;
        let order: Value = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/joborder/job-order.json")).unwrap()).unwrap();
        let order2 = with_ignored_fields(&order, &extra);
        same(serde_json::to_value(joborder::check_job_order_json(&order.to_string()).unwrap()).unwrap(), serde_json::to_value(joborder::check_job_order_json(&order2.to_string()).unwrap()).unwrap())?;
        same(serde_json::to_value(joborder::match_cv_json(&cv.to_string(), &order.to_string(), None).unwrap()).unwrap(), serde_json::to_value(joborder::match_cv_json(&cv2.to_string(), &order2.to_string(), None).unwrap()).unwrap())?;
    }

    /// parse → serialise → parse gives the same contract value, for every input contract.
    #[test]
    fn parse_serialise_parse_is_stable(cv in cv_json(), text in smart_text()) {
        let a = cv::parse_cv(&cv.to_string()).unwrap();
        let b = cv::parse_cv(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(&a, &b);
        let p = track::parse_profile(&json!({"age": 30, "cv": cv, "education_level": "vocational"}).to_string()).unwrap();
        prop_assert_eq!(&p, &track::parse_profile(&serde_json::to_string(&p).unwrap()).unwrap());
        let plan = abc::parse_plan(&json!({"rows": [{"plan": "B", "occupation": text, "functions": [text], "wish": 3}], "cv": cv}).to_string()).unwrap();
        prop_assert_eq!(&plan, &abc::parse_plan(&serde_json::to_string(&plan).unwrap()).unwrap());
        let o = smart::parse_options(&json!({"kind": "goal", "today": "2026-03-01", "offsets": "utf16", "vocabulary": {"occupations": ["Muslingeskraber"], "hedges": ["nok"]}}).to_string()).unwrap();
        prop_assert_eq!(&o, &smart::parse_options(&serde_json::to_string(&o).unwrap()).unwrap());
        let order = joborder::parse_job_order(&json!({"title": text, "requirements": [{"kind": "language", "value": text, "mandatory": null}]}).to_string()).unwrap();
        prop_assert_eq!(&order, &joborder::parse_job_order(&serde_json::to_string(&order).unwrap()).unwrap());
    }
}

/// An array where the CV contract has an object, an unknown value or a text for a list: the
/// bad-input case of the matcher property.
const BAD_PATCHES: &[&str] = &[
    r#"{"contact": []}"#,
    r#"{"employment_terms": [1]}"#,
    r#"{"job_wishes": [[]]}"#,
    r#"{"languages": [{"language": "Dansk"}, []]}"#,
    r#"{"education": [{"level": "doctor"}]}"#,
    r#"{"certificates": "Truckcertifikat B"}"#,
];

/// Valid for the CV contract, but not the way the search view reads it: the ranking reads these
/// CVs the long way (`parse_cv`), with the same result.
const ODD_PATCHES: &[&str] = &[
    r#"{"education": [{"title": "Lager", "level": {"vocational": null}}]}"#,
    r#"{"employment_terms": {"hours": [{"full_time": null}]}, "languages": [{"language": "Dansk", "level": {"native": null}}]}"#,
    r#"{"job_wishes": [{"occupation": "Lagermedarbejder"}], "education": [{"title": "Lager", "level": {"bachelor": null}, "completed": true}]}"#,
];

/// No limit, two municipalities, one no CV lives in.
const MUNICIPALITY_LIMITS: &[&[&str]] = &[&[], &["813", "101"], &["999"]];

fn fixture_cvs() -> Vec<Value> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/joborder/cvs");
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    names.iter().map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
}

proptest! {
    #![proptest_config(config())]

    /// The stateful matcher (the job order prepared once, NDJSON read one CV at a time, the
    /// compact result) says exactly what `rank_cvs` says – order, found, score, blocking – for
    /// the fixture folder plus varied CVs, with and without a municipality limit; and a bad CV
    /// gets the same error path (naming its index and field) from both.
    #[test]
    fn the_matchers_compact_result_is_rank_cvs_result(
        extra in proptest::collection::vec(cv_json(), 0..10),
        municipalities in proptest::sample::select(MUNICIPALITY_LIMITS),
        bad in proptest::option::of((0usize..20, proptest::sample::select(BAD_PATCHES))),
        odd in proptest::option::of((0usize..20, proptest::sample::select(ODD_PATCHES))),
    ) {
        use joborder::{push_ndjson, Matcher, Ranker};
        let mut cvs = fixture_cvs();
        cvs.extend(extra);
        if let Some((k, patch)) = odd {
            let k = k % cvs.len();
            jobspor_core::rules::merge_patch(&mut cvs[k], &serde_json::from_str(patch).unwrap());
        }
        let mut order: Value = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/joborder/job-order.json")).unwrap()).unwrap();
        order["location"]["search_municipalities"] = json!(municipalities);
        let (o, opts) = joborder::prepare_json(&order.to_string(), None).unwrap();
        if let Some((k, patch)) = bad {
            let k = k % cvs.len();
            jobspor_core::rules::merge_patch(&mut cvs[k], &serde_json::from_str(patch).unwrap());
        }
        let ndjson = cvs.iter().map(Value::to_string).collect::<Vec<_>>().join("\n");
        let m = Matcher::new(&o, &opts);
        let mut r = Ranker::new(&m);
        let pushed = push_ndjson(&m, &mut r, &ndjson);
        let full = joborder::rank_cvs_json(&Value::Array(cvs.clone()).to_string(), &order.to_string(), None);
        // A JSON array's text, read one CV at a time: the NDJSON path's result or error.
        let mut r2 = Ranker::new(&m);
        let array = joborder::push_cvs_json(&m, &mut r2, &Value::Array(cvs.clone()).to_string());
        match (&pushed, array) {
            (Ok(()), Ok(())) => {}
            (Err(a), Err(b)) => prop_assert_eq!(&a.path, &b.path),
            (a, b) => prop_assert!(false, "NDJSON gave {:?}, the array {:?}", a, b),
        }
        match (pushed, full) {
            (Err(a), Err(b)) => {
                prop_assert!(bad.is_some());
                prop_assert_eq!(&a.path, &b.path);
                prop_assert!(a.path.starts_with(&format!("cvs[{}]", bad.unwrap().0 % cvs.len())), "{}", a.path);
            }
            (Ok(()), Ok(full)) => {
                prop_assert!(bad.is_none(), "every bad patch is refused");
                let c = r.finish_compact(&o);
                prop_assert_eq!(&c, &r2.finish_compact(&o));
                prop_assert_eq!((&c.totals, &c.hidden_by), (&full.totals, &full.hidden_by));
                prop_assert_eq!(c.index.len(), full.gross_list.len());
                for (k, e) in full.gross_list.iter().enumerate() {
                    prop_assert_eq!(c.index[k] as usize, e.index);
                    prop_assert_eq!((c.found[k] == 1, c.score[k]), (e.found, e.rank_score));
                    let codes = &c.blocking[c.blocking_offsets[k] as usize..c.blocking_offsets[k + 1] as usize];
                    let refs: Vec<_> = codes.iter().map(|&b| c.codes[b as usize].clone()).collect();
                    prop_assert_eq!(&refs, &e.blocking, "entry {}", k);
                }
            }
            (a, b) => prop_assert!(false, "the matcher gave {:?}, rank_cvs {:?}", a.err(), b.err()),
        }
    }

    /// The search view (issue 14) reads a CV's JSON as the contract does: a text it takes,
    /// `parse_cv` takes too, with the same values; Jobnet's rule on the view is
    /// `jobnet_blockers` (and so `check_cv`'s `searchable`); a text it refuses is read the long way.
    #[test]
    fn the_view_reads_what_parse_cv_reads(
        value in cv_json(),
        patch in proptest::option::of(proptest::sample::select([BAD_PATCHES, ODD_PATCHES].concat())),
        cut in proptest::option::of(0usize..400),
    ) {
        let mut value = value;
        if let Some(p) = patch {
            jobspor_core::rules::merge_patch(&mut value, &serde_json::from_str(p).unwrap());
        }
        let mut text = value.to_string();
        if let Some(at) = cut.filter(|&at| at < text.len() && text.is_char_boundary(at)) {
            text.truncate(at);
        }
        let mut view = joborder::CvView::default();
        let read = view.read(&text);
        match cv::parse_cv(&text) {
            Ok(parsed) => {
                let mut filled = joborder::CvView::default();
                filled.fill(&parsed);
                prop_assert_eq!(filled.searchable(), cv::jobnet_blockers(&parsed).is_empty());
                prop_assert_eq!(filled.searchable(), cv::check_cv(&parsed, &cv::CvOptions::default()).searchable);
                if read {
                    prop_assert_eq!(view.summary(), filled.summary());
                }
                prop_assert!(read || patch.is_some_and(|p| ODD_PATCHES.contains(&p)), "the view refused a plain CV: {}", text);
            }
            Err(e) => prop_assert!(!read, "the view took what parse_cv refuses ({}): {}", e.path, text),
        }
    }
}
