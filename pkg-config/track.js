// Jobspor's track-assessment entry: one <script type="module" src=".../track.js"> defines
// <jobspor-track> (sporvalg for caseworkers) and exports assignTrack and trackRules. It loads its
// own WebAssembly module (jobspor_track_bg.wasm: the track rules with the CV check and the SMART
// job-title recogniser they use), so the CV and SMART pages don't download it. No network request
// but that file; nothing is stored.
import init, * as wasm from './jobspor_track.js';
import { defineElement } from './elements.js';

await init({ module_or_path: new URL('./jobspor_track_bg.wasm', import.meta.url) });

export const { assignTrack, trackRules, version } = wasm;
export { isInputError } from './elements.js';

// <jobspor-track>: the track assessment for caseworkers – questionnaire, live proposal with reasons
// and the other tracks' requirements, core-element checklist, override, print summary.
//   attributes  lang ("da" default | "en");
//   properties  profile (read/write: the track profile contract; invalid input is shown in the
//               widget, never thrown), config (read/write: TrackConfig – thresholds, weights,
//               precedence, archetypes; `override` is the caseworker's choice), result (read-only);
//   event       "result" (bubbles, composed) after every change; detail = TrackResult plus `checked`
//               (ids of the ticked actions); with an override, `track` is the caseworker's choice,
//               `proposed_track` the original proposal and `override` {track, reason}.
defineElement(wasm, 'jobspor-track', wasm.TrackElement, ['lang'], ['profile', 'config', 'result']);
