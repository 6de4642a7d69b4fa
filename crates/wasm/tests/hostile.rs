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
