// Jobspor's ABC job plan entry: one <script type="module" src=".../abc.js"> defines
// <jobspor-abc-plan> and exports checkAbcPlan, abcRules and sampleDemand. It loads its own
// WebAssembly module (jobspor_abc_bg.wasm), so the other pages don't download it. No network
// request but that file; a draft is kept in localStorage only when the host opts in
// (the `storage-key` attribute).
import init, * as wasm from './jobspor_abc.js';
import { defineElement } from './elements.js';

await init({ module_or_path: new URL('./jobspor_abc_bg.wasm', import.meta.url) });

export const { checkAbcPlan, abcRules, sampleDemand, version } = wasm;
export { isInputError } from './elements.js';

// <jobspor-abc-plan>: the citizen's ABC job plan – the three circles (wishes, competences, labour
// market) as an accessible SVG, the plan table (Plan A/B/C × job titles/functions, companies,
// who does what, when), live findings, a one-page A4 print view.
//   attributes  lang ("da" default | "en"), today (YYYY-MM-DD, for `when` texts),
//               storage-key (opt-in: keep a draft in localStorage under this key);
//   properties  plan (read/write: the ABC plan contract), config (read/write: AbcConfig with the
//               host's demand data), result (read-only);
//   event       "result" (bubbles, composed) after every change; detail = AbcResult.
if (wasm.AbcPlanElement) {
  defineElement(wasm, 'jobspor-abc-plan', wasm.AbcPlanElement, ['lang', 'today', 'storage-key'], ['plan', 'config', 'result']);
}
