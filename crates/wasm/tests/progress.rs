//! The progression card and the work-placement follow-up through the JavaScript API in headless
//! Chromium (issue 18, the `progress` feature): plain objects and JSON text in, plain objects out;
//! the hand-counted totals, the prompt per task, and bad input as an `InputError` naming its path.
#![cfg(all(target_arch = "wasm32", feature = "progress"))]

use jobspor_wasm::progress::{check_placement_followup, check_progress_card, placement_followup_rules, progress_card_items, progress_card_rules};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CARD: &str = include_str!("../../../tests/fixtures/progress/card.json");
const FOLLOWUP: &str = include_str!("../../../tests/fixtures/progress/followup.json");

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |v, k| match k.parse::<u32>() {
        Ok(i) => js_sys::Reflect::get_u32(&v, i).unwrap(),
        Err(_) => js_sys::Reflect::get(&v, &JsValue::from_str(k)).unwrap(),
    })
}

#[wasm_bindgen_test]
fn the_card_from_an_object_and_from_text() {
    let object = js_sys::JSON::parse(CARD).unwrap();
    for input in [object, JsValue::from_str(CARD)] {
        let r = check_progress_card(input, JsValue::UNDEFINED);
        let totals: Vec<f64> = (0..3).map(|i| get(&r, &["evaluations", &i.to_string(), "total"]).as_f64().unwrap()).collect();
        assert_eq!(totals, [35.0, 43.0, 51.0]);
        assert_eq!(get(&r, &["evaluations", "2", "groups", "1", "total"]).as_f64(), Some(21.0));
        assert_eq!(get(&r, &["overall", "change"]).as_f64(), Some(16.0));
    }
    let weights = js_sys::JSON::parse(r#"{"weights": {"attendance": 2, "quality": 3}}"#).unwrap();
    let r = check_progress_card(JsValue::from_str(CARD), weights);
    assert_eq!(get(&r, &["evaluations", "0", "total"]).as_f64(), Some(44.0));
}

#[wasm_bindgen_test]
fn the_followup_prompt_per_task() {
    let r = check_placement_followup(JsValue::from_str(FOLLOWUP), JsValue::UNDEFINED);
    let kind = |t: &str| get(&r, &["visits", "0", "tasks", t, "prompt", "kind"]).as_string();
    assert_eq!((kind("0").as_deref(), kind("1").as_deref()), (Some("employer_lower"), Some("employer_higher")));
    assert!(get(&r, &["visits", "0", "tasks", "2", "prompt"]).is_null());
    assert_eq!(get(&r, &["visits", "0", "tasks", "0", "to_new_hire"]).as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
fn items_and_rules() {
    let items = progress_card_items();
    assert_eq!(js_sys::Array::from(&items).length(), 13);
    assert!(get(&items, &["0", "levels", "0", "source"]).as_string().unwrap().ends_with("discus-laeringskatalog-matchning.txt:1679"));
    assert_eq!(get(&progress_card_rules(), &["0", "code"]).as_string().as_deref(), Some("PC001"));
    assert_eq!(get(&placement_followup_rules(), &["0", "code"]).as_string().as_deref(), Some("PF001"));
}

#[wasm_bindgen_test]
fn bad_input_names_its_path() {
    let cases: [(JsValue, &str); 5] = [
        (JsValue::NULL, ""),
        (JsValue::from_f64(3.0), ""),
        (JsValue::from_str(r#"{"evaluations": [{"scores": {"attendance": 9}}]}"#), "evaluations[0].scores.attendance"),
        (JsValue::from_str(r#"{"evaluations": [[]]}"#), "evaluations[0]"),
        (JsValue::from_str(r#"{"hours_goal": "tyve"}"#), "hours_goal"),
    ];
    for (input, path) in cases {
        let r = check_progress_card(input, JsValue::UNDEFINED);
        assert_eq!(get(&r, &["error"]).as_string().as_deref(), Some("invalid_input"));
        assert_eq!(get(&r, &["path"]).as_string().as_deref(), Some(path));
    }
    let r = check_placement_followup(JsValue::from_str(r#"{"visits": [{"tasks": [{"citizen_score": 0}]}]}"#), JsValue::UNDEFINED);
    assert_eq!(get(&r, &["path"]).as_string().as_deref(), Some("visits[0].tasks[0].citizen_score"));
    let r = check_placement_followup(JsValue::from_str("{}"), JsValue::from_str(r#"{"min_gap": 0}"#));
    assert_eq!(get(&r, &["path"]).as_string().as_deref(), Some("min_gap"));
}
