// ABC drafts (issue 13): a stored draft that can't be read – truncated, or an older schema's
// values – is shown as a problem, the page keeps working, and the draft is set aside under
// `KEY.unreadable` before anything is written under the key: what was not read is never lost.

const W = 'jobspor-abc-plan';
const KEY = 'jobspor-demo-abc';

export default function (t) {
  t.test('an unreadable draft is refused, set aside and not overwritten; the page keeps working', async ({ openPage, assertClean, assert }) => {
    for (const bad of ['{"rows": [{"occupation": "Grafiker", "wish": "høj"}]}', '{"rows": [{"occupation": "Graf', '{"rows": [{"plan": "D"}]}']) {
      const page = await openPage('/abc.html');
      await page.locator(`${W} #abc-live`).waitFor();
      await page.evaluate(([k, v]) => {
        localStorage.clear();
        localStorage.setItem(k, v);
      }, [KEY, bad]);
      await page.reload();
      await page.locator(`${W} #abc-live`).waitFor();
      const alert = await page.locator(`${W} .error.banner[role="alert"]`).first().textContent();
      assert.match(alert, /Den gemte kladde kunne ikke læses og er ikke brugt – den er lagt til side/, alert);
      // The demo put its example plan in (and the widget saved it): the old draft is kept aside.
      await page.locator(`${W} #f-rows-0-occupation`).fill('Illustrator');
      const [aside, now] = await page.evaluate((k) => [localStorage.getItem(`${k}.unreadable`), localStorage.getItem(k)], KEY);
      assert.equal(aside, bad, 'the unreadable draft is set aside unchanged');
      assert.equal(JSON.parse(now).rows[0].occupation, 'Illustrator', 'the new draft is kept under the key');
      await page.evaluate(() => localStorage.clear());
      await assertClean(page);
      await page.close();
    }
  });

  t.test('two tabs with one draft key: a newer draft is offered, never overwritten silently', async ({ openPage, assertClean, assert }) => {
    const a = await openPage('/abc.html');
    await a.locator(`${W} #abc-live`).waitFor();
    await a.evaluate(() => localStorage.clear());
    await a.reload();
    await a.locator(`${W} #f-rows-0-occupation`).waitFor();
    const b = await openPage('/abc.html');
    await b.locator(`${W} #f-rows-0-occupation`).waitFor();
    const stored = () => a.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
    const field = (page) => page.locator(`${W} #f-rows-0-occupation`);

    // Tab A saves; tab B is told at once (the storage event), before it types.
    await field(a).fill('Illustrator');
    assert.equal((await stored()).rows[0].occupation, 'Illustrator');
    const bannerB = b.locator(`${W} #abc-newer[role="alert"]`);
    await bannerB.waitFor();
    assert.match(await bannerB.textContent(), /Der er gemt en nyere kladde i en anden fane eller et andet vindue\./);
    // B types: nothing is written over A's draft until B chooses.
    await field(b).fill('Tekstforfatter');
    assert.equal((await stored()).rows[0].occupation, 'Illustrator', "B's typing does not overwrite A's draft");
    // B loads the newer draft: A's plan in B's form; B saves again from there.
    await b.locator(`${W} #abc-newer-load`).click();
    await bannerB.waitFor({ state: 'detached' });
    assert.equal(await field(b).inputValue(), 'Illustrator');
    await field(b).fill('Fotograf');
    assert.equal((await stored()).rows[0].occupation, 'Fotograf');

    // Now A is told; A keeps its own plan: written, and B's kept aside under KEY.replaced.
    const bannerA = a.locator(`${W} #abc-newer`);
    await bannerA.waitFor();
    await a.locator(`${W} #abc-newer-keep`).click();
    await bannerA.waitFor({ state: 'detached' });
    assert.equal((await stored()).rows[0].occupation, 'Illustrator');
    const replaced = await a.evaluate((k) => JSON.parse(localStorage.getItem(`${k}.replaced`)), KEY);
    assert.equal(replaced.rows[0].occupation, 'Fotograf', "B's draft is kept aside, not lost");
    await a.evaluate(() => localStorage.clear());
    await assertClean(a);
    await assertClean(b);
  });
}
