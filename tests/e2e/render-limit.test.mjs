// The render bound (issue 13, crates/widgets/src/render_limit.rs): 10,000 agreements set as
// <jobspor-smart-check>'s `value`, or 10,000 rows as <jobspor-abc-plan>'s `plan`, exhausted the
// renderer (over 3 GB, the tab crashed). Now each widget renders the first 200 (the `render-limit`
// attribute) with a note saying so, checks all of them, and the page stays responsive. No timing
// is asserted; `node tests/e2e/measure-render.mjs` prints the figures.

const N = 10_000;

/** In the page: a fresh element of `tag` (after its module loaded) with `attrs`, appended to main. */
async function addElement(page, tag, entry, attrs = {}) {
  await page.evaluate(async ([tag, entry, attrs]) => {
    await import(entry);
    await customElements.whenDefined(tag);
    const el = document.createElement(tag);
    el.id = 'big';
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.querySelector('main').append(el);
  }, [tag, entry, attrs]);
}

export default function (t) {
  t.test('10,000 agreements: the first 200 rendered with a note, all checked, the page responsive', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    await addElement(page, 'jobspor-smart-check', '/pkg/smart.js', { today: '2026-05-06' });
    await page.locator('#big #sm-text-0').waitFor();
    const checked = await page.evaluate((n) => {
      const el = document.getElementById('big');
      el.value = Array.from({ length: n }, (_, i) => `Jeg søger ${i % 9 + 1} stillinger som lagermedarbejder om ugen frem til 2026-06-30.`);
      return el.result.results.length;
    }, N);
    assert.equal(checked, N, 'every agreement is checked');
    const note = page.locator('#big #sm-limit');
    await note.filter({ hasText: 'Viser de første 200 af 10.000 aftaler' }).waitFor();
    assert.equal(await note.textContent(), 'Viser de første 200 af 10.000 aftaler. Tjekket gælder dem alle.');
    assert.equal(await note.getAttribute('role'), 'status', 'a live region');
    assert.equal(await page.locator('#big li.sm-item').count(), 200, 'the first 200 rendered');
    // The last agreement's result is there, like the first's.
    const [first, last] = await page.evaluate(() => {
      const r = document.getElementById('big').result.results;
      return [r[0].met, r[r.length - 1].text];
    });
    assert.equal(first, 5);
    assert.match(last, /^Jeg søger 1 stillinger/);
    // Still responsive: typing into the first agreement checks it again.
    await page.locator('#big #sm-text-0').fill('Jeg ringer til én virksomhed');
    await page.waitForFunction(() => document.getElementById('big').result.results[0].text === 'Jeg ringer til én virksomhed');
    // The host's bound, in English.
    await page.evaluate(() => {
      const el = document.getElementById('big');
      el.setAttribute('lang', 'en');
      el.setAttribute('render-limit', '50');
    });
    await note.filter({ hasText: 'Showing the first 50 of 10,000 agreements' }).waitFor();
    assert.equal(await page.locator('#big li.sm-item').count(), 50);
    await assertClean(page);
  });

  t.test('10,000 ABC rows: the first 200 rendered with a note, all checked', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    await addElement(page, 'jobspor-abc-plan', '/pkg/abc.js', { today: '2026-05-06' });
    await page.locator('#big #abc-live').waitFor();
    const checked = await page.evaluate((n) => {
      const el = document.getElementById('big');
      const row = (i) => ({
        plan: 'ABC'[i % 3], occupation: 'Lagermedarbejder', functions: ['Plukke ordrer'], companies: ['Lagre i Aalborg'],
        who: 'Jeg søger alle opslåede stillinger', when: 'frem til næste samtale', wish: 5, competence: 'full',
      });
      el.plan = { weeks_unemployed: 10, conversation: 1, region: 'Nordjylland', rows: Array.from({ length: n }, (_, i) => row(i)), justification: null };
      return [el.result.rows.length, el.plan.rows.length];
    }, N);
    assert.deepEqual(checked, [N, N], 'every row is checked and kept');
    const note = page.locator('#big #abc-limit');
    await note.waitFor();
    assert.equal(await note.textContent(), 'Viser de første 200 af 10.000 rækker. Tjekket gælder dem alle.');
    assert.match(await page.locator('#big #abc-live').textContent(), /Viser de første 200 af 10\.000 rækker/, 'announced in the live region');
    assert.equal(await page.locator('#big ol.abc-rows > li').count(), 200, 'the first 200 rows in the editor');
    assert.equal(await page.locator('#big g.abc-marker').count(), 200, 'their markers in the circles');
    // Still responsive: an edit in the first row is checked again.
    await page.locator('#big #f-rows-0-occupation').fill('Truckfører');
    await page.waitForFunction(() => document.getElementById('big').plan.rows[0].occupation === 'Truckfører');
    await assertClean(page);
  });

  t.test('10,000 contacts in <jobspor-openings>: the first 200 rendered with a note, all checked', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    await addElement(page, 'jobspor-openings', '/pkg/numbers.js', { today: '2026-05-08' });
    await page.locator('#big #op-h-open').waitFor();
    const checked = await page.evaluate((n) => {
      const el = document.getElementById('big');
      const items = Array.from({ length: n }, (_, i) => ({
        date: '2026-05-01', company: `Firma ${i}`, company_type: 'Transport', result: 'ordinary_opening', job_function: `Funktion ${i % 500}`, places: 1,
      }));
      el.value = { region: 'Aarhus', items };
      return el.result.items.length;
    }, N);
    assert.equal(checked, N, 'every contact is checked');
    const note = page.locator('#big #op-limit');
    await note.waitFor();
    assert.equal(await note.textContent(), 'Viser de første 200 af 10.000 åbne kontakter. Tjekket gælder dem alle.');
    assert.equal(await page.locator('#big #op-items > li').count(), 200, 'the first 200 open contacts');
    assert.equal(await page.locator('#big #op-by-function li.op-bar-row').count(), 200, 'the first 200 of 500 job functions');
    await assertClean(page);
  });
}
