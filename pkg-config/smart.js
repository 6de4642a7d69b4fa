// Jobspor's SMART check entry: one <script type="module" src=".../smart.js"> defines
// <jobspor-smart-check> and exports checkSmart. It loads its own WebAssembly module
// (jobspor_smart_bg.wasm), so a page with only the CV check never downloads the Danish text
// analyser, and vice versa. No network request but that file; nothing is stored.
import init, * as wasm from './jobspor_smart.js';
import { defineElement } from './elements.js';

await init({ module_or_path: new URL('./jobspor_smart_bg.wasm', import.meta.url) });

export const { checkSmart, resolveOccupation, version } = wasm;
export { isInputError } from './elements.js';

if (wasm.SmartCheckElement) {
  defineElement(wasm, 'jobspor-smart-check', wasm.SmartCheckElement, ['lang', 'today', 'next-meeting', 'kind'], ['value', 'result']);
}
