//! The widget kit: what every widget's element has in common – the [`Widget`] trait a widget's
//! state implements, the [`element!`] macro that writes the `#[wasm_bindgen]` class the JS shim
//! drives (constructor, `attributeChanged`, the read-only `result` property), the state shared by
//! that class and the Yew app, the `result` event, mounting the app into the shadow root, and
//! JS ↔ JSON conversions that never throw. How to add a widget: `docs/widgets.md`.

use std::cell::RefCell;
use std::rc::Rc;

use jobspor_core::InputError;
use wasm_bindgen::JsValue;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, BaseComponent};

use crate::i18n::Lang;

/// A widget's state, as far as the kit needs it.
pub trait Widget: Default + 'static {
    /// The attributes the element observes, `lang` included (the shim's `observedAttributes`;
    /// a test checks that both lists agree).
    const ATTRIBUTES: &'static [&'static str];
    /// Sets the UI language (the `lang` attribute); never checks again.
    fn set_lang(&mut self, lang: Lang);
    /// An observed attribute other than `lang` changed (`None`: removed); the kit checks again
    /// afterwards.
    fn set_attr(&mut self, _name: &str, _value: Option<&str>) {}
    /// Checks the current input; returns the `result` detail (JSON text).
    fn check(&mut self) -> String;
    /// The latest `result` detail (JSON text), as kept by [`Widget::recompute`].
    fn detail_mut(&mut self) -> &mut String;
    /// The latest `result` detail (JSON text).
    fn detail(&self) -> &str;
    /// An event to dispatch after the `result` event of this change, taken: `(type, detail
    /// JSON)` – e.g. the openings widget's `change` with the list the user edited. Default none.
    fn take_event(&mut self) -> Option<(&'static str, String)> {
        None
    }
    /// Checks again; returns the new `result` detail when it changed.
    fn recompute(&mut self) -> Option<String> {
        let detail = self.check();
        let kept = self.detail_mut();
        (detail != *kept).then(|| {
            kept.clone_from(&detail);
            detail
        })
    }
}

/// The kit's trait under its first name.
pub use self::Widget as WidgetState;

/// Writes a widget's `#[wasm_bindgen]` element class: a struct holding the shared state and the
/// mounted Yew app, with the constructor the shim calls with the host element and its shadow
/// root, `attributeChanged` (`lang` sets the language; the other [`Widget::ATTRIBUTES`] go to
/// [`Widget::set_attr`] and check again), the read-only `result` property typed `$result` in
/// TypeScript, and a private `refresh()` (render again after a change from outside). The
/// widget's JSON properties may follow after a `;`, as [`json_properties!`] takes them; its other
/// properties go in a second `#[wasm_bindgen] impl` block.
///
/// ```ignore
/// crate::element::element! {
///     /// The Rust side of `<jobspor-job-order>`.
///     JobOrderElement(JobOrderApp, State, Msg), result: "JobOrderResult | null"
/// }
/// ```
macro_rules! element {
    ($(#[$attr:meta])* $name:ident($app:ident, $state:ty, $msg:ident), result: $result:tt; $($properties:tt)+) => {
        $crate::element::element!($(#[$attr])* $name($app, $state, $msg), result: $result);
        $crate::element::json_properties!($name { $($properties)+ });
    };
    ($(#[$attr:meta])* $name:ident($app:ident, $state:ty, $msg:ident), result: $result:tt) => {
        $(#[$attr])*
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub struct $name {
            shared: std::rc::Rc<$crate::element::Shared<$state>>,
            app: $crate::element::Mounted<$app>,
        }

        #[wasm_bindgen::prelude::wasm_bindgen]
        impl $name {
            /// Renders the widget into `root` (the element's shadow root).
            #[wasm_bindgen(constructor)]
            pub fn new(host: web_sys::HtmlElement, root: web_sys::ShadowRoot) -> $name {
                let (shared, app) = $crate::element::Shared::mount(host, &root);
                $name { shared, app }
            }

            /// Called by the shim when an observed attribute changes.
            #[wasm_bindgen(js_name = attributeChanged)]
            pub fn attribute_changed(&self, name: String, value: Option<String>) {
                if self.shared.attribute_changed(&name, value.as_deref()) {
                    self.refresh();
                }
            }

            /// The latest result (the `result` event's detail).
            #[wasm_bindgen(getter, unchecked_return_type = $result)]
            pub fn result(&self) -> wasm_bindgen::JsValue {
                self.shared.result_js()
            }

            /// `result` is read-only; setting it (the shim does when an element is re-attached)
            /// is ignored.
            #[wasm_bindgen(setter)]
            pub fn set_result(&self, #[wasm_bindgen(unchecked_param_type = "unknown")] _value: wasm_bindgen::JsValue) {}
        }

        impl $name {
            /// Renders again (the state changed from outside: a property or attribute).
            #[allow(dead_code)]
            fn refresh(&self) {
                self.app.send($msg::Refresh);
            }
        }
    };
}
pub(crate) use element;

/// Writes an element's JSON properties in one `#[wasm_bindgen] impl` block: for each, a getter
/// typed `$get_ts` in TypeScript that returns the JSON text `$read` takes from the state as a
/// plain JS value, and a setter typed `$set_ts` that parses the value with `$parse` (a JS object
/// or JSON text; `null`/`undefined` give `Ok(None)`; an error names the field under the noun
/// `$en`/`$da`), changes the state, checks again and renders. The setter's change is one of:
///
/// - `|s, v| EXPR; clears FIELD;` – a value read runs `EXPR` (the value is `v`) and clears the
///   read error the state shows in `FIELD`; an error goes to `FIELD`;
/// - `|s, v| EXPR; keeps FIELD;` – the same, but a value read leaves a shown error as it is;
/// - `|s, parsed| EXPR;` – `EXPR` takes the whole `Result` (the widget shows errors its own way).
///
/// ```ignore
/// crate::element::json_properties! {
///     PlanElement {
///         /// Min Plan.
///         value: "MinPlan | null" = |s| to_json(&s.plan);
///         /// Replaces the plan.
///         set_value: "MinPlan | string | null | undefined" = ("the plan", "planen", parse_plan) |s, p| s.plan = p.unwrap_or_default(); clears load_error;
///     }
/// }
/// ```
#[allow(unused_macros)] // a build with only the CV or SMART widget has no JSON properties
macro_rules! json_properties {
    ($name:ident { $($props:tt)* }) => {
        $crate::element::json_properties!(@ $name [] $($props)*);
    };
    (@ $name:ident [$($done:tt)*]) => {
        #[wasm_bindgen::prelude::wasm_bindgen]
        impl $name {
            $($done)*
        }
    };
    (@ $name:ident [$($done:tt)*] $(#[$get_attr:meta])* $get:ident: $get_ts:literal = |$r:ident| $read:expr;
        $(#[$set_attr:meta])* $set:ident: $set_ts:literal = ($en:literal, $da:literal, $parse:expr) |$s:ident, $v:ident| $apply:expr; clears $error:ident;
        $($rest:tt)*) => {
        $crate::element::json_properties!(@ $name [$($done)*]
            $(#[$get_attr])* $get: $get_ts = |$r| $read;
            $(#[$set_attr])* $set: $set_ts = ($en, $da, $parse) |$s, parsed| match parsed {
                Ok($v) => {
                    $apply;
                    $s.$error = None;
                }
                Err(e) => $s.$error = Some(e),
            };
            $($rest)*);
    };
    (@ $name:ident [$($done:tt)*] $(#[$get_attr:meta])* $get:ident: $get_ts:literal = |$r:ident| $read:expr;
        $(#[$set_attr:meta])* $set:ident: $set_ts:literal = ($en:literal, $da:literal, $parse:expr) |$s:ident, $v:ident| $apply:expr; keeps $error:ident;
        $($rest:tt)*) => {
        $crate::element::json_properties!(@ $name [$($done)*]
            $(#[$get_attr])* $get: $get_ts = |$r| $read;
            $(#[$set_attr])* $set: $set_ts = ($en, $da, $parse) |$s, parsed| match parsed {
                Ok($v) => $apply,
                Err(e) => $s.$error = Some(e),
            };
            $($rest)*);
    };
    (@ $name:ident [$($done:tt)*] $(#[$get_attr:meta])* $get:ident: $get_ts:literal = |$r:ident| $read:expr;
        $(#[$set_attr:meta])* $set:ident: $set_ts:literal = ($en:literal, $da:literal, $parse:expr) |$s:ident, $parsed:ident| $apply:expr;
        $($rest:tt)*) => {
        $crate::element::json_properties!(@ $name [$($done)*
            $(#[$get_attr])*
            #[wasm_bindgen(getter, unchecked_return_type = $get_ts)]
            pub fn $get(&self) -> wasm_bindgen::JsValue {
                self.shared.read_js(|$r| $read)
            }

            $(#[$set_attr])*
            #[wasm_bindgen(setter)]
            pub fn $set(&self, #[wasm_bindgen(unchecked_param_type = $set_ts)] value: wasm_bindgen::JsValue) {
                let $parsed = $crate::element::parse_js(&value, $en, $da, $parse);
                self.shared.apply(true, move |$s| $apply);
                self.refresh();
            }
        ] $($rest)*);
    };
}
#[allow(unused_imports)]
pub(crate) use json_properties;

/// Inside `impl Widget for State`: `set_lang`, `detail` and `detail_mut` for a state with the
/// fields `lang: Lang` and `detail: String`.
macro_rules! lang_and_detail {
    () => {
        fn set_lang(&mut self, lang: $crate::i18n::Lang) {
            self.lang = lang;
        }
        fn detail_mut(&mut self) -> &mut String {
            &mut self.detail
        }
        fn detail(&self) -> &str {
            &self.detail
        }
    };
}
pub(crate) use lang_and_detail;

/// The state shared by the element handle and the Yew component.
pub struct Shared<S> {
    pub state: RefCell<S>,
    /// The custom element, for dispatching `result` events (`None` in native tests).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub host: Option<web_sys::HtmlElement>,
}

impl<S: Widget> Shared<S> {
    pub fn new(host: Option<web_sys::HtmlElement>) -> Self {
        Shared { state: RefCell::new(S::default()), host }
    }

    /// Changes the state; with `recheck`, checks again and, when the result changed, dispatches a
    /// `result` event (after the state is released, so listeners may read or set properties).
    /// Returns false when the state was busy (a re-entrant call).
    pub fn apply(&self, recheck: bool, f: impl FnOnce(&mut S)) -> bool {
        let (detail, event) = {
            let Ok(mut s) = self.state.try_borrow_mut() else {
                return false;
            };
            f(&mut s);
            let detail = if recheck { s.recompute() } else { None };
            (detail, s.take_event())
        };
        if let Some(d) = detail {
            self.dispatch(&d);
        }
        if let Some((kind, d)) = event {
            self.dispatch_as(kind, &d);
        }
        true
    }

    /// An attribute changed: `lang` sets the language, another of [`Widget::ATTRIBUTES`] goes to
    /// [`Widget::set_attr`] and checks again. False for an attribute the widget doesn't observe.
    pub fn attribute_changed(&self, name: &str, value: Option<&str>) -> bool {
        if name == "lang" {
            self.apply(false, |s| s.set_lang(Lang::from_attr(value)));
        } else if S::ATTRIBUTES.contains(&name) {
            self.apply(true, |s| s.set_attr(name, value));
        } else {
            return false;
        }
        true
    }

    /// A new state with the component `C` rendered into the element's shadow root; the first
    /// result is announced.
    pub fn mount<C>(host: web_sys::HtmlElement, root: &ShadowRoot) -> (Rc<Self>, Mounted<C>)
    where
        S: 'static,
        C: BaseComponent<Properties = Props<S>>,
    {
        let shared = Rc::new(Shared::new(Some(host)));
        let app = Mounted::new(root, Props { shared: shared.clone() });
        shared.announce();
        (shared, app)
    }

    /// A getter's value: the JSON text `f` reads from the state, as a plain JS value (`null`
    /// while the state is busy, e.g. read from a `result` listener during a change).
    #[cfg_attr(not(any(feature = "cv", feature = "track", feature = "abc", feature = "joborder", feature = "numbers")), allow(dead_code))]
    pub fn read_js(&self, f: impl FnOnce(&S) -> String) -> JsValue {
        self.state.try_borrow().map_or(JsValue::NULL, |s| json_js(&f(&s)))
    }

    /// The `result` property: the latest detail as a plain JS value (`null` while busy).
    pub fn result_js(&self) -> JsValue {
        self.state.try_borrow().map_or(JsValue::NULL, |s| json_js(s.detail()))
    }

    /// Dispatches the current result as a `result` event.
    pub fn announce(&self) {
        let detail = match self.state.try_borrow() {
            Ok(s) => s.detail().to_string(),
            Err(_) => return,
        };
        self.dispatch(&detail);
    }

    /// `result` right away and `jobspor-result` in a microtask, with the same detail.
    fn dispatch(&self, detail_json: &str) {
        self.dispatch_as("result", detail_json);
    }

    /// Dispatches an event of this type (bubbles, composed) with the JSON as its `detail`; a
    /// `result` is followed by `jobspor-result` in a microtask, with the same detail.
    #[cfg(target_arch = "wasm32")]
    fn dispatch_as(&self, kind: &str, detail_json: &str) {
        let Some(host) = &self.host else { return };
        let detail = js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL);
        fire(host, kind, &detail);
        if kind == "result" {
            fire_later(host, "jobspor-result", detail);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn dispatch_as(&self, _kind: &str, _detail_json: &str) {}

    /// The user edited the widget: `jobspor-change` in a microtask, with the latest result.
    pub fn edited(&self) {
        #[cfg(target_arch = "wasm32")]
        if let Some(host) = &self.host {
            fire_later(host, "jobspor-change", self.result_js());
        }
    }
}

/// Dispatches a bubbling, composed `CustomEvent` `name` with `detail` on the element.
#[cfg(target_arch = "wasm32")]
fn fire(host: &web_sys::HtmlElement, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// [`fire`] in a microtask: after the setter or input handler that caused it has returned.
#[cfg(target_arch = "wasm32")]
fn fire_later(host: &web_sys::HtmlElement, name: &'static str, detail: JsValue) {
    use wasm_bindgen::JsCast;
    let host = host.clone();
    let f = wasm_bindgen::closure::Closure::once_into_js(move || fire(&host, name, &detail));
    queue_microtask(f.unchecked_ref());
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = queueMicrotask)]
    fn queue_microtask(f: &js_sys::Function);
}

/// A widget component's properties: the state shared with the element handle.
#[derive(yew::Properties)]
pub struct Props<S: 'static> {
    pub shared: Rc<Shared<S>>,
}

impl<S> Clone for Props<S> {
    fn clone(&self) -> Self {
        Props { shared: self.shared.clone() }
    }
}

impl<S> PartialEq for Props<S> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.shared, &other.shared)
    }
}

/// A change to a widget's state, sent as a message to its component.
pub type Edit<S> = Box<dyn FnOnce(&mut S)>;

/// How a widget renders its state (the kit's [`App`] calls it).
pub trait View: Widget {
    /// The widget's markup; `root` goes on its outer element (focus and selects are found
    /// below it after each render).
    fn view(&self, root: &yew::NodeRef, link: &yew::html::Scope<App<Self>>) -> yew::Html;
    /// The id (or path) of the field to focus after the next render, taken.
    fn take_focus(&mut self) -> Option<String> {
        None
    }
    /// [`Msg::Focus`]: moves focus to the field of a finding's path. A widget with "go to the
    /// field" buttons sets it to `crate::dom::focus_path` (a hook, so that the others' modules
    /// don't carry the code).
    const FOCUS: fn(&Element, &str) = |_, _| {};
    /// [`Msg::Print`]: a widget with a print button sets it to `crate::dom::print`.
    const PRINT: fn() = || {};
    /// After each render, make every `<select data-value>` show its value (`dom::sync_selects`);
    /// false for a widget without such selects.
    const SYNC_SELECTS: bool = true;
    /// After a render that asked for focus: `dom::focus_id` (a section's first control, opening
    /// `<details>`); a widget whose ids are all controls may use the plain `dom::focus_element`.
    const FOCUS_AFTER_RENDER: fn(&Element, &str) = |root, id| {
        crate::dom::focus_id(root, id);
    };
    /// Listen for the window's `storage` events (another tab or window changed `localStorage`)
    /// while mounted: each calls [`View::storage_changed`] with the key (`None`: storage was
    /// cleared) and renders again (no re-check).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    const WATCH_STORAGE: bool = false;
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn storage_changed(&mut self, _key: Option<&str>) {}
}

/// A message to a widget's app (each widget sends the variants it needs).
#[allow(dead_code)]
pub enum Msg<S> {
    /// The state was changed from outside (a property or attribute): render again.
    Refresh,
    /// Change the input: check again.
    Edit(Edit<S>),
    /// Change UI state only.
    Ui(Edit<S>),
    /// Move focus to the field of a finding's path.
    Focus(String),
    /// Open the browser's print dialog.
    Print,
}

/// Every widget's Yew component: renders [`View::view`] of the shared state and applies the
/// messages; after each render, syncs the selects and moves focus where the state asks.
pub struct App<S> {
    root: yew::NodeRef,
    state: std::marker::PhantomData<S>,
    /// The `storage` listener of a widget with [`View::WATCH_STORAGE`] (removed on destroy).
    #[cfg(target_arch = "wasm32")]
    storage: Option<wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>>,
}

/// The window (the global object) as an event target.
#[cfg(target_arch = "wasm32")]
fn global_target() -> web_sys::EventTarget {
    use wasm_bindgen::JsCast;
    js_sys::global().unchecked_into()
}

impl<S: View> yew::Component for App<S> {
    type Message = Msg<S>;
    type Properties = Props<S>;

    fn create(_ctx: &yew::Context<Self>) -> Self {
        #[cfg(target_arch = "wasm32")]
        let storage = S::WATCH_STORAGE.then(|| {
            use wasm_bindgen::JsCast;
            let link = _ctx.link().clone();
            let f = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                let key = js_sys::Reflect::get(&e, &JsValue::from_str("key")).ok().and_then(|k| k.as_string());
                link.send_message(Msg::Ui(Box::new(move |s: &mut S| s.storage_changed(key.as_deref()))));
            });
            let _ = global_target().add_event_listener_with_callback("storage", f.as_ref().unchecked_ref());
            f
        });
        App {
            root: yew::NodeRef::default(),
            state: std::marker::PhantomData,
            #[cfg(target_arch = "wasm32")]
            storage,
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn destroy(&mut self, _ctx: &yew::Context<Self>) {
        use wasm_bindgen::JsCast;
        if let Some(f) = self.storage.take() {
            let _ = global_target().remove_event_listener_with_callback("storage", f.as_ref().unchecked_ref());
        }
    }

    fn update(&mut self, ctx: &yew::Context<Self>, msg: Msg<S>) -> bool {
        let shared = &ctx.props().shared;
        match msg {
            Msg::Refresh => true,
            Msg::Edit(f) => {
                let applied = shared.apply(true, f);
                if applied {
                    shared.edited();
                }
                applied
            }
            Msg::Ui(f) => shared.apply(false, f),
            Msg::Focus(path) => {
                if let Some(root) = self.root.cast::<Element>() {
                    S::FOCUS(&root, &path);
                }
                false
            }
            Msg::Print => {
                S::PRINT();
                false
            }
        }
    }

    fn rendered(&mut self, ctx: &yew::Context<Self>, _first: bool) {
        let focus = ctx.props().shared.state.try_borrow_mut().ok().and_then(|mut s| s.take_focus());
        let Some(root) = self.root.cast::<Element>() else { return };
        if S::SYNC_SELECTS {
            crate::dom::sync_selects(&root);
        }
        if let Some(id) = focus {
            S::FOCUS_AFTER_RENDER(&root, &id);
        }
    }

    fn view(&self, ctx: &yew::Context<Self>) -> yew::Html {
        match ctx.props().shared.state.try_borrow() {
            Ok(s) => s.view(&self.root, ctx.link()),
            Err(_) => yew::Html::default(),
        }
    }
}

/// A Yew app rendered into a `div` in an element's shadow root. Dropping it (JS `free()` on the
/// element handle) destroys the app and removes the `div`.
pub struct Mounted<C: BaseComponent> {
    app: Option<AppHandle<C>>,
    container: Option<Element>,
}

impl<C: BaseComponent> Mounted<C> {
    /// Renders `C` into a new `div` in the shadow root; renders nothing when the DOM refuses.
    pub fn new(root: &ShadowRoot, props: C::Properties) -> Self {
        let container = root.owner_document().and_then(|d| d.create_element("div").ok());
        let app = container
            .as_ref()
            .filter(|div| root.append_child(div).is_ok())
            .map(|div| yew::Renderer::<C>::with_root_and_props(div.clone(), props).render());
        Mounted { app, container }
    }

    /// Sends a message to the app (e.g. "the state changed from outside: render again").
    pub fn send(&self, msg: C::Message) {
        if let Some(app) = &self.app {
            app.send_message(msg);
        }
    }
}

impl<C: BaseComponent> Drop for Mounted<C> {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(div) = self.container.take() {
            div.remove();
        }
    }
}

/// A property's value (object or JSON text) parsed by the core's `parse`; `None` for
/// `null`/`undefined`. `what_en`/`what_da` name the property in the error.
#[cfg_attr(not(any(feature = "cv", feature = "track", feature = "abc", feature = "joborder", feature = "numbers")), allow(dead_code))]
pub fn parse_js<T>(
    value: &JsValue,
    what_en: &str,
    what_da: &str,
    parse: impl FnOnce(&str) -> Result<T, InputError>,
) -> Result<Option<T>, InputError> {
    js_json(value, what_en, what_da).and_then(|j| j.map(|j| parse(&j)).transpose())
}

/// A value as JSON text (`null` if it can't be serialized).
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// A JS value (object or JSON text) as JSON text; `None` for `null`/`undefined`.
#[cfg_attr(not(any(feature = "cv", feature = "track", feature = "abc", feature = "joborder", feature = "numbers")), allow(dead_code))]
pub fn js_json(value: &JsValue, what_en: &str, what_da: &str) -> Result<Option<String>, InputError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(s) = value.as_string() {
        return Ok(Some(s));
    }
    js_sys::JSON::stringify(value).ok().and_then(|s| s.as_string()).map(Some).ok_or_else(|| {
        InputError::new(
            "",
            format!("{what_en} could not be read as JSON (a cycle or a BigInt?)"),
            format!("{what_da} kunne ikke læses som JSON"),
        )
    })
}

/// JSON text as a plain JS value (`null` if it isn't JSON).
pub fn json_js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// A problem with an element's `value` or `config` property, shown at the top of the widget
/// (the resource calculator's and the progression card's).
#[cfg(any(feature = "numbers", feature = "progress"))]
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Value(InputError),
    Config(InputError),
}

#[cfg(test)]
mod tests {
    use super::Widget;

    /// The attribute list the JS shim passes to `defineElement` for `tag` (its first `[...]`
    /// after the tag), from any file in `pkg-config/`.
    fn shim_attributes(tag: &str) -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../pkg-config");
        for entry in std::fs::read_dir(dir).expect("pkg-config/") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "js") {
                continue;
            }
            let js = std::fs::read_to_string(&path).expect("readable");
            let Some(at) = js.find(&format!("'{tag}',")) else { continue };
            let rest = &js[at..];
            let list = &rest[rest.find('[').expect("[") + 1..rest.find(']').expect("]")];
            return list.split(',').map(|a| a.trim().trim_matches('\'').to_string()).filter(|a| !a.is_empty()).collect();
        }
        panic!("no defineElement for {tag} in pkg-config/*.js");
    }

    fn same<S: Widget>(tag: &str) {
        assert_eq!(shim_attributes(tag), S::ATTRIBUTES, "observed attributes of <{tag}>: shim vs Widget::ATTRIBUTES");
        assert_eq!(S::ATTRIBUTES.first(), Some(&"lang"), "<{tag}> observes `lang` first");
    }

    #[test]
    fn every_widget_observes_the_attributes_its_shim_declares() {
        #[cfg(feature = "cv")]
        same::<crate::cv_check::State>("jobspor-cv-check");
        #[cfg(feature = "smart")]
        same::<crate::smart_check::State>("jobspor-smart-check");
        #[cfg(feature = "track")]
        same::<crate::track::State>("jobspor-track");
        #[cfg(feature = "abc")]
        same::<crate::abc_plan::State>("jobspor-abc-plan");
        #[cfg(feature = "joborder")]
        same::<crate::job_order::State>("jobspor-job-order");
        #[cfg(feature = "numbers")]
        same::<crate::numbers::ResourcesState>("jobspor-resources");
        #[cfg(feature = "numbers")]
        same::<crate::numbers::OpeningsState>("jobspor-openings");
        #[cfg(feature = "progress")]
        same::<crate::progress::CardState>("jobspor-progress-card");
        #[cfg(feature = "progress")]
        same::<crate::progress::FollowupState>("jobspor-placement-followup");
        #[cfg(feature = "plan")]
        same::<crate::plan::JoblogState>("jobspor-joblog");
        #[cfg(feature = "plan")]
        same::<crate::plan::PlanState>("jobspor-plan");
    }

    /// A widget whose `set_attr` records what it was given.
    #[derive(Default)]
    struct Probe {
        lang: crate::i18n::Lang,
        detail: String,
        seen: Vec<(String, Option<String>)>,
        checks: usize,
    }

    impl Widget for Probe {
        const ATTRIBUTES: &'static [&'static str] = &["lang", "today"];
        fn set_attr(&mut self, name: &str, value: Option<&str>) {
            self.seen.push((name.into(), value.map(Into::into)));
        }
        fn check(&mut self) -> String {
            self.checks += 1;
            format!("{{\"seen\":{}}}", self.seen.len())
        }
        crate::element::lang_and_detail!();
    }

    #[test]
    fn attributes_reach_the_widget_and_unknown_ones_are_ignored() {
        let shared = super::Shared::<Probe>::new(None);
        assert!(shared.attribute_changed("lang", Some("en")));
        assert!(shared.attribute_changed("today", Some("2026-05-01")));
        assert!(!shared.attribute_changed("style", Some("x")), "not observed");
        let s = shared.state.borrow();
        assert_eq!(s.lang, crate::i18n::Lang::En);
        assert_eq!(s.seen, vec![("today".to_string(), Some("2026-05-01".to_string()))]);
        assert_eq!(s.checks, 1, "`lang` doesn't check again, `today` does");
        assert_eq!(s.detail(), "{\"seen\":1}");
    }

    #[test]
    fn recompute_reports_only_a_changed_detail() {
        let mut p = Probe::default();
        assert_eq!(p.recompute().as_deref(), Some("{\"seen\":0}"));
        assert_eq!(p.recompute(), None, "same detail");
        p.seen.push(("x".into(), None));
        assert_eq!(p.recompute().as_deref(), Some("{\"seen\":1}"));
    }
}
