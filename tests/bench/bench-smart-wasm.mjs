// Median time of one `checkSmart` call in the packaged SMART module, under Node, on the same
// agreement as `jobspor bench smart` (tests/fixtures/smart/bench-agreement.txt).
//
//   node tests/bench/bench-smart-wasm.mjs [--iterations N]
//
// Needs the package in target/npm/ (`cargo xtask package`). Prints one JSON line:
// {"median_us": …, "p90_us": …, "first_call_us": …, "chars": …, "iterations": …}. Nothing is asserted.
import { performance } from 'node:perf_hooks';
import { loadModule, readText } from './node-module.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--iterations');
const iterations = at >= 0 ? Math.max(1, Number.parseInt(args[at + 1], 10) || 1) : 10000;

const { wasm } = await loadModule('jobspor_smart');

const text = readText('tests/fixtures/smart/bench-agreement.txt');
const options = { today: '2026-05-06', next_meeting: '2026-05-27' };
let t = performance.now();
const first = wasm.checkSmart(text, options);
const firstUs = (performance.now() - t) * 1000;
if (!first || first.error) {
  console.error('checkSmart did not return a result', first);
  process.exit(1);
}
let sink = 0;
for (let i = 0; i < Math.min(iterations, 1000); i++) sink += wasm.checkSmart(text, options).met;
const times = new Float64Array(iterations);
for (let i = 0; i < iterations; i++) {
  t = performance.now();
  sink += wasm.checkSmart(text, options).met;
  times[i] = (performance.now() - t) * 1000;
}
times.sort();
const q = (p) => Number(times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(2));
console.log(JSON.stringify({
  median_us: q(0.5), p90_us: q(0.9), first_call_us: Number(firstUs.toFixed(0)),
  chars: [...text].length, iterations,
}));
if (sink <= 0) process.exitCode = 1; // keeps the calls observable
