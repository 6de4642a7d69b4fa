// <jobspor-track> in real Chromium on the caseworker demo page (www/track.html): the proposal
// updates live while the questionnaire is filled in, the override needs a written reason and is in
// the `result` event with the original proposal, the core-element checklist can be ticked (mouse and
// keyboard), lang="en", the JS API (assignTrack, trackRules), the print summary and a phone layout –
// with no console errors, CSP violations or foreign requests.
// Playwright's CSS locators pierce the open shadow root: `W + ' #tr-benefit'` is the widget's field.

import { openWidget, events, lastEvent, pageOverflow, switchToEnglish } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const W = 'jobspor-track';
const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** A full-resolution screenshot of one part of the page: tests/e2e/out/track--LABEL.png. */
async function shotOf(locator, label) {
  mkdirSync(OUT, { recursive: true });
  await locator.screenshot({ path: `${OUT}track--${label}.png` });
}

/** Opens the caseworker demo, waits for the widget and records every result event from then on. */
function openDemo(openPage) {
  return openWidget(openPage, '/track.html', W, '#tr-live');
}

const liveText = (page) => page.locator(`${W} #tr-live`).textContent();

/** Waits (up to 5 s) until the live region contains `text`; returns the live region's text. */
async function liveContains(page, text) {
  await page
    .waitForFunction(
      (text) => document.querySelector('jobspor-track')?.shadowRoot?.querySelector('#tr-live')?.textContent.includes(text),
      text,
      { timeout: 5000 },
    )
    .catch(() => {});
  return liveText(page);
}

/** The reference: the JS API on the same profile. */
const reference = (page, profile, config) =>
  page.evaluate(async ([p, c]) => (await import('/pkg/track.js').then(async (m) => (await m.ready, m))).assignTrack(p, c), [profile, config]);

export default function (t) {
  t.test('filling in the questionnaire updates the proposal live and fires result events', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const root = page.locator(`${W} .jsp`);
    assert.equal(await root.getAttribute('lang'), 'da');
    assert.match(await root.locator('h2').first().textContent(), /Sporvalg/);
    assert.equal(await page.locator(`${W} [aria-live="polite"]`).count(), 1, 'one live region');
    assert.match(await liveText(page), /Foreslået spor:\s*Intensiv jobsøgning/);

    // Labels name every field (getByLabel finds them by their Danish label).
    await page.getByLabel('Alder (år)').fill('34');
    await page.getByLabel('Højeste gennemførte uddannelse').selectOption('primary');
    await page.getByLabel('Jobmål', { exact: true }).fill('Lagermedarbejder');
    await page.getByLabel('Er CV\'et opdateret og søgbart på Jobnet?').selectOption('yes');
    await page.getByLabel('Klar til at gå direkte i job?').selectOption('yes');
    assert.match(await page.locator(`${W} #tr-goal-hint`).textContent(), /Genkendt stilling:\s*Lagermedarbejder/);
    assert.match(await liveContains(page, 'Startfasen: afsluttet'), /Startfasen:\s*afsluttet/);

    // Wants an education: unskilled, 34 – the education boost, live.
    await page.getByLabel('Ønsker uddannelse?').selectOption('yes');
    assert.match(await liveContains(page, 'Uddannelsesløft'), /Foreslået spor:\s*Uddannelsesløft/);
    let ev = await lastEvent(page);
    assert.equal(ev.track, 'education_boost', 'the event follows the form');
    assert.ok(ev.reasons.some((r) => r.rule === 'TR204'));
    assert.equal(await page.locator(`${W} .tr-reason[data-rule="TR201"]`).count(), 1, 'reason TR201 shown');
    await screenshot(page, 'desktop-education-boost');

    // Benefit weeks at the 80 % boundary: 41 of 52 is not long-term, 42 is (and so is 41,6).
    await page.getByLabel('Ønsker uddannelse?').selectOption('no');
    const benefit = page.locator(`${W} #tr-benefit`);
    await benefit.fill('41');
    assert.match(await liveContains(page, 'Langtidsledig: Nej'), /Langtidsledig:\s*Nej\s*\(41 uger af 52, 78,8 %\)/);
    await benefit.fill('42');
    assert.match(await liveContains(page, 'Langtidsledig: Ja'), /Langtidsledig:\s*Ja\s*\(42 uger af 52, 80,8 %\)/);
    assert.match(await liveText(page), /Foreslået spor:\s*Risiko for langtidsledighed/);
    await benefit.fill('41,6');
    assert.match(await liveContains(page, '80 %'), /Langtidsledig:\s*Ja\s*\(41,6 uger af 52, 80 %\)/);
    ev = await lastEvent(page);
    assert.equal(ev.long_term_unemployed, true);
    assert.equal(ev.track, 'long_term_risk');

    // The widget agrees with the JS API on the profile it reports.
    const profile = await page.evaluate(() => document.querySelector('jobspor-track').profile);
    assert.equal(profile.benefit_weeks_last_52, 41.6);
    const ref = await reference(page, profile, await page.evaluate(() => document.querySelector('jobspor-track').config));
    assert.equal(ref.track, ev.track);
    assert.deepEqual(ref.reasons, ev.reasons, 'same reasons as assignTrack');

    // An out-of-range number is flagged next to the field and ignored.
    await benefit.fill('60');
    assert.match(await page.locator(`${W} #tr-benefit-err`).textContent(), /Skriv et tal fra 0 til 52/);
    assert.equal(await benefit.getAttribute('aria-invalid'), 'true');
    assert.match(await liveContains(page, 'Langtidsledig: Nej'), /Langtidsledig:\s*Nej/);
    await benefit.fill('10');

    // Risk indicators: three ticks reach the threshold.
    for (const id of ['no_network', 'low_mobility', 'narrow_or_few_applications']) await page.locator(`${W} #tr-i-${id}`).check();
    assert.match(await liveContains(page, 'Risikoscore: 3'), /Risikoscore:\s*3 \(tærskel 3\)/);
    assert.equal((await lastEvent(page)).track, 'long_term_risk');
    // The sample archetypes on the page: the nearest one is named.
    assert.match(await page.locator(`${W} #tr-archetype`).textContent(), /Den snævre søger/);
    await screenshot(page, 'desktop-risk');
    await shotOf(page.locator(`${W} .tr-proposal`), 'part-proposal');
    await shotOf(page.locator(`${W} .tr-form`), 'part-questionnaire');
    await assertClean(page);
  });

  t.test('the override needs a written reason and the result event keeps the original proposal', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: klar til job' }).click();
    assert.match(await liveContains(page, 'Intensiv jobsøgning'), /Foreslået spor:\s*Intensiv jobsøgning/);
    const open = page.locator(`${W} #tr-override`);
    assert.equal(await open.getAttribute('aria-expanded'), 'false');
    await open.click();
    assert.equal(await open.getAttribute('aria-expanded'), 'true');
    const shadowActive = () => page.evaluate(() => document.querySelector('jobspor-track').shadowRoot.activeElement?.id);
    assert.equal(await shadowActive(), 'tr-ov-reason', 'the reason field gets focus');
    await page.locator(`${W} label[for="tr-ov-long_term_risk"]`).click();

    // No reason: refused, with an error linked to the field; no override in the result.
    const before = (await events(page)).length;
    await page.getByRole('button', { name: 'Gem valg af spor' }).click();
    const reason = page.locator(`${W} #tr-ov-reason`);
    assert.match(await page.locator(`${W} #tr-ov-err`).textContent(), /Skriv en begrundelse/);
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    assert.match(await reason.getAttribute('aria-describedby'), /tr-ov-err/);
    await reason.fill('   ');
    await page.getByRole('button', { name: 'Gem valg af spor' }).click();
    assert.equal((await events(page)).length, before, 'no result event without a reason');
    assert.equal((await page.evaluate(() => document.querySelector('jobspor-track').result)).override, null);

    // Escape cancels and returns focus to the button.
    await reason.press('Escape');
    assert.equal(await page.locator(`${W} #tr-ov-reason`).count(), 0);
    assert.equal(await shadowActive(), 'tr-override');

    // With a reason (keyboard only): saved, shown, and in the event with the original proposal.
    await page.keyboard.press('Enter');
    await page.locator(`${W} label[for="tr-ov-long_term_risk"]`).click();
    await page.locator(`${W} #tr-ov-reason`).fill('Aftalt virksomhedspraktik hos Nordlager fra uge 12.');
    await screenshot(page, 'override-form');
    await shotOf(page.locator(`${W} .tr-proposal`), 'part-override-form');
    await page.getByRole('button', { name: 'Gem valg af spor' }).click();
    assert.match(await liveContains(page, 'Valgt spor'), /Valgt spor:\s*Risiko for langtidsledighed\s*\(valgt af sagsbehandler; reglernes forslag: Intensiv jobsøgning\)/);
    const ev = await lastEvent(page);
    assert.equal(ev.track, 'long_term_risk');
    assert.equal(ev.proposed_track, 'intensive_job_search', 'the original proposal');
    assert.deepEqual(ev.override, { track: 'long_term_risk', reason: 'Aftalt virksomhedspraktik hos Nordlager fra uge 12.' });
    assert.ok(ev.reasons.some((r) => r.rule === 'TR403'));
    assert.equal(ev.core_elements[0].id, 'risk.targeting', 'the checklist follows the chosen track');
    assert.equal(await shadowActive(), 'tr-ov-status', 'focus moves to the saved choice');
    assert.match(await page.locator(`${W} #tr-ov-status`).textContent(), /Nordlager fra uge 12/);
    assert.equal((await page.evaluate(() => document.querySelector('jobspor-track').config)).override.track, 'long_term_risk');
    await screenshot(page, 'overridden');
    await shotOf(page.locator(`${W} .tr-proposal`), 'part-overridden');

    // Undo: back to the proposal.
    await page.getByRole('button', { name: 'Fortryd valget' }).click();
    assert.match(await liveContains(page, 'Foreslået spor'), /Foreslået spor:\s*Intensiv jobsøgning/);
    assert.equal((await lastEvent(page)).override, null);
    await assertClean(page);
  });

  t.test('the core-element checklist can be ticked with mouse and keyboard', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: klar til job' }).click();
    await liveContains(page, 'Intensiv jobsøgning');
    const progress = page.locator(`${W} #tr-progress`);
    assert.match(await progress.textContent(), /^0 handlinger afkrydset af 21$/);
    assert.match(await page.locator(`${W} #tr-h-track-elements`).textContent(), /Intensiv jobsøgning/);
    const first = page.locator(`${W} #tr-a-intensive-concrete_jobs-1`);
    assert.match(await page.locator(`${W} label[for="tr-a-intensive-concrete_jobs-1"]`).textContent(), /Giv den ledige eksempler på konkrete jobopslag ved hver samtale\./);
    await page.locator(`${W} label[for="tr-a-intensive-concrete_jobs-1"]`).click();
    assert.equal(await first.isChecked(), true);
    assert.match(await progress.textContent(), /^1 handlinger afkrydset af 21$/);
    assert.deepEqual((await lastEvent(page)).checked, ['intensive.concrete_jobs.1']);
    // Keyboard: focus the next action and press Space.
    const second = page.locator(`${W} #tr-a-intensive-concrete_jobs-2`);
    await first.focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-track').shadowRoot.activeElement?.id), 'tr-a-intensive-concrete_jobs-2', 'Tab moves to the next action');
    await page.keyboard.press('Space');
    assert.equal(await second.isChecked(), true);
    assert.deepEqual((await lastEvent(page)).checked, ['intensive.concrete_jobs.1', 'intensive.concrete_jobs.2']);
    // Focus is visible (the widget's outline).
    const outline = await second.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid', 'visible focus');
    await page.keyboard.press('Space');
    assert.deepEqual((await lastEvent(page)).checked, ['intensive.concrete_jobs.1']);
    // The start phase's elements can be ticked too (open its details first).
    await page.locator(`${W} .tr-start > summary`).click();
    await page.locator(`${W} label[for="tr-a-start-cv-2"]`).click();
    assert.deepEqual((await lastEvent(page)).checked, ['start.cv.2', 'intensive.concrete_jobs.1']);
    await shotOf(page.locator(`${W} .tr-checklist`), 'part-checklist');
    assert.equal((await page.evaluate(() => document.querySelector('jobspor-track').result)).checked.length, 2);
    await assertClean(page);
  });

  t.test('lang="en" switches the widget to English and back', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: langtidsledig' }).click();
    await liveContains(page, 'Risiko for langtidsledighed');
    const text = await switchToEnglish(page, W, ['Track assessment', 'Proposed track:', 'Risk of long-term unemployment', 'Long-term unemployed:', 'Other tracks', 'Core elements and actions', 'Choose another track', 'Nearest archetype'], assert);
    assert.ok(!text.includes('Foreslået spor'), 'no Danish proposal label left');
    assert.equal(await page.locator(`${W} label[for="tr-age"]`).textContent(), 'Age (years)');
    await screenshot(page, 'english');
    await shotOf(page.locator(`${W} .tr-proposal`), 'part-english');
    await page.locator('label[for="lang-da"]').click();
    await page.locator(`${W} .jsp[lang="da"]`).waitFor();
    assert.equal(await page.locator(`${W} label[for="tr-age"]`).textContent(), 'Alder (år)');
    await assertClean(page);
  });

  t.test('assignTrack and trackRules from JavaScript; an origin field changes nothing', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openPage('/track.html');
    const out = await page.evaluate(async (profile) => {
      const { assignTrack, trackRules, isInputError } = await import('/pkg/track.js').then(async (m) => (await m.ready, m));
      const plain = assignTrack(profile);
      const withOrigin = assignTrack({ ...profile, ethnicity: 'ikke-vestlig', origin: 'Syrien', indicators: { ...profile.indicators, other_ethnic_background: true } });
      const fromText = assignTrack(JSON.stringify(profile), '{"age_threshold": 60}');
      const bad = assignTrack({ benefit_weeks_last_52: 53 });
      const badConfig = assignTrack(profile, { override: { track: 'education_boost', reason: ' ' } });
      return { plain, withOrigin, fromText, bad, badIsError: isInputError(bad), badConfig, rules: trackRules() };
    }, fixture('track/risk-profile.json'));
    assert.equal(out.plain.track, 'long_term_risk');
    assert.deepEqual(out.withOrigin, out.plain, 'an origin field changes nothing');
    assert.ok(!out.fromText.reasons.some((r) => r.rule === 'TR303'), 'config as JSON text: age 52 is not over 60');
    assert.equal(out.badIsError, true);
    assert.equal(out.bad.path, 'benefit_weeks_last_52');
    assert.equal(out.badConfig.path, 'override.reason');
    // Metadata without the docs (those are in docs/track.md: they would cost ~8 KB gzip of .wasm).
    assert.ok(out.rules.length >= 19 && out.rules.every((r) => /^TR\d{3}$/.test(r.code) && r.title.da && r.title.en && r.kind));
    await assertClean(page);
  });

  t.test('print: a summary of the answers, the proposal and the ticked checklist', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.getByRole('button', { name: 'Eksempel: langtidsledig' }).click();
    await liveContains(page, 'Risiko for langtidsledighed');
    await page.locator(`${W} label[for="tr-a-risk-placement-3"]`).click();
    await page.getByRole('button', { name: 'Udskriv resumé' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1, 'the button opens the print dialog');
    assert.equal(await page.locator(`${W} .tr-summary`).isVisible(), false, 'the summary is for print only');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${W} .tr-summary`).isVisible(), true, 'printed: the answers');
    assert.equal(await page.locator(`${W} .tr-form`).isVisible(), false, 'printed: no form controls');
    assert.equal(await page.locator(`${W} #tr-print`).isVisible(), false, 'printed: no buttons');
    assert.match(await page.locator(`${W} .tr-summary`).textContent(), /Alder \(år\)52/);
    const mark = await page.locator(`${W} label[for="tr-a-risk-placement-3"]`).evaluate((el) => getComputedStyle(el, '::before').content);
    assert.match(mark, /☑/, 'a ticked action prints as ☑');
    await screenshot(page, 'print');
    await page.emulateMedia({ media: 'screen' });
    await assertClean(page);
  });

  t.test('phone width: one column, nothing wider than the screen; the nav links the two demos', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Eksempel: ufaglært' }).click();
    await liveContains(page, 'Uddannelsesløft');
    const overflow = await pageOverflow(page);
    assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px)`);
    const boxes = await page.locator(`${W} .tr-form, ${W} .tr-proposal`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    assert.equal(boxes[0], boxes[1], 'form and proposal stacked');
    await screenshot(page, 'phone');
    await page.screenshot({ path: `${OUT}track--part-phone-top.png` });
    await page.locator(`${W} .tr-proposal`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}track--part-phone-proposal.png` });
    await page.getByRole('link', { name: 'Mit CV' }).click();
    await page.locator('jobspor-cv-check').waitFor();
    await page.getByRole('link', { name: 'Sporvalg' }).click();
    await page.locator(`${W} #tr-live`).waitFor();
    await assertClean(page);
  });
}
