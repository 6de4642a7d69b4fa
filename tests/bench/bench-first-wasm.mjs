// The first call of every check after its WebAssembly module is loaded, against its steady state,
// under Node (issue 11: no lexicon build on the first SMART check; issue 14: first check ≤ 10 ms).
// The same checks and fixtures as `jobspor bench first` (crates/cli/src/first.rs).
//
//   node tests/bench/bench-first-wasm.mjs [CHECK] [--iterations N]
//
// Without CHECK it runs itself once per check in a fresh Node process (so every first call is a
// real one) and prints one JSON line per check:
// {"check", "module", "instantiate_ms", "first_call_us", "second_call_us", "median_us", "iterations"}.
// With `node --no-wasm-lazy-compilation` V8 compiles the whole module at instantiation, so the
// first call shows what is left once compilation is out of it (the children get the same flags).
// Needs the package in target/npm/ (`cargo xtask package`). Nothing is asserted.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (p) => readFileSync(new URL(`tests/fixtures/${p}`, `file://${root}`), 'utf8');
const json = (p) => JSON.parse(fixture(p));

// check → [module, call(wasm)]; inputs are parsed once, outside the timing.
const CHECKS = {
  cv: ['jobspor_wasm', () => { const cv = json('cv-example.json'); return (w) => w.checkCv(cv); }],
  smart: ['jobspor_smart', () => {
    const text = fixture('smart/bench-agreement.txt');
    const options = { today: '2026-05-06', next_meeting: '2026-05-27' };
    return (w) => w.checkSmart(text, options);
  }],
  occupation: ['jobspor_smart', () => (w) => w.resolveOccupation('Skibsmekaniker')],
  track: ['jobspor_track', () => { const p = json('track/profile.json'); return (w) => w.assignTrack(p); }],
  abc: ['jobspor_abc', () => {
    const plan = json('abc/plan.json');
    const config = json('abc/config.json');
    return (w) => w.checkAbcPlan(plan, config);
  }],
  'job-order': ['jobspor_joborder', () => { const o = json('joborder/job-order.json'); return (w) => w.checkJobOrder(o); }],
  match: ['jobspor_joborder', () => {
    const cv = json('cv-example.json');
    const order = json('joborder/job-order.json');
    return (w) => w.matchCv(cv, order);
  }],
};

const args = process.argv.slice(2);
const at = args.indexOf('--iterations');
const iterations = at >= 0 ? Math.max(1, Number.parseInt(args[at + 1], 10) || 1) : 2000;
const check = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--iterations');

if (!check) {
  for (const name of Object.keys(CHECKS)) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name, '--iterations', String(iterations)], {
      encoding: 'utf8',
    });
    process.stdout.write(out);
  }
} else {
  if (!CHECKS[check]) {
    console.error(`unknown check ${check}; one of ${Object.keys(CHECKS).join(', ')}`);
    process.exit(2);
  }
  const [module, make] = CHECKS[check];
  const run = make();
  const pkg = new URL('target/npm/', `file://${root}`);
  const bytes = readFileSync(new URL(`${module}_bg.wasm`, pkg));
  const w = await import(new URL(`${module}.js`, pkg));
  let t = performance.now();
  w.initSync({ module: bytes });
  const instantiateMs = performance.now() - t;
  t = performance.now();
  const first = run(w);
  const firstUs = (performance.now() - t) * 1000;
  if (!first || first.error) {
    console.error(`${check}: no result`, first);
    process.exit(1);
  }
  t = performance.now();
  run(w);
  const secondUs = (performance.now() - t) * 1000;
  for (let i = 0; i < Math.min(iterations, 200); i++) run(w);
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    t = performance.now();
    run(w);
    times[i] = (performance.now() - t) * 1000;
  }
  times.sort();
  console.log(JSON.stringify({
    check, module, instantiate_ms: Number(instantiateMs.toFixed(1)), first_call_us: Math.round(firstUs),
    second_call_us: Math.round(secondUs), median_us: Number(times[times.length >> 1].toFixed(1)), iterations,
  }));
}
