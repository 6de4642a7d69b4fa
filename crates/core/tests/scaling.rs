//! Scaling of every check with its input: 10 KB → 100 KB → 1 MB, printed (figures, never timed
//! assertions); each run asserts the result's shape. `cargo test -p jobspor-core --release
//! --test scaling -- --nocapture` prints the figures; JOBSPOR_MATCH_N sets the size of the
//! n × n search-simulation case (default 2,000; the issue's figure is 16,000).

use jobspor_core::{abc, cv, joborder, smart, track};
use serde_json::json;
use std::time::Instant;

const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];

fn time<T>(label: &str, bytes: usize, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let r = f();
    println!("scaling: {label:<34} {:>9} bytes {:>10.1} ms", bytes, start.elapsed().as_secs_f64() * 1000.0);
    r
}

/// `n` qualification and `n` certificate requirements against a CV with `n` of each: the
/// search simulation must stay near linear (it was a scan per requirement: 16,000 × 16,000
/// took 19 s).
fn many_against_many(n: usize) -> (String, String) {
    let quals: Vec<String> = (0..n).map(|i| format!("Kvalifikation{i}")).collect();
    let certs: Vec<String> = (0..n).map(|i| format!("Certifikat{i}")).collect();
    let langs: Vec<serde_json::Value> = (0..n).map(|i| json!({"language": format!("Sprog{i}"), "level": "good"})).collect();
    let cv = json!({
        "contact": {"name": "Mette", "email": "m@x.dk", "email_visible": true},
        "job_wishes": [{"occupation": "Lagermedarbejder", "qualifications": quals}],
        "employment_terms": {"hours": ["full_time"]},
        "work_experience": [{"title": "Lager"}], "education": [{"title": "HF", "level": "upper_secondary"}],
        "certificates": certs, "languages": langs,
    });
    let mut reqs: Vec<serde_json::Value> = Vec::new();
    for i in (0..n).rev() {
        reqs.push(json!({"kind": "qualification", "value": format!("Kvalifikation{i}"), "mandatory": true}));
        reqs.push(json!({"kind": "certificate", "value": format!("Certifikat{i}"), "mandatory": true}));
        reqs.push(json!({"kind": "language", "value": format!("Sprog{i}"), "mandatory": true}));
    }
    let order = json!({"title": "Lagermedarbejder", "requirements": reqs});
    (cv.to_string(), order.to_string())
}

#[test]
fn match_is_near_linear_in_requirements_times_entries() {
    let n: usize = std::env::var("JOBSPOR_MATCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000);
    for k in [n / 4, n] {
        let (cv, order) = many_against_many(k);
        let r = time(&format!("match {k} × {k} (q, cert, lang)"), cv.len() + order.len(), || joborder::match_cv_json(&cv, &order, None).unwrap());
        assert!(r.found, "every requirement is met: {:?}", r.blocking.first());
        assert_eq!(r.requirements.len(), 3 * k);
    }
}

#[test]
fn every_check_scales_with_its_input() {
    for size in SIZES {
        // CV: many work experiences.
        let n = size / 100;
        let works: Vec<serde_json::Value> = (0..n).map(|i| json!({"title": format!("Lagermedarbejder {i}"), "employer": "Nordlager"})).collect();
        let doc = json!({"work_experience": works, "profile": "x".repeat(size / 10)}).to_string();
        let r = time("cv check", doc.len(), || cv::check_cv_json(&doc, None).unwrap());
        assert!(r.findability <= 100 && !r.searchable);

        // SMART: a long agreement.
        let text = "Jeg søger 3 stillinger som lagermedarbejder om ugen inden den 1. maj. ".repeat(size / 70);
        let r = time("smart check", text.len(), || smart::check_smart_json(&text, Some(r#"{"today": "2026-03-01"}"#)).unwrap());
        assert!(r.met <= 5);

        // Track: a profile with a big CV inside.
        let doc = json!({"age": 40, "cv": {"work_experience": works}}).to_string();
        let r = time("track assessment", doc.len(), || track::assign_track_json(&doc, None).unwrap());
        assert!(serde_json::to_value(&r).unwrap()["track"].is_string());

        // ABC: many rows.
        let rows: Vec<serde_json::Value> = (0..size / 120).map(|i| json!({"plan": "A", "occupation": format!("Lagermedarbejder {i}"), "wish": 5})).collect();
        let doc = json!({"rows": rows}).to_string();
        let r = time("abc check", doc.len(), || abc::check_abc_plan_json(&doc, None).unwrap());
        assert_eq!(r.rows.len(), size / 120);
        assert!(r.findings.len() <= 40 * 20, "capped per rule");

        // Job order: many requirements and search municipalities.
        let reqs: Vec<serde_json::Value> = (0..size / 80).map(|i| json!({"kind": "qualification", "value": format!("Truck {i}"), "mandatory": true})).collect();
        let doc = json!({"title": "Lagermedarbejder", "requirements": reqs, "location": {"search_municipalities": vec!["x"; size / 20]}}).to_string();
        let r = time("job order check", doc.len(), || joborder::check_job_order_json(&doc).unwrap());
        assert!(r.findings.iter().filter(|f| f.code == "JO012").count() <= 21);
    }
}

/// The word and language indexes (used from 256 requirements × entries) judge exactly as the
/// scan per requirement does (used below it): same `met`, same evidence, also for Danish endings
/// ("truckcertifikatet" meets "Truckcertifikat") and words met in another entry only.
#[test]
fn the_index_judges_like_the_scan() {
    let quals: Vec<String> = (0..60).map(|i| format!("Lager{} {}", i % 7, ["truckkørsel", "pluk", "rengøringen"][i % 3])).collect();
    let certs: Vec<String> = (0..60).map(|i| format!("Truckcertifikatet B{}", i % 11)).collect();
    let names = ["English", "Tysk", "Polsk sprog"];
    let langs: Vec<serde_json::Value> = (0..60).map(|i| json!({"language": names[i % 3]})).collect();
    let cv = json!({
        "contact": {"name": "Mette", "email": "m@x.dk", "email_visible": true},
        "job_wishes": [{"occupation": "Lagermedarbejder", "qualifications": quals}],
        "employment_terms": {"hours": ["full_time"]}, "work_experience": [{"title": "Lager"}],
        "education": [{"title": "HF", "level": "upper_secondary"}], "certificates": certs, "languages": langs,
    })
    .to_string();
    let values = [
        ("qualification", "Lager3 truckkørsel"), ("qualification", "lager3 pluk"), ("qualification", "Rengøring"), ("qualification", "Lager9"),
        ("qualification", "truckkørsel lager6"), ("certificate", "Truckcertifikat B10"), ("certificate", "truckcertifikat b12"),
        ("certificate", "B3"), ("language", "engelsk"), ("language", "polish"), ("language", "fransk"), ("language", "Tysk"),
    ];
    let reqs: Vec<serde_json::Value> =
        (0..30).flat_map(|_| values.iter()).map(|(k, v)| json!({"kind": k, "value": v, "mandatory": true})).collect();
    let big = joborder::match_cv_json(&cv, &json!({"title": "Lagermedarbejder", "requirements": reqs}).to_string(), None).unwrap();
    for (i, (k, v)) in values.iter().enumerate() {
        let one = json!({"title": "Lagermedarbejder", "requirements": [{"kind": k, "value": v, "mandatory": true}]}).to_string();
        let small = joborder::match_cv_json(&cv, &one, None).unwrap();
        let (a, b) = (&big.requirements[i], &small.requirements[0]);
        assert_eq!((a.met, &a.evidence), (b.met, &b.evidence), "{k} {v}");
    }
    assert_eq!(big.requirements.iter().filter(|r| r.met == Some(false)).count(), 30 * 3, "Lager9, B12 and fransk are not met");
}
