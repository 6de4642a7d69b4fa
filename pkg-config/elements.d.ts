// Types shared by the package's entries (elements.js): what every Jobspor custom element has.

/**
 * The events of a Jobspor element (all bubble and are composed; the detail is the element's
 * `result`):
 * - `result`: when the result changes, dispatched right away (inside the setter or input handler);
 * - `jobspor-result`: the same, dispatched in a microtask after the setter or handler returned;
 * - `jobspor-change`: after every edit in the widget (for autosave), in a microtask.
 */
export type JobsporEventName = 'result' | 'jobspor-result' | 'jobspor-change';

/**
 * A Jobspor custom element: it renders into an open shadow root and fires `result` /
 * `jobspor-result` when its result changes and `jobspor-change` after every edit
 * ({@link JobsporEventName}); `Detail` is the events' `detail` and the `result` property.
 */
export interface JobsporElement<Detail> extends HTMLElement {
  /** The latest result (the `result` event's detail). */
  readonly result: Detail | undefined;
  /** The `<form>` the element takes part in (form-associated: it submits its input as JSON text under its `name`), or null. */
  readonly form: HTMLFormElement | null;
  addEventListener(type: JobsporEventName, listener: (ev: CustomEvent<Detail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: JobsporEventName, listener: (ev: CustomEvent<Detail>) => void, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The detail of a Jobspor element's `result` event. */
export type JobsporDetail<E> = E extends JobsporElement<infer D> ? D : never;

/**
 * The JSX props of a Jobspor element `E` (React 19, React ≤ 18, Preact, Solid…): the attributes
 * `A` as text, the properties `P` (React 19 sets an object as the property; elsewhere pass JSON
 * text, or set the property through a `ref`), and `onresult` (React 19 adds it as a listener of
 * the `result` event; React ≤ 18 ignores it: use a ref and addEventListener).
 */
export type JobsporJsxProps<E extends JobsporElement<unknown>, A extends string, P extends keyof E> = {
  [K in A]?: string;
} & {
  [K in P]?: E[K] | string | null;
} & {
  onresult?: (event: CustomEvent<JobsporDetail<E>>) => void;
  /** React 19: a listener of `jobspor-result`. */
  'onjobspor-result'?: (event: CustomEvent<JobsporDetail<E>>) => void;
  /** React 19: a listener of `jobspor-change` (every edit). */
  'onjobspor-change'?: (event: CustomEvent<JobsporDetail<E>>) => void;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  title?: string;
  tabIndex?: number;
  key?: string | number | null;
  ref?: { current: E | null } | ((element: E | null) => void) | null;
  children?: unknown;
  [data: `data-${string}`]: string | number | boolean | undefined;
  [aria: `aria-${string}`]: string | number | boolean | undefined;
};

/** True when a result is an input error (`{error: "invalid_input", path, message, message_da}`). */
export function isInputError(r: unknown): boolean;

/** The loader of an entry's WebAssembly module (internal to the package's entries). */
export interface WasmLoader {
  readonly wasm: object;
  readonly ready: Promise<void>;
  load(source?: unknown): Promise<void>;
  isReady(): boolean;
  whenReady(mount: () => void): void;
  api<F extends (...args: never[]) => unknown>(name: string): F;
}
export function wasmLoader(wasm: object, init: (source: unknown) => Promise<unknown>, url: () => URL): WasmLoader;
/** The custom-element class for a wasm widget class `Widget` (internal to the package's entries). */
export function elementClass(loader: WasmLoader, Widget: unknown, attributes: string[], properties: string[], propertyAttributes?: string[]): { new (): HTMLElement } | undefined;
/** Defines `tag` as `Class` unless there is no DOM, no class, or the tag is taken; returns `Class`. */
export function define<C extends CustomElementConstructor | undefined>(tag: string, Class: C): C;
/** Defines the custom element `tag` whose lifecycle is forwarded to the wasm widget class `Widget` (of an initialised module). */
export function defineElement(wasm: object, tag: string, Widget: unknown, attributes: string[], properties: string[]): void;

/**
 * Registers an entry's module for recovery after a trap (recovery.js): `load(n)` imports a fresh
 * copy of its glue, `url` is its .wasm. Called by the generated entries. After a trap every
 * widget is re-mounted with its last state and fires `jobspor-error` (detail {cause, recovered}).
 */
export function recoverable(wasm: object, load: (n: number) => Promise<unknown>, url: URL | string): void;
