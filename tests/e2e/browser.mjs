// Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by
// playwright-core (no browser download, ever), a fresh profile per run, and a page recorder that
// catches what a privacy- and CSP-strict page must never do.
//
//   import { launch, openPage, assertClean, close, BASE_URL } from './browser.mjs';
//   const page = await openPage('/');          // launches on first use
//   ... page.evaluate(...), page.locator(...) ...
//   await assertClean(page);                   // no console errors, page errors, CSP
//                                              // violations, failed loads or foreign requests
//   await close();                             // run.mjs does this for you
//
// JOBSPOR_BASE_URL (default http://127.0.0.1:8080/) is where the demo is served:
// `cargo xtask e2e`/`cargo xtask test` serve it on a free port and set it.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE_URL = new URL(process.env.JOBSPOR_BASE_URL || 'http://127.0.0.1:8080/').href;
export const ORIGIN = new URL(BASE_URL).origin;
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let context = null;
let userDataDir = null;

/** Starts Chromium with a fresh temporary profile (once); returns the BrowserContext. */
export async function launch() {
  if (context) return context;
  userDataDir = mkdtempSync(join(tmpdir(), 'jobspor-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 900 },
    locale: 'da-DK',
    timeout: 60_000,
  });
  // Every page, before any of its scripts: keep CSP violations on window for assertClean.
  await context.addInitScript(() => {
    window.__jobsporCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__jobsporCspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`,
      );
    }, true);
  });
  return context;
}

/** Closes the browser and removes its temporary profile. */
export async function close() {
  const c = context;
  context = null;
  if (c) await c.close().catch(() => {});
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  userDataDir = null;
}

/** Resolves a path like '/pkg/jobspor.js' or 'index.html' against JOBSPOR_BASE_URL. */
export function url(path = '/') {
  return new URL(path.replace(/^\//, ''), BASE_URL).href;
}

/**
 * Opens a new page at JOBSPOR_BASE_URL + path and records its problems on `page.jobspor`:
 * consoleErrors, pageErrors, cspViolations (console side), failedRequests, foreignRequests
 * (any request whose origin isn't the base URL's: must stay empty), and `response` (the
 * navigation's). Options: { waitUntil = 'load', allowConsole = [RegExp…] }.
 */
export async function openPage(path = '/', { waitUntil = 'load', allowConsole = [] } = {}) {
  const ctx = await launch();
  const page = await ctx.newPage();
  const rec = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    failedRequests: [],
    foreignRequests: [],
    response: null,
  };
  page.jobspor = rec;
  page.on('console', (msg) => {
    const text = msg.text();
    const loc = msg.location();
    if (/Content[- ]Security[- ]Policy/i.test(text)) rec.cspViolations.push(`console: ${text}`);
    if (isAutoFavicon(loc?.url)) return;
    if (msg.type() === 'error' && !allowConsole.some((re) => re.test(text))) {
      rec.consoleErrors.push(`${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => rec.pageErrors.push(String(err?.stack || err)));
  page.on('request', (req) => {
    const u = req.url();
    if (/^(data|blob|about):/.test(u)) return;
    let origin;
    try { origin = new URL(u).origin; } catch { origin = u; }
    if (origin !== ORIGIN) rec.foreignRequests.push(`${req.method()} ${u}`);
  });
  page.on('requestfailed', (req) => {
    const u = req.url();
    // A navigation away or a closed page aborts requests; that isn't the page's fault.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    rec.failedRequests.push(`${u}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !isAutoFavicon(res.url())) rec.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  rec.response = await page.goto(url(path), { waitUntil });
  return page;
}

/** Chromium asks for /favicon.ico by itself when a page names no icon; its 404 isn't the page's. */
function isAutoFavicon(u) {
  try {
    const parsed = new URL(u);
    return parsed.origin === ORIGIN && parsed.pathname === '/favicon.ico';
  } catch {
    return false;
  }
}

/** Everything recorded so far, including CSP violations the page itself saw. */
export async function problems(page) {
  const rec = page.jobspor;
  let seen = [];
  if (!page.isClosed()) {
    seen = await page.evaluate(() => window.__jobsporCspViolations ?? []).catch(() => []);
  }
  return {
    consoleErrors: rec.consoleErrors,
    pageErrors: rec.pageErrors,
    cspViolations: [...seen.map((v) => `event: ${v}`), ...rec.cspViolations],
    failedRequests: rec.failedRequests,
    foreignRequests: rec.foreignRequests,
  };
}

/** Fails with every recorded problem listed: the page must be error-free, CSP-clean and private. */
export async function assertClean(page) {
  const p = await problems(page);
  const lines = Object.entries(p).flatMap(([kind, list]) => list.map((x) => `  ${kind}: ${x}`));
  assert.ok(lines.length === 0, `page ${page.url()} is not clean:\n${lines.join('\n')}`);
}

/**
 * Opens `path`, waits until the widget `tag` has rendered `ready` (a selector inside it), and
 * records every `result` event of the first `tag` element from then on (see `events`).
 */
export async function openWidget(openPage, path, tag, ready) {
  const page = await openPage(path);
  await page.locator(`${tag} ${ready}`).waitFor();
  await recordResults(page, tag);
  return page;
}

/** Records every `result` event of the first `tag` element from now on in `window.__results`. */
export async function recordResults(page, tag) {
  await page.evaluate((tag) => {
    window.__results = [];
    document.querySelector(tag).addEventListener('result', (e) => window.__results.push(e.detail));
  }, tag);
}

/** The `detail`s of the `result` events recorded so far, and the last one. */
/** Presses Tab, at most `tries` times, until a form control (input, textarea, select) in the
 * shadow root of the element `tag` has the focus; returns its id, tag name and focus outline
 * ({ id, tag, outline, width, visible }), or null when none got it. */
export async function tabToControl(page, tag, tries) {
  for (let i = 0; i < tries; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((t) => {
      const el = document.querySelector(t).shadowRoot.activeElement;
      if (!el || !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return null;
      const s = getComputedStyle(el);
      return { id: el.id, tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: el.matches(':focus-visible') };
    }, tag);
    if (found) return found;
  }
  return null;
}

export const events = (page) => page.evaluate(() => window.__results);
export const lastEvent = async (page) => (await events(page)).at(-1);

/** What in `tag`'s shadow root is wider than its box or reaches past `limit` CSS px (a print view
 * at the page's content width); screen-reader-only text and what is not shown are skipped. */
export function overflowIn(page, tag, limit) {
  return page.evaluate(([tag, limit]) => {
    const root = document.querySelector(tag).shadowRoot.querySelector('.jsp');
    const bad = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (!el.getClientRects().length || el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}#${el.id}`;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !(el instanceof SVGElement)) bad.push(`${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      if (r.right > limit + 0.5) bad.push(`${name}: right edge ${r.right} > ${limit}`);
    }
    return bad;
  }, [tag, limit]);
}

/** The number of pages of a PDF (Chromium's `page.pdf()`). */
export const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Where the e2e tests write what a person may want to look at (PDFs, screenshots). */
const OUT_DIR = new URL('./out/', import.meta.url);

/** Prints the page to A4 as the print tests do (12 mm top and bottom, 15 mm left and right),
 * keeps the PDF as `tests/e2e/out/NAME.pdf` and returns it. */
export async function printA4(page, name) {
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '15mm', right: '15mm' } });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(new URL(`${name}.pdf`, OUT_DIR), pdf);
  return pdf;
}

/** How many CSS px the page is wider than the window (0 or less: no horizontal scroll). */
export const pageOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The content width of an A4 page as `printA4` prints it (210 mm less 2 × 15 mm), in CSS px. */
export const A4_CONTENT = Math.floor((180 / 25.4) * 96);

/** Replaces `window.print` with a counter that `printed(page)` reads (the print buttons call it). */
export const catchPrint = (page) => page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
export const printed = (page) => page.evaluate(() => window.__printed);

/** A phone's window (390 × 844 CSS px), then `settle` ms for the layout (0: no wait). */
export async function phoneWidth(page, settle = 0) {
  await page.setViewportSize({ width: 390, height: 844 });
  if (settle) await page.waitForTimeout(settle);
}

/** Asserts that the page has no horizontal scroll. */
export async function assertNoHorizontalScroll(page, assert) {
  const overflow = await pageOverflow(page);
  assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px)`);
}

/** Prints the page as `printA4` does (kept as NAME.pdf), asserts that `what` fills ONE A4 page,
 * and goes back to the screen media. */
export async function assertOneA4Page(page, name, what, assert) {
  const pages = pdfPages(await printA4(page, name));
  assert.equal(pages, 1, `${what} prints on ONE A4 page (got ${pages})`);
  await page.emulateMedia({ media: 'screen' });
}

/** Switches the demo page to English (its `lang-en` radio), waits for `tag` to render in English
 * and asserts that each of `texts` stands in the widget; returns the widget's text. */
export async function switchToEnglish(page, tag, texts, assert) {
  await page.locator('label[for="lang-en"]').click();
  await page.locator(`${tag} .jsp[lang="en"]`).waitFor();
  const text = await page.locator(`${tag} .jsp`).textContent();
  for (const s of texts) assert.ok(text.includes(s), `English text ${s}`);
  return text;
}
