//! The indsatsplan and the conversation through the JavaScript API in headless Chromium (issue
//! 17, the `conversation` feature): plain objects and JSON text in, plain objects out; bad input
//! as an `InputError` naming its path.
#![cfg(all(target_arch = "wasm32", feature = "conversation"))]

use jobspor_wasm::conversation::{check_indsatsplan, conversation_guides, conversation_summary, indsatsplan_rules, parse_conversation_guides};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = include_str!("../../../tests/fixtures/indsatsplan/indsatsplan.json");

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |v, k| match k.parse::<u32>() {
        Ok(i) => js_sys::Reflect::get_u32(&v, i).unwrap(),
        Err(_) => js_sys::Reflect::get(&v, &JsValue::from_str(k)).unwrap(),
    })
}

#[wasm_bindgen_test]
fn the_indsatsplan_from_an_object_and_from_text() {
    let config = JsValue::from_str(r#"{"today": "2026-05-01"}"#);
    for input in [js_sys::JSON::parse(PLAN).unwrap(), JsValue::from_str(PLAN)] {
        let r = check_indsatsplan(input, config.clone());
        assert_eq!(get(&r, &["findings", "0", "code"]).as_string().as_deref(), Some("IP005"));
        assert_eq!(get(&r, &["sub_goals", "1", "smart", "met"]).as_f64(), Some(4.0));
    }
    assert_eq!(get(&indsatsplan_rules(), &["0", "code"]).as_string().as_deref(), Some("IP001"));
    let bad = check_indsatsplan(JsValue::from_str(r#"{"sub_goals": [{"activities": [{"who": "chef"}]}]}"#), JsValue::UNDEFINED);
    assert!(get(&bad, &["path"]).as_string().unwrap().starts_with("sub_goals[0].activities[0].who"));
}

#[wasm_bindgen_test]
fn the_guides_and_the_summary() {
    let g = conversation_guides();
    assert_eq!(get(&g, &["guides", "0", "phases", "1", "title", "da"]).as_string().as_deref(), Some("Udfordring & Afklaring"));
    assert_eq!(get(&parse_conversation_guides(JsValue::from_str(r#"{"guides": []}"#)), &["path"]).as_string().as_deref(), Some("guides"));
    let record = r#"{"agreements": [{"text": "Du søger nogle job"}, {"text": "Du søger 3 stillinger som ekspedient i Aalborg inden 20. maj, fordi du gerne vil arbejde med kunder"}]}"#;
    let s = conversation_summary(JsValue::from_str(record), JsValue::from_str(r#"{"today": "2026-05-06"}"#));
    assert!(get(&s, &["agreements", "0", "smart", "met"]).as_f64().unwrap() < 5.0);
    assert_eq!(get(&s, &["agreements", "1", "smart", "met"]).as_f64(), Some(5.0));
}
