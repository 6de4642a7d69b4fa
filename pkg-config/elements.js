// Shared by the package's entry points (jobspor.js, smart.js): the custom-element class that
// forwards its lifecycle to a Rust widget, and the shared constructable stylesheet.

/** True when a result is an input error (`{error: "invalid_input", path, message, message_da}`). */
export function isInputError(r) {
  return r !== null && typeof r === 'object' && r.error === 'invalid_input';
}

// One constructable stylesheet per module, shared by every shadow root of its widgets: no inline
// styles, so the widgets work under a strict Content-Security-Policy (style-src 'self').
const sheets = new WeakMap();
function styles(wasm) {
  let sheet = sheets.get(wasm);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(wasm.widgetCss());
    sheets.set(wasm, sheet);
  }
  return sheet;
}

/**
 * Defines a custom element whose lifecycle is forwarded to a Rust widget class of `wasm`.
 * wasm-bindgen cannot subclass HTMLElement, so this small class does it and the Rust side
 * renders Yew into the shadow root. The Rust class has `constructor(host, shadowRoot)`,
 * `attributeChanged(name, value)`, a getter/setter per property, and `free()`.
 */
export function defineElement(wasm, tag, Widget, attributes, properties) {
  if (customElements.get(tag)) return;
  class JobsporElement extends HTMLElement {
    static observedAttributes = attributes;
    #widget = null;
    #pending = new Map();
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styles(wasm)];
    }
    connectedCallback() {
      if (this.#widget) return;
      this.#widget = new Widget(this, this.shadowRoot);
      for (const name of attributes) {
        if (this.hasAttribute(name)) this.#widget.attributeChanged(name, this.getAttribute(name));
      }
      for (const [name, value] of this.#pending) this.#widget[name] = value;
      this.#pending.clear();
    }
    disconnectedCallback() {
      // Keep the widget (and what was typed) when the element is only moved in the DOM.
      queueMicrotask(() => {
        if (!this.isConnected && this.#widget) {
          for (const name of properties) this.#pending.set(name, this.#widget[name]);
          this.#widget.free();
          this.#widget = null;
        }
      });
    }
    attributeChangedCallback(name, _old, value) {
      this.#widget?.attributeChanged(name, value);
    }
    _jobsporGet(name) {
      return this.#widget ? this.#widget[name] : this.#pending.get(name);
    }
    _jobsporSet(name, value) {
      if (this.#widget) this.#widget[name] = value;
      else this.#pending.set(name, value);
    }
  }
  for (const name of properties) {
    Object.defineProperty(JobsporElement.prototype, name, {
      get() { return this._jobsporGet(name); },
      set(value) { this._jobsporSet(name, value); },
      configurable: true,
      enumerable: true,
    });
  }
  customElements.define(tag, JobsporElement);
}
