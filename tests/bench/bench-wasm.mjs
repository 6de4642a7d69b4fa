// Median time of one `checkCv` call in the packaged WebAssembly module, under Node.
//
//   node tests/bench/bench-wasm.mjs [FIXTURE.json] [--iterations N] [--pkg DIR]
//
// --pkg: the directory with jobspor_wasm.js and jobspor_wasm_bg.wasm (default target/npm/; `cargo
// xtask bench opt-levels` points it at each opt-level's build).
//
// Needs the package in target/npm/ (`cargo xtask package`). Prints one JSON line on stdout:
// {"median_us": …, "p90_us": …, "median_string_us": …, "iterations": …, "input": "object"}:
// median_us with the CV as an object, median_string_us with it as JSON text. Nothing is asserted.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadModule, readText, root } from './node-module.mjs';

const args = process.argv.slice(2);
let iterations = 5000;
let fixture = 'tests/fixtures/cv-example.json';
let pkgDir = `${root}target/npm/`;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--iterations') iterations = Math.max(1, Number.parseInt(args[++i], 10) || 1);
  else if (args[i] === '--pkg') pkgDir = `${resolve(args[++i])}/`;
  else fixture = args[i];
}

const { wasm } = await loadModule('jobspor_wasm', pkgDir);

const cv = JSON.parse(readText(fixture));
const first = wasm.checkCv(cv);
if (!first || first.error) {
  console.error('checkCv did not return a result for', fixture, first);
  process.exit(1);
}

let sink = 0;
/** Median and p90 (µs) of `iterations` calls of checkCv(input), after a warm-up. */
function measure(input) {
  for (let i = 0; i < Math.min(iterations, 1000); i++) sink += wasm.checkCv(input) ? 1 : 0;
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    sink += wasm.checkCv(input) ? 1 : 0;
    times[i] = (performance.now() - t) * 1000;
  }
  times.sort();
  const at = (q) => Number(times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(2));
  return [at(0.5), at(0.9)];
}

const [median, p90] = measure(cv);
const [medianString] = measure(JSON.stringify(cv));
console.log(JSON.stringify({
  median_us: median,
  p90_us: p90,
  median_string_us: medianString,
  iterations,
  input: 'object',
}));
if (sink <= 0) process.exitCode = 1; // keeps the calls observable
