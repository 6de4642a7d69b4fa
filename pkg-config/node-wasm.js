// How the package's `node` entries (<entry>.node.js, <wasm>.node.js) find their .wasm in Node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The bytes of one of the package's .wasm files: from `url` (next to the entry) when it is a
 * file: URL; else – a server bundle rewrote the URL (Next.js' Turbopack makes it a path under
 * /_next/) – through the package's exports map from the working directory (`specifier`, e.g.
 * 'jobspor/jobspor_wasm_bg.wasm'). `undefined` when neither works: importing never throws.
 */
export function wasmBytes(url, specifier) {
  try {
    if (url.protocol === 'file:') return readFileSync(new URL(url.href));
  } catch {
    // fall through to the exports map
  }
  try {
    return readFileSync(createRequire(`${process.cwd()}/`).resolve(specifier));
  } catch {
    return undefined;
  }
}
