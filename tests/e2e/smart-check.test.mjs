// <jobspor-smart-check> in real Chromium on the Min Plan demo page (www/smart.html): badges that
// update while typing, marks whose text is the evidence (also after æøå and emoji), the
// today/next-meeting attributes moving the deadline, the `result` event and `value`/`result`
// properties, lang="en", a second agreement, keyboard use, a 390 px phone – with no console
// errors, CSP violations or foreign requests. Playwright's CSS locators pierce the open shadow
// root, so `W + ' #sm-text-0'` is the widget's first textarea.

import { events, lastEvent, switchToEnglish } from './browser.mjs';

const W = 'jobspor-smart-check';
const MODEL = 'At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.';
const DATES = { today: '2026-05-06', 'next-meeting': '2026-05-27' };
const CRITERIA = ['specific', 'measurable', 'attractive', 'realistic', 'time_bound'];
const VERDICT_DA = { met: 'opfyldt', partly: 'delvist', missing: 'mangler' };

/** Opens the demo with fixed dates and waits until the widget has rendered. */
async function openDemo(openPage, attrs = DATES) {
  const page = await openPage('/smart.html');
  await page.locator(`${W} #sm-text-0`).waitFor();
  await page.evaluate((attrs) => {
    const el = document.querySelector('jobspor-smart-check');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    window.__results = [];
    el.addEventListener('result', (e) => window.__results.push(e.detail));
  }, attrs);
  return page;
}


/** The JS API's result for a text (the reference the widget must agree with). */
const reference = (page, text, options) =>
  page.evaluate(async ([text, options]) => (await import('/pkg/smart.js').then(async (m) => (await m.ready, m))).checkSmart(text, options), [text, options]);

/** The badges of agreement `i`: criterion → verdict text. */
const badges = (page, i = 0) =>
  page.evaluate((i) => {
    const root = document.querySelector('jobspor-smart-check').shadowRoot;
    return Object.fromEntries(
      [...root.querySelectorAll(`#sm-item-${i} .sm-badge`)].map((b) => [
        b.dataset.criterion,
        { name: b.querySelector('.sm-name').textContent, verdict: b.querySelector('.sm-verdict').textContent.replace(/^\W+/u, '').trim() },
      ]),
    );
  }, i);

/** Waits (up to 5 s) until agreement `i`'s summary contains `text`; returns the summary. */
async function summaryHas(page, text, i = 0) {
  await page
    .waitForFunction(
      ([text, i]) => document.querySelector('jobspor-smart-check')?.shadowRoot?.querySelector(`#sm-sum-${i}`)?.textContent.includes(text),
      [text, i],
      { timeout: 5000 },
    )
    .catch(() => {});
  return page.locator(`${W} #sm-sum-${i}`).textContent();
}

/** Shows criterion `c` of agreement `i` and returns the text of each evidence index's marks. */
async function markedEvidence(page, c, i = 0) {
  await page.locator(`${W} #sm-item-${i} .sm-badge[data-criterion="${c}"]`).click();
  return page.evaluate((i) => {
    const by = {};
    for (const m of document.querySelector('jobspor-smart-check').shadowRoot.querySelectorAll(`#sm-mirror-${i} mark`)) {
      for (const k of m.dataset.ev.split(' ')) by[k] = (by[k] ?? '') + m.textContent;
    }
    return by;
  }, i);
}

async function assertMarksEqualEvidence(page, assert, text, i = 0) {
  const ref = await reference(page, text, { today: DATES.today, next_meeting: DATES['next-meeting'] });
  let n = 0;
  for (const c of CRITERIA) {
    const marked = await markedEvidence(page, c, i);
    const want = Object.fromEntries(ref.criteria[c].evidence.map((e, k) => [String(k), e.text]));
    assert.deepEqual(marked, want, `${c}: the marks are the evidence`);
    for (const e of ref.criteria[c].evidence) assert.equal(text.slice(e.start, e.end), e.text, 'UTF-16 offsets slice in JS');
    n += ref.criteria[c].evidence.length;
  }
  assert.ok(n >= 4, `evidence found (${n})`);
}

export default function (t) {
  t.test('typing updates the badges live; marks equal the evidence; result event and properties', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const ta = page.locator(`${W} #sm-text-0`);
    assert.equal(await page.locator(`${W} label[for="sm-text-0"]`).textContent(), 'Aftale 1');
    assert.match(await page.locator(`${W} #sm-sum-0`).getAttribute('aria-live'), /polite/);

    // Without a time: Tidsbestemt is missing while typing.
    const first = MODEL.slice(0, MODEL.indexOf(' frem til'));
    await ta.pressSequentially(first.slice(0, 25));
    await ta.pressSequentially(first.slice(25), { delay: 0 });
    let ref = await reference(page, first, { today: DATES.today, next_meeting: DATES['next-meeting'] });
    assert.match(await summaryHas(page, `${ref.met} af 5 opfyldt`), new RegExp(`${ref.met} af 5 opfyldt`));
    let b = await badges(page);
    assert.deepEqual(Object.keys(b), CRITERIA, 'five badges in S M A R T order');
    assert.deepEqual(b.time_bound, { name: 'Tidsbestemt', verdict: 'mangler' }, 'no deadline yet');
    for (const c of CRITERIA) assert.equal(b[c].verdict, VERDICT_DA[ref.criteria[c].verdict], `${c} = checkSmart`);

    // Finish the sentence: five of five, deadline = the next meeting, in Danish.
    await ta.pressSequentially(MODEL.slice(first.length));
    assert.match(await summaryHas(page, '5 af 5 opfyldt'), /5 af 5 opfyldt.*Frist: 27\. maj 2026/s);
    b = await badges(page);
    assert.deepEqual(Object.values(b).map((x) => x.name), ['Specifik', 'Målbar', 'Attraktiv', 'Realistisk', 'Tidsbestemt']);
    assert.ok(Object.values(b).every((x) => x.verdict === 'opfyldt'), 'all opfyldt');
    ref = await reference(page, MODEL, { today: DATES.today, next_meeting: DATES['next-meeting'] });
    const crit = page.locator(`${W} #sm-item-0 .sm-crit`);
    for (const c of CRITERIA) {
      const li = crit.locator(`[data-criterion="${c}"]`);
      assert.ok((await li.textContent()).includes(ref.criteria[c].message.da), `${c}: the message`);
      assert.ok((await li.textContent()).includes(ref.criteria[c].suggestion.da), `${c}: the suggestion`);
    }
    await assertMarksEqualEvidence(page, assert, MODEL);
    await page.locator(`${W} .sm-badge[data-criterion="specific"]`).click();
    await screenshot(page, 'desktop-model-agreement');

    // The result event and the properties.
    const ev = await lastEvent(page);
    assert.ok((await events(page)).length >= 3, 'result events while typing');
    assert.equal(ev.results.length, 1);
    assert.equal(ev.results[0].text, MODEL);
    assert.equal(ev.results[0].met, 5);
    assert.equal(ev.results[0].deadline, '2026-05-27');
    assert.equal(ev.results[0].offsets, 'utf16');
    assert.deepEqual([ev.today, ev.next_meeting, ev.errors], ['2026-05-06', '2026-05-27', []]);
    const { criteria, met, deadline, kind } = ev.results[0];
    assert.deepEqual({ criteria, met, deadline, kind }, { criteria: ref.criteria, met: ref.met, deadline: ref.deadline, kind: ref.kind }, 'event = checkSmart');
    const props = await page.evaluate(() => {
      const el = document.querySelector('jobspor-smart-check');
      return { value: el.value, result: el.result };
    });
    assert.deepEqual(props.value, [MODEL]);
    assert.deepEqual(props.result, ev);
    const bubbled = await page.evaluate(
      () =>
        new Promise((res) => {
          document.body.addEventListener('result', (e) => res({ composed: e.composed, bubbles: e.bubbles, tag: e.target.tagName }), { once: true });
          document.querySelector('jobspor-smart-check').value = 'Søg 2 job som kok om ugen';
        }),
    );
    assert.deepEqual(bubbled, { composed: true, bubbles: true, tag: 'JOBSPOR-SMART-CHECK' });
    await assertClean(page);
  });

  t.test('evidence marks after æøå and emoji equal the evidence', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const text = '🙂 På mandag ringer du til Brødrene Ølgaard 👩‍👩‍👧 og søger 3 stillinger som pædagogmedhjælper i Århus, så du kan komme tilbage på arbejdsmarkedet 😀';
    await page.locator(`${W} #sm-text-0`).fill(text);
    await summaryHas(page, 'af 5 opfyldt');
    await assertMarksEqualEvidence(page, assert, text);
    // A hedge is marked as counting against, in text as well as style.
    await page.locator(`${W} #sm-text-0`).fill('Prøv at søge nogle job snart');
    await summaryHas(page, '1 af 5 opfyldt');
    await page.locator(`${W} .sm-badge[data-criterion="specific"]`).click();
    assert.equal(await page.locator(`${W} #sm-mirror-0 mark.sm-neg`).first().textContent(), 'Prøv at');
    assert.match(await page.locator(`${W} #sm-mirror-0`).textContent(), /Prøv at \(taler imod\)/);
    await screenshot(page, 'desktop-vague-agreement');
    await assertClean(page);
  });

  t.test('today and next-meeting move the deadline; invalid values are shown, never thrown', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const el = (js) => page.evaluate(js);
    await page.locator(`${W} #sm-text-0`).fill(MODEL);
    assert.match(await summaryHas(page, 'Frist: 27. maj 2026'), /Frist: 27\. maj 2026/);
    await el(() => document.querySelector('jobspor-smart-check').setAttribute('next-meeting', '2026-06-10'));
    assert.match(await summaryHas(page, 'Frist: 10. juni 2026'), /10\. juni 2026/);
    assert.equal((await lastEvent(page)).results[0].deadline, '2026-06-10');
    assert.match(await page.locator(`${W} #sm-dates`).textContent(), /I dag: 6\. maj 2026.*Næste samtale: 10\. juni 2026/s);
    await el(() => document.querySelector('jobspor-smart-check').removeAttribute('next-meeting'));
    assert.match(await summaryHas(page, 'Frist: ingen dato'), /ingen dato/, 'no meeting date: no deadline date');

    // A weekday resolves from today.
    await page.locator(`${W} #sm-text-0`).fill('Ring til XXX på mandag');
    assert.match(await summaryHas(page, 'Frist: 11. maj 2026'), /11\. maj 2026/, 'the Monday after Wednesday 6 May');
    await el(() => document.querySelector('jobspor-smart-check').setAttribute('today', '2026-05-12'));
    assert.match(await summaryHas(page, 'Frist: 18. maj 2026'), /18\. maj 2026/, 'the Monday after Tuesday 12 May');

    // Invalid values: an alert naming the attribute; the check goes on.
    const threw = await el(() => {
      try {
        const w = document.querySelector('jobspor-smart-check');
        w.setAttribute('today', '2026-13-40');
        w.setAttribute('next-meeting', '15/5');
        return null;
      } catch (e) {
        return String(e);
      }
    });
    assert.equal(threw, null);
    const alert = page.locator(`${W} [role="alert"]`);
    assert.match(await alert.textContent(), /Datoen for i dag \(today\) kan ikke bruges: "2026-13-40".*Datoen for næste samtale \(next-meeting\) kan ikke bruges: "15\/5"/s);
    const ev = await lastEvent(page);
    assert.deepEqual(ev.errors.map((e) => e.path), ['today', 'next_meeting']);
    assert.equal(ev.results[0].criteria.time_bound.verdict, 'met', 'still checked');
    await el(() => {
      const w = document.querySelector('jobspor-smart-check');
      w.setAttribute('today', '2026-05-06');
      w.setAttribute('next-meeting', '2026-05-27');
    });
    assert.equal(await alert.count(), 0, 'valid again: the alert goes');
    // The demo's own date fields drive the same attributes.
    await page.locator('#next-meeting').fill('2026-06-03');
    assert.equal(await el(() => document.querySelector('jobspor-smart-check').getAttribute('next-meeting')), '2026-06-03');
    await assertClean(page);
  });

  t.test('lang="en" switches the widget to English and back', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.locator(`${W} #sm-text-0`).fill(MODEL);
    await summaryHas(page, '5 af 5');
    const text = await switchToEnglish(page, W, ['Check your agreements', 'Agreement 1', '5 of 5 met', 'Deadline: 27 May 2026', 'Specific', 'Measurable', 'Attractive', 'Realistic', 'Time-bound', 'Suggestion:'], assert);
    assert.ok(!text.includes('opfyldt'), 'no Danish verdict left');
    assert.equal((await badges(page)).specific.verdict, 'met');
    await page.locator('label[for="lang-da"]').click();
    await page.locator(`${W} .jsp[lang="da"]`).waitFor();
    assert.equal(await page.locator(`${W} label[for="sm-text-0"]`).textContent(), 'Aftale 1');
    await assertClean(page);
  });

  t.test('a second agreement: add, its own result, kind toggle, remove', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.locator(`${W} #sm-text-0`).fill(MODEL);
    await page.locator(`${W} #sm-add`).click();
    const active = () => page.evaluate(() => document.querySelector('jobspor-smart-check').shadowRoot.activeElement?.id);
    assert.equal(await active(), 'sm-text-1', 'the new textarea gets focus');
    await page.keyboard.type('Prøv at søge nogle job snart');
    assert.match(await summaryHas(page, '1 af 5 opfyldt', 1), /1 af 5 opfyldt.*ingen dato/s);
    assert.match(await page.locator(`${W} #sm-sum-0`).textContent(), /5 af 5 opfyldt/, 'the first keeps its result');
    let ev = await lastEvent(page);
    assert.deepEqual(ev.results.map((r) => [r.met, r.kind]), [[5, 'agreement'], [1, 'agreement']]);
    assert.deepEqual(await page.evaluate(() => document.querySelector('jobspor-smart-check').value), [MODEL, 'Prøv at søge nogle job snart']);
    assert.equal((await badges(page, 1)).specific.verdict, 'mangler');

    // The second as a job goal.
    await page.locator(`${W} #sm-text-1`).fill('Lagermedarbejder i Sæby inden for 3 måneder');
    await page.locator(`${W} label[for="sm-kind-1-goal"]`).click();
    assert.equal(await page.locator(`${W} label[for="sm-text-1"]`).textContent(), 'Jobmål 2');
    ev = await lastEvent(page);
    assert.equal(ev.results[1].kind, 'goal');
    assert.equal(ev.results[1].deadline, '2026-08-06');
    assert.equal(ev.results[1].criteria.specific.verdict, 'met');
    await screenshot(page, 'desktop-two-items');

    // Remove the first: the goal moves up, focus goes to the add button.
    await page.locator(`${W} #sm-remove-0`).click();
    assert.equal(await active(), 'sm-add');
    assert.equal(await page.locator(`${W} .sm-item`).count(), 1);
    assert.equal(await page.locator(`${W} label[for="sm-text-0"]`).textContent(), 'Jobmål 1');
    assert.equal(await page.locator(`${W} #sm-text-0`).inputValue(), 'Lagermedarbejder i Sæby inden for 3 måneder');
    assert.equal(await page.locator(`${W} #sm-remove-0`).count(), 0, 'the last one cannot be removed');
    assert.deepEqual((await lastEvent(page)).results.map((r) => r.kind), ['goal']);
    await assertClean(page);
  });

  t.test('value property, kind attribute, bad values shown not thrown', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const r = await page.evaluate(async () => {
      const tick = () => new Promise((res) => setTimeout(res, 20));
      const el = document.querySelector('jobspor-smart-check');
      const root = el.shadowRoot;
      const out = {};
      el.value = 'Søg 2 job som kok om ugen';
      out.one = el.value;
      el.value = ['a', 'b', 'c'];
      await tick();
      out.three = { value: el.value, items: root.querySelectorAll('.sm-item').length, results: el.result.results.length };
      try {
        el.value = 42;
        el.value = ['ok', 7];
        out.threw = false;
      } catch {
        out.threw = true;
      }
      await tick();
      out.alert = root.querySelector('[role="alert"]')?.textContent;
      out.kept = el.value;
      out.errors = el.result.errors.map((e) => e.path);
      el.value = null;
      await tick();
      out.cleared = { value: el.value, alert: !!root.querySelector('[role="alert"]') };
      el.setAttribute('kind', 'goal');
      el.value = 'Pædagogmedhjælper';
      await tick();
      out.goal = {
        kind: el.result.results[0].kind,
        radios: root.querySelectorAll('input[type="radio"]').length,
        label: root.querySelector('label[for="sm-text-0"]').textContent,
        add: root.querySelector('#sm-add').textContent,
      };
      el.setAttribute('kind', 'mål');
      await tick();
      out.badKind = { alert: root.querySelector('[role="alert"]')?.textContent, radios: root.querySelectorAll('input[type="radio"]').length };
      return out;
    });
    assert.deepEqual(r.one, ['Søg 2 job som kok om ugen']);
    assert.deepEqual(r.three, { value: ['a', 'b', 'c'], items: 3, results: 3 });
    assert.equal(r.threw, false, 'setting a bad value does not throw');
    assert.match(r.alert, /Teksten \(value\) kunne ikke indlæses: \[1\]: skal være en tekst/);
    assert.deepEqual(r.kept, ['a', 'b', 'c'], 'a bad value keeps the texts');
    assert.deepEqual(r.errors, ['[1]']);
    assert.deepEqual(r.cleared, { value: [''], alert: false });
    assert.deepEqual(r.goal, { kind: 'goal', radios: 0, label: 'Jobmål 1', add: '+ Tilføj jobmål' });
    assert.match(r.badKind.alert, /Typen \(kind\) kan ikke bruges/);
    assert.equal(r.badKind.radios, 2, 'the toggle comes back');
    await assertClean(page);
  });

  t.test('keyboard: Tab reaches the textarea and badges with a visible focus; Enter picks a badge', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.locator(`${W} #sm-text-0`).fill(MODEL);
    await page.locator('#lang-en').focus();
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector('jobspor-smart-check').shadowRoot.activeElement;
        if (!el) return null;
        const s = getComputedStyle(el);
        return { id: el.id, tag: el.tagName, criterion: el.dataset.criterion ?? null, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: el.matches(':focus-visible') };
      });
    let f = null;
    for (let i = 0; i < 20 && f?.id !== 'sm-text-0'; i++) {
      await page.keyboard.press('Tab');
      f = await focused();
    }
    assert.equal(f?.id, 'sm-text-0', 'Tab reaches the textarea');
    assert.equal(f.visible, true);
    assert.notEqual(f.outline, 'none');
    assert.ok(f.width >= 2, `outline ${f.width}px`);
    // On to the badges; Enter shows that criterion's words.
    for (let i = 0; i < 5 && f?.criterion !== 'measurable'; i++) {
      await page.keyboard.press('Tab');
      f = await focused();
    }
    assert.equal(f.criterion, 'measurable', 'Tab reaches the badges');
    assert.equal(f.visible, true);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`${W} .sm-badge[data-criterion="measurable"]`).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator(`${W} #sm-mirror-0 mark`).first().textContent(), 'alle opslåede stillinger');
    assert.match(await page.locator(`${W} #sm-mirror-0 .sm-cap`).textContent(), /Målbar/);
    const audit = await page.evaluate(() => {
      const root = document.querySelector('jobspor-smart-check').shadowRoot;
      return {
        unlabelled: [...root.querySelectorAll('input, textarea')].filter((el) => !el.labels || el.labels.length === 0).map((el) => el.id),
        styled: root.querySelectorAll('[style]').length,
      };
    });
    assert.deepEqual(audit, { unlabelled: [], styled: 0 });
    await assertClean(page);
  });

  t.test('element lifecycle: moved keeps the texts, removed and re-added restores them, a second instance is independent', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const r = await page.evaluate(async (model) => {
      const tick = (ms = 20) => new Promise((res) => setTimeout(res, ms));
      const el = document.querySelector('jobspor-smart-check');
      const parent = el.parentElement;
      el.value = [model, 'Ring til XXX på mandag'];
      parent.append(el);
      await tick();
      const moved = { value: el.value, items: el.shadowRoot.querySelectorAll('.sm-item').length };
      el.remove();
      await tick();
      const removed = { value: el.value, children: el.shadowRoot.childElementCount };
      parent.prepend(el);
      await tick();
      const back = { value: el.value, field: el.shadowRoot.querySelector('#sm-text-1')?.value, met: el.result.results.map((x) => x.met) };
      const b = document.createElement('jobspor-smart-check');
      b.setAttribute('lang', 'en');
      b.setAttribute('kind', 'goal');
      b.value = 'Kok i Skagen';
      const got = [];
      b.addEventListener('result', (e) => got.push(e.detail));
      document.body.append(b);
      await tick();
      const second = {
        title: b.shadowRoot.querySelector('h2')?.textContent,
        label: b.shadowRoot.querySelector('label[for="sm-text-0"]')?.textContent,
        kind: b.result.results[0].kind,
        events: got.length,
        firstValue: el.value.length,
        firstTitle: el.shadowRoot.querySelector('h2')?.textContent,
      };
      b.remove();
      await tick();
      return { moved, removed, back, second };
    }, MODEL);
    assert.deepEqual(r.moved, { value: [MODEL, 'Ring til XXX på mandag'], items: 2 });
    assert.deepEqual(r.removed, { value: [MODEL, 'Ring til XXX på mandag'], children: 0 }, 'removed: app destroyed, texts kept for re-attach');
    assert.deepEqual(r.back, { value: [MODEL, 'Ring til XXX på mandag'], field: 'Ring til XXX på mandag', met: [5, r.back.met[1]] }, 're-attached with its texts and results');
    assert.deepEqual(r.second, { title: 'Check your agreements', label: 'Job goal 1', kind: 'goal', events: r.second.events, firstValue: 2, firstTitle: 'Tjek dine aftaler' });
    assert.ok(r.second.events >= 1, 'the second element fired its own result event');
    await assertClean(page);
  });

  t.test('phone width (390 px): one column, nothing wider than the screen', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Indsæt eksempler' }).click();
    await page.locator(`${W} #sm-text-2`).waitFor();
    await summaryHas(page, 'af 5 opfyldt', 2);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('jobspor-smart-check').shadowRoot;
      const r = (sel) => root.querySelector(sel).getBoundingClientRect();
      const small = [...root.querySelectorAll('button, textarea, input[type=radio] + label')]
        .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44)
        .map((el) => el.id || el.textContent.trim().slice(0, 30));
      return { scrollWidth: document.documentElement.scrollWidth, edit: r('#sm-item-0 .sm-edit'), crit: r('#sm-item-0 .sm-crit'), small };
    });
    assert.ok(layout.scrollWidth <= 390, `no horizontal scrolling (${layout.scrollWidth})`);
    assert.equal(Math.round(layout.edit.left), Math.round(layout.crit.left), 'editor and criteria in one column');
    assert.ok(layout.crit.top > layout.edit.top);
    assert.deepEqual(layout.small, [], 'touch targets at least 44 px high');
    await screenshot(page, 'mobile-390');
    await assertClean(page);
  });
}
