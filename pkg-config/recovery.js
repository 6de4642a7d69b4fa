// Recovery from a trapped WebAssembly module (issue 13). The release build aborts on a panic
// (`panic = "abort"`: unwinding is not available on stable wasm), which traps the module instance
// – every widget sharing it stops. Here a trap (a WebAssembly.RuntimeError: `unreachable`, out of
// bounds, …) that reaches the page – from an event handler, a timer, a promise, or a property set
// on a widget – is caught: each entry's module is instantiated afresh (its glue imported again,
// the .wasm from next to it, as at load), the entries' exported functions (checkCv, …) call the
// fresh instance from then on, and every widget on the page is re-mounted with its last
// state, which the element keeps on the JavaScript side (its properties after every change: what
// the citizen typed). The page logs one console error naming the cause, and each widget fires a
// `jobspor-error` event (bubbles, composed; detail {cause, recovered}) for the host.
// At most MAX_RECOVERIES a page: a module that keeps trapping is left stopped (one more error).

const MAX_RECOVERIES = 5;
/** The entries' modules: original namespace → {load, url, current, elements, generation}. */
const modules = new Map();
let recovering = null;
let recoveries = 0;

/** A trap of a WebAssembly instance (not a JavaScript error). */
export function isTrap(error) {
  return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
}

/**
 * Registers an entry's module: `load(n)` imports a fresh copy of its glue (n counts the
 * re-instantiations), `url` is its .wasm. Called by the generated entries after `init`.
 */
export function recoverable(wasm, load, url) {
  if (!modules.has(wasm)) modules.set(wasm, { load, url, current: wasm, elements: new Set(), generation: 0 });
}

/** The module's current instance: `wasm` itself until a trap, then the fresh copy (the entries'
 * exported functions call through this, so a host's own calls work after a recovery). */
export function current(wasm) {
  return modules.get(wasm)?.current ?? wasm;
}

/** The widget class to mount now: `Widget` of the module's current instance. */
export function widgetClass(wasm, Widget) {
  const m = modules.get(wasm);
  if (!m || m.current === wasm) return Widget;
  const name = Object.keys(wasm).find((k) => wasm[k] === Widget);
  return (name && m.current[name]) || Widget;
}

/** An element mounted on (or leaving) `wasm`'s module. */
export function track(wasm, element, on = true) {
  const m = modules.get(wasm);
  if (m) on ? m.elements.add(element) : m.elements.delete(element);
}

/** A trap was caught: re-instantiate the modules and re-mount their widgets (once at a time). */
export function trapped(error) {
  if (recovering) return recovering;
  if (recoveries >= MAX_RECOVERIES) return Promise.resolve(false);
  recoveries += 1;
  const cause = String(error?.message ?? error);
  const last = recoveries === MAX_RECOVERIES;
  console.error(
    last
      ? `jobspor: the WebAssembly module stopped again (${cause}); this is the last restart on this page.`
      : `jobspor: the WebAssembly module stopped (${cause}); restarting it and re-mounting the widgets with what was typed.`,
  );
  recovering = (async () => {
    // Every module the page loaded: which one trapped is not known (an uncaught error carries no
    // instance), and a module without widgets may be called by the host's own code.
    for (const [original, m] of modules) {
      const elements = [...m.elements].filter((el) => el.isConnected);
      m.generation += 1;
      const glue = await m.load(m.generation);
      await glue.default({ module_or_path: m.url });
      m.current = glue;
      for (const el of elements) {
        el._jobsporRemount(original);
        el.dispatchEvent(new CustomEvent('jobspor-error', { bubbles: true, composed: true, detail: { cause, recovered: true } }));
      }
    }
    return true;
  })()
    .catch((e) => {
      console.error(`jobspor: the widgets could not be restarted (${e?.message ?? e}).`);
      return false;
    })
    .finally(() => {
      recovering = null;
    });
  return recovering;
}

if (typeof window !== 'undefined') {
  // A trap in an event handler or a timer, or in a promise: handled here, not "Uncaught".
  window.addEventListener('error', (e) => {
    if (isTrap(e.error)) {
      e.preventDefault();
      trapped(e.error);
    }
  });
  window.addEventListener('unhandledrejection', (e) => {
    if (isTrap(e.reason)) {
      e.preventDefault();
      trapped(e.reason);
    }
  });
}
