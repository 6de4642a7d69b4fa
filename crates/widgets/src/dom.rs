//! DOM helpers the form widgets share: element ids from field paths, moving focus to the field a
//! finding names, reading an event target's value, and keeping `<select>`s in step with the state.
#![cfg_attr(not(any(feature = "cv", feature = "joborder")), allow(dead_code))]

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlElement};

/// A field path as an element id: `job_wishes[0].qualifications[2]` →
/// `f-job_wishes-0-qualifications-2`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f");
    if !path.is_empty() {
        id.push('-');
    }
    for c in path.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' => id.push(c),
            _ => id.push('_'),
        }
    }
    id
}

/// Focuses the field for a finding's path, or the nearest enclosing field or section.
pub fn focus_path(root: &Element, path: &str) {
    let mut id = field_id(path);
    loop {
        if focus_id(root, &id) {
            return;
        }
        match id.rfind('-') {
            Some(i) => id.truncate(i),
            None => return,
        }
    }
}

/// Focuses the element with this id (or, for a section, its first control); opens the
/// `<details>` around it. Returns false when there is no such element.
pub fn focus_id(root: &Element, id: &str) -> bool {
    let Ok(Some(el)) = root.query_selector(&format!("#{id}")) else {
        return false;
    };
    let target = match el.tag_name().as_str() {
        _ if el.has_attribute("tabindex") => Some(el.clone()),
        "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "SUMMARY" => Some(el.clone()),
        _ => el
            .query_selector("input, select, textarea")
            .ok()
            .flatten()
            .or_else(|| el.query_selector("button, summary").ok().flatten()),
    };
    let Some(target) = target else { return false };
    let mut parent = target.parent_element();
    while let Some(p) = parent {
        if p.tag_name() == "DETAILS" && !p.has_attribute("open") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    match target.dyn_into::<HtmlElement>() {
        Ok(h) => h.focus().is_ok(),
        Err(_) => false,
    }
}

/// Makes each `<select data-value>` show its value: an option's `selected` attribute stops
/// working once the user has changed the selection, so the value is set after each render.
pub fn sync_selects(root: &Element) {
    let Ok(list) = root.query_selector_all("select[data-value]") else {
        return;
    };
    let value = JsValue::from_str("value");
    for i in 0..list.length() {
        let Some(el) = list.item(i) else { continue };
        let Some(want) = el
            .dyn_ref::<Element>()
            .and_then(|e| e.get_attribute("data-value"))
        else {
            continue;
        };
        let have = js_sys::Reflect::get(&el, &value)
            .ok()
            .and_then(|v| v.as_string());
        if have.as_deref() != Some(want.as_str()) {
            let _ = js_sys::Reflect::set(&el, &value, &JsValue::from_str(&want));
        }
    }
}

/// Opens the print dialog (`window.print()`), through `Reflect` to need no extra web-sys feature.
#[cfg_attr(not(any(feature = "track", feature = "abc")), allow(dead_code))]
pub fn print() {
    let global = js_sys::global();
    if let Ok(f) = js_sys::Reflect::get(&global, &JsValue::from_str("print")) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&global);
        }
    }
}

/// Reads a property (`value`, `checked`) of an event's target without assuming its type.
pub fn target_prop(e: &Event, prop: &str) -> JsValue {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str(prop)).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// The `value` of an event's target (empty when it has none).
pub fn target_value(e: &Event) -> String {
    target_prop(e, "value").as_string().unwrap_or_default()
}

/// The `checked` of an event's target (false when it has none).
pub fn target_checked(e: &Event) -> bool {
    target_prop(e, "checked").as_bool().unwrap_or(false)
}

/// Parses a typed number: `Ok(None)` when empty, `Err(())` when not a number in 0..=max (or
/// not whole when `whole`).
#[cfg_attr(not(any(feature = "track", feature = "joborder", feature = "abc")), allow(dead_code))]
pub fn parse_num(text: &str, max: f64, whole: bool) -> Result<Option<f64>, ()> {
    let mut t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Ok(None);
    }
    // "41," while typing "41,6"; ".5" for "0,5". serde_json's number parser, not `str::parse`:
    // it is linked anyway, and core's float parser would add ~1.5 KB gzip of wasm.
    if t.ends_with('.') {
        t.pop();
    }
    if t.starts_with('.') {
        t.insert(0, '0');
    }
    match serde_json::from_str::<f64>(&t) {
        Ok(x) if x.is_finite() && (0.0..=max).contains(&x) && (!whole || x.fract() == 0.0) => {
            Ok(Some(x))
        }
        _ => Err(()),
    }
}

/// `v.parse::<f64>().ok()` without core's float parser (~14 KB gzip of wasm in the CV module
/// before it went; used for the CV's years and the conversation's time attributes): Rust's float syntax (`[+-]` then `inf`, `infinity`, `nan` or digits with an
/// optional `.` and fraction and an optional exponent) is checked here and the number read by
/// serde_json's parser, which the module links anyway. A non-finite result stands for what
/// `str::parse` would give as infinite or NaN (the caller drops both); integers such as a time in
/// ms since 1970 are exact.
#[cfg_attr(not(any(feature = "cv", feature = "conversation")), allow(dead_code))]
pub fn float_syntax(v: &str) -> Option<f64> {
    let (sign, body) = match v.as_bytes().first() {
        Some(b'-') => ("-", &v[1..]),
        Some(b'+') => ("", &v[1..]),
        _ => ("", v),
    };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return Some(f64::NAN);
    }
    let (mantissa, exp) = match lower.split_once('e') {
        Some((m, e)) => (m, Some(e)),
        None => (lower.as_str(), None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || (int.is_empty() && frac.is_empty()) {
        return None;
    }
    let exp = match exp {
        None => "0",
        Some(e) => {
            let d = e.strip_prefix(['+', '-']).unwrap_or(e);
            if d.is_empty() || !digits(d) {
                return None;
            }
            e
        }
    };
    // JSON wants "0" or no leading zero before the point and a digit after it.
    let int = int.trim_start_matches('0');
    let json = format!("{sign}{}.{}e{exp}", if int.is_empty() { "0" } else { int }, if frac.is_empty() { "0" } else { frac });
    Some(serde_json::from_str::<f64>(&json).unwrap_or(f64::NAN))
}

/// The lines of a text, trimmed; blank lines dropped.
pub fn split_lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// A list typed as text, separated by commas, semicolons or new lines; blanks dropped.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Focuses the element with this id, nothing more (see [`focus_id`] for sections).
#[cfg_attr(not(any(feature = "smart", feature = "track")), allow(dead_code))]
pub fn focus_element(root: &Element, id: &str) {
    if let Ok(Some(el)) = root.query_selector(&format!("#{id}")) {
        if let Ok(h) = el.dyn_into::<HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// Today's date in the browser's time zone ("YYYY-MM-DD"); `None` outside a browser.
#[cfg_attr(not(any(feature = "smart", feature = "abc")), allow(dead_code))]
pub fn browser_today() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Some(format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date()))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Server-side rendering for the widgets' tests (Yew `ssr`).
#[cfg(test)]
pub mod ssr {
    use std::future::Future;
    use std::sync::Arc;
    use std::task::{Context, Poll, Wake, Waker};

    /// A minimal executor: the server renderer's future only waits on itself.
    pub fn block_on<F: Future>(fut: F) -> F::Output {
        struct Unpark(std::thread::Thread);
        impl Wake for Unpark {
            fn wake(self: Arc<Self>) {
                self.0.unpark();
            }
        }
        let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
        let mut cx = Context::from_waker(&waker);
        let mut fut = std::pin::pin!(fut);
        loop {
            match fut.as_mut().poll(&mut cx) {
                Poll::Ready(v) => return v,
                Poll::Pending => std::thread::park_timeout(std::time::Duration::from_millis(10)),
            }
        }
    }

    /// Asserts that every input, textarea and select has an id and a `<label for>` it; returns
    /// how many controls there are.
    pub fn assert_labelled(html: &str) -> usize {
        let mut n = 0;
        for tag in ["<input", "<textarea", "<select"] {
            for (i, _) in html.match_indices(tag) {
                let end = i + html[i..].find('>').expect("tag ends");
                let t = &html[i..end];
                let id_at = t.find(" id=\"").unwrap_or_else(|| panic!("control without id: {t}"));
                let id = &t[id_at + 5..];
                let id = &id[..id.find('"').expect("id ends")];
                assert!(html.contains(&format!(r#"for="{id}""#)), "no <label for={id}>");
                n += 1;
            }
        }
        n
    }

    /// Renders a component to HTML text.
    pub fn render<C: yew::BaseComponent>(props: C::Properties) -> String {
        block_on(yew::LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
    }
}
