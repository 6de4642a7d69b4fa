// Jobspor: the package entry. One <script type="module" src=".../jobspor.js"> defines the
// custom elements and exports the JavaScript API. Nothing here makes a network request except
// loading the package's own .wasm file from next to this script; nothing is stored.
import init, * as wasm from './jobspor_wasm.js';

await init({ module_or_path: new URL('./jobspor_wasm_bg.wasm', import.meta.url) });

export const { checkCv, cvRules, cvRule, cvModules, version } = wasm;

/** True when a result is an input error (`{error: "invalid_input", path, message, message_da}`). */
export function isInputError(r) {
  return r !== null && typeof r === 'object' && r.error === 'invalid_input';
}

// One constructable stylesheet shared by every widget's shadow root: no inline styles, so the
// widgets work under a strict Content-Security-Policy (style-src 'self').
let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(wasm.widgetCss());
  }
  return sheet;
}

/**
 * Defines a custom element whose lifecycle is forwarded to a Rust widget class.
 * wasm-bindgen cannot subclass HTMLElement, so this small class does it and the Rust side
 * renders Yew into the shadow root. The Rust class has `constructor(host, shadowRoot)`,
 * `attributeChanged(name, value)`, a getter/setter per property, and `free()`.
 */
function define(tag, Widget, attributes, properties) {
  if (customElements.get(tag)) return;
  class JobsporElement extends HTMLElement {
    static observedAttributes = attributes;
    #widget = null;
    #pending = new Map();
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styles()];
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

// <jobspor-cv-check>: the CV check with a Jobnet-style form and live results.
//   attributes  lang ("da" default | "en"), mode ("citizen" default | "caseworker");
//   properties  cv (read/write: a plain object in the CV contract; invalid input is shown in the
//               widget, never thrown), options (read/write: CvOptions – weights, thresholds,
//               overrides), result (read-only: the latest result; assigning it is ignored);
//   event       "result" (bubbles, composed) after every change; detail = the result plus
//               `overrides` (the caseworker's, with reasons) and `mode`; overridden findings stay
//               in `findings` with `overridden` set to the reason.
define('jobspor-cv-check', wasm.CvCheckElement, ['lang', 'mode'], ['cv', 'options', 'result']);
