// <jobspor-job-order> on its demo page and the job-order part of <jobspor-cv-check>, in real
// Chromium: live findings and result events, mandatory ↔ nice-to-have, keyboard use with a visible
// focus, lang="en", invalid input shown, the ranking of example CVs; and in the CV widget, "Would
// you be found for this job?" flipping live as the CV is edited – with no console errors, CSP
// violations or foreign requests.

import { openWidget, events, lastEvent, tabToControl, pageOverflow, switchToEnglish } from './browser.mjs';

const W = 'jobspor-job-order';
const CV = 'jobspor-cv-check';

/** Opens the job-order demo and waits until the widget has rendered; records result events. */
function openOrder(openPage) {
  return openWidget(openPage, '/job-order.html', W, '#jo-searchable');
}


/** The JS API's verdict on an order (the reference the widget must agree with). */
const reference = (page, order) => page.evaluate(async (o) => (await import('/pkg/joborder.js').then(async (m) => (await m.ready, m))).checkJobOrder(o), order);

/** Waits (up to 5 s) until `selector` in the widget's shadow root has text matching `re`. */
async function textBecomes(page, host, selector, re) {
  await page
    .waitForFunction(([host, selector, src]) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector(selector);
      return el && new RegExp(src).test(el.textContent);
    }, [host, selector, re.source], { timeout: 5000 })
    .catch(() => {});
  return page.locator(`${host} ${selector}`).textContent();
}

async function loadExample(page, assert) {
  await page.getByRole('button', { name: 'Indlæs eksempel-jobordre' }).click();
  await page.waitForFunction(() => document.querySelector('jobspor-job-order').shadowRoot.querySelector('#f-title')?.value === 'Lagermedarbejder', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.locator(`${W} #f-title`).inputValue(), 'Lagermedarbejder', 'the example order fills the form');
}

export default function (t) {
  t.test('typing updates the findings live and fires result events', async ({ openPage, assertClean, fixture, screenshot, assert }) => {
    const page = await openOrder(openPage);
    const order = fixture('joborder/job-order.json');
    const empty = await page.evaluate(() => document.querySelector('jobspor-job-order').result);
    assert.equal(empty.searchable, false, 'an empty order is not fit for a search');
    assert.match(await page.locator(`${W} #jo-searchable`).textContent(), /Kan bruges til udsøgning:\s*Nej/);

    await loadExample(page, assert);
    const good = await reference(page, order);
    assert.match(await textBecomes(page, W, '#jo-searchable', good.searchable ? /Ja/ : /Nej/), good.searchable ? /Ja/ : /Nej/);
    let ev = await lastEvent(page);
    assert.ok(ev, 'a result event fired when the value was set');
    assert.equal(ev.searchable, good.searchable);
    assert.deepEqual(ev.findings.map((f) => f.code), good.findings.map((f) => f.code), 'event findings = checkJobOrder');
    assert.deepEqual(ev.order, await page.evaluate(() => document.querySelector('jobspor-job-order').value), 'detail.order = value');
    assert.equal(await page.locator(`${W} [aria-live="polite"]`).count(), 1, 'one live region');
    await screenshot(page, 'example-order');

    // Clear the title: not searchable, the finding with message and fix, live.
    const before = (await events(page)).length;
    await page.locator(`${W} #f-title`).fill('');
    const bad = await reference(page, { ...order, title: '' });
    assert.equal(bad.searchable, false);
    const error = bad.findings.find((f) => f.severity === 'error');
    assert.ok(error, 'reference: a finding of severity error');
    assert.match(await textBecomes(page, W, '#jo-searchable', /Nej/), /Nej/, 'searchable flips while typing');
    const item = page.locator(`${W} .jo-findings li[data-code="${error.code}"]`).first();
    const text = await item.textContent();
    assert.ok(text.includes(error.message.da), 'message shown');
    assert.ok(text.includes(error.fix.da), 'fix shown');
    assert.ok(text.includes('Skal rettes') && text.includes(error.code), 'severity in words and the code');
    assert.ok((await events(page)).length > before, 'result event after typing');
    ev = await lastEvent(page);
    assert.equal(ev.searchable, false);
    assert.equal((await page.evaluate(() => document.querySelector('jobspor-job-order').result)).searchable, false, 'result property agrees');

    // "Gå til feltet" focuses the title field; typing it back makes the order searchable again.
    await item.getByRole('button', { name: 'Gå til feltet' }).click();
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-job-order').shadowRoot.activeElement?.id), 'f-title');
    await page.keyboard.type('Lagermedarbejder');
    assert.match(await textBecomes(page, W, '#jo-searchable', /Ja/), good.searchable ? /Ja/ : /Nej/);
    assert.deepEqual(await page.evaluate(() => document.querySelector('jobspor-job-order').value), order, 'value round-trips the example');
    await assertClean(page);
  });

  t.test('mandatory ↔ nice to have changes the result, the counts and the ranking', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openOrder(openPage);
    const order = fixture('joborder/job-order.json');
    await loadExample(page, assert);
    const counts = page.locator(`${W} #jo-req-counts`);
    assert.match(await counts.textContent(), /4 ufravigelige krav · 3 gerne-krav/);

    // The ranking of the five example CVs with the order as it is.
    await page.getByRole('button', { name: "Søg i CV'erne" }).click();
    await page.locator('#rank-summary').waitFor();
    assert.match(await page.locator('#rank-summary').textContent(), /^1 af 5 CV'er findes/);
    assert.match(await page.locator('#rank-hidden').textContent(), /certifikat: Truckcertifikat B/);

    // The certificate (requirement 2) becomes nice to have: the status in words, the counts, the
    // event's order – and Jonas (no truck certificate) is found.
    const req = page.locator(`${W} li.jo-req`).nth(1);
    assert.match(await req.locator('legend').first().textContent(), /Krav 2: ! ?Ufravigeligt krav|Krav 2:\s*Ufravigeligt krav/);
    await req.locator('label', { hasText: 'Gerne' }).click();
    assert.match(await textBecomes(page, W, '#jo-req-counts', /3 ufravigelige/), /3 ufravigelige krav · 4 gerne-krav/);
    assert.match(await req.locator('legend').first().textContent(), /Gerne/);
    assert.equal((await lastEvent(page)).order.requirements[1].mandatory, false, 'the event carries the change');
    await page.waitForFunction(() => /^2 af 5/.test(document.getElementById('rank-summary')?.textContent ?? ''), null, { timeout: 5000 }).catch(() => {});
    assert.match(await page.locator('#rank-summary').textContent(), /^2 af 5 CV'er findes/, 'relaxing the certificate brings one more CV');
    assert.match(await page.locator('#rank-list').textContent(), /Jonas Berg/);

    // Every requirement nice to have: the result changes as checkJobOrder says.
    for (let i = 0; i < 7; i++) await page.locator(`${W} #f-requirements-${i}-mandatory-no`).check();
    const allNice = await reference(page, { ...order, requirements: order.requirements.map((r) => ({ ...r, mandatory: false })) });
    const codes = allNice.findings.map((f) => f.code);
    await page.waitForFunction((n) => document.querySelector('jobspor-job-order').result.findings.length === n, codes.length, { timeout: 5000 }).catch(() => {});
    assert.deepEqual((await lastEvent(page)).findings.map((f) => f.code), codes, 'findings = checkJobOrder with every requirement nice to have');
    assert.match(await counts.textContent(), /0 ufravigelige krav · 7 gerne-krav/);
    await assertClean(page);
  });

  t.test('keyboard: Tab reaches the form with a visible focus; radios, add and remove by keyboard', async ({ openPage, assertClean, assert }) => {
    const page = await openOrder(openPage);
    await loadExample(page, assert);
    await page.locator('#lang-en').focus();
    const found = await tabToControl(page, 'jobspor-job-order', 20);
    assert.ok(found, 'Tab reaches a control inside the widget');
    assert.equal(found.id, 'f-company-name', 'the first control is the company name');
    assert.equal(found.visible, true, ':focus-visible applies');
    assert.notEqual(found.outline, 'none', 'focus outline drawn');
    assert.ok(found.width >= 2, `outline at least 2px (${found.width})`);

    // Arrow keys move between "Ufravigeligt krav" and "Gerne".
    await page.locator(`${W} #f-requirements-0-mandatory-yes`).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('jobspor-job-order').value.requirements[0].mandatory === false, null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-job-order').value.requirements[0].mandatory), false, 'ArrowDown chose Gerne');

    // "Tilføj krav" with Enter: a new requirement whose kind select gets focus; the value control follows the kind.
    await page.locator(`${W} #jo-add-req`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('jobspor-job-order').shadowRoot.activeElement?.id === 'f-requirements-7-kind', null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-job-order').shadowRoot.activeElement?.id), 'f-requirements-7-kind');
    await page.locator(`${W} #f-requirements-7-kind`).selectOption('experience_years');
    const years = page.locator(`${W} #f-requirements-7-value`);
    assert.equal(await years.getAttribute('inputmode'), 'decimal', 'years: a number field');
    await years.fill('mange');
    assert.match(await page.locator(`${W} #f-requirements-7-value-err`).textContent(), /Skriv et antal år/);
    assert.equal(await years.getAttribute('aria-invalid'), 'true');
    await years.fill('3');
    assert.equal(await page.locator(`${W} #f-requirements-7-value-err`).count(), 0);
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-job-order').value.requirements[7].value), 3);
    await page.locator(`${W} #f-requirements-7-kind`).selectOption('driving_licence');
    assert.equal(await page.locator(`${W} select#f-requirements-7-value`).count(), 1, 'licence: a select');

    // Remove it with the keyboard: focus goes to the previous requirement.
    await page.locator(`${W} li.jo-req`).nth(7).getByRole('button', { name: 'Fjern krav 8' }).press('Enter');
    await page.waitForFunction(() => document.querySelector('jobspor-job-order').value.requirements.length === 7, null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-job-order').shadowRoot.activeElement?.id), 'f-requirements-6-kind');
    const unlabelled = await page.evaluate(() => [...document.querySelector('jobspor-job-order').shadowRoot.querySelectorAll('input, select, textarea')]
      .filter((el) => !el.labels || el.labels.length === 0).map((el) => el.id));
    assert.deepEqual(unlabelled, [], 'every control has a label');
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-job-order').shadowRoot.querySelectorAll('[style]').length), 0, 'no style attributes');
    await assertClean(page);
  });

  t.test('lang="en" switches the widget to English; invalid input is shown, never thrown', async ({ openPage, assertClean, assert }) => {
    const page = await openOrder(openPage);
    await loadExample(page, assert);
    const root = page.locator(`${W} .jsp`);
    assert.equal(await root.getAttribute('lang'), 'da');
    const text = await switchToEnglish(page, W, ['Job order', 'The company', 'Requirements (the search)', 'Mandatory', 'Nice to have', 'Fit for a search:', 'Suggestions for the job order'], assert);
    assert.ok(!text.includes('Ufravigeligt'), 'no Danish label left');
    const en = await page.evaluate(() => document.querySelector('jobspor-job-order').result);
    for (const f of en.findings) assert.ok(text.includes(f.message.en), `finding ${f.code} in English`);

    const threw = await page.evaluate(() => {
      try {
        document.querySelector('jobspor-job-order').value = { requirements: [{ kind: 'experience_years', value: 'many' }] };
        return null;
      } catch (e) {
        return String(e);
      }
    });
    assert.equal(threw, null, 'setting an invalid value does not throw');
    assert.match(await page.locator(`${W} .banner[role="alert"]`).textContent(), /could not be loaded.*requirements\[0\]\.value/s);
    assert.equal(await page.locator(`${W} #f-title`).inputValue(), 'Lagermedarbejder', 'the form is kept');
    await page.getByRole('button', { name: 'Tøm jobordren' }).click();
    assert.equal(await page.locator(`${W} .banner`).count(), 0, 'a valid value clears the error');
    await assertClean(page);
  });

  t.test('CV widget: a job order adds "would you be found", which flips live as the CV is edited', async ({ openPage, assertClean, fixture, screenshot, assert }) => {
    const page = await openPage('/');
    await page.locator(`${CV} #score-selection`).waitFor();
    await page.evaluate(() => {
      window.__results = [];
      document.querySelector('jobspor-cv-check').addEventListener('result', (e) => window.__results.push(e.detail));
    });
    const cv = fixture('cv-example.json');
    const order = fixture('joborder/job-order.json');
    await page.getByRole('button', { name: 'Indlæs eksempel-CV' }).click();
    assert.equal(await page.locator(`${CV} #match`).count(), 0, 'no section without a job order');
    assert.equal((await lastEvent(page)).match, null, 'detail.match is null without a job order');

    await page.getByRole('button', { name: /Prøv med en jobordre/ }).click();
    await page.locator(`${CV} #match-found`).waitFor();
    const ref = (c) => page.evaluate(async ([c, o]) => (await import('/pkg/jobspor.js').then(async (m) => (await m.ready, m))).matchCv(c, o), [c, order]);
    const good = await ref(cv);
    assert.equal(good.found, true, 'reference: the example CV is found');
    assert.match(await page.locator(`${CV} #h-match`).textContent(), /Ville du blive fundet til dette job\?/);
    assert.match(await page.locator(`${CV} #match-found`).textContent(), /Fundet i søgningen:\s*✓?\s*Ja/);
    assert.match(await page.locator(`${CV} #match-nice`).textContent(), new RegExp(`${good.nice_to_have.matched} af ${good.nice_to_have.total}`));
    assert.match(await page.locator(`${CV} #match-rank`).textContent(), new RegExp(`\\b${good.rank_score}\\b af 100`));
    assert.deepEqual((await lastEvent(page)).match, good, 'detail.match = matchCv');
    assert.deepEqual(await page.evaluate(() => document.querySelector('jobspor-cv-check')['job-order'].title), 'Lagermedarbejder', "el['job-order'] reads the order");
    await screenshot(page, 'cv-with-job-order');

    // Remove the truck certificate: not found, with the certificate's reason and fix – live.
    await page.locator(`${CV} details.mod[data-module="certificates"] summary`).click();
    const certs = page.locator(`${CV} #f-certificates`);
    await certs.fill(cv.certificates.filter((c) => c !== 'Truckcertifikat B').join('\n'));
    const noCert = await ref({ ...cv, certificates: cv.certificates.filter((c) => c !== 'Truckcertifikat B') });
    assert.equal(noCert.found, false);
    const blockCert = noCert.blocking.find((b) => b.kind === 'certificate');
    assert.ok(blockCert, 'reference: the certificate blocks');
    assert.match(await textBecomes(page, CV, '#match-found', /Nej/), /Nej/, 'flips to not found while typing');
    const item = page.locator(`${CV} .cm-blocking li[data-kind="certificate"]`);
    const text = await item.textContent();
    assert.ok(text.includes(blockCert.reason.da) && text.includes(blockCert.fix.da), 'the reason and the fix');
    assert.ok(text.includes('Truckcertifikat B'), 'the requirement named');
    assert.equal((await lastEvent(page)).match.found, false, 'the event says not found');

    // Untick the C licence too: two blocking items; "Gå til feltet" goes to the licences.
    await page.locator(`${CV} details.mod[data-module="driving_licences"] summary`).click();
    await page.locator(`${CV} #f-driving_licences label`, { hasText: /^C$/ }).click();
    await page.locator(`${CV} .cm-blocking li[data-kind="driving_licence"]`).waitFor({ timeout: 5000 });
    assert.equal(await page.locator(`${CV} .cm-blocking li`).count(), 2);
    await page.locator(`${CV} .cm-blocking li[data-kind="driving_licence"]`).getByRole('button', { name: 'Gå til feltet' }).click();
    assert.match(await page.evaluate(() => document.querySelector('jobspor-cv-check').shadowRoot.activeElement?.id), /^f-lic-/);

    // Put the certificate back and tick C: found again.
    await certs.fill(cv.certificates.join('\n'));
    await page.locator(`${CV} #f-driving_licences label`, { hasText: /^C$/ }).click();
    assert.match(await textBecomes(page, CV, '#match-found', /Ja/), /Ja/);

    // An invalid order is shown in the section; null (through the alias) removes it.
    await page.evaluate(() => { document.querySelector('jobspor-cv-check').jobOrder = { requirements: 3 }; });
    assert.match(await page.locator(`${CV} #match .banner`).textContent(), /Jobordren kunne ikke bruges/);
    await page.evaluate(() => { document.querySelector('jobspor-cv-check')['job-order'] = null; });
    assert.equal(await page.locator(`${CV} #match`).count(), 0, 'null removes the section');
    assert.equal((await lastEvent(page)).match, null);
    await assertClean(page);
  });

  t.test('phone width (390 px): nothing wider than the screen, the requirement toggles still usable', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openOrder(openPage);
    await page.setViewportSize({ width: 390, height: 844 });
    await loadExample(page, assert);
    const overflow = await pageOverflow(page);
    assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px)`);
    const wide = await page.locator(`${W} input, ${W} select, ${W} textarea, ${W} button`).evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.id || e.name || e.tagName));
    assert.deepEqual(wide, [], 'every control fits the screen');
    // A requirement's mandatory / nice-to-have choice is a visible, labelled control at this width.
    const first = page.locator(`${W} li.jo-req`).first();
    const radios = first.getByRole('radio');
    assert.ok((await radios.count()) >= 2, 'mandatory and nice-to-have radios');
    const box = await radios.first().boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the radio is on screen');
    await screenshot(page, 'phone');
    await assertClean(page);
  });
}
