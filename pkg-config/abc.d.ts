// Types for the ABC job plan entry (abc.js). The data types are generated from the Rust types
// (tsify) into jobspor_abc.d.ts; this file re-exports them and types the custom element.
import type {
  AbcPlan, AbcRow, PlanLetter, Competence, AbcConfig, MinDemand, FocusStep, Demand, AbcResult, RowResult,
  AbcClass, Circles, WishCircle, WishBand, CompetenceCircle, CompetenceSource, DemandCircle, SearchFocus,
  Severity, StaticText, Text, Cv, InputError, CheckFinding, CheckRuleMeta,
} from './jobspor_abc.js';

export type {
  AbcPlan, AbcRow, PlanLetter, Competence, AbcConfig, MinDemand, FocusStep, Demand, AbcResult, RowResult,
  AbcClass, Circles, WishCircle, WishBand, CompetenceCircle, CompetenceSource, DemandCircle, SearchFocus,
  Severity, StaticText, Text, Cv, InputError, CheckFinding, CheckRuleMeta,
};

/** One finding of the ABC plan check: a rule that fired at one place of the plan (code, rule,
 * severity – `warning` or `info`, nothing in a plan blocks –, path such as `rows[1].functions`,
 * Danish and English message and fix). */
export type AbcFinding = CheckFinding;
/** The result of `checkAbcPlan` (and the `result` of `<jobspor-abc-plan>`). */
export type AbcCheckResult = AbcResult;
/** An ABC rule's metadata. The docs and examples are empty here (they are in the repository's docs/abc.md). */
export type AbcRuleMeta = CheckRuleMeta;

/** Demand data: `{"<region>": {"<occupation>": "shortage" | "good" | "some" | "poor"}}`; keys starting with `$` are comments. */
export type DemandData = Record<string, Record<string, Demand | string> | string>;

/**
 * Checks an ABC job plan: per row the class its three circles (wish, competences, the labour
 * market's demand from `config.demand`) point to – `A`, `B`, `C` or `unrealistic` – with the
 * reason, the findings (rule code, severity, path, Danish and English message and fix) and the
 * search focus by weeks unemployed. Plan and config are objects or JSON text. Never throws on
 * bad input: returns an `InputError` naming the path.
 */
export function checkAbcPlan(plan: AbcPlan | string, config?: AbcConfig | string): AbcCheckResult | InputError;
/** Every ABC rule's metadata: code, name, title (Danish and English), severity, source. The
 * documentation (`docs`) and examples are empty here to keep the .wasm small – they are in the
 * repository's docs/abc.md and `jobspor abc --rules`. */
export function abcRules(): AbcRuleMeta[];
/** Jobspor's invented SAMPLE demand data (see its `$comment`) – not STAR's figures; for demos and tests. */
export function sampleDemand(): DemandData;
/** The package version. */
export function version(): string;
/** True when a value returned by the API is an input error. */
export function isInputError(r: unknown): r is InputError;

/**
 * `<jobspor-abc-plan lang="da|en" today="YYYY-MM-DD" storage-key="…">`: the citizen's ABC job
 * plan – the three circles as an accessible SVG, the plan table (Plan A/B/C × job
 * titles/functions, companies/company types, who does what, when), the live plan check and a
 * one-page A4 print view. With `storage-key` the plan is kept as a draft in localStorage under
 * that key (and read back on load); without it nothing is stored.
 */
export interface JobsporAbcPlanElement extends HTMLElement {
  /** The plan as filled in. Setting it (an object, JSON text, or null for an empty plan with the lines A, B and C) replaces the form; invalid input shows an error in the widget. */
  get plan(): AbcPlan | undefined;
  set plan(value: AbcPlan | string | null | undefined);
  /** The host's demand data and thresholds (`today` comes from the attribute). Invalid configuration is shown and ignored. */
  get config(): AbcConfig | undefined;
  set config(value: AbcConfig | string | null | undefined);
  /** The latest result (the `result` event's detail). */
  readonly result: AbcCheckResult | undefined;
  addEventListener(type: 'result', listener: (ev: CustomEvent<AbcCheckResult>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'jobspor-abc-plan': JobsporAbcPlanElement;
  }
}
