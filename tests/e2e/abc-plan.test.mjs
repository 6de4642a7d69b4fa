// <jobspor-abc-plan> in real Chromium on the citizen demo page (www/abc.html, sample demand data):
// typing changes a row's class and the findings live and fires `result` events; removing the B
// row brings the "missing B" finding and a justification answers it; the SVG of the three circles
// is an image described in words; keyboard-only editing with visible focus; lang="en"; the draft
// survives a reload only with `storage-key` (and storage that throws is survived); the print view
// is ONE A4 page with nothing clipped; the JS API (checkAbcPlan, abcRules, sampleDemand) – with no
// console errors, CSP violations or foreign requests.
// Playwright's CSS locators pierce the open shadow root: `W + ' #f-rows-0-occupation'` is the field.

import { recordResults, events, lastEvent, printA4, pageOverflow, switchToEnglish } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const W = 'jobspor-abc-plan';
const KEY = 'jobspor-demo-abc';
const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** Opens the demo with no draft (the example plan), and records every result event from then on. */
async function openDemo(openPage, { fresh = true } = {}) {
  const page = await openPage('/abc.html');
  await page.locator(`${W} #abc-live`).waitFor();
  if (fresh) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator(`${W} #abc-live`).waitFor();
  }
  await recordResults(page, W);
  return page;
}

const liveText = (page) => page.locator(`${W} #abc-live`).textContent();
const codes = (detail) => detail.findings.map((f) => f.code);
const shadowActive = (page) => page.evaluate(() => document.querySelector('jobspor-abc-plan').shadowRoot.activeElement?.id);

/** Waits (up to 5 s) until `fn(text of selector)` holds; returns the text. */
async function textWhere(page, selector, text) {
  await page
    .waitForFunction(
      ([sel, text]) => document.querySelector('jobspor-abc-plan')?.shadowRoot?.querySelector(sel)?.textContent.includes(text),
      [selector, text],
      { timeout: 5000 },
    )
    .catch(() => {});
  return page.locator(`${W} ${selector}`).textContent();
}

/** The browser's local date, as the widget uses it for `today`. */
const browserToday = (page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
});

/** The reference: checkAbcPlan on the widget's own plan and configuration. */
async function reference(page) {
  const today = await browserToday(page);
  return page.evaluate(async (today) => {
    const el = document.querySelector('jobspor-abc-plan');
    return (await import('/pkg/abc.js').then(async (m) => (await m.ready, m))).checkAbcPlan(el.plan, { ...el.config, today });
  }, today);
}

export default function (t) {
  // Issue 12: no seed gives shares by week (seed 004 l. 2909–2912 moves the focus per conversation,
  // seed 003 l. 1038–1039 keeps the jobspor "ligestillede"): the demo shows the focus per
  // conversation, no 50/30/20, and the conversation select moves it.
  t.test('the demo shows the focus per conversation and no shares', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const live = await textWhere(page, '#abc-live', 'Denne samtale');
    assert.match(live, /Søg job inden for A, B og C side om side frem til næste samtale/);
    assert.match(live, /Denne samtale sætter fokus på plan A, den næste på plan B\./);
    assert.ok(!/\d+ %/.test(live), `no shares by default: ${live}`);
    await page.locator(`${W} #f-conversation`).selectOption('2');
    assert.match(await textWhere(page, '#abc-live', 'plan B, den næste'), /Denne samtale sætter fokus på plan B, den næste på plan C\./);
    assert.equal((await page.evaluate(() => document.querySelector('jobspor-abc-plan').plan)).conversation, 2);
    await assertClean(page);
  });

  t.test('typing changes the row class and the findings live and fires result events', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const root = page.locator(`${W} .jsp`);
    assert.equal(await root.getAttribute('lang'), 'da');
    assert.match(await root.locator('h2').first().textContent(), /ABC-jobplan/);
    assert.equal(await page.locator(`${W} [aria-live="polite"]`).count(), 1, 'one live region');
    // The example plan: the circles point to A, B and C.
    for (const [i, c] of [[0, 'A'], [1, 'B'], [2, 'C']]) {
      assert.match(await page.locator(`${W} #abc-class-${i} .abc-badge`).textContent(), new RegExp(`Cirklerne peger på: ${c}$`));
    }

    // Labels name the fields (getByLabel finds them by their Danish label).
    const occupation = page.getByLabel('Stillingsbetegnelse').first();
    assert.equal(await occupation.inputValue(), 'Grafiker');
    await occupation.fill('Journalist');
    assert.match(await textWhere(page, '#abc-class-0', 'urealistisk'), /Cirklerne peger på: urealistisk/);
    assert.match(await page.locator(`${W} #abc-class-0`).textContent(), /Journalist/, 'the core\'s reason names the job');
    let ev = await lastEvent(page);
    assert.equal(ev.rows[0].class, 'unrealistic', 'the event follows the typing');
    assert.equal(ev.rows[0].circles.demand.level, 'poor');
    assert.ok(codes(ev).includes('AB201'), `an A without demand: ${codes(ev)}`);
    const live = await textWhere(page, '#abc-live', 'AB201');
    assert.match(live, /AB201/);
    assert.match(live, /Bør rettes|Råd|Skal rettes/, 'the severity in words');
    const ab201 = ev.findings.find((f) => f.code === 'AB201');
    assert.ok(live.includes(ab201.message.da) && live.includes(ab201.fix.da), 'message and fix from the core');
    assert.equal(await page.locator(`${W} .finding[data-code="AB201"]`).getAttribute('data-path'), ab201.path);
    await screenshot(page, 'unrealistic-a');
    // The widget agrees with the JS API on the plan it reports.
    assert.deepEqual(await reference(page), ev, 'same result as checkAbcPlan');

    await occupation.fill('Grafiker');
    assert.match(await textWhere(page, '#abc-class-0', 'på: A'), /Cirklerne peger på: A/);
    assert.ok(!codes(await lastEvent(page)).includes('AB201'));

    // The wish slider: to 10 on the B row – the circles now point to A, and the letter disagrees.
    const wish = page.locator(`${W} #f-rows-1-wish`);
    await wish.focus();
    await page.keyboard.press('End');
    assert.match(await page.locator(`${W} #f-rows-1-wish-value`).textContent(), /^10 af 10$/);
    assert.equal(await wish.getAttribute('aria-valuetext'), '10 af 10');
    assert.match(await textWhere(page, '#abc-class-1', 'på: A'), /Cirklerne peger på: A/);
    ev = await lastEvent(page);
    assert.equal(ev.rows[1].circles.wish.value, 10);
    assert.ok(codes(ev).includes('AB204'), `the letter disagrees with the circles: ${codes(ev)}`);
    await assertClean(page);
  });

  t.test('removing the B row brings the missing-B finding; a justification changes it', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    assert.ok(!codes(await lastEvent(page) ?? await page.evaluate(() => document.querySelector('jobspor-abc-plan').result)).includes('AB001'));
    await page.getByRole('button', { name: 'Fjern række 2' }).click();
    assert.equal(await page.locator(`${W} .abc-row`).count(), 2);
    assert.equal(await shadowActive(page), 'f-rows-1-plan', 'focus moves to the next row');
    const live = await textWhere(page, '#abc-live', 'AB001');
    assert.match(live, /AB001/);
    assert.match(live, /Planen har ikke B/);
    let ev = await lastEvent(page);
    assert.equal(ev.rows.length, 2);
    assert.ok(codes(ev).includes('AB001'));
    await screenshot(page, 'missing-b');

    // "Gå til feltet" on the finding moves focus to where a row is added.
    await page.locator(`${W} .finding[data-code="AB001"] button`).click();
    assert.equal(await shadowActive(page), 'abc-add');

    // A justification: AB001 is quiet, AB002 notes the justification.
    await page.getByLabel('Begrundelse, hvis planen ikke har både A, B og C').fill('Borgeren har et tilbud om job som lagermedarbejder fra 1. marts.');
    await textWhere(page, '#abc-live', 'AB002');
    ev = await lastEvent(page);
    assert.ok(!codes(ev).includes('AB001'), `${codes(ev)}`);
    assert.ok(codes(ev).includes('AB002'), `${codes(ev)}`);
    assert.match(await liveText(page), /begrundelsen er noteret/);
    assert.equal((await page.evaluate(() => document.querySelector('jobspor-abc-plan').plan)).justification,
      'Borgeren har et tilbud om job som lagermedarbejder fra 1. marts.');
    await assertClean(page);
  });

  t.test('the three circles are an SVG image described in words, a marker per row', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const svg = page.locator(`${W} svg.abc-svg`);
    assert.equal(await svg.getAttribute('role'), 'img');
    const img = page.getByRole('img', { name: 'ABC-modellen: ønsker, kompetencer og arbejdsmarkedet' });
    assert.equal(await img.count(), 1, 'named by its <title>');
    const desc = await page.locator(`${W} #abc-svg-desc`).textContent();
    for (const s of ['Mærke A1 – Række 1 (Plan A, Grafiker)', 'Mærke B2 – Række 2 (Plan B, Kundeservicemedarbejder)', 'Mærke C3 – Række 3 (Plan C, Lagermedarbejder)',
      'Mærket står i alle tre cirkler: cirklerne peger på A.', 'Nordjylland']) {
      assert.ok(desc.includes(s), `description: ${s}\n${desc}`);
    }
    assert.equal(await svg.getAttribute('aria-describedby'), 'abc-svg-desc');
    assert.equal(await page.locator(`${W} .abc-marker`).count(), 3);
    assert.deepEqual(await page.locator(`${W} .abc-marker text`).allTextContents(), ['A1', 'B2', 'C3']);
    // Never colour alone: the legend says each row's class in words.
    assert.match(await page.locator(`${W} #abc-legend`).textContent(), /Række 3 \(Plan C, Lagermedarbejder\) – Cirklerne peger på: C/);
    // The marker moves with the circles: an A with no demand leaves the labour market.
    await page.locator(`${W} #f-rows-0-occupation`).fill('Journalist');
    await textWhere(page, '#abc-svg-desc', 'uden for arbejdsmarkedet');
    assert.match(await page.locator(`${W} #abc-svg-desc`).textContent(), /Journalist\): .*uden for arbejdsmarkedet: cirklerne peger på urealistisk\./);
    mkdirSync(OUT, { recursive: true });
    await page.locator(`${W} .abc-model`).screenshot({ path: `${OUT}abc-plan--part-circles.png` });
    await assertClean(page);
  });

  t.test('keyboard only: fill a row, add one, reach a finding; focus is visible', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.getByRole('button', { name: 'Tom plan' }).click();
    await page.locator(`${W} #f-rows-0-plan`).waitFor();
    // A host's weekly share schedule (none by default since issue 12): the advice below comes from it.
    await page.evaluate(() => {
      const el = document.querySelector('jobspor-abc-plan');
      const step = (from_week, A, B, C) => ({ from_week, A, B, C });
      el.config = { ...el.config, search_focus: [step(0, 50, 30, 20), step(13, 40, 35, 25), step(26, 30, 40, 30), step(39, 20, 40, 40)] };
    });
    // From the language switch on the page, Tab into the widget: the first field is the weeks.
    await page.locator('#lang-da').focus();
    await page.keyboard.press('Tab');
    assert.equal(await shadowActive(page), 'f-weeks_unemployed', 'Tab enters the widget at its first field');
    const outline = () => page.evaluate(() => {
      const a = document.querySelector('jobspor-abc-plan').shadowRoot.activeElement;
      const s = getComputedStyle(a);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    assert.match(await outline(), /^solid 3px$/, 'visible focus');
    await page.keyboard.type('30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nordjylland');
    await page.keyboard.press('Tab');
    assert.equal(await shadowActive(page), 'f-rows-0-plan');
    await page.keyboard.press('Tab');
    assert.equal(await shadowActive(page), 'f-rows-0-occupation');
    // Each field of the row in turn (functions: two lines), Tab to the next.
    const fields = ['Sygeplejerske', ['Pleje af patienter', 'Medicinhåndtering'], 'Aalborg Universitetshospital', 'Borger søger; jobkonsulent ringer', 'inden 1. december'];
    for (const lines of fields) {
      for (const [k, line] of [lines].flat().entries()) {
        if (k > 0) await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
      await page.keyboard.press('Tab');
    }
    assert.equal(await shadowActive(page), 'f-rows-0-wish');
    assert.match(await outline(), /^solid/);
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    assert.match(await page.locator(`${W} #f-rows-0-wish-value`).textContent(), /^9 af 10$/, 'from the middle (5), four steps right');
    await page.keyboard.press('Tab');
    assert.equal(await shadowActive(page), 'f-rows-0-competence');
    await page.keyboard.press('h'); // "Har kompetencerne"
    const plan = await page.evaluate(() => document.querySelector('jobspor-abc-plan').plan);
    assert.equal(plan.weeks_unemployed, 30);
    assert.equal(plan.region, 'Nordjylland');
    assert.deepEqual(plan.rows[0].functions, ['Pleje af patienter', 'Medicinhåndtering']);
    assert.equal(plan.rows[0].wish, 9);
    assert.equal(plan.rows[0].competence, 'full');
    assert.match(await textWhere(page, '#abc-class-0', 'på: A'), /Cirklerne peger på: A/);
    assert.match(await liveText(page), /Efter 30 ugers ledighed flytter fokus fra A mod B og C/, 'the search focus as advice');

    // Add a row with the keyboard: focus lands on its letter, typed with one key.
    await page.locator(`${W} #abc-add`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`${W} .abc-row`).count(), 4);
    assert.equal(await shadowActive(page), 'f-rows-3-plan', 'focus moves to the new row');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lagermedarbejder');
    assert.equal((await page.evaluate(() => document.querySelector('jobspor-abc-plan').plan)).rows[3].occupation, 'Lagermedarbejder');

    // A finding's "Gå til feltet" by keyboard moves focus to its field.
    const go = page.locator(`${W} .finding[data-path="rows[3].functions"] button`);
    await go.focus();
    assert.match(await outline(), /^solid/);
    await page.keyboard.press('Enter');
    assert.equal(await shadowActive(page), 'f-rows-3-functions');
    await assertClean(page);
  });

  t.test('lang="en" switches every UI word to English and back', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const text = await switchToEnglish(page, W, ['ABC job plan', 'The three circles', 'Job title', 'Who does what', 'Do you have the competences?', 'Add a row', 'Print the plan', 'The circles point to: A', 'Search focus', 'Delete draft'], assert);
    for (const s of ['Cirklerne peger på', 'Tilføj række', 'Har du kompetencerne', 'Søgefokus']) assert.ok(!text.includes(s), `no Danish ${s}`);
    assert.equal(await page.locator(`${W} label[for="f-rows-0-who"]`).textContent(), 'Who does what');
    const ev = await page.evaluate(() => document.querySelector('jobspor-abc-plan').result);
    assert.ok(text.includes(ev.rows[0].reason.en), 'the core\'s English reason');
    assert.match(await page.locator(`${W} #abc-svg-desc`).textContent(), /Marker A1 – Row 1 \(Plan A, Grafiker\)/);
    await screenshot(page, 'english');
    await page.locator('label[for="lang-da"]').click();
    await page.locator(`${W} .jsp[lang="da"]`).waitFor();
    assert.equal(await page.locator(`${W} label[for="f-rows-0-who"]`).textContent(), 'Hvem gør hvad');
    await assertClean(page);
  });

  t.test('storage-key: the draft survives a reload; without it nothing is stored; storage that throws is survived', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.locator(`${W} #f-rows-0-occupation`).fill('Illustrator');
    await page.locator(`${W} #f-rows-2-functions`).fill('Plukke ordrer\nTruckkørsel');
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    assert.equal(stored.rows[0].occupation, 'Illustrator');
    assert.deepEqual(stored.rows[2].functions, ['Plukke ordrer', 'Truckkørsel']);
    assert.match(await page.locator(`${W} #abc-draft`).textContent(), /Din kladde gemmes i denne browser/);

    await page.reload();
    await page.locator(`${W} #abc-live`).waitFor();
    assert.equal(await page.locator(`${W} #f-rows-0-occupation`).inputValue(), 'Illustrator', 'the draft survives the reload');
    assert.equal(await page.locator(`${W} #f-rows-2-functions`).inputValue(), 'Plukke ordrer\nTruckkørsel');

    // "Slet kladde": the stored draft is removed and the form emptied.
    await page.getByRole('button', { name: 'Slet kladde' }).click();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
    assert.match(await page.locator(`${W} #abc-draft`).textContent(), /Kladden er slettet/);
    assert.equal(await shadowActive(page), 'abc-draft');
    assert.equal(await page.locator(`${W} #f-rows-0-occupation`).inputValue(), '');

    // Without the attribute: a widget that is used writes nothing at all.
    await page.evaluate(() => { document.getElementById('abc').remove(); localStorage.clear(); });
    await page.evaluate(() => {
      const el = document.createElement('jobspor-abc-plan');
      el.id = 'plain';
      document.querySelector('.widget-area').append(el);
      el.plan = { rows: [{ plan: 'A', occupation: 'Kok' }] };
    });
    const plain = 'jobspor-abc-plan#plain';
    await page.locator(`${plain} #f-rows-0-occupation`).fill('Tjener');
    await page.locator(`${plain} #abc-add`).click();
    assert.equal((await page.evaluate(() => document.getElementById('plain').plan)).rows[0].occupation, 'Tjener');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
    assert.equal(await page.locator(`${plain} #abc-clear`).count(), 0, 'no draft button');

    // Storage that throws (disabled by the user): the widget works and says so.
    await page.evaluate(() => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
      const el = document.createElement('jobspor-abc-plan');
      el.id = 'nostore';
      el.setAttribute('storage-key', 'x');
      document.querySelector('.widget-area').append(el);
    });
    const nostore = 'jobspor-abc-plan#nostore';
    await page.locator(`${nostore} #f-rows-0-occupation`).fill('Kok');
    assert.match(await page.locator(`${nostore} #abc-draft`).textContent(), /Kladden kan ikke gemmes/);
    assert.match(await page.locator(`${nostore} #abc-class-0`).textContent(), /Cirklerne peger på/);
    await assertClean(page);
  });

  t.test('print: one A4 page, nothing clipped, no editing controls', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    // A long plan: four rows with several functions and companies each.
    await page.evaluate(() => {
      const el = document.querySelector('jobspor-abc-plan');
      const p = el.plan;
      p.rows.push({ plan: 'B', occupation: 'Butiksassistent', functions: ['Kundeservice i butik', 'Varepåfyldning', 'Kasseekspedition'],
        companies: ['Supermarkeder i Aalborg', 'Byggemarkeder', 'Tøjbutikker i city'], who: 'Borger afleverer ansøgning personligt i fem butikker', when: 'inden næste samtale', wish: 5, competence: 'partial' });
      p.justification = 'Fire spor, fordi borgeren gerne vil prøve både butik og kundeservice.';
      el.plan = p;
    });
    await page.getByRole('button', { name: 'Udskriv planen' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1, 'the button opens the print dialog');
    assert.equal(await page.locator(`${W} .abc-print-head`).isVisible(), false, 'the print heading is for print only');

    // A4 portrait with 15 mm side margins: 180 mm = 680 CSS px of content width.
    const A4_CONTENT = Math.floor((180 / 25.4) * 96);
    await page.setViewportSize({ width: A4_CONTENT, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${W} .abc-print-head`).isVisible(), true, 'printed: the vandrejournal heading');
    for (const hidden of ['.abc-form', '.abc-check', '#abc-print', '.abc-model .hint']) {
      assert.equal(await page.locator(`${W} ${hidden}`).first().isVisible(), false, `printed: no ${hidden}`);
    }
    for (const shown of ['svg.abc-svg', '.abc-table', '.abc-legend', '.abc-sign']) {
      assert.equal(await page.locator(`${W} ${shown}`).isVisible(), true, `printed: ${shown}`);
    }
    assert.equal(await page.locator('header.site').isVisible(), false, 'the portal\'s chrome is not printed');
    const sheet = await page.locator(`${W} .abc-table`).textContent();
    for (const s of ['Grafiker', 'Kundeservicemedarbejder', 'Lagermedarbejder', 'Butiksassistent', 'Reklamebureauer i Aalborg']) assert.ok(sheet.includes(s), s);
    // Nothing in the print view is wider than its box or than the page's content width.
    const overflow = await page.evaluate((limit) => {
      const root = document.querySelector('jobspor-abc-plan').shadowRoot.querySelector('.jsp');
      const bad = [];
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (!el.getClientRects().length) continue; // not printed
        const r = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}#${el.id}`;
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !(el instanceof SVGElement)) bad.push(`${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        if (r.right > limit + 0.5) bad.push(`${name}: right edge ${r.right} > ${limit}`);
        if (r.left < -0.5) bad.push(`${name}: left edge ${r.left}`);
      }
      return bad;
    }, A4_CONTENT);
    assert.deepEqual(overflow, [], 'no clipping in the print view');
    await screenshot(page, 'print');

    const pdf = await printA4(page, 'abc-plan--print');
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    assert.equal(pages.length, 1, `the plan prints on ONE A4 page (got ${pages.length})`);
    const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
    assert.ok(box && Math.abs(Number(box[1]) - 595.92) < 2 && Math.abs(Number(box[2]) - 842.88) < 2, `A4 portrait: ${box?.[0]}`);
    await page.emulateMedia({ media: 'screen' });
    await assertClean(page);
  });

  t.test('checkAbcPlan, abcRules and sampleDemand from JavaScript; bad input is an error object', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openPage('/abc.html');
    const out = await page.evaluate(async ([plan, demand]) => {
      const { checkAbcPlan, abcRules, sampleDemand, isInputError } = await import('/pkg/abc.js').then(async (m) => (await m.ready, m));
      const config = { demand, today: '2026-05-06' };
      return {
        plain: checkAbcPlan(plan, config),
        fromText: checkAbcPlan(JSON.stringify(plan), JSON.stringify(config)),
        noConfig: checkAbcPlan(plan),
        notJson: checkAbcPlan('{nope'),
        badEnum: checkAbcPlan({ rows: [{ competence: 'some' }] }),
        badWish: checkAbcPlan({ rows: [{}, { wish: 11 }] }),
        badConfig: checkAbcPlan(plan, { wish_low: 8, wish_high: 7 }),
        isErr: isInputError(checkAbcPlan(undefined)),
        // Issue 12: with its region, so the rows have demand (without demand a row is not judged).
        big: checkAbcPlan({ justification: 'x'.repeat(1 << 20), region: plan.region, rows: plan.rows }, config),
        rules: abcRules(),
        sample: sampleDemand(),
      };
    }, [fixture('abc/plan.json'), fixture('abc/demand.json')]);
    assert.deepEqual(out.plain.rows.map((r) => r.class), ['A', 'B', 'C']);
    assert.deepEqual(out.fromText, out.plain, 'objects and JSON text give the same result');
    assert.equal(out.noConfig.rows[0].circles.demand.level, 'unknown', 'no demand data: unknown');
    for (const e of [out.notJson, out.badEnum, out.badWish, out.badConfig]) assert.equal(e.error, 'invalid_input');
    assert.equal(out.badEnum.path, 'rows[0].competence');
    assert.equal(out.badWish.path, 'rows[1].wish');
    assert.ok(out.badConfig.path.startsWith('wish_'));
    assert.ok(out.notJson.message_da.length > 0);
    assert.equal(out.isErr, true);
    assert.deepEqual(out.big.rows.map((r) => r.class), ['A', 'B', 'C'], 'a 1 MB justification is fine');
    assert.ok(out.rules.length >= 19 && out.rules.every((r) => /^AB\d{3}$/.test(r.code) && r.title.da && r.title.en && r.docs === ''));
    assert.match(out.sample.$comment, /SAMPLE DATA/);
    assert.ok(out.sample.Nordjylland.Grafiker);
    await assertClean(page);
  });

  t.test('phone width: one column, nothing wider than the screen; the nav links the demos', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await pageOverflow(page);
    assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px)`);
    const lefts = await page.locator(`${W} .abc-form, ${W} .abc-model`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    assert.equal(lefts[0], lefts[1], 'form and circles stacked');
    await screenshot(page, 'phone');
    await page.getByRole('link', { name: 'Mit CV' }).click();
    await page.locator('jobspor-cv-check').waitFor();
    await page.getByRole('link', { name: 'ABC-jobplan' }).click();
    await page.locator(`${W} #abc-live`).waitFor();
    await assertClean(page);
  });
}
