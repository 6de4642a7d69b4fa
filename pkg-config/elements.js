// Shared by the package's entry points (jobspor.js, smart.js, …): the loader of an entry's
// WebAssembly module (`ready`, `load` and the API functions), the custom-element class that
// forwards its lifecycle to a Rust widget, and the shared constructable stylesheet.
//
// No top-level await, and nothing here touches `customElements`, `HTMLElement`, `document` or
// `fetch` at import time: an entry can be imported by a bundler that targets old browsers, by
// Angular's zone.js, by `require` of a bundle, or on a server without a DOM (where the elements
// are not defined and the functions work once the module is loaded). See docs/embedding.md.

import { current, isTrap, recoverable, track, trapped, widgetClass } from './recovery.js';
export { recoverable } from './recovery.js';

/** True when a result is an input error (`{error: "invalid_input", path, message, message_da}`). */
export function isInputError(r) {
  return r !== null && typeof r === 'object' && r.error === 'invalid_input';
}

// Node (or another server runtime with `process`) and no DOM: the .wasm is read from disk.
const onServer = typeof document === 'undefined' && typeof process === 'object' && !!process?.versions?.node;
// A browser window or worker: the .wasm starts loading when the entry is imported.
const inBrowser = typeof document !== 'undefined' || typeof WorkerGlobalScope !== 'undefined';

async function readFromDisk(url) {
  // Hidden from bundlers (a browser build never runs this line).
  const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ ['node', 'fs'].join(':'));
  return fs.readFileSync(url);
}

/**
 * The loader of one entry's WebAssembly module (`wasm`, wasm-bindgen's JS with `initSync`;
 * `init` its default export; `url()` the .wasm next to the entry). Returns
 * - `ready`: a promise that resolves once the module is instantiated (it rejects if the first
 *   attempt fails; `load()` tries again);
 * - `load(source?)`: starts loading if it hasn't (a URL/Response/path: fetched; bytes or a
 *   `WebAssembly.Module`: instantiated synchronously, so the functions work when it returns)
 *   and returns a promise of the module being ready;
 * - `isReady()`; `whenReady(fn)`: runs `fn` once the module is ready, before `ready` resolves;
 * - `api(name)`: the function `name` of the module, which throws a clear error when called
 *   before the module is ready.
 */
export function wasmLoader(wasm, init, url) {
  let done = false;
  let attempt = null;
  let settle;
  const ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
  ready.catch(() => {}); // nobody has to await it: no unhandled rejection
  // Elements waiting for the module mount before `ready` resolves: after `await ready`, every
  // connected element has rendered (and read its attributes, properties and stored draft).
  const waiting = [];
  const finish = () => {
    done = true;
    // After a trap (recovery.js): a fresh copy of the glue next to the .wasm, instantiated again.
    // Where a bundler renamed the files the glue can't be found again and recovery is skipped.
    if (inBrowser) {
      const wasmUrl = String(url());
      const glue = wasmUrl.replace(/_bg\.wasm$/, '.js');
      if (glue !== wasmUrl) recoverable(wasm, (n) => import(/* webpackIgnore: true */ /* @vite-ignore */ `${glue}?instance=${n}`), wasmUrl);
    }
    for (const mount of waiting.splice(0)) {
      try {
        mount();
      } catch (e) {
        console.error('jobspor: an element could not render', e);
      }
    }
    settle.resolve();
  };
  const whenReady = (mount) => (done ? mount() : waiting.push(mount));
  function load(source) {
    if (done) return ready;
    if (source instanceof ArrayBuffer || ArrayBuffer.isView(source) || source instanceof WebAssembly.Module) {
      try {
        wasm.initSync({ module: source });
      } catch (e) {
        settle.reject(e);
        throw e;
      }
      finish();
      return ready;
    }
    if (!attempt) {
      const from = source ?? url();
      const started = source === undefined && onServer
        ? readFromDisk(from).then((bytes) => wasm.initSync({ module: bytes }))
        : init({ module_or_path: from });
      attempt = started.then(finish, (e) => {
        attempt = null;
        settle.reject(e);
        throw e;
      });
      attempt.catch(() => {});
    }
    return attempt;
  }
  function api(name) {
    return function (...args) {
      if (!done) {
        throw new Error(`jobspor: ${name}() was called before its WebAssembly module was ready – await the entry's \`ready\` promise first`);
      }
      // The module's current instance: after a trap, the fresh one (recovery.js).
      try {
        return current(wasm)[name](...args);
      } catch (e) {
        // A trap in this call: it is thrown to the caller, and the module restarts for the next.
        if (inBrowser && isTrap(e)) trapped(e);
        throw e;
      }
    };
  }
  if (inBrowser) load();
  return { wasm, ready, load, isReady: () => done, whenReady, api };
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

// The languages the widgets speak (`da` also for a region: `da-DK`); any other falls back to Danish.
const LANGS = ['da', 'en'];
const warnedLangs = new Set();

/**
 * The element's language: its own `lang`, else the closest ancestor's (across shadow roots),
 * else `<html lang>`; Danish when none is set. An unsupported language falls back to Danish with
 * one console warning per language.
 */
export function effectiveLang(el) {
  let node = el;
  let lang = null;
  while (node && lang === null) {
    const holder = node.closest?.('[lang]');
    if (holder) lang = holder.getAttribute('lang');
    else node = node.getRootNode?.().host;
  }
  lang = (lang ?? '').trim();
  const primary = lang.toLowerCase().split('-')[0];
  if (lang && !LANGS.includes(primary) && !warnedLangs.has(primary)) {
    warnedLangs.add(primary);
    console.warn(`jobspor: lang="${lang}" is not supported (da, en): <${el.localName}> falls back to Danish (da).`);
  }
  return LANGS.includes(primary) ? primary : 'da';
}

const camel = (attribute) => attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * An attribute that carries a property's value (what React 18 and other attribute-only hosts
 * set): JSON text is parsed; `[object Object]` (an object turned into text) is reported, never
 * passed on silently; other text is passed as it is (the setters take JSON text too).
 */
function fromAttribute(el, name, value) {
  if (/^\[object [A-Za-z]+\]$/.test(value)) {
    console.error(
      `jobspor: <${el.localName} ${name}="${value}">: an object was turned into text and is ignored. ` +
        `Set the ${camel(name)} property instead (React 18: through a ref), or pass JSON text (JSON.stringify).`,
    );
    return undefined;
  }
  if (/^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      // not JSON: the setter reports it in the widget
    }
  }
  return value;
}

/**
 * The custom-element class whose lifecycle is forwarded to a Rust widget class `Widget` of the
 * module behind `loader` (`wasmLoader`), or `undefined` when the module has no such widget.
 * wasm-bindgen cannot subclass HTMLElement, so this small class does it and the Rust side
 * renders Yew into the shadow root once the module is ready. The Rust class has
 * `constructor(host, shadowRoot)`, `attributeChanged(name, value)`, a getter/setter per
 * property, and `free()`.
 * - `attributes`: observed attributes forwarded to the widget;
 * - `properties`: the widget's properties; before the module is ready (or while the element is
 *   detached) they are kept and handed over on mount;
 * - `propertyAttributes`: attributes that set a property (`job-order` → `jobOrder`), for hosts
 *   that can only set attributes.
 * A property set on the element before the class was defined (an own property of the
 * not-yet-upgraded element) is re-applied through the setter when the widget mounts.
 */
export function elementClass(loader, Widget, attributes, properties, propertyAttributes = []) {
  if (!Widget) return undefined;
  const wasm = loader.wasm;
  // Without a DOM (a server) the class still exists, so that `class extends …` in a host's module
  // doesn't throw; it is never defined there.
  const Base = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;
  class JobsporElement extends Base {
    static observedAttributes = [...attributes, ...propertyAttributes];
    // Form-associated: inside a <form>, the element submits its input (the first property, as
    // JSON text) under its `name`, is invalid while its result is or lists an input error, and empties on reset.
    static formAssociated = true;
    #widget = null;
    #pending = new Map();
    // The last state on the JavaScript side (recovery.js): the properties after every change.
    #saved = new Map();
    #internals = null;
    // Above 0 while a setter, an attribute or a mount calls the widget: a `result` then is no edit's.
    #quiet = 0;
    constructor() {
      super();
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
      // A keystroke: Yew applies the edit in a microtask while the `input` event is still on its
      // way out of the shadow root; the edit sends `result` (when the check changed) right away and
      // `jobspor-change` in a microtask; then the `input` reaches the element. The state is saved
      // once per keystroke: two microtasks after the first `result` or `jobspor-change` (after all
      // of the edit is applied), and on `input` only when no save ran since the `input` started.
      let saving = false;
      let savedInInput = false;
      const save = () => {
        if (saving) return;
        saving = true;
        queueMicrotask(() => queueMicrotask(() => {
          saving = false;
          savedInInput = true;
          this.#save();
        }));
      };
      this.addEventListener('result', save);
      this.addEventListener('jobspor-change', save);
      this.addEventListener('input', () => { savedInInput = false; }, { capture: true });
      this.addEventListener('input', () => {
        if (!savedInInput) save();
      });
      this.#internals = this.attachInternals?.() ?? null;
      if (this.#internals) {
        // The form value follows every `result` right away (a host's `result` listener sees it)
        // and every edit's `jobspor-change`, unless that edit's `result` synced it already: an edit
        // sends `result` and queues its `jobspor-change` in one call, and a `result` outside an edit
        // (a property or attribute set, the first render) comes while `#quiet` is above 0.
        let editSynced = false;
        this.addEventListener('result', () => {
          this.#syncForm();
          if (this.#quiet === 0) editSynced = true;
        });
        this.addEventListener('jobspor-change', () => {
          if (editSynced) editSynced = false;
          else this.#syncForm();
        });
      }
    }
    #syncForm() {
      const internals = this.#internals;
      const value = this[properties[0]];
      internals.setFormValue(value === undefined || value === null ? null : JSON.stringify(value));
      // Invalid: the result is an input error, or lists errors (e.g. an invalid `next-meeting`).
      const result = this.result;
      const error = isInputError(result) ? result : Array.isArray(result?.errors) ? result.errors[0] : undefined;
      if (error) {
        internals.setValidity({ customError: true }, String(error.message_da ?? error.message ?? error));
      } else {
        internals.setValidity({});
      }
    }
    /** The <form> the element belongs to (null outside one). */
    get form() {
      return this.#internals?.form ?? null;
    }
    formResetCallback() {
      this[properties[0]] = null;
    }
    connectedCallback() {
      if (this.#widget) return;
      if (loader.isReady()) {
        this.#mount();
        return;
      }
      loader.whenReady(() => {
        if (this.isConnected && !this.#widget) this.#mount();
      });
      loader.load().catch((e) => console.error(`jobspor: <${this.localName}> could not load its WebAssembly module`, e));
    }
    // Calls `f` as a setter, an attribute or a mount does: a `result` meanwhile is no edit's.
    #quietly(f) {
      this.#quiet++;
      try {
        return f();
      } finally {
        this.#quiet--;
      }
    }
    #mount(W = widgetClass(wasm, Widget)) {
      this.#quietly(() => this.#mountQuietly(W));
    }
    #mountQuietly(W) {
      track(wasm, this);
      this.shadowRoot.adoptedStyleSheets = [styles(wasm)];
      this.#widget = new W(this, this.shadowRoot);
      this.#widget.attributeChanged('lang', effectiveLang(this));
      for (const name of attributes) {
        if (name !== 'lang' && this.hasAttribute(name)) this.#widget.attributeChanged(name, this.getAttribute(name));
      }
      for (const [name, value] of this.#pending) this.#widget[name] = value;
      this.#pending.clear();
      // Properties set before the element was upgraded shadow the class's accessors: move them
      // onto the widget (the upgrade-property pattern).
      const proto = Object.getPrototypeOf(this);
      for (const name of Object.keys(this)) {
        if (name in proto) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
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
      if (propertyAttributes.includes(name)) {
        if (value === null) return;
        const v = fromAttribute(this, name, value);
        if (v !== undefined) this[camel(name)] = v;
        return;
      }
      // `lang` removed or changed: the inherited or own language, resolved (and warned about) here.
      this.#quietly(() => this.#widget?.attributeChanged(name, name === 'lang' ? effectiveLang(this) : value));
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
      this.#quietly(() => {
        try {
          this.#widget[name] = value;
        } catch (e) {
          if (!isTrap(e)) throw e;
          trapped(e); // re-mounted with the value just set
        }
      });
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
  return JobsporElement;
}

/** Defines `tag` as `Class` unless there is no DOM, no class, or the tag is taken; returns `Class`. */
export function define(tag, Class) {
  if (Class && typeof customElements !== 'undefined' && !customElements.get(tag)) {
    customElements.define(tag, Class);
  }
  return Class;
}

/**
 * The earlier form (kept for code that calls it): defines `tag` for `Widget` of a module that is
 * already initialised.
 */
export function defineElement(wasm, tag, Widget, attributes, properties) {
  const loader = { wasm, isReady: () => true, whenReady: (f) => f(), load: () => Promise.resolve() };
  define(tag, elementClass(loader, Widget, attributes, properties));
}
