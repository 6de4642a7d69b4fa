//! The job centre's own numbers (issue 19, seed 004) as two custom elements of the `numbers`
//! module (the JS shim in `pkg-config/numbers.js` defines them):
//!
//! `<jobspor-resources>` – the resource calculator:
//! - attributes: `lang` (`da` default, `en`);
//! - properties: `value` (read/write, `ResourceInput`: the four fields, the 39-week share,
//!   `per_day`, `target`), `config` (read/write, `ResourceConfig`), `result` (read-only: the latest
//!   `ResourceResult`, or the `InputError` of the field being fixed);
//! - event: `result` (bubbles, composed) after every change.
//!
//! `<jobspor-openings>` – the openings list (brancheredskab):
//! - attributes: `lang`; `today` (`YYYY-MM-DD`, for the ageing; default the browser's date);
//!   `storage-key` (opt-in: the list is kept in `localStorage` under this key; without it nothing
//!   is stored); `render-limit` (how many contacts and statistics groups are rendered, default
//!   200; every contact is checked);
//! - properties: `value` (read/write, `OpeningsList`), `config` (read/write, `OpeningsConfig`:
//!   thresholds and the host's lists; `today` comes from the attribute), `demand` (read-only: the
//!   current openings as ABC demand data, `null` without a region), `result` (read-only:
//!   `OpeningsResult`);
//! - events: `result` after every change (`detail` = `OpeningsResult`) and `change` after every
//!   edit by the user (`detail` = the `OpeningsList`: the host keeps it).

mod labels;
mod openings;
mod openings_view;
mod resources;

#[cfg(test)]
mod tests;

use jobspor_core::rules::Finding;
use jobspor_core::{InputError, Severity};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::element::{parse_js, to_json};
use crate::i18n::Lang;
pub(crate) use openings::State as OpeningsState;
pub(crate) use resources::State as ResourcesState;

crate::element::element! {
    /// The Rust side of `<jobspor-resources>`.
    ResourcesElement(ResourcesApp, ResourcesState, ResourcesMsg), result: "ResourceResult | InputError | null"
}
use resources::{Msg as ResourcesMsg, ResourcesApp};

#[wasm_bindgen]
impl ResourcesElement {
    /// The input in force (the last valid one while a field is being fixed).
    #[wasm_bindgen(getter, unchecked_return_type = "ResourceInput | null")]
    pub fn value(&self) -> JsValue {
        self.shared.read_js(|s| to_json(s.input()))
    }

    /// Replaces the fields (`null`: the seed's worked example). Invalid input keeps the form and
    /// shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_value(&self, #[wasm_bindgen(unchecked_param_type = "ResourceInput | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the value", "værdien", jobspor_core::resources::parse_input);
        self.shared.apply(true, move |s| {
            let r = parsed.map(|i| match i {
                Some(i) => {
                    s.form = resources::Form::from_input(&i, s.form.scenario);
                    s.base = i;
                }
                None => {
                    s.form = resources::Form::default();
                    s.base = Default::default();
                }
            });
            s.load(r.map_err(resources::LoadError::Value), |e| matches!(e, resources::LoadError::Value(_)));
        });
        self.refresh();
    }

    /// The configuration in force.
    #[wasm_bindgen(getter, unchecked_return_type = "ResourceConfig | null")]
    pub fn config(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.config))
    }

    /// Replaces the configuration (`null`: the seed's defaults); invalid configuration is shown
    /// and ignored.
    #[wasm_bindgen(setter)]
    pub fn set_config(&self, #[wasm_bindgen(unchecked_param_type = "ResourceConfig | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the configuration", "indstillingerne", jobspor_core::resources::parse_config);
        self.shared.apply(true, move |s| {
            let r = parsed.map(|c| s.config = c.unwrap_or_default());
            s.load(r.map_err(resources::LoadError::Config), |e| matches!(e, resources::LoadError::Config(_)));
        });
        self.refresh();
    }
}

crate::element::element! {
    /// The Rust side of `<jobspor-openings>`.
    OpeningsElement(OpeningsApp, OpeningsState, OpeningsMsg), result: "OpeningsResult | null"
}
use openings_view::{Msg as OpeningsMsg, OpeningsApp};

#[wasm_bindgen]
impl OpeningsElement {
    /// The list (a plain object in the `OpeningsList` contract).
    #[wasm_bindgen(getter, unchecked_return_type = "OpeningsList | null")]
    pub fn value(&self) -> JsValue {
        self.shared.read_js(|s| s.list_json())
    }

    /// Replaces the list (`null`: empty) – no `change` event for it. Invalid input keeps the
    /// list and shows the error.
    #[wasm_bindgen(setter)]
    pub fn set_value(&self, #[wasm_bindgen(unchecked_param_type = "OpeningsList | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the list", "listen", jobspor_core::openings::parse_openings);
        self.shared.apply(true, move |s| {
            let e = match parsed {
                Ok(l) => {
                    s.set_list(l.unwrap_or_default());
                    None
                }
                Err(e) => Some(openings::LoadError::List(e)),
            };
            s.ui.set_error(|e| matches!(e, openings::LoadError::List(_)), e);
        });
        self.refresh();
    }

    /// The host's configuration in force.
    #[wasm_bindgen(getter, unchecked_return_type = "OpeningsConfig | null")]
    pub fn config(&self) -> JsValue {
        self.shared.read_js(|s| to_json(&s.config))
    }

    /// Replaces the configuration (`null`: the seed's defaults); invalid configuration is shown
    /// and ignored. Its `today` is ignored: the attribute gives it.
    #[wasm_bindgen(setter)]
    pub fn set_config(&self, #[wasm_bindgen(unchecked_param_type = "OpeningsConfig | string | null | undefined")] value: JsValue) {
        let parsed = parse_js(&value, "the configuration", "indstillingerne", jobspor_core::openings::parse_config);
        self.shared.apply(true, move |s| {
            let e = match parsed {
                Ok(c) => {
                    s.config = c.unwrap_or_default();
                    None
                }
                Err(e) => Some(openings::LoadError::Config(e)),
            };
            s.ui.set_error(|e| matches!(e, openings::LoadError::Config(_)), e);
        });
        self.refresh();
    }

    /// The current openings as the ABC plan's demand data (`config.demand`), or `null` when the
    /// list has no region.
    #[wasm_bindgen(getter, unchecked_return_type = "Record<string, Record<string, Demand>> | null")]
    pub fn demand(&self) -> JsValue {
        self.shared.read_js(|s| s.demand().map_or_else(|_| "null".into(), |d| to_json(&d)))
    }

    /// `demand` is read-only; setting it is ignored.
    #[wasm_bindgen(setter)]
    pub fn set_demand(&self, #[wasm_bindgen(unchecked_param_type = "unknown")] _value: JsValue) {}
}

/// The stylesheet of `<jobspor-resources>` and `<jobspor-openings>`, appended to the widgets'
/// shared one in this module's build only.
pub const CSS: &str = include_str!("numbers.css");

/// What a view function needs: the state, its words, the language, the app's scope.
pub struct V<'a, S: crate::element::View> { pub s: &'a S, pub l: &'static labels::Labels, pub lang: Lang, pub link: &'a yew::html::Scope<crate::element::App<S>> }

/// Replaces the error of the same kind in `errors` (`None`: removes it).
pub fn set_error<E>(errors: &mut Vec<E>, same: fn(&E) -> bool, e: Option<E>) {
    errors.retain(|x| !same(x));
    errors.extend(e);
}

/// A number in the widget's language (decimal comma in Danish).
pub fn num_da(x: f64, lang: Lang) -> String {
    match lang {
        Lang::Da => jobspor_core::common::fmt_da(x),
        Lang::En => jobspor_core::common::fmt_num(x),
    }
}

/// A property's error at the top of a widget.
fn error_banner(title: &str, e: &InputError, lang: Lang) -> Html {
    let msg = if lang == Lang::Da { &e.message_da } else { &e.message };
    html! {
        <p class="error banner" role="alert"><strong>{ title.to_string() }{ ": " }</strong>
            if !e.path.is_empty() { <code>{ e.path.clone() }</code>{ ": " } }
            { msg.clone() }
        </p>
    }
}

/// The core's findings: severity, code, message and fix.
fn findings_list(title: &str, fix: &str, findings: &[Finding], lang: Lang, id: &str) -> Html {
    let words = lang.labels();
    html! {
        <div class="nr-remarks" id={id.to_string()}>
            <h4 id={format!("{id}-h")}>{ format!("{title} ({})", findings.len()) }</h4>
            <ul class="list">
                { for findings.iter().map(|f| {
                    let (sev, word) = match f.severity {
                        Severity::Error => ("sev-error", words.sev_error),
                        Severity::Warning => ("sev-warning", words.sev_warning),
                        Severity::Info => ("sev-info", words.sev_info),
                    };
                    html! {
                        <li class={classes!("finding", sev)} data-code={f.code.clone()} data-path={f.path.clone()}>
                            <p><span class="tag">{ word }</span>{ " " }<span class="code">{ f.code.clone() }</span>{ " " }{ lang.text(&f.message).to_string() }</p>
                            <p class="fix"><strong>{ fix.to_string() }</strong>{ " " }{ lang.text(&f.fix).to_string() }</p>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// Offers `text` as a file download (a Blob URL on a temporary link); nothing leaves the
/// browser. A no-op outside a browser.
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let go = || -> Option<()> {
        let global = js_sys::global();
        let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
        let opts = js_sys::Object::new();
        js_sys::Reflect::set(&opts, &"type".into(), &mime.into()).ok()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob_ctor: js_sys::Function = get(&global, "Blob")?.dyn_into().ok()?;
        let blob = js_sys::Reflect::construct(&blob_ctor, &js_sys::Array::of2(&parts, &opts)).ok()?;
        let url_obj = get(&global, "URL")?;
        let create: js_sys::Function = get(&url_obj, "createObjectURL")?.dyn_into().ok()?;
        let url = create.call1(&url_obj, &blob).ok()?;
        let document: web_sys::Document = get(&global, "document")?.dyn_into().ok()?;
        let a = document.create_element("a").ok()?;
        a.set_attribute("href", &url.as_string()?).ok()?;
        a.set_attribute("download", name).ok()?;
        a.dyn_into::<web_sys::HtmlElement>().ok()?.click();
        // The link was clicked synchronously; the URL is freed on the next download's turn.
        LAST_URL.with(|last| {
            if let Some(old) = last.replace(Some(url)) {
                if let Ok(revoke) = get(&url_obj, "revokeObjectURL").unwrap_or(JsValue::UNDEFINED).dyn_into::<js_sys::Function>() {
                    let _ = revoke.call1(&url_obj, &old);
                }
            }
        });
        Some(())
    };
    let _ = go();
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LAST_URL: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_name: &str, _mime: &str, _text: &str) {}
