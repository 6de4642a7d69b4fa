// Figures for issue 13's render bound (not a test: nothing here asserts a time): sets N agreements
// as <jobspor-smart-check>'s `value`, N rows as <jobspor-abc-plan>'s `plan`, a CV with N jobs as
// <jobspor-cv-check>'s `cv` and a job order with N requirements as <jobspor-job-order>'s `value`
// on a blank page and prints the wall time until the widget has rendered, the rendered item count and the page's
// JS heap (CDP Performance.getMetrics JSHeapUsedSize) after a forced GC, the DOM node count and
// the renderer process's resident memory (the widgets' state lives in wasm memory, not the JS heap).
//
//   cargo xtask serve --port 8099 &   # serves target/npm at /pkg/
//   JOBSPOR_BASE_URL=http://127.0.0.1:8099/ node tests/e2e/measure-render.mjs [N…]
//   MEASURE_WIDGETS=cv,joborder node tests/e2e/measure-render.mjs 10000   # only those widgets
//
// A run that takes longer than MEASURE_TIMEOUT_MS (default 180000) or crashes the tab is reported
// as such.
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, BASE_URL } from './browser.mjs';

/** The largest resident set (MB) of this script's Chromium renderer processes (Linux /proc). */
function rendererRssMb() {
  const parent = (pid) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
  const ours = (pid) => {
    for (let p = pid, i = 0; p > 1 && i < 20; p = parent(p), i++) if (p === process.pid) return true;
    return false;
  };
  let max = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (!readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('--type=renderer') || !ours(Number(d))) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'))?.[1] ?? 0);
      max = Math.max(max, kb);
    } catch { /* gone */ }
  }
  return Math.round(max / 1024);
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const timeout = Number(process.env.MEASURE_TIMEOUT_MS) || 180_000;

/** Runs in the page: builds the widget, sets the data, waits for the render. */
async function inPage([what, n]) {
  // Per widget: module, tag, the property set, the data, the rendered items, the checked count.
  const row = (i) => ({
    plan: 'ABC'[i % 3], occupation: 'Lagermedarbejder', functions: ['Plukke ordrer'],
    companies: ['Lagre i Aalborg'], who: 'Jeg søger alle opslåede stillinger', when: 'frem til næste samtale', wish: 5, competence: 'full',
  });
  const W = {
    smart: ['smart', 'smart-check', 'value', () => Array.from({ length: n }, (_, i) => `Jeg søger ${i % 9 + 1} stillinger som lagermedarbejder om ugen frem til 2026-06-30.`),
      'li.sm-item', (r) => r.results.length],
    abc: ['abc', 'abc-plan', 'plan', () => ({ weeks_unemployed: 10, conversation: 1, region: 'Nordjylland', rows: Array.from({ length: n }, (_, i) => row(i)), justification: null }),
      'ol.abc-rows > li', (r) => r.rows.length],
    cv: ['jobspor', 'cv-check', 'cv', () => ({
      contact: { name: 'Ali Hansen', email: 'ali@example.dk' },
      work_experience: Array.from({ length: n }, (_, i) => ({ employer: '', title: `Lagermedarbejder ${i}`, start: '2019-01', end: '2023-02', description: '' })),
    }), 'fieldset.entry', (r) => r.findings.length],
    joborder: ['joborder', 'job-order', 'value', () => ({
      title: 'Lagermedarbejder',
      requirements: Array.from({ length: n }, (_, i) => ({ kind: 'qualification', value: `Kvalifikation ${i}`, mandatory: null })),
    }), 'li.jo-req', (r) => r.order.requirements.length],
  };
  const [mod, tag, prop, data, sel, checked] = W[what];
  await import(`/pkg/${mod}.js`);
  await customElements.whenDefined(`jobspor-${tag}`);
  const t0 = performance.now();
  const el = document.createElement(`jobspor-${tag}`);
  el.setAttribute('today', '2026-05-06');
  document.body.append(el);
  el[prop] = data();
  // Yew renders on a later tick: wait until the item count is steady for two frames.
  const root = el.shadowRoot;
  const count = () => root.querySelectorAll(sel).length;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let items = -1;
  for (;;) {
    await frame();
    const c = count();
    if (c > 1 && c === items) break;
    items = c;
  }
  const note = root.querySelector('.render-limit')?.textContent ?? null;
  return { ms: Math.round(performance.now() - t0), items, note, results: el.result ? checked(el.result) : null };
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
const widgets = (process.env.MEASURE_WIDGETS || 'smart,abc,cv,joborder').split(',');
for (const what of widgets) {
  for (const n of sizes.length ? sizes : [1000, 10000]) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(new URL('/smart.html', BASE_URL).href);
    let out;
    try {
      const r = await Promise.race([
        page.evaluate(inPage, [what, n]),
        new Promise((_, rej) => setTimeout(() => rej(new Error(`over ${timeout} ms`)), timeout)),
      ]);
      await page.evaluate(() => globalThis.gc?.());
      const m = (await cdp.send('Performance.getMetrics')).metrics;
      const heap = m.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
      const nodes = m.find((x) => x.name === 'Nodes')?.value ?? 0;
      out = `${r.ms} ms, ${r.items} rendered, ${r.results} checked, heap ${(heap / 1048576).toFixed(1)} MB, ${nodes} DOM nodes, renderer RSS ${rendererRssMb()} MB${r.note ? `, note: "${r.note}"` : ''}`;
    } catch (e) {
      out = `failed: ${e.message.split('\n')[0]}`;
    }
    console.log(`${what} ${n}: ${out}`);
    await page.close().catch(() => {});
  }
}
await browser.close();
