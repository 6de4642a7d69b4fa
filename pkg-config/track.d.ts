// Types for the track-assessment entry (track.js). The data types are generated from the Rust
// types (tsify) into jobspor_track.d.ts; this file re-exports them and types the custom element.
import type {
  TrackProfile, TrackIndicators, TrackConfig, TrackOverride, Archetype, TrackResult, Track, TrackIndicator,
  Upskilling, EducationLevel, StartPhase, StartPhaseGap, Risk, RiskItem, TrackReason, TrackAlternative,
  TrackRequirement, CoreElement, CoreAction, ArchetypeMatch, RuleKind, TrackRuleMeta, StaticText, Text, Cv,
  InputError,
} from './jobspor_track.js';

export type {
  TrackProfile, TrackIndicators, TrackConfig, TrackOverride, Archetype, TrackResult, Track, TrackIndicator,
  Upskilling, EducationLevel, StartPhase, StartPhaseGap, Risk, RiskItem, TrackReason, TrackAlternative,
  TrackRequirement, CoreElement, CoreAction, ArchetypeMatch, RuleKind, TrackRuleMeta, StaticText, Text, Cv,
  InputError,
};

/**
 * Assesses which track a job-ready person goes on (sporvalg): the proposal with the rules that
 * fired, what the other tracks would require, the start phase, the risk score, the core elements
 * of the track and the nearest configured archetype. Profile and config are objects or JSON text;
 * a field such as ethnicity or origin is ignored. Never throws on bad input.
 */
export function assignTrack(profile: TrackProfile | string, config?: TrackConfig | string): TrackResult | InputError;
/** Every track rule's metadata: code, name, title (Danish and English), kind, track, source. The
 * documentation (`docs`) and examples are empty here to keep the .wasm small – they are in the
 * repository's docs/track.md and `jobspor track --rules`. */
export function trackRules(): TrackRuleMeta[];
/** The package version. */
export function version(): string;
/** True when a value returned by the API is an input error. */
export function isInputError(r: unknown): r is InputError;

/** `detail` of the `result` event of `<jobspor-track>` (and its `result` property). */
export type TrackResultDetail = TrackResult & {
  /** Ids of the ticked actions of the start phase's and the track's checklists (e.g. `"intensive.concrete_jobs.1"`). */
  checked: string[];
};

/** `<jobspor-track lang="da|en">`: the track assessment for caseworkers. */
export interface JobsporTrackElement extends HTMLElement {
  /** The profile in the questionnaire. Setting it (an object, JSON text, or null to clear) replaces the answers; invalid input shows an error in the widget. */
  get profile(): TrackProfile | undefined;
  set profile(value: TrackProfile | string | null | undefined);
  /** Thresholds, weights, precedence, archetypes; `override` is the caseworker's choice (made in the widget, or set here). */
  get config(): TrackConfig | undefined;
  set config(value: TrackConfig | string | null | undefined);
  /** The latest result: with an override, `track` is the caseworker's choice and `proposed_track` the original proposal. */
  readonly result: TrackResultDetail | undefined;
  addEventListener(type: 'result', listener: (ev: CustomEvent<TrackResultDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'jobspor-track': JobsporTrackElement;
  }
}
