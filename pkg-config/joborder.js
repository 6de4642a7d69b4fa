// Jobspor's job-order entry: one <script type="module" src=".../joborder.js"> defines
// <jobspor-job-order> and exports checkJobOrder, matchCv, rankCvs and jobOrderRules. It loads its
// own WebAssembly module (jobspor_joborder_bg.wasm). No network request but that file; nothing is
// stored.
import init, * as wasm from './jobspor_joborder.js';
import { defineElement } from './elements.js';

await init({ module_or_path: new URL('./jobspor_joborder_bg.wasm', import.meta.url) });

export const { checkJobOrder, matchCv, rankCvs, jobOrderRules, version } = wasm;
export { isInputError } from './elements.js';

// <jobspor-job-order>: the job-order form (seed 002 appendix C) for company consultants, with
// mandatory / nice-to-have toggles per requirement and live findings: is the order fit for a
// Jobnet search?
//   attributes  lang ("da" default | "en");
//   properties  value (read/write: the job-order contract; invalid input is shown in the widget,
//               never thrown; null empties the form), result (read-only);
//   event       "result" (bubbles, composed) after every change; detail = JobOrderResult plus
//               `order` (the job order as filled in, = value).
if (wasm.JobOrderElement) {
  defineElement(wasm, 'jobspor-job-order', wasm.JobOrderElement, ['lang'], ['value', 'result']);
}
