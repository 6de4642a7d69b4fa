// "Hent dit CV fra en fil" (issue 20) in real Chromium on the demo's <jobspor-cv-check>: picking or
// dropping each format's fixture (tests/fixtures/import/) fills the form, shows the import report
// and the scores; a proposed job wish is added only when the citizen presses "Tilføj"; a bad file
// shows the error and the form keeps what it had; the import module is loaded only when a file is
// chosen, and no request goes anywhere but the demo server (assertClean). Playwright's CSS locators
// pierce the open shadow roots.

import { readFileSync } from 'node:fs';
import { openWidget } from './browser.mjs';

const W = 'jobspor-cv-check';
const dir = new URL('../fixtures/import/', import.meta.url);
const file = (name) => ({ name: name.split('/').pop(), mimeType: 'application/octet-stream', buffer: readFileSync(new URL(name, dir)) });

const FORMATS = [
  ['mette.resume.json', 'JSON Resume'],
  ['mette.hropen.json', 'HR Open'],
  ['mette.europass.xml', 'Europass'],
  ['mette.europass-v3.xml', 'Europass v3'],
  ['mette.europass.pdf', 'Europass PDF'],
  ['mette.linkedin.zip', 'LinkedIn zip'],
];

async function openDemo(openPage) {
  const page = await openWidget(openPage, '/', W, '#score-selection');
  await page.locator(`${W} #import-file`).waitFor();
  return page;
}

const requests = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

export default function (t) {
  t.test('picking each format fills the form, shows the report and the scores', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    assert.equal(await page.locator(`${W} .jobspor-import .title`).textContent(), 'Hent dit CV fra en fil');
    assert.ok(!(await requests(page)).some((u) => u.includes('jobspor_import')), 'the import module is not loaded before a file is chosen');
    for (const [name, label] of FORMATS) {
      await page.locator(`${W} #f-contact-name`).fill('Før importen');
      await page.waitForFunction(() => document.querySelector('jobspor-cv-check').cv?.contact?.name === 'Før importen');
      await page.locator(`${W} #import-file`).setInputFiles(file(name));
      await page.waitForFunction(() => document.querySelector('jobspor-cv-check').cv?.contact?.name === 'Mette Sørensen');
      await page.locator(`${W} #import-done`).waitFor();
      assert.equal(await page.locator(`${W} #f-contact-name`).inputValue(), 'Mette Sørensen', `${label}: the form is filled`);
      assert.match(await page.locator(`${W} #import-done`).textContent(), /CV'et er hentet: \d+ felter er overført/, label);
      assert.match(await page.locator(`${W} #import-dropped summary`).textContent(), /Ikke overført \(\d+\)/, label);
      assert.match(await page.locator(`${W} #import-proposals`).textContent(), /Lagermedarbejder/, `${label}: a job wish is proposed`);
      const r = await page.evaluate(() => document.querySelector('jobspor-cv-check').result);
      assert.equal(r.searchable, false, `${label}: no job wish was invented`);
      assert.ok(Number(await page.locator(`${W} #score-findability .num`).textContent()) > 0, `${label}: the scores are shown`);
      // Pressing "Tilføj" adds the proposal: now the CV has a job wish.
      await page.locator(`${W} #import-proposals button`).first().click();
      const cv = await page.evaluate(() => document.querySelector('jobspor-cv-check').cv);
      assert.deepEqual(cv.job_wishes.map((w) => w.occupation), ['Lagermedarbejder'], `${label}: the confirmed wish`);
    }
    assert.ok((await requests(page)).some((u) => u.includes('jobspor_import_bg.wasm')), 'the import module was loaded on use');
    await assertClean(page);
  });

  t.test('dropping a LinkedIn CSV file on the box imports it', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const csv = readFileSync(new URL('linkedin/Positions.csv', dir)).toString('base64');
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'Positions.csv', { type: 'text/csv' }));
      const box = document.querySelector('jobspor-cv-check').shadowRoot.querySelector('.jobspor-import');
      box.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, csv);
    await page.locator(`${W} #import-done`).waitFor();
    const cv = await page.evaluate(() => document.querySelector('jobspor-cv-check').cv);
    assert.deepEqual(cv.work_experience.map((w) => w.employer), ['Nordjysk Grossist A/S', 'Brugsen Ålbæk']);
    assert.match(await page.locator(`${W} #import-guesses`).textContent(), /Mar 2019/);
    await assertClean(page);
  });

  t.test('a bad file shows the error and the form keeps what it had', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.locator(`${W} #f-contact-name`).fill('Mette Jensen');
    const before = await page.evaluate(() => JSON.stringify(document.querySelector('jobspor-cv-check').cv));
    for (const [name, words] of [['hostile/cv.docx', /Word/], ['hostile/plain.pdf', /PDF/], ['hostile/bomb.zip', /udpakket: afvist/]]) {
      await page.locator(`${W} #import-file`).setInputFiles(file(name));
      await page.locator(`${W} #import-error`).waitFor();
      assert.match(await page.locator(`${W} #import-error`).textContent(), words, name);
      assert.equal(await page.evaluate(() => JSON.stringify(document.querySelector('jobspor-cv-check').cv)), before, `${name}: the form is unchanged`);
      assert.equal(await page.locator(`${W} #f-contact-name`).inputValue(), 'Mette Jensen');
    }
    assert.equal(await page.locator(`${W} #import-status`).getAttribute('role'), 'status', 'a polite live region');
    await assertClean(page);
  });
}
