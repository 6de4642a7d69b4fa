// Issue 14: where a keystroke's time goes, per widget, at 4× CPU – a Chrome trace (CDP Tracing,
// the devtools timeline categories) of typing N keys into the widget's first text field, summed
// by kind: script (the event handlers and tasks: the Rust check, Yew's render and diff),
// style recalculation, layout, pre-paint/paint, compositing/raster and the rest; and, with
// --cpu, the top self-time functions of a CPU profile of the same typing (wasm functions are
// named when the module keeps its name section; otherwise `wasm-function[N]`).
//
//   JOBSPOR_BASE_URL=http://127.0.0.1:PORT/ node tests/bench/profile-keys.mjs [--widgets cv,abc]
//                    [--keys N] [--cpu] [--startup]
//
// --startup traces a cold load of each page instead (download, compile, instantiate, first
// check, first render), summed the same way from navigation to the frame after the first
// `result`. Prints one JSON line per widget. A tool for finding work, not a benchmark: the
// figures the README reports come from bench-browser.mjs.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/browser.mjs';

const BASE = new URL(process.env.JOBSPOR_BASE_URL || 'http://127.0.0.1:8080/').href;
const { values } = parseArgs({
  options: {
    keys: { type: 'string', default: '20' },
    widgets: { type: 'string', default: '' },
    cpu: { type: 'boolean', default: false },
    startup: { type: 'boolean', default: false },
  },
});
const KEYS = Math.max(1, Number.parseInt(values.keys, 10) || 20);
const PAGES = [
  { page: 'index.html', widget: 'cv', tag: 'jobspor-cv-check' },
  { page: 'smart.html', widget: 'smart', tag: 'jobspor-smart-check' },
  { page: 'track.html', widget: 'track', tag: 'jobspor-track' },
  { page: 'abc.html', widget: 'abc', tag: 'jobspor-abc-plan' },
  { page: 'job-order.html', widget: 'joborder', tag: 'jobspor-job-order' },
];
const WANTED = values.widgets ? values.widgets.split(',') : null;

// Trace event names → the kind of work.
const KIND = {
  FunctionCall: 'script', EventDispatch: 'script', TimerFire: 'script', FireAnimationFrame: 'script',
  EvaluateScript: 'script', 'v8.compile': 'compile', 'v8.wasm.compileLazy': 'compile',
  'v8.wasm.streamFromResponseCallback': 'compile', 'v8.wasm.compiledModule': 'compile',
  'wasm.CompileLazy': 'compile', RunMicrotasks: 'script', 'V8.GCScavenger': 'gc', MajorGC: 'gc', MinorGC: 'gc',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout', PrePaint: 'paint', Paint: 'paint', UpdateLayer: 'paint', 'Layerize': 'paint',
  CompositeLayers: 'composite', RasterTask: 'raster', ParseHTML: 'parse',
};

const OTHER = new Map();
/** Sums the complete events of the renderer's main thread by kind (self time: an event's
 *  duration minus that of its children on the same thread). */
function summarise(events, from, to) {
  // The busiest renderer main thread (the browser may run several renderers).
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (m) => events.filter((e) => e.ph === 'X' && e.tid === m.tid && e.pid === m.pid).length;
  const main = mains.map((m) => [count(m), m]).sort((a, b) => b[0] - a[0])[0]?.[1];
  const tid = main?.tid;
  const pid = main?.pid;
  const xs = events
    .filter((e) => e.ph === 'X' && e.tid === tid && e.pid === pid && e.ts >= from && e.ts <= to && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const sums = {};
  const stack = [];
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const kind = KIND[e.name] || (e.name.startsWith('v8') ? 'script' : 'other');
    OTHER.set(e.name, (OTHER.get(e.name) || 0) + (kind === 'other' ? e.dur : 0));
    // Attribute time to the innermost known kind: a child's time moves from its parent's kind.
    sums[kind] = (sums[kind] || 0) + e.dur;
    if (parent) sums[parent.kind] -= Math.min(e.dur, parent.end - e.ts);
    stack.push({ end: e.ts + e.dur, kind });
  }
  const out = {};
  for (const [k, v] of Object.entries(sums)) out[k] = Math.round(v / 100) / 10; // ms
  return out;
}

async function withPage(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'jobspor-prof-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 412, height: 915 }, locale: 'da-DK',
  });
  try {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    return await fn(page, cdp);
  } finally {
    await ctx.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

async function trace(cdp, during) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline,blink.user_timing,__metadata',
    transferMode: 'ReportEvents',
  });
  const marks = await during();
  await cdp.send('Tracing.end');
  await done;
  return { events, marks };
}

async function cpuProfile(cdp, during) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
    self.set(name, (self.get(name) || 0) + (dt[i] || 0));
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${Math.round(v / 100) / 10} ms ${k}`);
}

async function typeKeys(page, p) {
  await page.goto(new URL(p.page, BASE).href, { waitUntil: 'load' });
  await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('textarea, input'), p.tag);
  await page.waitForTimeout(500);
  const field = page.locator(`${p.tag} :is(textarea, input[type="text"], input:not([type]))`).filter({ visible: true }).first();
  await field.click();
  return async () => {
    for (const ch of 'jeg søger job som lager i aalborg hver uge'.slice(0, KEYS)) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(100);
    }
  };
}

for (const p of PAGES.filter((x) => !WANTED || WANTED.includes(x.widget))) {
  await withPage(async (page, cdp) => {
    if (values.startup) {
      await page.addInitScript((tag) => {
        document.addEventListener('result', () => {
          if (window.__f) return;
          window.__r = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => { window.__f = performance.now(); }));
        }, true);
      }, p.tag);
      const { events } = await trace(cdp, async () => {
        await page.goto(new URL(p.page, BASE).href, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__f);
      });
      const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame')?.ts ?? 0;
      console.log(JSON.stringify({ widget: p.widget, startup: summarise(events, 0, Infinity), marks: await page.evaluate(() => ({ result: window.__r, frame: window.__f })), nav }));
      return;
    }
    const type = await typeKeys(page, p);
    if (values.cpu) {
      console.log(JSON.stringify({ widget: p.widget, keys: KEYS, top: await cpuProfile(cdp, type) }, null, 1));
    } else {
      const { events } = await trace(cdp, type);
      const per = summarise(events, 0, Infinity);
      for (const k of Object.keys(per)) per[k] = Math.round((per[k] / KEYS) * 10) / 10;
      const other = [...OTHER.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).slice(0, 6)
        .map(([k, v]) => `${k} ${Math.round(v / KEYS / 100) / 10}`);
      OTHER.clear();
      // per_key_ms: self time by kind; other_events_ms: the largest events of kind "other", whole
      // durations (children included) per key – RunTask is the task around everything.
      console.log(JSON.stringify({ widget: p.widget, keys: KEYS, per_key_ms: per, other_events_ms: other }));
    }
  });
}
