// Time of `rankCvs` over N generated CVs against one job order (tests/fixtures/joborder/job-order.json)
// in the packaged job-order module, under Node: the wasm side of issue 6's benchmark (the native
// side is `jobspor bench match`).
//
//   node tests/bench/bench-rank-wasm.mjs [--cvs N] [--runs R] [--pkg DIR]
//
// The CVs are generated here with a seeded PRNG (same shape as the native generator: occupations
// and synonyms from the lexicon's common titles, qualifications, certificates, licences, languages,
// municipalities, about 1 in 12 not searchable by Jobnet's rule). The JSON text is built once and
// not timed; `rankCvs(text)` is timed (parse + rank), and `rankCvs(array)` too (adds the
// JSON.stringify the API does for objects). First, while the module's memory is small, the
// stateful matcher (`jobOrderMatcher(order)`): `.rank(ndjson)`, `.rank(array)` and `.push(chunk)`
// of 64 KiB chunks + `.finish()`, with the module's memory before and after (issue 14). Needs target/npm (`cargo xtask package`). Prints one
// JSON line (with the module's memory after the runs: its peak); nothing is asserted.
import { performance } from 'node:perf_hooks';
import { flag, loadModule, readText } from './node-module.mjs';

const n = flag('--cvs', 100000);
const runs = flag('--runs', 3);

// `--pkg DIR`: the module from another package directory (a build from before a change, to
// compare back to back in one shell).
const pkgAt = process.argv.indexOf('--pkg');
const { wasm, exports } = await loadModule('jobspor_joborder', pkgAt > 0 ? `${process.argv[pkgAt + 1].replace(/\/?$/, '/')}` : undefined);
const order = JSON.parse(readText('tests/fixtures/joborder/job-order.json'));

// mulberry32: small, seeded, deterministic.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const OCCUPATIONS = [
  'Lagermedarbejder', 'Lagermand', 'Lagerarbejder', 'Truckfører', 'Chauffør', 'Pakkerimedarbejder', 'Ordreplukker',
  'Butiksassistent', 'Kok', 'Tjener', 'Social- og sundhedshjælper', 'Pædagog', 'Rengøringsassistent', 'Tømrer',
  'Elektriker', 'Bogholder', 'Kontorassistent', 'Salgskonsulent', 'Smed', 'Maler',
];
const QUALIFICATIONS = [
  'Truckkørsel', 'Plukning og pakning af varer', 'Varemodtagelse', 'Lagerstyring i WMS', 'Kundeservice',
  'Distributionskørsel', 'Lastsikring', 'Rengøring', 'Madlavning', 'Bogføring', 'Svejsning', 'Kasseekspedition',
];
const CERTIFICATES = ['Truckcertifikat B', 'Truckcertifikat A', 'Hygiejnebevis', 'Førstehjælp', 'Kranførercertifikat'];
const LICENCES = ['B', 'C', 'CE', 'C1', 'D', 'BE'];
const LANGUAGES = ['Dansk', 'Engelsk', 'Tysk', 'Polsk', 'Arabisk'];
const LEVELS = ['primary', 'upper_secondary', 'vocational', 'short_higher', 'bachelor', 'master'];
const MUNICIPALITIES = ['813', '851', '860', '849', '820', '101', '751'];

function generate(count, seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const some = (xs, max) => {
    const out = new Set();
    const k = Math.floor(r() * (max + 1));
    for (let i = 0; i < k; i++) out.add(pick(xs));
    return [...out];
  };
  const cvs = new Array(count);
  for (let i = 0; i < count; i++) {
    const hidden = r() < 1 / 12;
    const wishes = [];
    const w = 1 + Math.floor(r() * 3);
    for (let j = 0; j < w; j++) {
      wishes.push({ occupation: pick(OCCUPATIONS), qualifications: some(QUALIFICATIONS, 4), experience_years: Math.floor(r() * 12) });
    }
    cvs[i] = {
      contact: {
        name: `Person ${i}`, email: `p${i}@example.dk`, phone: '12345678',
        email_visible: !hidden, phone_visible: !hidden, municipality_code: pick(MUNICIPALITIES),
      },
      job_wishes: wishes,
      employment_terms: { hours: ['full_time'] },
      work_experience: [{ employer: 'Firma A/S', title: wishes[0].occupation, start: '2018-01', end: '2024-01' }],
      education: [{ title: 'Uddannelse', level: pick(LEVELS), completed: true }],
      certificates: some(CERTIFICATES, 2),
      driving_licences: some(LICENCES, 2),
      languages: some(LANGUAGES, 3).map((language) => ({ language })),
    };
  }
  return cvs;
}

let t = performance.now();
const cvs = generate(n, 42);
const generateMs = performance.now() - t;
t = performance.now();
const text = JSON.stringify(cvs);
const stringifyMs = performance.now() - t;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const memoryMb = () => Number((exports.memory.buffer.byteLength / 2 ** 20).toFixed(1));

// The stateful matcher (issue 14) first, while the module's memory is still small: the order
// parsed once, the CVs read one at a time, a compact result of typed arrays.
const memoryBefore = memoryMb();
const ndjson = cvs.map((c) => JSON.stringify(c)).join('\n');
// The process's CPU time (user + system, all threads: V8's GC too), in ms: less swayed than the
// wall time by other work on a shared machine.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = (f) => {
  const ms = [];
  const cpu = [];
  let out;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const c = cpuMs();
    out = f();
    cpu.push(cpuMs() - c);
    ms.push(performance.now() - t);
  }
  return [median(ms), out, median(cpu)];
};
let matcherNdjsonMs = null;
let matcherNdjsonCpuMs = null;
let matcherArrayMs = null;
let matcherStreamMs = null;
let compact = null;
let memoryAfterMatcher = null;
if (typeof wasm.jobOrderMatcher === 'function') {
  const m = wasm.jobOrderMatcher(order);
  if (m.error) {
    console.error('jobOrderMatcher refused the order', m);
    process.exit(1);
  }
  [matcherNdjsonMs, compact, matcherNdjsonCpuMs] = timed(() => m.rank(ndjson));
  [matcherArrayMs] = timed(() => m.rank(cvs));
  // A stream of 64 KiB chunks cut anywhere (as a TextDecoderStream gives them).
  [matcherStreamMs] = timed(() => {
    for (let at = 0; at < ndjson.length; at += 65536) m.push(ndjson.slice(at, at + 65536));
    return m.finish();
  });
  m.free();
  memoryAfterMatcher = memoryMb();
}
let result;
const textMs = [];
const textCpuMs = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  const c = cpuMs();
  result = wasm.rankCvs(text, order);
  textCpuMs.push(cpuMs() - c);
  textMs.push(performance.now() - t);
}
if (!result || result.error) {
  console.error('rankCvs did not return a result', result);
  process.exit(1);
}
const arrayMs = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  wasm.rankCvs(cvs, order);
  arrayMs.push(performance.now() - t);
}
const found = result.found ?? result.totals?.found ?? null;
console.log(JSON.stringify({
  cvs: n,
  runs,
  json_mb: Number((text.length / 1e6).toFixed(1)),
  generate_ms: Math.round(generateMs),
  stringify_ms: Math.round(stringifyMs),
  median_rank_text_ms: Math.round(median(textMs)),
  median_rank_array_ms: Math.round(median(arrayMs)),
  cvs_per_s: Math.round(n / (median(textMs) / 1000)),
  found,
  median_matcher_ndjson_ms: matcherNdjsonMs === null ? null : Math.round(matcherNdjsonMs),
  median_matcher_array_ms: matcherArrayMs === null ? null : Math.round(matcherArrayMs),
  median_matcher_stream_ms: matcherStreamMs === null ? null : Math.round(matcherStreamMs),
  // CPU time of the process (see cpuMs) for `rankCvs(text)` and `.rank(ndjson)`.
  median_rank_text_cpu_ms: Math.round(median(textCpuMs)),
  median_matcher_ndjson_cpu_ms: matcherNdjsonCpuMs === null ? null : Math.round(matcherNdjsonCpuMs),
  matcher_found: compact?.totals?.found ?? null,
  // The same gross list as rankCvs: the same CVs in the same order.
  matcher_same_order: compact ? compact.index.every((ix, k) => ix === result.gross_list[k].index) : null,
  wasm_memory_before_mb: memoryBefore,
  wasm_memory_after_matcher_mb: memoryAfterMatcher,
  // WebAssembly memory only grows: its size after the runs is its peak (issue 14).
  wasm_memory_mb: memoryMb(),
  rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
}));
