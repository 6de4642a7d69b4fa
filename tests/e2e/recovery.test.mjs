// Recovery from a trapped WebAssembly module (issue 13, pkg-config/recovery.js): two SMART widgets
// share one module instance; the citizen types into both; a test-only hook (`__jobsporTrap`,
// `unreachable` – what a panic does under `panic = "abort"`) traps the instance from a timer, as a
// panic in an event handler would. Both widgets must come back with the typed text, fire
// `jobspor-error`, keep working, and the page logs exactly one console error naming the cause.

const W = 'jobspor-smart-check';
const FIRST = 'Jeg søger 3 stillinger som lagermedarbejder om ugen';
const SECOND = 'Jeg kontakter 2 virksomheder inden den 1. juni';
const RECOVERY = /^jobspor: the WebAssembly module stopped/;

export default function (t) {
  t.test('a trap re-mounts every widget of the module with the citizen\'s text intact', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html', { allowConsole: [RECOVERY] });
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.locator(`${W} #sm-text-0`).first().waitFor();
    await page.evaluate((tag) => {
      const second = document.createElement(tag);
      second.id = 'second';
      document.querySelector(tag).after(second);
      window.__recovered = [];
      window.__results = 0;
      for (const el of document.querySelectorAll(tag)) {
        el.addEventListener('jobspor-error', (e) => window.__recovered.push({ id: el.id, ...e.detail }));
        el.addEventListener('result', () => window.__results++);
      }
    }, W);
    const first = page.locator(`${W}#smart #sm-text-0`);
    const second = page.locator(`${W}#second #sm-text-0`);
    await second.waitFor();
    await first.fill(FIRST);
    await second.fill(SECOND);
    await page.waitForFunction(() => window.__results >= 2);

    // The trap: from a timer, so it reaches the page as an uncaught WebAssembly.RuntimeError.
    const kind = await page.evaluate(async () => {
      const glue = await import('/pkg/jobspor_smart.js');
      try {
        glue.__jobsporTrap();
      } catch (e) {
        // A direct call throws to its caller: that is the trap recovery.js must catch.
        setTimeout(() => {
          throw e;
        });
        return `${e.constructor.name}: ${e.message}`;
      }
      return 'no trap';
    });
    assert.match(kind, /^RuntimeError: unreachable/, 'the hook traps the instance');
    await page.waitForFunction(() => window.__recovered.length >= 2, null, { timeout: 20000 });
    const recovered = await page.evaluate(() => window.__recovered);
    assert.deepEqual(recovered.map((r) => r.id).sort(), ['second', 'smart'], 'both widgets re-mounted');
    assert.ok(recovered.every((r) => r.recovered && /unreachable/.test(r.cause)), JSON.stringify(recovered));

    // The citizen's text is intact in both widgets, in fresh DOM.
    await first.waitFor();
    assert.equal(await first.inputValue(), FIRST, 'the first widget keeps its text');
    assert.equal(await second.inputValue(), SECOND, 'the second widget keeps its text');

    // The fresh instance works: typing checks again, and the JS API on the page still answers.
    const before = await page.evaluate(() => window.__results);
    await first.fill(`${FIRST} inden den 1. juni`);
    await page.waitForFunction((n) => window.__results > n, before);
    const sum = await page.locator(`${W}#smart #sm-sum-0`).textContent();
    assert.ok(sum.length > 0, 'the summary is rendered again');

    // Exactly one console error: the recovery's, naming the cause; nothing after it.
    await page.waitForTimeout(500);
    assert.equal(consoleErrors.length, 1, consoleErrors.join('\n'));
    assert.match(consoleErrors[0], /stopped \(unreachable/);
    await assertClean(page);
  });

  t.test('the exported functions reach the fresh instance after a trap', async ({ openPage, assertClean, assert }) => {
    // checkSmart & co. were bound to the first instance: after a recovery a host's own calls went
    // to the trapped one. Which instance ran a call shows in its memory: a 1.4 MB text grows the
    // memory of the instance that reads it.
    const page = await openPage('/smart.html', { allowConsole: [RECOVERY] });
    await page.locator(`${W} #sm-text-0`).waitFor();
    const r = await page.evaluate(async () => {
      const { checkSmart, ready } = await import('/pkg/smart.js');
      await ready;
      const glue = await import('/pkg/jobspor_smart.js');
      const recovered = new Promise((res) => document.querySelector('jobspor-smart-check').addEventListener('jobspor-error', res, { once: true }));
      try {
        glue.__jobsporTrap();
      } catch (e) {
        setTimeout(() => {
          throw e;
        });
      }
      await recovered;
      // The instances' exports (the glue's init returns them once initialised): the first, and
      // the fresh one recovery.js imported (`?instance=1`, the first restart).
      const trapped = await glue.default();
      const fresh = await (await import('/pkg/jobspor_smart.js?instance=1')).default();
      const sizes = () => [trapped.memory.buffer.byteLength, fresh.memory.buffer.byteLength];
      const before = sizes();
      const met = checkSmart('Jeg søger 3 stillinger om ugen. '.repeat(45_000)).met;
      return { before, after: sizes(), met, distinct: trapped !== fresh };
    });
    assert.ok(r.distinct, 'recovery made a second instance');
    assert.equal(r.met, 3, 'the call answers');
    assert.ok(r.after[1] > r.before[1], `the fresh instance ran the call: ${JSON.stringify(r)}`);
    assert.equal(r.after[0], r.before[0], 'the trapped instance was not called');
    await assertClean(page);
  });
}
