// The conversation (issue 17) in real Chromium on www/conversation.html: a first conversation
// walked through by keyboard only – the contract (agreed time, a note), the ABC plan filled in (the
// slotted <jobspor-abc-plan>), two agreements written (one vague, flagged; one SMART), the next
// focus, and the summary printed on ONE A4 page, emitted as `jobspor-summary` with the agreements
// and their SMART results; the time-out prompt on a fake clock; the indsatsplan's findings; lang
// en; 390 px without horizontal scroll – with no console errors, CSP violations or foreign requests.
// Playwright's CSS locators pierce the open shadow roots.

import { assertNoHorizontalScroll, assertOneA4Page, catchPrint, phoneWidth, printed } from './browser.mjs';

const C = 'jobspor-conversation';
const VAGUE = 'Du søger nogle job';
const SMART = 'Du søger 3 stillinger som ekspedient i Aalborg frem til næste samtale, fordi du gerne vil arbejde med kunder';

async function openDemo(openPage) {
  const page = await openPage('/conversation.html');
  await page.locator(`${C} #cv-indledning-formaal-note`).waitFor();
  await page.locator('jobspor-abc-plan #f-rows-0-occupation').waitFor();
  return page;
}

const shadowActive = (page, tag) => page.evaluate((t) => document.querySelector(t).shadowRoot.activeElement?.id, tag);

export default function (t) {
  t.test('a first conversation by keyboard only ends in a one-page summary with SMART-checked agreements', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.evaluate(() => {
      window.__summaries = [];
      document.querySelector('jobspor-conversation').addEventListener('jobspor-summary', (e) => window.__summaries.push(e.detail));
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    // Indledning: the contract – purpose noted, the agreed time set.
    await page.locator(`${C} #cv-indledning-formaal-note`).focus();
    await page.keyboard.type('Formål: rådgivning om job og en klar plan.');
    await page.locator(`${C} #cv-minutes`).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('40');
    assert.match(await page.locator(`${C} #cv-timer`).textContent(), /40 min\. tilbage|tilbage/);
    // Udfordring & afklaring: the ABC plan, slotted where the guide calls for it.
    assert.equal(await page.locator(`${C} #cv-abc slot[name="abc-plan"]`).count(), 1);
    await page.locator('jobspor-abc-plan #f-rows-0-occupation').focus();
    await page.keyboard.type('Ekspedient');
    await page.keyboard.press('Tab');
    const abc = await page.evaluate(() => document.querySelector('jobspor-abc-plan').plan);
    assert.equal(abc.rows[0].occupation, 'Ekspedient', 'the ABC plan filled in');
    await page.locator(`${C} #cv-udfordring-fokus-a-note`).focus();
    await page.keyboard.type('Ønsker butik; har erfaring fra kiosk.');
    // Afrunding og aftaler: two agreements, the second added with the button by keyboard.
    await page.locator(`${C} #cv-agr-0`).focus();
    await page.keyboard.type(VAGUE);
    await page.keyboard.press('Tab');
    assert.equal(await shadowActive(page, C), 'cv-agr-who-0');
    await page.keyboard.press('Tab');
    assert.equal(await shadowActive(page, C), 'cv-add-agreement');
    await page.keyboard.press('Enter');
    await page.locator(`${C} #cv-agr-1`).waitFor();
    assert.equal(await shadowActive(page, C), 'cv-agr-1', 'focus on the new agreement');
    await page.keyboard.type(SMART);
    await page.locator(`${C} #cv-agr-smart-1`).waitFor();
    assert.notEqual(await page.locator(`${C} #cv-agr-smart-0`).getAttribute('data-met'), '5', 'the vague agreement is flagged');
    assert.match(await page.locator(`${C} #cv-agr-smart-0`).textContent(), /Mangler: .*Specifik/);
    assert.equal(await page.locator(`${C} #cv-agr-smart-1`).getAttribute('data-met'), '5', 'the SMART agreement');
    await page.locator(`${C} #cv-next-focus`).focus();
    await page.keyboard.type('Plan B');
    assert.match(await page.locator(`${C} #cv-live`).textContent(), /^1 \/ 2 aftaler er SMART/);
    // Finish: the summary is emitted and printed.
    await page.locator(`${C} #cv-finish`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__summaries.length === 1);
    const s = await page.evaluate(() => window.__summaries[0]);
    assert.deepEqual(s.agreements.map((a) => a.text), [VAGUE, SMART]);
    assert.ok(s.agreements[0].smart.met < 5 && s.agreements[0].smart.criteria.specific.verdict === 'missing', 'the vague one with its SMART result');
    assert.equal(s.agreements[1].smart.met, 5);
    assert.equal(s.smart_agreements, 1);
    assert.equal(s.next_focus, 'Plan B');
    assert.equal(s.minutes_agreed, 40);
    assert.deepEqual(s.who_does_what.map((w) => w.who), ['borger']);
    assert.ok(s.notes.length >= 2, 'the notes');
    assert.equal(await printed(page), 1, 'the button opens the print dialog');
    assert.equal(await page.locator('#ev-summary').textContent(), 'ja', 'the event reached the page');
    await screenshot(page, 'walked-through');
    // Print: the summary alone, on ONE A4 page.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${C} #cv-summary`).isVisible(), true, 'printed: the summary');
    assert.equal(await page.locator(`${C} #cv-agr-0`).isVisible(), false, 'printed: no fields');
    await assertOneA4Page(page, 'conversation--summary', 'the summary', assert);
    await assertClean(page);
  });

  t.test('the time-out prompt appears when the agreed time has passed (fake clock)', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    assert.equal(await page.locator(`${C} #cv-timeout`).count(), 0);
    // The fake clock: started 31 minutes before "now", 30 minutes agreed.
    await page.evaluate(() => {
      const c = document.querySelector('jobspor-conversation');
      c.setAttribute('started-at', '1767225600000');
      c.setAttribute('minutes', '30');
      c.setAttribute('now', String(1767225600000 + 29 * 60000));
    });
    assert.equal(await page.locator(`${C} #cv-timeout`).count(), 0, 'not yet');
    await page.evaluate(() => document.querySelector('jobspor-conversation').setAttribute('now', String(1767225600000 + 31 * 60000)));
    await page.locator(`${C} #cv-timeout`).waitFor();
    assert.equal(await page.locator(`${C} #cv-timeout`).getAttribute('role'), 'alert');
    assert.match(await page.locator(`${C} #cv-timeout`).textContent(), /Lad os lige vende tilbage til emnet, som vi aftalte i starten af samtalen/);
    assert.match(await page.locator(`${C} #cv-timer`).textContent(), /1 min\. over tiden/);
    // The demo's own button, by keyboard: 46 minutes on.
    await page.evaluate(() => { const c = document.querySelector('jobspor-conversation'); c.removeAttribute('now'); c.setAttribute('minutes', '45'); });
    await page.locator('#late').focus();
    await page.keyboard.press('Enter');
    await page.locator(`${C} #cv-timeout`).waitFor();
    await assertClean(page);
  });

  t.test('the indsatsplan shows its findings and each delmål\'s SMART result', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const P = 'jobspor-indsatsplan';
    await page.getByRole('button', { name: 'Eksempel: to delmål' }).click();
    await page.locator(`${P} #ip-smart-0`).waitFor();
    const r = await page.evaluate(() => document.querySelector('jobspor-indsatsplan').result);
    const codes = r.findings.map((f) => f.code);
    for (const c of ['IP003', 'IP004', 'IP101', 'IP102']) assert.ok(codes.includes(c), `${c} in ${codes}`);
    assert.match(await page.locator(`${P} #ip-main-areas`).textContent(), /Butik og detail/);
    assert.equal(await page.locator(`${P} input[id*=cpr i]`).count(), 0, 'no CPR field');
    // Its own print: the plan alone, on ONE A4 page, without buttons.
    await catchPrint(page);
    await page.locator(`${P} #ip-print`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await printed(page), 1, 'the button opens the print dialog');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${P} #ip-goal-0`).isVisible(), true, 'printed: the plan');
    assert.equal(await page.locator(`${P} #ip-add-goal`).isVisible(), false, 'printed: no buttons');
    assert.equal(await page.locator(`${C} #cv-summary`).isVisible(), false, 'printed: not the summary');
    await assertOneA4Page(page, 'conversation--indsatsplan', 'the indsatsplan', assert);
    await assertClean(page);
  });

  t.test('lang en and phone width (390 px): the guide in English, no horizontal scroll', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.locator('#lang-en').check();
    await page.locator(`${C} [lang=en]`).first().waitFor();
    assert.equal(await page.locator(`${C} .cv h2.title`).first().textContent(), 'Conversation guide');
    assert.equal(await page.locator(`${C} #cv-h-indledning`).textContent(), 'Introduction');
    assert.match(await page.locator(`${C} #cv-udfordring-fokus-a-prompts`).textContent(), /Which job do you want\?/);
    await phoneWidth(page, 200);
    await assertNoHorizontalScroll(page, assert);
    await screenshot(page, 'phone-en');
    await assertClean(page);
  });
}
