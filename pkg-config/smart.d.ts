// Types for the SMART entry (smart.js). The data types are generated from the Rust types (tsify).
import type { SmartResult, SmartOptions, InputError, SmartCheckResultDetail, OccupationResolution, HostTitle } from './jobspor_smart.js';

export type { SmartResult, SmartOptions, InputError, SmartCheckResultDetail, OccupationResolution, HostTitle };

/** Checks one job goal or agreement against the SMART criteria. Evidence offsets are UTF-16. */
export function checkSmart(text: string, options?: SmartOptions | string): SmartResult | InputError;
/** The occupation a text names: title, area, DISCO-08 group, how it was recognised, near misses (see docs/occupations.md). */
export function resolveOccupation(text: string, hostTitles?: HostTitle[] | string): OccupationResolution | InputError;
/** The package version. */
export function version(): string;
/** True when a value returned by the API is an input error. */
export function isInputError(r: unknown): r is InputError;

/**
 * `<jobspor-smart-check lang="da|en" today="YYYY-MM-DD" next-meeting="YYYY-MM-DD" kind="agreement|goal">`:
 * an editor for one or several agreements (or job goals) with the SMART check of each as the person types.
 * Without `kind`, each item has its own agreement/goal toggle. Invalid attribute values are shown in the widget.
 */
export interface JobsporSmartCheckElement extends HTMLElement {
  /** The texts, one per agreement, always as an array. Set a string (one agreement), an array of strings (several) or null (one empty); anything else is shown in the widget and ignored. */
  get value(): string[];
  set value(value: string | string[] | null | undefined);
  /** The latest results (the `result` event's detail). */
  readonly result: SmartCheckResultDetail | undefined;
  addEventListener(type: 'result', listener: (ev: CustomEvent<SmartCheckResultDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'jobspor-smart-check': JobsporSmartCheckElement;
  }
}
