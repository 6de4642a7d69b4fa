// The job centre's own numbers (issue 19) in real Chromium on www/numbers.html: <jobspor-resources>
// reproduces the seed's worked example on screen and marks the covering cell in words; a company
// consultant registers three contacts in <jobspor-openings> by keyboard only, the items age to
// yellow and red with a fixed `today`, the chart and its table update, every edit fires `change`
// with the list; the openings feed <jobspor-abc-plan> on the same page and its row's class
// changes; the CSV export downloads and re-imports identically, a bad row is refused naming row
// and column; lang="en"; 390 px without horizontal scroll; the calculator prints on ONE A4 page –
// with no console errors, CSP violations or foreign requests.
// Playwright's CSS locators pierce the open shadow roots.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { A4_CONTENT, assertNoHorizontalScroll, assertOneA4Page, catchPrint, overflowIn, phoneWidth, printed } from './browser.mjs';
import { fileURLToPath } from 'node:url';

const R = 'jobspor-resources';
const O = 'jobspor-openings';
const A = 'jobspor-abc-plan';
const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** Opens the demo with every widget rendered; records the openings' `change` events. */
async function openDemo(openPage) {
  const page = await openPage('/numbers.html');
  await page.locator(`${R} #nr-years`).waitFor();
  await page.locator(`${O} #op-h-entry`).waitFor();
  await page.locator(`${A} #abc-class-0`).waitFor();
  await page.evaluate(() => {
    window.__changes = [];
    document.querySelector('jobspor-openings').addEventListener('change', (e) => window.__changes.push(e.detail));
  });
  return page;
}

/** Waits (up to 5 s) until the text of `selector` in `tag`'s shadow root includes `text`; returns the text. */
async function textWhere(page, tag, selector, text) {
  await page
    .waitForFunction(
      ([tag, sel, text]) => document.querySelector(tag)?.shadowRoot?.querySelector(sel)?.textContent.includes(text),
      [tag, selector, text],
      { timeout: 5000 },
    )
    .catch(() => {});
  return page.locator(`${tag} ${selector}`).first().textContent();
}

const active = (page, tag) => page.evaluate((tag) => document.querySelector(tag).shadowRoot.activeElement?.id, tag);

/** Types one contact into the entry form by keyboard only, starting in the company field. */
async function typeContact(page, { company, type, result, fn, places }) {
  const k = page.keyboard;
  await k.type(company);
  for (let i = 0; i < 6; i++) await k.press('Tab'); // cvr, address, phone, email, contact person → company type
  await k.type(type);
  await k.press('Tab'); // result
  for (let i = 0; i < result; i++) await k.press('ArrowDown');
  await k.press('Tab'); // job function
  if (fn) await k.type(fn);
  await k.press('Tab'); // places
  if (places !== undefined) await k.type(String(places));
  await k.press('Enter'); // submits the form
}

export default function (t) {
  t.test('resources: the seed\'s worked example on screen, number for number; the covering cell marked in words', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    // The four fields hold the seed's example.
    for (const [id, v] of [['citizens', '330'], ['days', '3'], ['weeks', '44'], ['intensified', '30']]) {
      assert.equal(await page.locator(`${R} #nr-${id}`).inputValue(), v, id);
    }
    const rows = async (id) => page.locator(`${R} #${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const whole = await rows('nr-whole');
    assert.deepEqual(whole.map((r) => r[1]), ['1320', '1980', '3960'], 'whole group: 1320 / 1980 / 3960');
    const int = await rows('nr-int');
    assert.deepEqual(int.map((r) => r.slice(1, 4)), [['2376', '924', '3300'], ['1188', '924', '2112'], ['594', '924', '1518']], 'intensified');
    // The Årsværk table: per day (1–8) × years (1–9), 132 … 9504.
    const years = await rows('nr-years');
    assert.equal(years.length, 8);
    for (let p = 1; p <= 8; p++) {
      const want = Array.from({ length: 9 }, (_, y) => String(p * 132 * (y + 1)));
      const got = years[p - 1].slice(1).map((c) => c.replace('◆', '').replace(/–.*$/, '').trim());
      assert.deepEqual(got, want, `row ${p}`);
    }
    assert.equal(years[0][1], '132');
    assert.equal(years[7][9], '9504');
    // Twice a month (3300) at 5 a day: the cell 5 × 5 = 3300, marked with a symbol and words.
    const mark = page.locator(`${R} #nr-mark`);
    assert.equal(await mark.count(), 1);
    assert.match(await mark.textContent(), /◆ 3300 – dækker 3300/);
    assert.match(await page.locator(`${R} #nr-legend`).textContent(), /To gange i måneden \(24\) – 3300 samtaler Årsværk ved 5 pr\. dag: 5/);
    const markBg = await mark.evaluate((td) => getComputedStyle(td).backgroundColor);
    const cellBg = await page.locator(`${R} #nr-years tbody td`).first().evaluate((td) => getComputedStyle(td).backgroundColor);
    assert.notEqual(markBg, cellBg, 'the marked cell stands out');
    assert.match(await page.locator(`${R} #nr-capacity`).textContent(), /Kapacitet/);
    assert.match(await page.locator(`${R} .nr-warnings`).textContent(), /kun en indikation/);
    await screenshot(page, 'resources');

    // Live: 660 citizens, 4 a day → the live summary and the tables follow; the result event agrees with the API.
    await page.evaluate(() => { window.__res = []; document.querySelector('jobspor-resources').addEventListener('result', (e) => window.__res.push(e.detail)); });
    await page.locator(`${R} #nr-citizens`).fill('660');
    await page.locator(`${R} #nr-per-day`).selectOption('4');
    assert.match(await textWhere(page, R, '#nr-live', '660'), /Antal borgere: 660;/);
    assert.equal((await rows('nr-whole'))[0][1], '2640');
    const ev = await page.evaluate(() => window.__res.at(-1));
    const api = await page.evaluate(async () => (await import('/pkg/numbers.js').then(async (m) => (await m.ready, m))).calculateResources({ citizens: 660, days: 3, weeks: 44, intensified: 0.3, per_day: 4 }));
    assert.deepEqual(ev, api, 'the event detail is calculateResources on the same input');
    assert.equal(await page.locator(`${R} [aria-live="polite"]`).count(), 1, 'one polite live region');
    // A bad field is named; the figures stay.
    await page.locator(`${R} #nr-days`).fill('9');
    assert.equal(await page.locator(`${R} #nr-days`).getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => window.__res.at(-1).path), 'days');
    assert.equal((await rows('nr-whole'))[0][1], '2640', 'the last valid figures stay');
    await assertClean(page);
  });

  t.test('openings: three contacts by keyboard only, ageing to yellow and red with a fixed today, the chart updates, the ABC class changes', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.locator(O).evaluate((el) => el.setAttribute('today', '2026-05-01'));
    assert.match(await page.locator(`${A} #abc-class-0`).textContent(), /ikke vurderet/, 'no demand data yet');
    assert.equal(await page.locator(`${O} #op-date`).inputValue(), '01-05-2026', 'the date field starts at today');

    // Into the form by keyboard: the date field, then Tab to the company.
    await page.locator(`${O} #op-date`).focus();
    await page.keyboard.press('Tab');
    assert.equal(await active(page, O), 'op-company');
    await typeContact(page, { company: 'Lager A/S', type: 'Transport', result: 2, fn: 'Lagermedarbejder', places: 2 });
    assert.match(await textWhere(page, O, '#op-items', 'Lager A/S'), /Lager A\/S/);
    assert.equal(await active(page, O), 'op-company', 'focus back in the company field');
    assert.match(await page.locator(`${O} #op-status`).textContent(), /Kontakt 1 \(Lager A\/S\) registreret/);
    await typeContact(page, { company: 'Pleje ApS', type: 'Sundhed', result: 3, fn: 'Social- og sundhedshjælper', places: 1 });
    await typeContact(page, { company: 'Tryk I/S', type: 'Industri', result: 1 });
    await textWhere(page, O, '#op-status', 'Kontakt 3');

    const changes = await page.evaluate(() => window.__changes);
    assert.equal(changes.length, 3, 'one change event per contact');
    const list = changes.at(-1);
    assert.deepEqual(list.items.map((c) => [c.date, c.company, c.company_type, c.result, c.job_function, c.places]), [
      ['2026-05-01', 'Lager A/S', 'Transport', 'ordinary_opening', 'Lagermedarbejder', 2],
      ['2026-05-01', 'Pleje ApS', 'Sundhed', 'work_placement', 'Social- og sundhedshjælper', 1],
      ['2026-05-01', 'Tryk I/S', 'Industri', 'no_opening', '', null],
    ]);
    assert.deepEqual(await page.locator(O).evaluate((el) => el.value), list, 'the value property is the list');
    assert.equal(await page.locator(`${O} #op-items > li`).count(), 2, 'two open items; the contact without an opening is statistics only');
    assert.match(await page.locator(`${O} #op-by-function`).textContent(), /Lagermedarbejder: 2/);
    assert.match(await page.locator(`${O} #op-no-opening`).textContent(), /Industri: 1/);
    // The openings feed the ABC plan: Lagermedarbejder in Aarhus now has demand, the row is judged.
    assert.match(await textWhere(page, A, '#abc-class-0', 'peger på: A'), /Cirklerne peger på: A/);
    await screenshot(page, 'openings-registered');

    // A fixed today: 7 days on, yellow; 14 days on, red – symbol and words beside the colour.
    const ageing = () => page.locator(`${O} #op-items > li`).evaluateAll((lis) => lis.map((li) => [li.dataset.ageing, li.querySelector('.op-age')?.textContent]));
    assert.deepEqual(await ageing(), [['fresh', '● Ny'], ['fresh', '● Ny']]);
    await page.locator(O).evaluate((el) => el.setAttribute('today', '2026-05-07'));
    assert.deepEqual(await ageing(), [['fresh', '● Ny'], ['fresh', '● Ny']], '6 days: not yet');
    await page.locator(O).evaluate((el) => el.setAttribute('today', '2026-05-08'));
    assert.deepEqual(await ageing(), [['yellow', '▲ Gul: over 1 uge'], ['yellow', '▲ Gul: over 1 uge']]);
    await screenshot(page, 'openings-yellow');
    await page.locator(O).evaluate((el) => el.setAttribute('today', '2026-05-15'));
    assert.deepEqual(await ageing(), [['red', '■ Rød: over 2 uger'], ['red', '■ Rød: over 2 uger']]);
    const colours = await page.locator(`${O} #op-items > li`).first().evaluate((li) => getComputedStyle(li).borderLeftColor);
    assert.equal(colours, 'rgb(164, 18, 28)', 'red beside the words');
    await screenshot(page, 'openings-red');

    // One place filled: the chart and its table update; both filled: off the list, still in the statistics.
    await page.locator(`${O} #op-fill-0`).focus();
    await page.keyboard.press('Enter');
    assert.match(await textWhere(page, O, '#op-by-function', 'Lagermedarbejder: 1'), /Lagermedarbejder: 1/);
    await page.locator(`${O} #op-fill-0`).focus();
    await page.keyboard.press('Enter');
    assert.match(await textWhere(page, O, '#op-status', 'taget af listen'), /Lager A\/S: er besat/);
    assert.equal(await page.locator(`${O} #op-items > li`).count(), 1);
    assert.match(await page.locator(`${O} #op-facts`).textContent(), /Besat\s*2/);
    assert.doesNotMatch(await page.locator(`${O} #op-by-function`).textContent(), /Lagermedarbejder/);
    assert.match(await textWhere(page, A, '#abc-class-0', 'ikke vurderet'), /ikke vurderet/, 'no open place: demand unknown again');
    assert.equal((await page.evaluate(() => window.__changes)).length, 5);
    await assertClean(page);
  });

  t.test('CSV: the export downloads for Danish Excel and re-imports identically; a bad row is refused naming row and column', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: tre kontakter' }).click();
    await page.locator(`${O} #op-items > li`).first().waitFor();
    const before = await page.locator(O).evaluate((el) => el.value);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${O} #op-export`).click()]);
    assert.match(download.suggestedFilename(), /^brancheredskab-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const csv = bytes.toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(lines[0], /^Dato;Virksomhed;CVR-nummer;/);
    assert.match(lines[1], /^\d{2}-\d{2}-\d{4};Eksempel Lager ApS;/, 'dd-mm-åååå');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}numbers--export.csv`, bytes);

    // Re-import after emptying the list: identical.
    await page.getByRole('button', { name: 'Tom liste' }).click();
    await page.locator(`${O} #op-import`).setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: bytes });
    await textWhere(page, O, '#op-status', 'importeret');
    assert.deepEqual((await page.locator(O).evaluate((el) => el.value)).items, before.items, 'exported and imported: identical');

    // A bad row (row 3: "to" places) is refused; the list stays; the rows before it can be taken.
    const bad = csv.split('\r\n').map((l, i) => (i === 2 ? l.replace(/;1;0$/, ';to;0') : l)).join('\r\n');
    assert.notEqual(bad, csv);
    await page.locator(`${O} #op-import`).setInputFiles({ name: 'fejl.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const err = await textWhere(page, O, '#op-csv-error', 'række');
    assert.match(err, /række 3, kolonne »Antal pladser«/);
    assert.equal((await page.locator(O).evaluate((el) => el.value)).items.length, 3, 'nothing lost');
    await page.locator(`${O} #op-keep`).click();
    await page.waitForFunction(() => document.querySelector('jobspor-openings').value.items.length === 1);
    assert.equal((await page.locator(O).evaluate((el) => el.value)).items[0].company, 'Eksempel Lager ApS');

    // The demand data export: the open places per job function for the region.
    await page.getByRole('button', { name: 'Eksempel: tre kontakter' }).click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator(`${O} #op-demand`).click()]);
    const demand = JSON.parse(readFileSync(await json.path(), 'utf8'));
    assert.deepEqual(demand, { Aarhus: { Lagermedarbejder: 'good', 'Social- og sundhedshjælper': 'good' } });
    assert.deepEqual(await page.locator(O).evaluate((el) => el.demand), demand);
    await assertClean(page);
  });

  t.test('lang="en": both widgets in English', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: tre kontakter' }).click();
    await page.locator('#lang-en').check();
    assert.match(await textWhere(page, R, 'h2', 'Resource calculator'), /Resource calculator/);
    assert.equal(await page.locator(`${R} .jsp`).getAttribute('lang'), 'en');
    assert.match(await page.locator(`${R} #nr-legend`).textContent(), /Twice a month \(24\) – 3300 conversations Full-time years at 5 a day: 5/);
    assert.match(await page.locator(`${O} #op-h-entry`).textContent(), /Register a contact/);
    assert.match(await page.locator(`${O} #op-items`).textContent(), /Ordinary opening|Work placement/);
    assert.equal(await page.locator(`${O} .jsp`).getAttribute('lang'), 'en');
    await assertClean(page);
  });

  t.test('phone width (390 px): no horizontal scroll, one column', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Eksempel: tre kontakter' }).click();
    await phoneWidth(page);
    await page.locator(`${O} #op-items > li`).first().waitFor();
    await assertNoHorizontalScroll(page, assert);
    const lefts = await page.locator(`${R} .nr-form, ${R} .nr-results`).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    assert.equal(lefts[0], lefts[1], 'fields and tables stacked');
    await screenshot(page, 'phone');
    await assertClean(page);
  });

  t.test('print: the calculator on ONE A4 page, nothing clipped, no fields or buttons', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await catchPrint(page);
    await page.locator(`${R} #nr-print`).click();
    assert.equal(await printed(page), 1, 'the button opens the print dialog');
    await page.setViewportSize({ width: A4_CONTENT, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.nr-form', '#nr-live']) assert.equal(await page.locator(`${R} ${hidden}`).isVisible(), false, `printed: no ${hidden}`);
    for (const hidden of [O, A, 'header.site']) assert.equal(await page.locator(hidden).isVisible(), false, `printed: no ${hidden}`);
    for (const shown of ['#nr-years', '#nr-whole', '#nr-int', '#nr-mark', '.nr-facts', '#nr-capacity', '.nr-warnings']) {
      assert.equal(await page.locator(`${R} ${shown}`).isVisible(), true, `printed: ${shown}`);
    }
    assert.match(await page.locator(`${R} .nr-facts`).textContent(), /Antal borgere\s*330/);
    const overflow = await overflowIn(page, R, A4_CONTENT);
    assert.deepEqual(overflow, [], 'no clipping in the print view');
    await screenshot(page, 'print');
    await assertOneA4Page(page, 'numbers--print', 'the calculator', assert);
    await assertClean(page);
  });
}
