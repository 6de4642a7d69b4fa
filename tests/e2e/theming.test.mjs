// Theming from the host (issue 15, docs/embedding.md "Theming"): CSS custom properties
// (`--jobspor-*`) and `::part` set by a host stylesheet reach into the shadow root, the element
// forces no background, and the dark palette follows the element's `color-scheme` – still with no
// WCAG A/AA violation found by axe-core. The host stylesheet is a constructable one (the demo is
// served with a strict CSP: no inline <style>).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Adds a host stylesheet (constructable: allowed by the strict CSP). */
function hostCss(page, css) {
  return page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** The computed styles the tests look at, inside <jobspor-cv-check>. */
function looks(page) {
  return page.evaluate(() => {
    const el = document.querySelector('jobspor-cv-check');
    const button = el.shadowRoot.querySelector('button:not(.secondary):not(.add):not(.link)');
    const score = el.shadowRoot.querySelector('[part~="score"]');
    return {
      button: getComputedStyle(button).backgroundColor,
      buttonText: getComputedStyle(button).color,
      host: getComputedStyle(el).backgroundColor,
      scoreOutline: score ? getComputedStyle(score).outlineColor : null,
      base: !!el.shadowRoot.querySelector('[part~="base"]'),
    };
  });
}

async function axeViolations(page, selector) {
  await page.evaluate(AXE);
  return page.evaluate((selector) =>
    window.axe
      .run(document.querySelector(selector), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`)), selector);
}

export default function (t) {
  t.test('a host stylesheet themes the widget: --jobspor-primary, ::part(score), no forced background', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/');
    await page.locator('jobspor-cv-check button').first().waitFor({ state: 'attached' });
    const before = await looks(page);
    assert.equal(before.button, 'rgb(11, 79, 138)', 'the default primary (#0b4f8a)');
    assert.equal(before.host, 'rgba(0, 0, 0, 0)', 'the element has no background of its own');
    assert.equal(before.base, true, 'part="base"');
    await hostCss(page, 'jobspor-cv-check { --jobspor-primary: rgb(106, 27, 154); --jobspor-on-primary: rgb(255, 255, 240) }\n' +
      'jobspor-cv-check::part(score) { outline: 3px solid rgb(1, 2, 3) }');
    const after = await looks(page);
    assert.equal(after.button, 'rgb(106, 27, 154)', 'a button follows --jobspor-primary');
    assert.equal(after.buttonText, 'rgb(255, 255, 240)', 'its text follows --jobspor-on-primary');
    assert.equal(after.scoreOutline, 'rgb(1, 2, 3)', '::part(score) is styled from outside');
    await assertClean(page);
  });

  t.test('dark scheme: follows color-scheme (light dark + prefers dark), stays light on a page that declares nothing; axe finds no violation', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('jobspor-cv-check button').first().waitFor({ state: 'attached' });
    assert.equal((await looks(page)).button, 'rgb(11, 79, 138)', 'a page that declares no color-scheme keeps the light palette');
    // The host opts in for the widget, and gives it a dark page around it.
    await hostCss(page, 'jobspor-cv-check { color-scheme: light dark; background: #121416; padding: 1rem }');
    assert.equal((await looks(page)).button, 'rgb(140, 196, 255)', 'the dark primary (#8cc4ff)');
    await page.getByRole('button', { name: 'Indlæs eksempel-CV' }).click();
    await page.waitForTimeout(500);
    assert.deepEqual(await axeViolations(page, 'jobspor-cv-check'), [], 'axe-core violations in the dark CV widget');
    await page.emulateMedia({ colorScheme: 'light' });
    assert.equal((await looks(page)).button, 'rgb(11, 79, 138)', 'back to light when the system prefers light');
    await assertClean(page);
  });

  for (const [path, tag] of [['/smart.html', 'jobspor-smart-check'], ['/track.html', 'jobspor-track'], ['/abc.html', 'jobspor-abc-plan'], ['/job-order.html', 'jobspor-job-order']]) {
    t.test(`dark scheme: no axe violation in <${tag}>`, async ({ openPage, assertClean, assert }) => {
      const page = await openPage(path);
      await page.locator(`${tag} button`).first().waitFor({ state: 'attached' });
      await hostCss(page, `${tag} { color-scheme: dark; background: #121416 }`);
      await page.waitForTimeout(300);
      assert.deepEqual(await axeViolations(page, tag), [], `axe-core violations in the dark ${tag}`);
      await assertClean(page);
    });
  }
}
