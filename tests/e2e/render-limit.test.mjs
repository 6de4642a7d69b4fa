// The render bound (issue 13, crates/widgets/src/render_limit.rs): 10,000 agreements set as
// <jobspor-smart-check>'s `value`, or 10,000 rows as <jobspor-abc-plan>'s `plan`, exhausted the
// renderer (over 3 GB, the tab crashed); a CV with 10,000 jobs as <jobspor-cv-check>'s `cv` took
// 1 GB and 21 s, a job order with 10,000 requirements as <jobspor-job-order>'s `value` 1.3 GB. Now each widget renders the first 200 (the `render-limit`
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

  t.test('A CV with 10,000 jobs: the first 200 jobs and findings rendered with notes, all checked', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    await addElement(page, 'jobspor-cv-check', '/pkg/jobspor.js');
    await page.locator('#big #h-score').waitFor();
    const [jobs, findings, lastChecked] = await page.evaluate((n) => {
      const el = document.getElementById('big');
      el.cv = {
        contact: { name: 'Ali Hansen', email: 'ali@example.dk' },
        work_experience: Array.from({ length: n }, (_, i) => ({ employer: '', title: `Lagermedarbejder ${i}`, start: '2019-01', end: '2023-02', description: '' })),
      };
      const f = el.result.findings;
      return [el.cv.work_experience.length, f.length, f.filter((x) => x.path.startsWith(`work_experience[${n - 1}]`)).length];
    }, N);
    assert.equal(jobs, N, 'the property keeps every job');
    assert.ok(findings > 2 * N, `an employer and a description missing in each job: ${findings} findings`);
    assert.ok(lastChecked >= 2, 'the last job is checked like the first');
    const note = page.locator('#big #f-work_experience-limit');
    await note.waitFor({ state: 'attached' });
    assert.equal(await note.textContent(), 'Viser de første 200 af 10.000 poster. Tjekket gælder dem alle.');
    assert.equal(await page.locator('#big fieldset.entry').count(), 200, 'the first 200 jobs in the form');
    assert.equal(await page.locator('#big [id^="f-work_experience-"][id$="-limit"]').count(), 1);
    const total = findings.toLocaleString('da-DK');
    assert.equal(await page.locator('#big #findings-limit').textContent(), `Viser de første 200 af ${total} forslag. Tjekket gælder dem alle.`);
    assert.equal(await page.locator('#big li.finding').count(), 200, 'the first 200 findings');
    // The counts take all of them.
    const counts = await page.evaluate(() => {
      const f = document.getElementById('big').result.findings.filter((x) => !x.overridden);
      const n = (sev) => f.filter((x) => x.severity === sev).length;
      return `${n('error')} skal rettes · ${n('warning')} bør rettes · ${n('info')} tip`;
    });
    assert.equal(await page.locator('#big #counts').textContent(), counts);
    assert.ok(Number(counts.split(' · ')[1].split(' ')[0]) >= 2 * N, counts);
    // The host's bound, in English.
    await page.evaluate(() => {
      const el = document.getElementById('big');
      el.setAttribute('lang', 'en');
      el.setAttribute('render-limit', '50');
    });
    await note.filter({ hasText: 'Showing the first 50 of 10,000 entries' }).waitFor({ state: 'attached' });
    assert.equal(await note.textContent(), 'Showing the first 50 of 10,000 entries. The check covers all of them.');
    assert.equal(await page.locator('#big fieldset.entry').count(), 50);
    assert.equal(await page.locator('#big li.finding').count(), 50);
    await assertClean(page);
  });

  t.test('A job order with 10,000 requirements: the first 200 rendered with a note, all checked and counted', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    await addElement(page, 'jobspor-job-order', '/pkg/joborder.js');
    await page.locator('#big #jo-h-result').waitFor();
    const kept = await page.evaluate((n) => {
      const el = document.getElementById('big');
      el.value = {
        title: 'Lagermedarbejder',
        requirements: Array.from({ length: n }, (_, i) => ({ kind: 'qualification', value: `Kvalifikation ${i}`, mandatory: [true, false, null][i % 3] })),
      };
      return [el.result.order.requirements.length, el.value.requirements.length, el.result.findings.some((f) => f.code === 'JO005')];
    }, N);
    assert.deepEqual(kept, [N, N, true], 'every requirement is checked and kept');
    const note = page.locator('#big #jo-req-limit');
    await note.waitFor();
    assert.equal(await note.textContent(), 'Viser de første 200 af 10.000 krav. Tjekket gælder dem alle.');
    assert.equal(await page.locator('#big li.jo-req').count(), 200, 'the first 200 requirements');
    assert.equal(await page.locator('#big #jo-req-counts').textContent(), '3334 ufravigelige krav · 3333 gerne-krav', 'the counts take all');
    // Still responsive: an edit in the first requirement is checked again.
    await page.locator('#big #f-requirements-0-value').fill('Truckcertifikat');
    await page.waitForFunction(() => document.getElementById('big').result.order.requirements[0].value === 'Truckcertifikat');
    // The host's bound, in English.
    await page.evaluate(() => {
      const el = document.getElementById('big');
      el.setAttribute('lang', 'en');
      el.setAttribute('render-limit', '50');
    });
    await note.filter({ hasText: 'Showing the first 50 of 10,000 requirements' }).waitFor();
    assert.equal(await note.textContent(), 'Showing the first 50 of 10,000 requirements. The check covers all of them.');
    assert.equal(await page.locator('#big li.jo-req').count(), 50);
    await assertClean(page);
  });
}
