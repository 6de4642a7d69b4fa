// Types for the package entry (jobspor.js). The data types are generated from the Rust types
// (tsify) into jobspor_wasm.d.ts; this file re-exports them and types the custom elements.
import type {
  Cv, CvOptions, CvResult, Finding, InputError, ModuleInfo, Override, RuleMeta, ScorePart,
  Breakdown, Text, Severity, Category, Module, Stage, CvInput, CvOptionsInput,
} from './jobspor_wasm.js';
import type {
  JobOrder, JobOrderInput, MatchOptions, MatchResult, Blocking, MatchKind, NiceToHave, RequirementMatch,
} from './jobspor_joborder.js';

export type {
  Cv, CvOptions, CvResult, Finding, InputError, ModuleInfo, Override, RuleMeta, ScorePart,
  Breakdown, Text, Severity, Category, Module, Stage, CvInput, CvOptionsInput,
  JobOrder, JobOrderInput, MatchOptions, MatchResult, Blocking, MatchKind, NiceToHave, RequirementMatch,
};

/** Checks a CV for searchability (udsøgning) and selection quality. Never throws on bad input. */
export function checkCv(cv: CvInput, options?: CvOptionsInput): CvResult | InputError;
/** Every CV rule's metadata and documentation (Danish and English). */
export function cvRules(): RuleMeta[];
/** One CV rule by code ("CV101") or name, or undefined. */
export function cvRule(codeOrName: string): RuleMeta | undefined;
/** The Jobnet CV modules in Jobnet's order, with labels and conversation stage. */
export function cvModules(): ModuleInfo[];
/**
 * Would a Jobnet search made from the job order find this CV? `found`, the `blocking` items with
 * their reason and fix, the nice-to-haves met and the `rank_score`. Never rejects on bad input.
 * Async here: the search lives in the job-order module, loaded on first use (`jobspor/joborder`
 * exports the same function synchronously).
 */
export function matchCv(cv: CvInput, order: JobOrderInput, options?: MatchOptions | string): Promise<MatchResult | InputError>;
/** The package version. */
export function version(): string;
/** True when a value returned by the API is an input error. */
export function isInputError(r: unknown): r is InputError;

/** `detail` of the `result` event of `<jobspor-cv-check>` (and its `result` property). */
export type CvCheckResultDetail = CvResult & {
  /** The caseworker's overrides in force (each with its written reason); overridden findings stay in `findings` with `overridden` set. */
  overrides: Override[];
  /** The widget's mode when the result was computed. */
  mode: 'citizen' | 'caseworker';
  /** With a `jobOrder` set: would a search made from it find the CV (as `matchCv`)? `null` without one. */
  match: MatchResult | null;
};

/** `<jobspor-cv-check lang="da|en" mode="citizen|caseworker">` */
export interface JobsporCvCheckElement extends HTMLElement {
  /** The CV in the form (the CV contract). Setting it (an object, JSON text, or null to clear) replaces the form's content; invalid input shows an error in the widget. */
  get cv(): Cv | undefined;
  set cv(value: Cv | string | null | undefined);
  /** Weights, thresholds and overrides passed to the check. */
  options: CvOptions | undefined;
  /** A job order: the widget then shows "Would you be found for this job?" (`null` removes it). Invalid input shows an error in that section. */
  get jobOrder(): JobOrder | null | undefined;
  set jobOrder(value: JobOrder | string | null | undefined);
  /** The same as `jobOrder` (the attribute-style name). */
  get 'job-order'(): JobOrder | null | undefined;
  set 'job-order'(value: JobOrder | string | null | undefined);
  /** The search behind `jobOrder` (the job-order module's `matchCv`); set by the package when a job order is first set. */
  jobOrderMatcher: ((cv: string, order: string) => MatchResult | InputError) | null | undefined;
  /** The latest result. */
  readonly result: CvCheckResultDetail | undefined;
  addEventListener(type: 'result', listener: (ev: CustomEvent<CvCheckResultDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'jobspor-cv-check': JobsporCvCheckElement;
  }
}
