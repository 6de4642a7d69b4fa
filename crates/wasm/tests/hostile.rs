//! Hostile input through the JavaScript API in headless Chromium (issue 13): JS values of every
//! type where a document belongs, type confusion, arrays for objects, a byte-order mark, lone
//! surrogates, deep nesting and big text. Each case asserts the error's path or the result's shape.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn parse(s: &str) -> JsValue {
    js_sys::JSON::parse(s).unwrap()
}

/// `Some(path)`: an input error at that path; `None`: a result with `key`.
fn assert_outcome(r: &JsValue, expect: Option<&str>, key: &str, case: &str) {
    match expect {
        Some(path) => {
            assert_eq!(get(r, "error"), JsValue::from_str("invalid_input"), "{case}");
            assert_eq!(get(r, "path").as_string().as_deref(), Some(path), "{case}");
            let da = get(r, "message_da").as_string().unwrap();
            assert!(!da.is_empty() && !da.contains("expected") && !da.contains("sequence"), "{case}: {da}");
        }
        None => assert!(!get(r, key).is_undefined(), "{case}: no {key}"),
    }
}

/// The cases every document check shares: (input, expected error path or None for a result).
fn shared(obj_field: &str) -> Vec<(JsValue, Option<String>, String)> {
    let mut v: Vec<(JsValue, Option<String>, String)> = vec![
        (JsValue::NULL, Some(String::new()), "null".into()),
        (JsValue::UNDEFINED, Some(String::new()), "undefined".into()),
        (JsValue::from_f64(f64::NAN), Some(String::new()), "NaN".into()),
        (JsValue::from_f64(3.0), Some(String::new()), "3".into()),
        (JsValue::TRUE, Some(String::new()), "true".into()),
        (js_sys::Array::new().into(), Some(String::new()), "[]".into()),
        (JsValue::from_str("not json"), Some(String::new()), "not json".into()),
        (JsValue::from_str("\u{feff}{}"), None, "BOM".into()),
        (JsValue::from_str("{}"), None, "{}".into()),
    ];
    for (doc, path) in [
        // An empty array: a non-empty one fails earlier, positionally, at its first item (`cv[0]`),
        // as docs/reliability.md says.
        (format!(r#"{{"{obj_field}": []}}"#), Some(obj_field.to_string())),
        (format!(r#"{{"{obj_field}": 7}}"#), Some(obj_field.to_string())),
        (format!(r#"{{"{obj_field}": null, "origin": "x", "ethnicity": "y"}}"#), None),
        (format!(r#"{{"x": {}1{}}}"#, "[".repeat(10_000), "]".repeat(10_000)), None),
        (format!(r#"{{"x": "<script>alert(1)</script>{}"}}"#, "ø".repeat(1 << 19)), None),
    ] {
        let case = format!("{:.60}", doc);
        v.push((JsValue::from_str(&doc), path.clone(), case.clone()));
        if path.is_none() {
            v.push((parse(&doc), None, format!("object {case}")));
        }
    }
    v
}

#[wasm_bindgen_test]
fn hostile_input_to_check_cv() {
    let mut cases = shared("contact");
    cases.push((parse(r#"{"education": [{"level": 1}]}"#), Some("education[0].level".into()), "level 1".into()));
    cases.push((JsValue::from_str(r#"{"contact": {"name": "\ud800"}}"#), Some("contact.name".into()), "surrogate".into()));
    for (input, path, case) in cases {
        let r = jobspor_wasm::check_cv(input, JsValue::UNDEFINED);
        assert_outcome(&r, path.as_deref(), "findability", &case);
    }
}

#[cfg(feature = "abc")]
#[wasm_bindgen_test]
fn hostile_input_to_check_abc_plan() {
    let mut cases = shared("cv");
    cases.push((parse(r#"{"rows": [["A"]]}"#), Some("rows[0]".into()), "row array".into()));
    cases.push((parse(r#"{"rows": [{"plan": 1}]}"#), Some("rows[0].plan".into()), "plan 1".into()));
    for (input, path, case) in cases {
        let r = jobspor_wasm::check_abc_plan(input, JsValue::UNDEFINED);
        assert_outcome(&r, path.as_deref(), "rows", &case);
    }
    let r = jobspor_wasm::check_abc_plan(parse("{}"), parse(r#"{"min_demand": {"A": 3}}"#));
    assert_outcome(&r, Some("min_demand.A"), "rows", "min_demand.A 3");
}

#[cfg(feature = "joborder")]
#[wasm_bindgen_test]
fn hostile_input_to_the_job_order_api() {
    let mut cases = shared("company");
    cases.push((parse(r#"{"hours": 1}"#), Some("hours".into()), "hours 1".into()));
    cases.push((parse(r#"{"application_form": [1]}"#), Some("application_form[0]".into()), "form [1]".into()));
    for (input, path, case) in cases {
        let r = jobspor_wasm::check_job_order(input);
        assert_outcome(&r, path.as_deref(), "searchable", &case);
    }
    let bad: Vec<String> = (0..10_000).map(|i| format!("x{i}")).collect();
    let order = serde_json::json!({"title": "Lagermedarbejder", "location": {"search_municipalities": bad}}).to_string();
    let r = jobspor_wasm::check_job_order(JsValue::from_str(&order));
    // JO012 (invalid municipality) fires once a value: capped at 20 plus one summary finding.
    let jo012 = js_sys::Array::from(&get(&r, "findings"))
        .iter()
        .filter(|f| get(f, "code").as_string().as_deref() == Some("JO012"))
        .count();
    assert_eq!(jo012, 21, "findings are capped per rule");
}

#[cfg(feature = "joborder")]
#[wasm_bindgen_test]
fn hostile_input_to_match_cv() {
    let order = JsValue::from_str(r#"{"title": "Lagermedarbejder"}"#);
    for (input, path, case) in shared("contact") {
        let path = path.map(|p| if p.is_empty() { p } else { format!("cv.{p}") });
        let r = jobspor_wasm::match_cv(input, order.clone(), JsValue::UNDEFINED);
        assert_outcome(&r, path.as_deref(), "found", &case);
    }
}

#[cfg(feature = "plan")]
#[wasm_bindgen_test]
fn hostile_input_to_check_plan() {
    let mut cases = shared("search_requirement");
    cases.push((parse(r#"{"agreements": [{"text": "Søg 2 job", "deadline": "2026-02-30"}]}"#), Some("agreements[0].deadline".into()), "deadline".into()));
    cases.push((parse(r#"{"jobspor": [["a", "Lager"]]}"#), Some("jobspor[0]".into()), "jobspor array".into()));
    cases.push((JsValue::from_str(&format!(r#"{{"agreements": [{}]}}"#, vec![r#"{"text": "x"}"#; 501].join(","))), Some("agreements".into()), "501 agreements".into()));
    for (input, path, case) in cases {
        let r = jobspor_wasm::check_plan(input, JsValue::UNDEFINED);
        assert_outcome(&r, path.as_deref(), "summary", &case);
    }
    for (options, path) in [(r#"{"joblog": [{"date": "0000-00-00"}]}"#, Some("joblog[0].date")), (r#"{"cv": []}"#, Some("cv")), (r#"{"today": 7}"#, Some("today")), (r#"{"joblog": []}"#, None)] {
        let r = jobspor_wasm::check_plan(parse("{}"), parse(options));
        assert_outcome(&r, path, "summary", options);
    }
}

#[cfg(feature = "numbers")]
#[wasm_bindgen_test]
fn hostile_input_to_the_numbers_api() {
    // The calculator needs its four fields: the shared cases with them.
    let valid = r#""citizens": 330, "days": 3, "weeks": 44, "intensified": 0.3"#;
    for (input, path) in [
        (JsValue::NULL, Some("")),
        (JsValue::UNDEFINED, Some("")),
        (JsValue::from_f64(f64::NAN), Some("")),
        (js_sys::Array::new().into(), Some("")),
        (JsValue::from_str("not json"), Some("")),
        (JsValue::from_str(&format!("\u{feff}{{{valid}}}")), None),
        (parse(&format!("{{{valid}}}")), None),
        (parse(&format!(r#"{{{valid}, "per_day": 0}}"#)), Some("per_day")),
        (parse(r#"{"citizens": -1, "days": 3, "weeks": 44, "intensified": 0.3}"#), Some("citizens")),
        (parse(r#"{"citizens": 1e308, "days": 3, "weeks": 44, "intensified": 0.3}"#), Some("citizens")),
        (parse(&format!(r#"{{{valid}, "origin": "x"}}"#)), Some("origin")),
        (JsValue::from_str(&format!(r#"{{{valid}, "target": "\ud800"}}"#)), Some("target")),
    ] {
        let case = format!("{input:?}");
        let r = jobspor_wasm::calculate_resources(input, JsValue::UNDEFINED);
        assert_outcome(&r, path, "whole_group", &case);
    }
    let r = jobspor_wasm::calculate_resources(parse(&format!("{{{valid}}}")), parse(r#"{"per_day_max": 51}"#));
    assert_outcome(&r, Some("per_day_max"), "whole_group", "per_day_max 51");
    // The openings list: the shared cases, type errors, 10,000 items capped findings.
    // `items` is a list: an empty one is valid, `null` is an error at it (as the plan's lists).
    let mut cases: Vec<_> = shared("items").into_iter().filter(|(_, _, case)| case != r#"{"items": []}"#).collect();
    for (_, path, case) in cases.iter_mut() {
        if case.starts_with(r#"{"items": null"#) || case.starts_with(r#"object {"items": null"#) {
            *path = Some("items".into());
        }
    }
    cases.push((parse(r#"{"items": [["2026-03-02", "Firma"]]}"#), Some("items[0]".into()), "item array".into()));
    cases.push((parse(r#"{"items": [{"places": 4294967296}]}"#), Some("items[0].places".into()), "places".into()));
    cases.push((parse(r#"{"items": [{"result": 1}]}"#), Some("items[0].result".into()), "result 1".into()));
    for (input, path, case) in cases {
        let r = jobspor_wasm::check_openings(input, parse(r#"{"today": "2026-03-20"}"#));
        assert_outcome(&r, path.as_deref(), "statistics", &case);
    }
    let item = serde_json::json!({"date": "2026-01-05", "company": "<script>alert(1)</script>", "result": "ordinary_opening", "job_function": "Lager", "places": u32::MAX});
    let list = serde_json::json!({"region": "Aarhus", "items": vec![item; 10_000]}).to_string();
    let r = jobspor_wasm::check_openings(JsValue::from_str(&list), parse(r#"{"today": "2026-03-20"}"#));
    assert_eq!(get(&get(&r, "statistics"), "places").as_f64(), Some(u32::MAX as f64), "sums stop at the largest number");
    assert_eq!(js_sys::Array::from(&get(&r, "findings")).length(), 21, "findings are capped per rule");
    let d = jobspor_wasm::openings_to_demand(JsValue::from_str(&list), parse(r#"["Aarhus"]"#));
    assert_outcome(&d, Some(""), "Aarhus", "demand options array");
    let d = jobspor_wasm::openings_to_demand(JsValue::from_str(&list), JsValue::UNDEFINED);
    assert_eq!(get(&get(&d, "Aarhus"), "Lager"), JsValue::from_str("shortage"));
    // CSV: written and read back, and hostile text refused at its row.
    let csv = jobspor_wasm::openings_to_csv(JsValue::from_str(&list)).as_string().unwrap();
    let back = jobspor_wasm::openings_from_csv(&csv);
    assert_eq!(js_sys::Array::from(&get(&back, "items")).length(), 10_000);
    for text in ["", "\u{feff}", "a;b\n", &"\"".repeat(100_001)] {
        let e = jobspor_wasm::openings_from_csv(text);
        assert_eq!(get(&e, "row").as_f64(), Some(1.0), "{text:.20}");
    }
}
