// Types shared by the package's entries (elements.js): what every Jobspor custom element has.

/**
 * A Jobspor custom element: it renders into an open shadow root and fires a `result` event
 * (bubbles, composed) after every change; `Detail` is the event's `detail` and the `result`
 * property.
 */
export interface JobsporElement<Detail> extends HTMLElement {
  /** The latest result (the `result` event's detail). */
  readonly result: Detail | undefined;
  addEventListener(type: 'result', listener: (ev: CustomEvent<Detail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** True when a result is an input error (`{error: "invalid_input", path, message, message_da}`). */
export function isInputError(r: unknown): boolean;

/** Defines the custom element `tag` whose lifecycle is forwarded to the wasm widget class `Widget`. */
export function defineElement(wasm: object, tag: string, Widget: unknown, attributes: string[], properties: string[]): void;

/**
 * Registers an entry's module for recovery after a trap (recovery.js): `load(n)` imports a fresh
 * copy of its glue, `url` is its .wasm. Called by the generated entries. After a trap every
 * widget is re-mounted with its last state and fires `jobspor-error` (detail {cause, recovered}).
 */
export function recoverable(wasm: object, load: (n: number) => Promise<unknown>, url: URL): void;
