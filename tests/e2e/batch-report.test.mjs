// The a-kasse's batch report (issue 21): `jobspor cv check --cvs tests/fixtures/batch --report
// FILE.html` opened from disk in headless Chromium. It must load nothing but itself, raise no CSP
// violation (its own policy is `default-src 'none'` with the style sheet's hash; it is also served
// once under the issue's `default-src 'none'; style-src 'self' 'unsafe-inline'`), pass axe-core
// (WCAG 2.1 A/AA) with 0 violations, show its charts (inline SVG, each with a table beside it),
// and every figure must equal the same run's CSV aggregates.
//
// The CLI: JOBSPOR_BIN, else target/debug/jobspor (`cargo xtask e2e` builds it first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'tests/e2e/out');
const BIN = process.env.JOBSPOR_BIN || join(ROOT, 'target/debug/jobspor');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ISSUE_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'";

/** Runs the batch on the fixture folder: the CSV (stdout) and the report's path. */
function runBatch(assert) {
  assert.ok(existsSync(BIN), `no jobspor binary at ${BIN}: run \`cargo build -p jobspor-cli\` or set JOBSPOR_BIN`);
  mkdirSync(OUT, { recursive: true });
  const report = join(OUT, 'batch-report.html');
  const r = spawnSync(BIN, ['cv', 'check', '--cvs', 'tests/fixtures/batch', '--format', 'csv', '--report', report], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 1, `two fixture CVs are broken, so exit 1: ${r.stderr}`);
  return { csv: r.stdout, stderr: r.stderr, report };
}

/** The figures the report shows, computed from the CSV alone. */
function csvAggregates(csv, assert) {
  assert.ok(csv.startsWith('\ufeff'), 'the CSV starts with a BOM');
  const [header, ...lines] = csv.slice(1).split('\r\n').filter((l) => l !== '');
  const cols = header.split(';');
  const col = (name) => cols.indexOf(name);
  const rows = lines.map((l) => l.split(';'));
  const band = (s) => Math.min(9, Math.floor(Number(s) / 10));
  const figures = { checked: rows.length, searchable: 0, 'not-searchable': 0 };
  for (let i = 0; i < 10; i++) figures[`findability-band-${i}`] = figures[`selection-band-${i}`] = 0;
  for (let i = 0; i < 3; i++) figures[`severity-${i}`] = 0;
  const modules = {};
  for (const r of rows) {
    figures[r[col('Kan findes i Jobnet')] === 'ja' ? 'searchable' : 'not-searchable']++;
    figures[`findability-band-${band(r[col('Søgbarhed')])}`]++;
    figures[`selection-band-${band(r[col('Udvælgelse')])}`]++;
    ['Skal rettes', 'Bør rettes', 'Tip'].forEach((name, i) => { figures[`severity-${i}`] += Number(r[col(name)]); });
    for (const m of r[col('Blokerende moduler')].split(', ').filter(Boolean)) modules[m] = (modules[m] ?? 0) + 1;
  }
  return { figures, modules };
}

/** The report's figures: every `data-figure` element's number. */
function reportFigures(page) {
  return page.evaluate(() => {
    const figures = {};
    const modules = {};
    for (const el of document.querySelectorAll('[data-figure]')) {
      const n = Number(el.textContent.trim());
      if (el.dataset.figure === 'blocking-module') modules[el.dataset.module] = n;
      else if (!el.dataset.figure.startsWith('blocking-rule-')) figures[el.dataset.figure] = n;
    }
    return { figures, modules };
  });
}

/** A page on the shared context that records every request and CSP violation. */
async function recordingPage(context) {
  const page = await context.newPage();
  const seen = { requests: [], csp: [], errors: [] };
  page.on('request', (req) => seen.requests.push(req.url()));
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) seen.csp.push(msg.text());
    else if (msg.type() === 'error') seen.errors.push(msg.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return { page, seen };
}

const cspEvents = (page) => page.evaluate(() => window.__jobsporCspViolations ?? []);

export default function (t) {
  t.test('the report opens from disk: no request but itself, no CSP violation, axe 0 violations, charts beside their tables', async ({ context, screenshot, assert }) => {
    const { report } = runBatch(assert);
    const { page, seen } = await recordingPage(context);
    const url = pathToFileURL(report).href;
    try {
      await page.goto(url, { waitUntil: 'load' });
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(meta, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/, 'its own policy is stricter than the issue\'s');
      assert.equal(await page.locator('html').getAttribute('lang'), 'da');
      // The style sheet applied (the hash matches): headings have the report's border colour.
      const border = await page.locator('h2').first().evaluate((h) => getComputedStyle(h).borderBottomColor);
      assert.equal(border, 'rgb(31, 95, 139)', 'the inline style sheet is allowed by its hash');
      const charts = await page.evaluate(() => [...document.querySelectorAll('svg')].map((svg) => ({
        id: svg.id,
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent ?? '',
        tableBeside: !!svg.closest('.pair')?.querySelector('table'),
        width: svg.getBoundingClientRect().width,
      })));
      assert.deepEqual(charts.map((c) => c.id), ['chart-searchable', 'chart-findability', 'chart-selection', 'chart-blocking', 'chart-common']);
      for (const c of charts) {
        assert.equal(c.role, 'img', c.id);
        assert.ok(c.title.length > 10, `${c.id} has a title`);
        assert.ok(c.tableBeside, `${c.id} has its figures as a table beside it`);
        assert.ok(c.width > 200, `${c.id} is drawn`);
      }
      assert.equal(await page.locator('script').count(), 0, 'no script at all');
      await page.evaluate(AXE);
      const violations = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((r) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`)));
      assert.deepEqual(violations, [], 'axe-core violations');
      await screenshot(page, 'report');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'report-print');
      assert.deepEqual([...new Set(seen.requests)], [url], 'the only request is the file itself');
      assert.deepEqual([...await cspEvents(page), ...seen.csp], [], 'CSP violations');
      assert.deepEqual(seen.errors, [], 'console or page errors');
    } finally {
      await page.close();
    }
  });

  t.test(`the report under the issue's policy (${ISSUE_CSP}) as a header: no violation, no other request`, async ({ context, assert }) => {
    const { report } = runBatch(assert);
    const { page, seen } = await recordingPage(context);
    const url = 'http://report.jobspor.invalid/report.html';
    const foreign = [];
    try {
      await page.route('**/*', (route) => {
        const u = route.request().url();
        if (u === url) {
          return route.fulfill({ status: 200, body: readFileSync(report), headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': ISSUE_CSP } });
        }
        // Chromium asks for /favicon.ico by itself when a page names none: the browser's, not the page's.
        if (!u.endsWith('/favicon.ico')) foreign.push(u);
        return route.abort();
      });
      await page.goto(url, { waitUntil: 'load' });
      assert.equal(await page.locator('svg').count(), 5);
      assert.deepEqual(foreign, [], 'requests outside the file');
      assert.deepEqual([...await cspEvents(page), ...seen.csp], [], 'CSP violations');
    } finally {
      await page.close();
    }
  });

  t.test("the report's figures equal the CSV's aggregates", async ({ context, assert }) => {
    const { csv, stderr, report } = runBatch(assert);
    const expected = csvAggregates(csv, assert);
    const { page } = await recordingPage(context);
    try {
      await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
      const shown = await reportFigures(page);
      const broken = shown.figures.broken;
      delete shown.figures.broken;
      assert.deepEqual(shown.figures, expected.figures);
      assert.deepEqual(shown.modules, expected.modules);
      assert.equal(broken, stderr.split('\n').filter((l) => l.startsWith('jobspor: ')).length, 'broken = the CVs stderr names');
      // The call list is the CSV's order.
      const ids = await page.locator('table.calllist tbody tr td:nth-child(2)').allTextContents();
      assert.deepEqual(ids, csv.slice(1).split('\r\n').slice(1).filter(Boolean).map((l) => l.split(';')[0]));
      // Sanity: the fixtures give both kinds (a wrong count can't hide behind zeros).
      assert.equal(expected.figures.checked, 5);
      assert.equal(expected.figures['not-searchable'], 2);
    } finally {
      await page.close();
    }
  });
}
