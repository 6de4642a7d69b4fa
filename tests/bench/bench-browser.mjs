// Issue 14 in headless Chromium (playwright-core driving Debian's /usr/bin/chromium, as the e2e
// tests do): per demo page the start-up breakdown, cold and cached, at 1× and at 4× CPU with a
// 9 Mbit/s, 40 ms link (CDP throttling), and per widget the keystroke-to-frame latency beside a
// plain textarea on the same page.
//
//   JOBSPOR_BASE_URL=http://127.0.0.1:PORT/ node tests/bench/bench-browser.mjs [--keys N] [--runs N]
//                    [--only startup|keys] [--widgets cv,cv-10-jobs,smart,track,abc,joborder]
//                    [--profile 1x|4x]
//
// `cargo xtask bench` serves the demo and runs it. Prints one JSON line per measurement:
// {"kind":"startup", page, profile, cache, nav_to_entry_ms, nav_to_wasm_request_ms,
//  entry_to_wasm_request_ms, nav_to_defined_ms, nav_to_first_result_ms, nav_to_first_frame_ms,
//  first_paint_ms, widget_after_paint_ms, bytes}
// {"kind":"keys", page, profile, median_ms, p95_ms, baseline_median_ms, baseline_p95_ms, keys}
// Times are medians of --runs loads. Nothing is asserted: figures vary by machine and load.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/browser.mjs';

const BASE = new URL(process.env.JOBSPOR_BASE_URL || 'http://127.0.0.1:8080/').href;
const { values } = parseArgs({
  options: {
    keys: { type: 'string', default: '30' },
    runs: { type: 'string', default: '3' },
    // `startup` or `keys`: one part only; `widgets`: a comma-separated list (cv,cv-10-jobs,smart,…).
    only: { type: 'string', default: '' },
    widgets: { type: 'string', default: '' },
    // `1x` or `4x`: the start-up part at one profile only.
    profile: { type: 'string', default: '' },
  },
});
const ONLY = values.only;
const WANTED = values.widgets ? values.widgets.split(',').map((w) => w.trim()) : null;
const wanted = (p) => !WANTED || WANTED.includes(p.widget);
const KEYS = Math.max(1, Number.parseInt(values.keys, 10) || 30);
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 3);

export const PAGES = [
  { page: 'index.html', widget: 'cv', tag: 'jobspor-cv-check', wasm: 'jobspor_wasm_bg.wasm', entry: 'jobspor.js' },
  { page: 'smart.html', widget: 'smart', tag: 'jobspor-smart-check', wasm: 'jobspor_smart_bg.wasm', entry: 'smart.js' },
  { page: 'track.html', widget: 'track', tag: 'jobspor-track', wasm: 'jobspor_track_bg.wasm', entry: 'track.js' },
  { page: 'abc.html', widget: 'abc', tag: 'jobspor-abc-plan', wasm: 'jobspor_abc_bg.wasm', entry: 'abc.js' },
  { page: 'job-order.html', widget: 'joborder', tag: 'jobspor-job-order', wasm: 'jobspor_joborder_bg.wasm', entry: 'joborder.js' },
];
// The keystroke cases: each page's widget, and the CV widget holding a CV with ten jobs (issue 14:
// "including the CV widget with a 10-job CV").
const TEN_JOBS = {
  contact: { name: 'Mette Jensen', email: 'mette@example.dk', phone: '12345678', municipality_code: '851' },
  job_wishes: [{ occupation: 'Lagermedarbejder', qualifications: ['Truckkørsel', 'Varemodtagelse'], experience_years: 6 }],
  work_experience: Array.from({ length: 10 }, (_, i) => ({
    employer: `Firma ${i + 1} A/S`, title: 'Lagermedarbejder', start: `${2004 + 2 * i}-01`, end: `${2005 + 2 * i}-12`,
    description: 'Plukning, pakning og varemodtagelse; truckkørsel og lagerstyring i WMS.',
  })),
  education: [{ title: 'Lager- og terminaluddannelsen', level: 'vocational', completed: true }],
  languages: [{ language: 'Dansk' }, { language: 'Engelsk' }],
};
const KEY_CASES = [
  ...PAGES,
  { ...PAGES[0], widget: 'cv-10-jobs', cv: TEN_JOBS },
];
const PROFILES = [
  { name: '1x', cpu: 1, net: null },
  // A mid-range phone on 4G (issue 14): 4× CPU, 9 Mbit/s down, 40 ms latency.
  { name: '4x-9mbit-40ms', cpu: 4, net: { latency: 40, downloadThroughput: (9e6 / 8), uploadThroughput: (9e6 / 8) } },
];

// Before any page script: marks for the widget being defined, its first `result` event and the
// frame after it (two rAFs: the frame that paints the result has been produced).
function instrument(tag) {
  window.__jsp = {};
  customElements.whenDefined(tag).then(() => { window.__jsp.defined = performance.now(); });
  document.addEventListener('result', () => {
    if (window.__jsp.result) return;
    window.__jsp.result = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__jsp.frame = performance.now(); }));
  }, true);
}

const median = (v) => {
  const s = v.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const pct = (v, p) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : null;
};
const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);

async function withContext(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'jobspor-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 412, height: 915 },
    locale: 'da-DK', timeout: 120_000,
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

async function throttle(ctx, page, profile) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.net) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.net });
  return cdp;
}

/** One load of a page: the marks, and the bytes that came over the wire. */
async function load(page, cdp, p) {
  let bytes = 0;
  const onDone = (e) => { bytes += e.encodedDataLength || 0; };
  cdp.on('Network.loadingFinished', onDone);
  await page.goto(new URL(p.page, BASE).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__jsp && window.__jsp.frame, null, { timeout: 60_000 });
  cdp.off('Network.loadingFinished', onDone);
  return page.evaluate(({ wasm, entry }) => {
    const res = performance.getEntriesByType('resource');
    const find = (suffix) => res.find((r) => r.name.endsWith(`/pkg/${suffix}`));
    const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
      || performance.getEntriesByType('paint')[0];
    return {
      entry: find(entry)?.startTime ?? null,
      wasm: find(wasm)?.startTime ?? null,
      defined: window.__jsp.defined ?? null,
      result: window.__jsp.result ?? null,
      frame: window.__jsp.frame ?? null,
      paint: paint?.startTime ?? null,
    };
  }, p).then((m) => ({ ...m, bytes }));
}

async function startup(p, profile) {
  return withContext(async (ctx) => {
    await ctx.addInitScript(instrument, p.tag);
    const page = await ctx.newPage();
    const cdp = await throttle(ctx, page, profile);
    const out = [];
    for (const cache of ['cold', 'cached']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        if (cache === 'cold') await cdp.send('Network.clearBrowserCache');
        else if (i === 0) await load(page, cdp, p); // warm the cache
        runs.push(await load(page, cdp, p));
      }
      const m = (f) => r1(median(runs.map(f)));
      out.push({
        kind: 'startup', page: p.page, widget: p.widget, profile: profile.name, cache, runs: RUNS,
        nav_to_entry_ms: m((r) => r.entry),
        nav_to_wasm_request_ms: m((r) => r.wasm),
        entry_to_wasm_request_ms: m((r) => r.wasm - r.entry),
        nav_to_defined_ms: m((r) => r.defined),
        nav_to_first_result_ms: m((r) => r.result),
        nav_to_first_frame_ms: m((r) => r.frame),
        first_paint_ms: m((r) => r.paint),
        widget_after_paint_ms: m((r) => r.frame - r.paint),
        bytes: Math.round(median(runs.map((r) => r.bytes))),
      });
    }
    return out;
  });
}

// Key → the frame after it, measured in the page: keydown time to the second rAF after it.
function keyProbe() {
  window.__keys = [];
  document.addEventListener('keydown', () => {
    const t = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => window.__keys.push(performance.now() - t)));
  }, true);
}

async function typeInto(page, locator) {
  await locator.click();
  await page.evaluate(() => { window.__keys = []; });
  const text = 'Jeg søger job som lagermedarbejder i Aalborg hver uge '.repeat(3).slice(0, KEYS);
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  // Playwright types a character with no key of its own (ø) as inserted text, without a keydown:
  // wait for the keys that have one (waiting for all of them timed out after 60 s each time).
  const withKey = [...text].filter((c) => c >= ' ' && c <= '~').length;
  await page.waitForFunction((n) => window.__keys.length >= n, withKey, { timeout: 60_000 }).catch(() => {});
  return page.evaluate(() => window.__keys.slice());
}

async function keystrokes(p, profile) {
  return withContext(async (ctx) => {
    await ctx.addInitScript(instrument, p.tag);
    await ctx.addInitScript(keyProbe);
    const page = await ctx.newPage();
    await throttle(ctx, page, profile);
    await page.goto(new URL(p.page, BASE).href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__jsp && window.__jsp.frame, null, { timeout: 60_000 });
    if (p.cv) {
      await page.evaluate(({ tag, cv }) => { document.querySelector(tag).cv = cv; }, { tag: p.tag, cv: p.cv });
      await page.waitForTimeout(500);
    }
    // The baseline: a plain textarea in the page's light DOM (no inline style: CSP-clean).
    await page.evaluate(() => {
      const ta = document.createElement('textarea');
      ta.id = 'bench-baseline';
      ta.setAttribute('aria-label', 'baseline');
      document.body.prepend(ta);
    });
    const field = page.locator(`${p.tag} :is(textarea, input[type="text"], input:not([type]))`).filter({ visible: true }).first();
    const widget = await typeInto(page, field);
    const base = await typeInto(page, page.locator('#bench-baseline'));
    return {
      kind: 'keys', page: p.page, widget: p.widget, profile: profile.name, keys: widget.length,
      median_ms: r1(median(widget)), p95_ms: r1(pct(widget, 0.95)),
      baseline_median_ms: r1(median(base)), baseline_p95_ms: r1(pct(base, 0.95)),
    };
  });
}

const wantedProfile = (pr) => !values.profile || pr.name.startsWith(values.profile);
for (const profile of ONLY === 'keys' ? [] : PROFILES.filter(wantedProfile)) {
  for (const p of PAGES.filter(wanted)) {
    try {
      for (const line of await startup(p, profile)) console.log(JSON.stringify(line));
    } catch (e) {
      console.log(JSON.stringify({ kind: 'startup', page: p.page, widget: p.widget, profile: profile.name, error: String(e.message || e).split('\n')[0] }));
    }
  }
}
for (const p of ONLY === 'startup' ? [] : KEY_CASES.filter(wanted)) {
  const profile = PROFILES[1];
  try {
    console.log(JSON.stringify(await keystrokes(p, profile)));
  } catch (e) {
    console.log(JSON.stringify({ kind: 'keys', page: p.page, widget: p.widget, profile: profile.name, error: String(e.message || e).split('\n')[0] }));
  }
}
