// Shared by the package's entry points (jobspor.js, smart.js): the custom-element class that
// forwards its lifecycle to a Rust widget, and the shared constructable stylesheet.

import { isTrap, track, trapped, widgetClass } from './recovery.js';
export { recoverable } from './recovery.js';

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
    // The last state on the JavaScript side (recovery.js): the properties after every change.
    #saved = new Map();
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styles(wasm)];
      const save = () => queueMicrotask(() => this.#save());
      this.addEventListener('result', save);
      this.addEventListener('input', save);
    }
    connectedCallback() {
      if (this.#widget) return;
      track(wasm, this);
      this.#mount(widgetClass(wasm, Widget));
    }
    #mount(W) {
      this.#widget = new W(this, this.shadowRoot);
      for (const name of attributes) {
        if (this.hasAttribute(name)) this.#widget.attributeChanged(name, this.getAttribute(name));
      }
      for (const [name, value] of this.#pending) this.#widget[name] = value;
      this.#pending.clear();
    }
    #save() {
      for (const name of properties) {
        if (name === 'result' || !this.#widget) continue;
        try {
          this.#saved.set(name, this.#widget[name]);
        } catch {
          return; // a trapped instance: keep the last good state
        }
      }
    }
    /** recovery.js: the module trapped; mount a fresh widget with the last saved state. */
    _jobsporRemount(original) {
      for (const [name, value] of this.#saved) if (!this.#pending.has(name)) this.#pending.set(name, value);
      this.#widget = null; // the trapped instance is not called again (not even free)
      this.shadowRoot.replaceChildren();
      this.#mount(widgetClass(original, Widget));
    }
    disconnectedCallback() {
      // Keep the widget (and what was typed) when the element is only moved in the DOM.
      queueMicrotask(() => {
        if (!this.isConnected && this.#widget) {
          track(wasm, this, false);
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
      if (name !== 'result') this.#saved.set(name, value);
      if (!this.#widget) {
        this.#pending.set(name, value);
        return;
      }
      try {
        this.#widget[name] = value;
      } catch (e) {
        if (!isTrap(e)) throw e;
        trapped(e); // re-mounted with the value just set
      }
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
