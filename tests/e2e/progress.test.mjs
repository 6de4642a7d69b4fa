// Following progress (issue 18) in real Chromium on www/progress.html: a mentor scores the
// progression card at three dates by keyboard only – the item charts, the total chart and the
// totals table follow, the live region sums up; lang="en"; 390 px without horizontal scroll; the
// card prints on ONE A4 page – with no console errors, CSP violations or foreign requests.
// Playwright's CSS locators pierce the open shadow roots.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { A4_CONTENT, assertNoHorizontalScroll, assertOneA4Page, catchPrint, overflowIn, phoneWidth, printed } from './browser.mjs';

const C = 'jobspor-progress-card';
const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const IDS = ['meeting_times', 'attendance', 'workplace_norms', 'adapting_learning', 'concentration', 'understanding', 'output', 'quality', 'independence', 'flexibility', 'cooperation', 'danish', 'interest'];

async function openDemo(openPage) {
  const page = await openPage('/progress.html');
  await page.locator(`${C} #pc-s-meeting_times-0`).waitFor();
  return page;
}

/** The element's latest result. */
const result = (page) => page.evaluate(() => document.querySelector('jobspor-progress-card').result);

export default function (t) {
  t.test('a card scored at three dates by keyboard only shows the charts and the total', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    // Two more date columns with the "add a date" button, by keyboard; focus lands on the new date.
    for (const k of [1, 2]) {
      await page.locator(`${C} #pc-add`).focus();
      await page.keyboard.press('Enter');
      await page.locator(`${C} #pc-date-${k}`).waitFor();
      assert.equal(await page.evaluate(() => document.querySelector('jobspor-progress-card').shadowRoot.activeElement?.id), `pc-date-${k}`, 'focus on the new date');
    }
    for (const [k, date] of ['2026-01-05', '2026-02-16', '2026-03-30'].entries()) {
      await page.locator(`${C} #pc-date-${k}`).focus();
      // Chromium's date field in the harness's en-US locale: month, day, year.
      const [y, m, d] = date.split('-');
      await page.keyboard.type(`${m}${d}${y}`);
    }
    const dates = (await result(page)).evaluations.map((e) => e.date);
    // Scores: 2 at the first date, 3 at the second, 4 at the third (5 for the first item at the third).
    await page.locator(`${C} #pc-s-meeting_times-0`).focus();
    for (const id of IDS) {
      for (const k of [0, 1, 2]) {
        const want = id === 'meeting_times' && k === 2 ? '5' : String(k + 2);
        await page.keyboard.press(want);
        await page.keyboard.press('Tab');
      }
    }
    const r = await result(page);
    assert.deepEqual(r.evaluations.map((e) => [e.total, e.max, e.scored]), [[26, 65, 13], [39, 65, 13], [53, 65, 13]], 'totals per date');
    assert.deepEqual(r.evaluations[2].groups.map((g) => g.total), [17, 24, 12], 'per group at the third date');
    assert.equal(r.overall.change, 27);
    assert.deepEqual(r.items[0].scores, [2, 3, 5]);
    // The pictures, with the numbers as text beside them.
    assert.equal(await page.locator(`${C} #pc-mini-meeting_times svg[role=img] circle`).count(), 3, 'three points on the item chart');
    assert.equal(await page.locator(`${C} #pc-mini-meeting_times .pc-nums`).textContent(), '2 → 3 → 5 (+3)');
    assert.equal(await page.locator(`${C} #pc-chart[role=img] circle`).count(), 3, 'three points on the total chart');
    assert.match(await page.locator(`${C} #pc-chart desc`).textContent(), /26 af 65.*39 af 65.*53 af 65/);
    assert.match(await page.locator(`${C} #pc-totals .pc-sum`).textContent(), /I alt\s*26 af 65\s*39 af 65\s*53 af 65/);
    assert.match(await page.locator(`${C} #pc-change`).textContent(), /\+27 point/);
    assert.match(await page.locator(`${C} #pc-live`).textContent(), /53 af 65.*Ændring fra første til sidste dato: \+27/);
    assert.equal(await page.locator(`${C} #pc-live`).getAttribute('aria-live'), 'polite');
    assert.equal(await page.locator('#ev-total').textContent(), '53 af 65', 'the result event reached the page');
    assert.deepEqual(dates, ['2026-01-05', '2026-02-16', '2026-03-30'], 'dates typed');
    assert.equal(await page.locator(`${C} input[id*=cpr i], ${C} input[name*=cpr i]`).count(), 0, 'no CPR field');
    await screenshot(page, 'three-dates');
    mkdirSync(OUT, { recursive: true });
    await page.locator(`${C} .pc-group`).first().screenshot({ path: `${OUT}progress--group.png` });
    await page.locator(`${C} .pc-totals`).screenshot({ path: `${OUT}progress--totals.png` });
    await assertClean(page);
  });

  t.test('lang en: the seed level words and the UI in English', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: tre datoer' }).click();
    await page.locator('#lang-en').check();
    await page.locator(`${C} [lang=en]`).first().waitFor();
    assert.equal(await page.locator(`${C} h2.title`).textContent(), 'Progression card');
    assert.match(await page.locator(`${C} #pc-s-attendance-0 option[value="5"]`).textContent(), /^5 – /);
    assert.match(await page.locator(`${C} #pc-totals .pc-sum`).textContent(), /Total/);
    assert.match(await page.locator(`${C} #pc-live`).textContent(), /Total points/);
    await assertClean(page);
  });

  t.test('phone width (390 px): no horizontal scroll', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: tre datoer' }).click();
    await phoneWidth(page, 200);
    await assertNoHorizontalScroll(page, assert);
    await screenshot(page, 'phone');
    await assertClean(page);
  });

  t.test('a follow-up with employer and citizen scores shows the right question per task', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const F = 'jobspor-placement-followup';
    await page.locator(`${F} #pf-task-0-0`).waitFor();
    // Task 1 typed by keyboard: employer 8, citizen 5 (employer higher).
    await page.locator(`${F} #pf-task-0-0`).focus();
    await page.keyboard.type('Plukke ordrer');
    await page.locator(`${F} #pf-employer-0-0`).focus();
    await page.keyboard.press('8');
    await page.locator(`${F} #pf-citizen-0-0`).focus();
    await page.keyboard.press('5');
    await page.locator(`${F} #pf-prompt-0-0 p`).waitFor();
    assert.match(await page.locator(`${F} #pf-prompt-0-0`).textContent(), /Vidste du, at arbejdsgiver faktisk vurderer dig bedre/);
    // The example: higher, lower, the same.
    await page.getByRole('button', { name: 'Eksempel: tre opgaver' }).click();
    await page.locator(`${F} #pf-prompt-0-2 p`).waitFor();
    assert.match(await page.locator(`${F} #pf-prompt-0-0`).textContent(), /Vidste du, at arbejdsgiver faktisk vurderer dig bedre/);
    assert.match(await page.locator(`${F} #pf-prompt-0-1`).textContent(), /Hvilke aftaler skal vi sammen indgå/);
    assert.match(await page.locator(`${F} #pf-prompt-0-2`).textContent(), /vurderer ens/);
    assert.match(await page.locator(`${F} #pf-gaps-0-1`).textContent(), /Arbejdsgiver minus borger: -3 · Point op til en nyansat: 3/);
    const r = await page.evaluate(() => document.querySelector('jobspor-placement-followup').result);
    assert.deepEqual(r.visits[0].tasks.map((t) => t.prompt?.kind ?? null), ['employer_higher', 'employer_lower', null]);
    assert.match(await page.locator(`${F} #pf-live`).textContent(), /^2 opgaver med et spørgsmål/);
    mkdirSync(OUT, { recursive: true });
    await page.locator(F).screenshot({ path: `${OUT}progress--followup.png` });
    await assertClean(page);
  });

  t.test('print: the card on ONE A4 page, no fields or buttons', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: tre datoer' }).click();
    await catchPrint(page);
    await page.locator(C).getByRole('button', { name: 'Udskriv (én A4-side)' }).click();
    assert.equal(await printed(page), 1, 'the button opens the print dialog');
    await page.setViewportSize({ width: A4_CONTENT, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${C} select`).first().isVisible(), false, 'printed: no selects');
    assert.equal(await page.locator(`${C} #pc-add`).isVisible(), false, 'printed: no buttons');
    assert.equal(await page.locator(`${C} #pc-chart`).isVisible(), true, 'printed: the chart');
    assert.equal(await page.locator(`${C} table.pc-print`).count(), 3, 'a score table per group');
    assert.equal(await page.locator(`${C} table.pc-print`).first().isVisible(), true, 'printed: the score tables');
    const overflow = await overflowIn(page, C, A4_CONTENT);
    assert.deepEqual(overflow, [], 'no clipping in the print view');
    await screenshot(page, 'print');
    await assertOneA4Page(page, 'progress--print', 'the card', assert);
    await assertClean(page);
  });
}
