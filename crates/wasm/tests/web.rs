//! The JavaScript API in a real browser (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use jobspor_wasm::{check_cv, cv_modules, cv_rule, cv_rules};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const GOOD: &str = include_str!("../../../tests/fixtures/cv-good.json");

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn check_cv_accepts_objects_and_strings() {
    let object = js_sys::JSON::parse(GOOD).unwrap();
    let a = check_cv(object, JsValue::UNDEFINED);
    let b = check_cv(JsValue::from_str(GOOD), JsValue::NULL);
    assert_eq!(get(&a, "searchable"), JsValue::TRUE);
    assert_eq!(js_sys::JSON::stringify(&a).unwrap(), js_sys::JSON::stringify(&b).unwrap());
    assert!(js_sys::Array::is_array(&get(&a, "findings")));
}

#[wasm_bindgen_test]
fn bad_input_is_a_structured_error_not_a_throw() {
    let cases = [
        (JsValue::from_str("not json"), ""),
        (js_sys::JSON::parse(r#"{"education": [{"level": "college"}]}"#).unwrap(), "education[0].level"),
        (js_sys::JSON::parse(r#"{"job_wishes": 5}"#).unwrap(), "job_wishes"),
        (JsValue::UNDEFINED, ""),
        (JsValue::from_f64(3.0), ""),
    ];
    for (input, path) in cases {
        let r = check_cv(input, JsValue::UNDEFINED);
        assert_eq!(get(&r, "error"), JsValue::from_str("invalid_input"));
        assert_eq!(get(&r, "path"), JsValue::from_str(path));
        assert!(get(&r, "message_da").as_string().is_some_and(|s| !s.is_empty()));
    }
    // A cyclic object can't become JSON: still a structured error.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let r = check_cv(cyclic.into(), JsValue::UNDEFINED);
    assert_eq!(get(&r, "error"), JsValue::from_str("invalid_input"));
    // A 1 MB profile is fine.
    let mut big: serde_json::Value = serde_json::from_str(GOOD).unwrap();
    big["profile"] = serde_json::Value::String("ø".repeat(1 << 20));
    let r = check_cv(JsValue::from_str(&big.to_string()), JsValue::UNDEFINED);
    assert_eq!(get(&r, "searchable"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn options_and_overrides_reach_the_core() {
    let cv = js_sys::JSON::parse(r#"{"driving_licences": []}"#).unwrap();
    let before = check_cv(cv.clone(), JsValue::UNDEFINED);
    let opts = js_sys::JSON::parse(r#"{"overrides": [{"rule": "CV107", "reason": "Har ikke kørekort"}]}"#).unwrap();
    let after = check_cv(cv, opts);
    assert!(get(&after, "findability").as_f64() > get(&before, "findability").as_f64());
    let bad = check_cv(JsValue::from_str("{}"), js_sys::JSON::parse(r#"{"overrides": [{"rule": "CV107", "reason": ""}]}"#).unwrap());
    assert_eq!(get(&bad, "path"), JsValue::from_str("overrides[0].reason"));
}

#[wasm_bindgen_test]
fn rule_metadata_comes_from_the_core() {
    let rules: js_sys::Array = cv_rules().into();
    assert!(rules.length() >= 30);
    let r = cv_rule("CV101");
    assert_eq!(get(&r, "name"), JsValue::from_str("job-wish-without-qualifications"));
    assert!(get(&r, "docs").as_string().unwrap().contains("## Hvorfor"));
    assert!(cv_rule("nope").is_undefined());
    let modules: js_sys::Array = cv_modules().into();
    assert_eq!(modules.length(), 11);
    assert_eq!(get(&get(&modules.get(1), "label"), "da"), JsValue::from_str("Jeg søger job som"));
}

/// The job-order API (`--features joborder`, e.g. `wasm-pack test … crates/wasm --features joborder`; `cargo xtask test` runs them).
#[cfg(feature = "joborder")]
mod joborder {
    use super::get;
    use jobspor_wasm::{check_job_order, job_order_rules, match_cv, rank_cvs};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_test::*;

    const ORDER: &str = include_str!("../../../tests/fixtures/joborder/job-order.json");
    const CV: &str = include_str!("../../../tests/fixtures/cv-example.json");

    fn is_error(v: &JsValue, path: &str) -> bool {
        get(v, "error") == JsValue::from_str("invalid_input") && get(v, "path") == JsValue::from_str(path)
    }

    #[wasm_bindgen_test]
    fn objects_and_strings_give_the_same_results() {
        let a = check_job_order(js_sys::JSON::parse(ORDER).unwrap());
        let b = check_job_order(JsValue::from_str(ORDER));
        assert_eq!(js_sys::JSON::stringify(&a).unwrap(), js_sys::JSON::stringify(&b).unwrap());
        assert!(get(&a, "searchable").as_bool().is_some());
        let m = match_cv(JsValue::from_str(CV), js_sys::JSON::parse(ORDER).unwrap(), JsValue::UNDEFINED);
        assert_eq!(get(&m, "found"), JsValue::TRUE);
        let cvs = js_sys::Array::of2(&js_sys::JSON::parse(CV).unwrap(), &js_sys::JSON::parse("{}").unwrap());
        let r = rank_cvs(cvs.into(), JsValue::from_str(ORDER), JsValue::NULL);
        assert_eq!(get(&get(&r, "totals"), "cvs").as_f64(), Some(2.0));
        let rules: js_sys::Array = job_order_rules().into();
        assert!(rules.length() >= 30);
    }

    #[wasm_bindgen_test]
    fn bad_input_is_a_structured_error_not_a_throw() {
        assert!(is_error(&check_job_order(JsValue::UNDEFINED), ""));
        assert!(is_error(&check_job_order(JsValue::from_str("[]")), ""));
        let bad = js_sys::JSON::parse(r#"{"requirements": [{"kind": "experience_years", "value": "mange"}]}"#).unwrap();
        assert!(is_error(&check_job_order(bad.clone()), "requirements[0].value"));
        assert!(is_error(&match_cv(JsValue::from_str(CV), bad.clone(), JsValue::UNDEFINED), "order.requirements[0].value"));
        assert!(is_error(&match_cv(JsValue::NULL, JsValue::from_str(ORDER), JsValue::UNDEFINED), ""));
        assert!(is_error(&match_cv(JsValue::from_str(CV), JsValue::from_str(ORDER), JsValue::from_str("[1]")), ""));
        assert!(is_error(&rank_cvs(JsValue::from_str(r#"[{"education": 3}]"#), JsValue::from_str(ORDER), JsValue::UNDEFINED), "cvs[0].education"));
        let cyclic = js_sys::Object::new();
        js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
        assert_eq!(get(&check_job_order(cyclic.into()), "error"), JsValue::from_str("invalid_input"));
    }
}

/// serde's `Unexpected::Float` in wasm32 is written by the vendored patch
/// (vendor/serde_core/JOBSPOR-PATCH.md) without `f64`'s Display: the same text for whole numbers
/// and NaN/±inf, no digits for the rest (fails if the patch is lost: `Display` writes "0.5").
/// serde_json's own message writes its floats itself and is unchanged.
#[wasm_bindgen_test]
fn serde_float_unexpected_is_written_without_the_float_formatter() {
    use serde::de::Unexpected::Float;
    assert_eq!(Float(3.0).to_string(), "floating point `3.0`");
    assert_eq!(Float(-0.0).to_string(), "floating point `-0.0`");
    assert_eq!(Float(-42.0).to_string(), "floating point `-42.0`");
    assert_eq!(Float(9007199254740991.0).to_string(), "floating point `9007199254740991.0`");
    assert_eq!(Float(f64::NAN).to_string(), "floating point `NaN`");
    assert_eq!(Float(f64::NEG_INFINITY).to_string(), "floating point `-inf`");
    assert_eq!(Float(0.5).to_string(), "floating point");
    assert_eq!(Float(1e300).to_string(), "floating point");
    assert_eq!(Float(1e17).to_string(), "floating point");
    let e = serde_json::from_str::<u8>("2.5").unwrap_err().to_string();
    assert!(e.starts_with("invalid type: floating point `2.5`, expected u8"), "{e}");
}
