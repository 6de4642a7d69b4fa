// The plan in one piece (issue 16) in real Chromium on www/plan.html: a citizen adds joblog entries
// by keyboard only – the joblog's "2 af 3 i denne uge" and the plan's chain findings and summary
// follow live through the page's wiring; a caseworker overrules a finding with a reason; lang="en";
// 390 px without horizontal scroll; the conversation summary prints on ONE A4 page – with no
// console errors, CSP violations or foreign requests. Playwright's CSS locators pierce the open
// shadow roots.

import { A4_CONTENT, assertNoHorizontalScroll, assertOneA4Page, catchPrint, overflowIn, phoneWidth, printed } from './browser.mjs';

const J = 'jobspor-joblog';
const P = 'jobspor-plan';

async function openDemo(openPage) {
  const page = await openPage('/plan.html');
  await page.locator(`${J} #jl-count`).filter({ hasText: '2 af 3 i denne uge' }).waitFor();
  await page.locator(`${P} #pl-weeks`).waitFor();
  return page;
}

const planResult = (page) => page.evaluate(() => document.querySelector('jobspor-plan').result);
const codes = (r, code) => r.findings.filter((f) => f.code === code).length;

/** Types a date into a focused Chromium date field (the harness's en-US locale: month, day, year). */
async function typeDate(page, date) {
  const [y, m, d] = date.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
}

/** Fills the quick entry by keyboard: each field focused and typed (the date field's own
 * segments and picker make Tab out of it browser-specific), the jobspor chosen by typing its name
 * on the select, and Enter in the title adds the entry (the form's submit). */
async function addEntry(page, { date, employer, title, spor }) {
  await page.locator(`${J} #jl-date`).focus();
  await typeDate(page, date);
  await page.locator(`${J} #jl-jobspor`).focus();
  await page.keyboard.type(spor);
  await page.locator(`${J} #jl-employer`).focus();
  await page.keyboard.type(employer);
  await page.keyboard.press('Tab');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

export default function (t) {
  t.test('adding a joblog entry by keyboard updates the count and the chain findings live', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const before = await planResult(page);
    assert.equal(before.summary.weeks.find((w) => w.week === '2026-W13').applications, 2, 'week 13 is one short');
    const short = codes(before, 'PL402');
    assert.ok(short >= 1, 'the short week is a finding');
    assert.match(await page.locator(`${P} tr[data-week="2026-W13"]`).textContent(), /under kravet/, 'the short week is said in words');

    // Today's application: the week's count goes from 2 to 3 of 3.
    await addEntry(page, { date: '2026-04-08', employer: 'DSV', title: 'Chauffør', spor: 'Chauffør' });
    await page.locator(`${J} #jl-count`).filter({ hasText: '3 af 3 i denne uge' }).waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-joblog').shadowRoot.activeElement?.id), 'jl-employer', 'focus back on the employer for the next entry');
    assert.match(await page.locator(`${J} #jl-spor [data-jobspor=chauffoer]`).textContent(), /Chauffør: 2/);
    await page.locator(`${P} tr[data-week="2026-W15"] .pl-sum`).filter({ hasText: /^3/ }).waitFor();
    assert.equal((await planResult(page)).summary.by_jobspor.chauffoer, 3, 'the plan got the joblog');

    // An application in week 13, typed later: the short-week finding goes away live.
    await addEntry(page, { date: '2026-03-27', employer: 'Netto', title: 'Butiksassistent', spor: 'Butiksassistent' });
    await page.locator(`${P} tr[data-week="2026-W13"] .pl-sum`).filter({ hasText: /^3/ }).waitFor();
    const after = await planResult(page);
    assert.equal(codes(after, 'PL402'), short - 1, 'one fewer "too few applications"');
    assert.doesNotMatch(await page.locator(`${P} tr[data-week="2026-W13"]`).textContent(), /under kravet/);
    assert.equal(await page.locator(`${J} #jl-list li`).count(), 19, 'both entries listed');
    assert.match(await page.locator(`${P} #pl-live`).textContent(), new RegExp(`^${after.findings.length} bemærkninger`));
    // Every finding shows its code, fix and the rule that fired.
    const first = page.locator(`${P} #pl-f-0`);
    assert.match(await first.locator('.code').textContent(), /^PL\d{3}$/);
    assert.match(await first.locator('.fix').textContent(), /^Sådan:/);
    assert.match(await first.locator('.pl-rule').textContent(), /^Regel PL\d{3} \([a-z-]+\): .+ · seed 003/);
    // Edit and remove by keyboard: the entry just added goes again.
    await page.locator(`${J} button[id^=jl-remove-]`).first().focus();
    await page.keyboard.press('Enter');
    await page.locator(`${J} #jl-h-entries`).filter({ hasText: '(18)' }).waitFor();
    assert.equal(await page.locator(`${J} #jl-list li`).count(), 18);
    assert.equal(await page.locator(`${J} input[id*=cpr i], ${P} input[id*=cpr i]`).count(), 0, 'no CPR field');
    await screenshot(page, 'live');
    await assertClean(page);
  });

  t.test('a caseworker overrules a finding with a reason, by keyboard', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    assert.equal(await page.locator(`${P} #pl-ovb-0`).count(), 0, 'no override for the citizen');
    await page.locator('#mode-caseworker').focus();
    await page.keyboard.press('Space');
    await page.locator(`${P} #pl-ovb-0`).waitFor();
    const n = (await planResult(page)).findings.length;
    const code = await page.locator(`${P} #pl-f-0 .code`).textContent();
    await page.locator(`${P} #pl-ovb-0`).focus();
    await page.keyboard.press('Enter');
    await page.locator(`${P} #pl-ovr-0`).waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-plan').shadowRoot.activeElement?.id), 'pl-ovr-0', 'focus in the reason');
    await page.keyboard.press('Tab'); // Save with no reason: refused
    await page.keyboard.press('Enter');
    await page.locator(`${P} #pl-ove-0`).waitFor();
    await page.locator(`${P} #pl-ovr-0`).focus();
    await page.keyboard.type('Aftalt på mødet: borgeren var syg i uge 13.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator(`${P} #pl-overridden`).waitFor();
    const r = await planResult(page);
    assert.equal(r.mode, 'caseworker');
    assert.deepEqual(r.overrides.map((o) => [o.rule, o.reason]), [[code, 'Aftalt på mødet: borgeren var syg i uge 13.']]);
    assert.equal(r.findings.length, n, 'the overruled finding stays in the result');
    assert.match(await page.locator(`${P} #pl-h-findings`).textContent(), new RegExp(`\\(${n - 1}\\)`));
    assert.match(await page.locator(`${P} #pl-overridden`).textContent(), /borgeren var syg i uge 13/);
    await assertClean(page);
  });

  t.test('lang en: both widgets in English', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.locator('#lang-en').check();
    await page.locator(`${J} #jl-count`).filter({ hasText: '2 of 3 this week' }).waitFor();
    assert.equal(await page.locator(`${P} h2.title`).textContent(), 'My Plan');
    assert.match(await page.locator(`${P} #pl-h-summary`).textContent(), /For the next conversation/);
    assert.match(await page.locator(`${P} #pl-f-0 .fix`).textContent(), /^How:/);
    assert.match(await page.locator(`${P} #pl-prompts`).textContent(), /[A-Za-z]/);
    assert.equal(await page.locator(`${J} label[for=jl-employer]`).textContent(), 'Employer');
    await assertClean(page);
  });

  t.test('phone width (390 px): no horizontal scroll', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await phoneWidth(page, 200);
    await assertNoHorizontalScroll(page, assert);
    await screenshot(page, 'phone');
    await assertClean(page);
  });

  t.test('print: the conversation summary on ONE A4 page, no fields or buttons', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await catchPrint(page);
    await page.locator(`${P} #pl-print`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await printed(page), 1, 'the button opens the print dialog');
    await page.setViewportSize({ width: A4_CONTENT, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${J}`).isVisible(), false, 'printed: no joblog');
    assert.equal(await page.locator(`${P} #pl-goal`).isVisible(), false, 'printed: no fields');
    assert.equal(await page.locator(`${P} #pl-print`).isVisible(), false, 'printed: no buttons');
    assert.equal(await page.locator(`${P} #pl-chart`).isVisible(), true, 'printed: the chart');
    assert.equal(await page.locator(`${P} #pl-weeks`).isVisible(), true, 'printed: the table');
    assert.equal(await page.locator(`${P} #pl-prompts`).isVisible(), true, 'printed: the questions');
    const overflow = await overflowIn(page, P, A4_CONTENT);
    assert.deepEqual(overflow, [], 'no clipping in the print view');
    await screenshot(page, 'print');
    await assertOneA4Page(page, 'plan--print', 'the summary', assert);
    await assertClean(page);
  });
}
