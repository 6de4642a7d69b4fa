// Jobspor: the package's main entry (the CV check). One <script type="module" src=".../jobspor.js">
// defines its custom elements and exports its JavaScript API; `smart.js` is the SMART check's entry
// with its own module, so a page loads only what it uses. Nothing here makes a network request except
// loading the package's own files from next to this script (the .wasm; joborder.js and its .wasm
// once a job order is used); nothing is stored.
import init, * as wasm from './jobspor_wasm.js';
import { defineElement } from './elements.js';

await init({ module_or_path: new URL('./jobspor_wasm_bg.wasm', import.meta.url) });

export const { checkCv, cvRules, cvRule, cvModules, version } = wasm;

// The search simulation (matchCv, and <jobspor-cv-check>'s jobOrder) lives in the job-order
// module: it is loaded from next to this file on first use, so a CV page without job orders
// doesn't pay for it (the CV module stays within its size budget).
let jobOrderEntry = null;
const loadJobOrder = () => (jobOrderEntry ??= import('./joborder.js'));

/** Would a Jobnet search made from the job order find this CV? Async: loads the job-order module. */
export async function matchCv(cv, order, options) {
  return (await loadJobOrder()).matchCv(cv, order, options);
}

export { isInputError } from './elements.js';

const define = (tag, Widget, attributes, properties) =>
  defineElement(wasm, tag, Widget, attributes, properties);

// <jobspor-cv-check>: the CV check with a Jobnet-style form and live results.
//   attributes  lang ("da" default | "en"), mode ("citizen" default | "caseworker");
//   properties  cv (read/write: a plain object in the CV contract; invalid input is shown in the
//               widget, never thrown), options (read/write: CvOptions – weights, thresholds,
//               overrides), jobOrder (read/write, also as el['job-order']: a job order – the
//               widget then shows "Would you be found for this job?"; null removes it; the
//               matcher, jobOrderMatcher, is loaded from joborder.js on first use), result
//               (read-only: the latest result; assigning it is ignored);
//   event       "result" (bubbles, composed) after every change; detail = the result plus
//               `overrides` (the caseworker's, with reasons), `mode` and `match` (matchCv's result
//               with the job order, or null); overridden findings stay in `findings` with
//               `overridden` set to the reason.
define('jobspor-cv-check', wasm.CvCheckElement, ['lang', 'mode'], ['cv', 'options', 'jobOrder', 'jobOrderMatcher', 'result']);
const cvCheck = customElements.get('jobspor-cv-check')?.prototype;
const plain = cvCheck && Object.getOwnPropertyDescriptor(cvCheck, 'jobOrder');
if (plain && !Object.getOwnPropertyDescriptor(cvCheck, 'job-order')) {
  // Setting a job order also hands the widget the matcher, once the job-order module is loaded.
  const jobOrder = {
    get() { return plain.get.call(this); },
    set(value) {
      plain.set.call(this, value);
      if (value != null && !this.jobOrderMatcher) {
        loadJobOrder().then(
          (m) => { if (!this.jobOrderMatcher) this.jobOrderMatcher = m.matchCv; },
          // joborder.js missing on the host: the section keeps saying it is loading; try again
          // on the next job order instead of leaving a rejected promise behind.
          () => { jobOrderEntry = null; },
        );
      }
    },
    configurable: true,
    enumerable: true,
  };
  Object.defineProperty(cvCheck, 'jobOrder', jobOrder);
  Object.defineProperty(cvCheck, 'job-order', jobOrder);
}
