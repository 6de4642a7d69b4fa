// Type-checks the track entry's published declarations (track.d.ts): assignTrack, trackRules and
// <jobspor-track> are typed, never `any`; each @ts-expect-error line must be an error.
import { assignTrack, trackRules, isInputError } from 'jobspor/track';
import type { TrackProfile, TrackResult, JobsporTrackElement, TrackResultDetail, TrackConfig } from 'jobspor/track';

const p: TrackProfile = { age: 52, benefit_weeks_last_52: 44, job_goal: 'Smed', cv_searchable: true, indicators: { no_network: true } };
const c: TrackConfig = { age_threshold: 50, weights: { no_network: 2 }, archetypes: [{ name: 'A', indicators: ['no_network'], early_effort: 'x' }],
  override: { track: 'education_boost', reason: 'r' } };
const r = assignTrack(p, c);
if (isInputError(r)) {
  const path: string = r.path; void path;
} else {
  const res: TrackResult = r;
  // null since issue 12: a person not ready for a job now is outside the three tracks.
  const t: 'intensive_job_search' | 'education_boost' | 'long_term_risk' | null = res.track;
  const share: number | null = res.benefit_share;
  const first: string | undefined = res.core_elements[0]?.actions[0]?.text.da;
  void t; void share; void first;
  // @ts-expect-error track is a union of three strings
  const wrong: number = res.track; void wrong;
}
// @ts-expect-error unknown indicator
const bad: TrackConfig = { weights: { ethnicity: 3 } }; void bad;
const codes: string[] = trackRules().map((m) => m.code); void codes;
const el = document.querySelector('jobspor-track');
if (el) {
  const e: JobsporTrackElement = el;
  e.profile = p;
  e.addEventListener('result', (ev) => { const d: TrackResultDetail = ev.detail; const ids: string[] = d.checked; void ids; });
}
