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
}
