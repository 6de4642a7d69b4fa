//! What every widget's element has in common: the state shared by the element handle (the
//! `#[wasm_bindgen]` class the JS shim drives) and the Yew app, the `result` event, mounting the
//! app into the shadow root, and JS ↔ JSON conversions that never throw.

use std::cell::RefCell;
use std::rc::Rc;

use jobspor_core::InputError;
use wasm_bindgen::JsValue;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, BaseComponent};

/// A widget's state, as far as the shared plumbing needs it.
pub trait WidgetState: Default {
    /// Checks again; returns the new `result` detail (JSON text) when it changed.
    fn recompute(&mut self) -> Option<String>;
    /// The current `result` detail (JSON text).
    fn detail(&self) -> &str;
}

/// The state shared by the element handle and the Yew component.
pub struct Shared<S> {
    pub state: RefCell<S>,
    /// The custom element, for dispatching `result` events (`None` in native tests).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub host: Option<web_sys::HtmlElement>,
}

impl<S: WidgetState> Shared<S> {
    pub fn new(host: Option<web_sys::HtmlElement>) -> Self {
        Shared { state: RefCell::new(S::default()), host }
    }

    /// Changes the state; with `recheck`, checks again and, when the result changed, dispatches a
    /// `result` event (after the state is released, so listeners may read or set properties).
    /// Returns false when the state was busy (a re-entrant call).
    pub fn apply(&self, recheck: bool, f: impl FnOnce(&mut S)) -> bool {
        let detail = {
            let Ok(mut s) = self.state.try_borrow_mut() else {
                return false;
            };
            f(&mut s);
            if recheck {
                s.recompute()
            } else {
                None
            }
        };
        if let Some(d) = detail {
            self.dispatch(&d);
        }
        true
    }

    /// A new state with the component `C` rendered into the element's shadow root; the first
    /// result is announced.
    #[cfg_attr(not(feature = "abc"), allow(dead_code))]
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
    #[cfg_attr(not(feature = "abc"), allow(dead_code))]
    pub fn read_js(&self, f: impl FnOnce(&S) -> String) -> JsValue {
        self.state.try_borrow().map_or(JsValue::NULL, |s| json_js(&f(&s)))
    }

    /// Dispatches the current result as a `result` event.
    pub fn announce(&self) {
        let detail = match self.state.try_borrow() {
            Ok(s) => s.detail().to_string(),
            Err(_) => return,
        };
        self.dispatch(&detail);
    }

    #[cfg(target_arch = "wasm32")]
    fn dispatch(&self, detail_json: &str) {
        let Some(host) = &self.host else { return };
        let detail = js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL);
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("result", &init) {
            let _ = host.dispatch_event(&event);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn dispatch(&self, _detail_json: &str) {}
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

/// A JS value (object or JSON text) as JSON text; `None` for `null`/`undefined`.
#[cfg_attr(not(any(feature = "cv", feature = "track")), allow(dead_code))]
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
#[cfg_attr(not(any(feature = "cv", feature = "track")), allow(dead_code))]
pub fn json_js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}
