//! `localStorage`, reached through `Reflect` (no extra web-sys features) with every exception
//! caught: reading `localStorage` throws when storage is disabled, `setItem` when it is full.
//! Outside a browser (native tests) it is an in-memory map.
//! Used by the widgets with a `storage-key` attribute (the ABC plan, the openings list).
#![cfg_attr(not(any(feature = "abc", feature = "numbers")), allow(dead_code))]

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::{JsCast, JsValue};

#[cfg(target_arch = "wasm32")]
fn call(method: &str, args: &[&str]) -> Result<JsValue, ()> {
    let global = js_sys::global();
    let store = js_sys::Reflect::get(&global, &JsValue::from_str("localStorage")).map_err(|_| ())?;
    if store.is_null() || store.is_undefined() {
        return Err(());
    }
    let f = js_sys::Reflect::get(&store, &JsValue::from_str(method)).map_err(|_| ())?;
    let f = f.dyn_ref::<js_sys::Function>().ok_or(())?;
    let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    f.apply(&store, &args).map_err(|_| ())
}

#[cfg(target_arch = "wasm32")]
pub fn get(key: &str) -> Result<Option<String>, ()> {
    call("getItem", &[key]).map(|v| v.as_string())
}

#[cfg(target_arch = "wasm32")]
pub fn set(key: &str, value: &str) -> Result<(), ()> {
    call("setItem", &[key, value]).map(|_| ())
}

#[cfg(target_arch = "wasm32")]
#[cfg_attr(not(feature = "abc"), allow(dead_code))]
pub fn remove(key: &str) -> Result<(), ()> {
    call("removeItem", &[key]).map(|_| ())
}

// Native tests: an in-memory store per thread (`fail` simulates storage being disabled).
#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    pub static STORE: std::cell::RefCell<(bool, std::collections::BTreeMap<String, String>)> = Default::default();
}

#[cfg(not(target_arch = "wasm32"))]
fn with<T>(f: impl FnOnce(&mut std::collections::BTreeMap<String, String>) -> T) -> Result<T, ()> {
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        if s.0 {
            Err(())
        } else {
            Ok(f(&mut s.1))
        }
    })
}

#[cfg(not(target_arch = "wasm32"))]
pub fn get(key: &str) -> Result<Option<String>, ()> {
    with(|m| m.get(key).cloned())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn set(key: &str, value: &str) -> Result<(), ()> {
    with(|m| {
        m.insert(key.into(), value.into());
    })
}

#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(not(feature = "abc"), allow(dead_code))]
pub fn remove(key: &str) -> Result<(), ()> {
    with(|m| {
        m.remove(key);
    })
}
