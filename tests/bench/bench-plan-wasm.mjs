// Median time of one `checkPlan` call in the packaged plan module, under Node, on the same input
// as `jobspor bench plan`: tests/fixtures/plan/realistic-plan.json with the realistic joblog
// repeated to N entries (default 1,000), beside the keystroke budget (16 ms).
//
//   node tests/bench/bench-plan-wasm.mjs [--entries N] [--iterations N]
//
// Needs the package in target/npm/ (`cargo xtask package`). Prints one JSON line:
// {"entries": …, "median_ms": …, "p90_ms": …, "cpu_median_ms": …, "first_call_ms": …, "goal_ms": 16}. Nothing is asserted.
import { performance } from 'node:perf_hooks';
import { flag, loadModule, readText } from './node-module.mjs';

const entries = flag('--entries', 1000);
const iterations = flag('--iterations', 50);

const { wasm } = await loadModule('jobspor_plan');

const fx = (name) => JSON.parse(readText(`tests/fixtures/plan/${name}`));
const plan = fx('realistic-plan.json');
const base = fx('realistic-options.json');
const options = { ...base, joblog: Array.from({ length: entries }, (_, i) => base.joblog[i % base.joblog.length]) };

let t = performance.now();
const first = wasm.checkPlan(plan, options);
const firstMs = performance.now() - t;
if (!first || first.error) {
  console.error('checkPlan did not return a result', first);
  process.exit(1);
}
let sink = 0;
const times = new Float64Array(iterations);
// CPU time as well as wall time: on a loaded machine (2 cores shared by many builds) a call is
// often preempted, and its wall time says more about the scheduler than about the check.
const cpu = new Float64Array(iterations);
for (let i = 0; i < iterations; i++) {
  const c = process.cpuUsage();
  t = performance.now();
  sink += wasm.checkPlan(plan, options).findings.length;
  times[i] = performance.now() - t;
  const d = process.cpuUsage(c);
  cpu[i] = (d.user + d.system) / 1000;
}
times.sort();
cpu.sort();
const q = (a, p) => Number(a[Math.min(a.length - 1, Math.floor(a.length * p))].toFixed(2));
console.log(JSON.stringify({
  entries, median_ms: q(times, 0.5), p90_ms: q(times, 0.9), cpu_median_ms: q(cpu, 0.5),
  first_call_ms: Number(firstMs.toFixed(2)), goal_ms: 16, iterations,
}));
if (sink <= 0) process.exitCode = 1; // keeps the calls observable
