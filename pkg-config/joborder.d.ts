// Types for the job-order entry (joborder.js). The data types are generated from the Rust types
// (tsify) into jobspor_joborder.d.ts; this file re-exports them and types the functions and the
// custom element.
import type {
  JobOrder, Company, ContactPerson, Location, Requirement, RequirementKind, ContactForm, Offer,
  JobEmploymentForm, ApplicationForm, Hours, EducationLevel, JobOrderResult, MatchOptions, KindWeights,
  MatchResult, Blocking, NiceToHave, MatchedOccupation, RequirementMatch, MatchKind, RankResult, RankTotals,
  RankEntry, BlockRef, HiddenBy, Severity, Text, StaticText, Cv, InputError, CvInput, JobOrderInput,
  CheckFinding, CheckRuleMeta,
} from './jobspor_joborder.js';

export type {
  JobOrder, Company, ContactPerson, Location, Requirement, RequirementKind, ContactForm, Offer,
  JobEmploymentForm, ApplicationForm, Hours, EducationLevel, MatchOptions, KindWeights,
  MatchResult, Blocking, NiceToHave, MatchedOccupation, RequirementMatch, MatchKind, RankResult, RankTotals,
  RankEntry, BlockRef, HiddenBy, Severity, Text, StaticText, Cv, InputError, CvInput, JobOrderInput,
  CheckFinding, CheckRuleMeta,
};

/** One finding of the job-order check: a rule that fired at one field of the order (code, rule,
 * severity, path such as `requirements[1].value`, Danish and English message and fix). */
export type JobOrderFinding = CheckFinding;

/** The result of `checkJobOrder` (and the `result` of `<jobspor-job-order>`). */
export type JobOrderCheckResult = Omit<JobOrderResult, 'findings'> & {
  /** True when a Jobnet search can be made from the order: no finding of severity `error`. */
  searchable: boolean;
  /** Errors first, then in code order. */
  findings: JobOrderFinding[];
};

/** `detail` of the `result` event of `<jobspor-job-order>` (and its `result` property): the check's result plus the order as filled in (the same as `value`), so a host hears of every change. */
export type JobOrderResultDetail = JobOrderCheckResult & {
  order: JobOrder;
};

/** A job-order rule's metadata. The docs and examples are empty here (they are in the repository's docs). */
export type JobOrderRuleMeta = CheckRuleMeta;

/**
 * Checks a job order: is it fit for a Jobnet search (title, qualifications, the requirements and
 * which are mandatory), and what do the selection, the facts and the contact still need? The order
 * is an object or JSON text. Never throws on bad input.
 */
export function checkJobOrder(order: JobOrderInput): JobOrderCheckResult | InputError;
/**
 * Would a Jobnet search made from the job order find this CV? `found`, the `blocking` items with
 * their reason and fix, the nice-to-haves met and the `rank_score`. Never throws on bad input.
 */
export function matchCv(cv: CvInput, order: JobOrderInput, options?: MatchOptions | string): MatchResult | InputError;
/**
 * Ranks CVs against a job order (the gross list): found ones first by `rank_score`, and how many
 * CVs each mandatory requirement hides. `cvs` is an array of CVs or its JSON text.
 */
export function rankCvs(cvs: Cv[] | string, order: JobOrderInput, options?: MatchOptions | string): RankResult | InputError;
/** Every job-order rule's metadata, in code order. */
export function jobOrderRules(): JobOrderRuleMeta[];
/** The package version. */
export function version(): string;
/** True when a value returned by the API is an input error. */
export function isInputError(r: unknown): r is InputError;

/** `<jobspor-job-order lang="da|en">`: the job-order form with live findings. */
export interface JobsporJobOrderElement extends HTMLElement {
  /** The job order in the form. Setting it (an object, JSON text, or null to empty the form) replaces the form's content; invalid input shows an error in the widget. */
  get value(): JobOrder | undefined;
  set value(value: JobOrder | string | null | undefined);
  /** The latest result. */
  readonly result: JobOrderResultDetail | undefined;
  addEventListener(type: 'result', listener: (ev: CustomEvent<JobOrderResultDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'jobspor-job-order': JobsporJobOrderElement;
  }
}
