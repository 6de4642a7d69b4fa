// Jobspor: the package's main entry (the CV check). One <script type="module" src=".../jobspor.js">
// defines its custom elements and exports its JavaScript API; `smart.js` is the SMART check's entry
// with its own module, so a page loads only what it uses. Nothing here makes a network request except
// loading the package's own .wasm file from next to this script; nothing is stored.
import init, * as wasm from './jobspor_wasm.js';
import { defineElement } from './elements.js';

await init({ module_or_path: new URL('./jobspor_wasm_bg.wasm', import.meta.url) });

export const { checkCv, cvRules, cvRule, cvModules, version } = wasm;

export { isInputError } from './elements.js';

const define = (tag, Widget, attributes, properties) =>
  defineElement(wasm, tag, Widget, attributes, properties);

// <jobspor-cv-check>: the CV check with a Jobnet-style form and live results.
//   attributes  lang ("da" default | "en"), mode ("citizen" default | "caseworker");
//   properties  cv (read/write: a plain object in the CV contract; invalid input is shown in the
//               widget, never thrown), options (read/write: CvOptions – weights, thresholds,
//               overrides), result (read-only: the latest result; assigning it is ignored);
//   event       "result" (bubbles, composed) after every change; detail = the result plus
//               `overrides` (the caseworker's, with reasons) and `mode`; overridden findings stay
//               in `findings` with `overridden` set to the reason.
define('jobspor-cv-check', wasm.CvCheckElement, ['lang', 'mode'], ['cv', 'options', 'result']);
