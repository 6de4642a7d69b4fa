// WCAG 2.1 A/AA audit of every demo page with axe-core (the same engine as the browser extensions),
// inside the widgets' shadow roots too, under the strict CSP the pages are served with (axe is run
// through the DevTools protocol, not injected as a page script). Each page is audited with its
// widget filled in, so the findings, badges and result sections are part of the audit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
  { path: '/', name: 'CV', prepare: ['Indlæs eksempel-CV', /Prøv med en jobordre/] },
  { path: '/smart.html', name: 'Min Plan (SMART)', prepare: [] },
  { path: '/track.html', name: 'sporvalg', prepare: [] },
  { path: '/abc.html', name: 'ABC-jobplan', prepare: [] },
  { path: '/job-order.html', name: 'jobordre', prepare: ['Indlæs eksempel-jobordre'] },
  { path: '/numbers.html', name: 'egne tal', prepare: ['Eksempel: tre kontakter'] },
  { path: '/progress.html', name: 'progressionskort', prepare: ['Eksempel: tre datoer'] },
  { path: '/plan.html', name: 'jobspor og joblog', prepare: ['Eksempel: tre jobspor, seks ugers joblog'] },
  { path: '/conversation.html', name: 'samtalen', prepare: ['Eksempel: to delmål'] },
  // CV + SMART + ABC from one module (jobspor/suite, issue 14).
  { path: '/several.html', name: 'flere på én side', prepare: [] },
];

export default function (t) {
  for (const p of PAGES) {
    t.test(`${p.name} (${p.path}): no WCAG 2.1 A/AA violations found by axe-core, shadow roots included`, async ({ openPage, assertClean, assert }) => {
      const page = await openPage(p.path);
      await page.locator(':is(jobspor-cv-check, jobspor-smart-check, jobspor-track, jobspor-abc-plan, jobspor-job-order, jobspor-resources, jobspor-progress-card, jobspor-plan, jobspor-conversation)').first().waitFor();
      for (const name of p.prepare) await page.getByRole('button', { name }).click();
      await page.waitForTimeout(500);
      await page.evaluate(AXE);
      const r = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => ({
          violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`),
          shadowNodes: r.passes.flatMap((x) => x.nodes).filter((n) => Array.isArray(n.target[0])).length,
        })));
      assert.deepEqual(r.violations, [], 'axe-core violations');
      assert.ok(r.shadowNodes > 50, `the audit reached into the widget's shadow root (${r.shadowNodes} nodes)`);
      await assertClean(page);
    });
  }

  t.test('every demo page has the same main menu: all five demos, the current one marked', async ({ openPage, assertClean, assert }) => {
    for (const p of PAGES) {
      const page = await openPage(p.path);
      const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
      await nav.getByRole('link').first().waitFor();
      const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('aria-current')]));
      assert.deepEqual(links.map(([text]) => text), ['Mit CV', 'Min Plan', 'Sporvalg', 'ABC-jobplan', 'Jobordre', 'Egne tal', 'Progression', 'Jobspor og joblog', 'Samtalen', 'Flere på én side', 'Om demoen'], p.path);
      assert.equal(links.filter(([, current]) => current === 'page').length, 1, `${p.path}: one current page`);
      await assertClean(page);
      await page.close();
    }
  });
}
