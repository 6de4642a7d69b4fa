// Jobspor end-to-end test harness: runs every tests/e2e/*.test.mjs in headless Chromium against
// the demo served at JOBSPOR_BASE_URL.
//
// Run:   cargo xtask e2e [FILTER…]     (builds the package, serves it on a free port, runs this)
//        node tests/e2e/run.mjs [FILTER…]   (against a server you started: `cargo xtask demo`,
//                                        JOBSPOR_BASE_URL defaults to http://127.0.0.1:8080/)
// A FILTER keeps tests whose "file › name" contains it. Exit status 1 when any test fails or
// none ran. Screenshots go to tests/e2e/out/ (gitignored): one per failed test, automatically,
// plus any a test takes itself.
//
// Writing a test file, tests/e2e/NAME.test.mjs – either form:
//
//   export default function (t) {
//     t.test('the demo checks a CV', async ({ openPage, assertClean, fixture, screenshot, assert }) => {
//       const page = await openPage('/');              // a fresh page; closed after the test
//       const r = await page.evaluate(async (cv) => {
//         const { checkCv } = await import('/pkg/jobspor.js');
//         return checkCv(cv);
//       }, fixture('cv-example.json'));
//       assert.equal(r.searchable, true);
//       await screenshot(page, 'after-check');          // tests/e2e/out/NAME--after-check.png
//       await assertClean(page);                        // no console/page errors, CSP violations,
//     });                                               // failed loads or foreign requests
//   }
//
//   export const tests = [{ name: 'another test', fn: async (ctx) => { … } }];
//
// The context each test gets:
//   openPage(path, {waitUntil, allowConsole})  a Playwright Page at JOBSPOR_BASE_URL + path, with
//                                              page.jobspor recording problems (see browser.mjs)
//   assertClean(page), problems(page)          fail on / list the recorded problems
//   screenshot(page, label)                    save a full-page PNG in tests/e2e/out/
//   fixture(name)                              parsed JSON from tests/fixtures/NAME
//   fixtureText(name)                          its raw text
//   url(path), baseUrl                         absolute URLs on the served demo
//   context                                    the shared Playwright BrowserContext
//   assert                                     node:assert/strict
// Tests run one at a time in file order, sharing one browser; each test's pages are closed after
// it. E2E_TIMEOUT_MS (default 120000) only guards against a hang; nothing here times anything.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import * as browser from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, 'out');
const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS) || 120_000;

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

async function collect(filters) {
  const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
  const all = [];
  for (const file of files) {
    const short = file.replace(/\.test\.mjs$/, '');
    const add = (name, fn) => {
      assert.equal(typeof name, 'string', `${file}: a test needs a name`);
      assert.equal(typeof fn, 'function', `${file}: test "${name}" needs a function`);
      all.push({ file: short, name, fn, id: `${short} › ${name}` });
    };
    const mod = await import(pathToFileURL(join(here, file)).href);
    if (typeof mod.default === 'function') await mod.default({ test: add });
    for (const t of mod.tests ?? []) add(t.name, t.fn);
  }
  return all.filter((t) => filters.length === 0 || filters.some((f) => t.id.includes(f)));
}

function withTimeout(promise, ms, what) {
  let timer;
  const guard = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

async function runOne(t) {
  const pages = [];
  const shot = async (page, label) => {
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, `${slug(t.file)}--${slug(label)}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
  const ctx = {
    assert,
    baseUrl: browser.BASE_URL,
    url: browser.url,
    context: await browser.launch(),
    openPage: async (path, opts) => {
      const page = await browser.openPage(path, opts);
      pages.push(page);
      return page;
    },
    assertClean: browser.assertClean,
    problems: browser.problems,
    screenshot: shot,
    fixtureText: (name) => readFileSync(join(fixturesDir, name), 'utf8'),
    fixture: (name) => JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')),
  };
  try {
    await withTimeout(Promise.resolve().then(() => t.fn(ctx)), timeoutMs, `test "${t.id}"`);
    return null;
  } catch (err) {
    const shots = [];
    for (const [i, page] of pages.entries()) {
      if (page.isClosed()) continue;
      try {
        shots.push(await shot(page, `${t.name}-failed${pages.length > 1 ? `-${i + 1}` : ''}`));
      } catch { /* the page may be gone */ }
    }
    return { err, shots };
  } finally {
    for (const page of pages) await page.close().catch(() => {});
  }
}

async function main() {
  const filters = process.argv.slice(2);
  console.log(`e2e: ${browser.BASE_URL} in ${browser.CHROMIUM} (headless)`);
  const tests = await collect(filters);
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      const start = performance.now();
      const failure = await runOne(t);
      const ms = Math.round(performance.now() - start);
      if (!failure) {
        passed++;
        console.log(`ok    ${t.id} (${ms} ms)`);
      } else {
        failed++;
        console.log(`FAIL  ${t.id} (${ms} ms)`);
        const text = String(failure.err?.stack || failure.err);
        console.log(text.split('\n').map((l) => `      ${l}`).join('\n'));
        for (const s of failure.shots) console.log(`      screenshot: ${s}`);
      }
    }
  } finally {
    await browser.close();
  }
  if (tests.length === 0) {
    console.log(`e2e: no tests matched${filters.length ? ` ${JSON.stringify(filters)}` : ''}`);
    failed = Math.max(failed, 1);
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch(async (err) => {
    console.error(err);
    await browser.close();
    process.exitCode = 1;
  });
}
