// <jobspor-cv-check> in real Chromium on the demo page: live scores while typing, the `result`
// event, lang="en", caseworker overrides that need a reason, keyboard focus, the JSON area, a
// 390 px phone layout – with no console errors, CSP violations or foreign requests.
// Playwright's CSS locators pierce the open shadow root, so `W + ' #f-profile'` is the widget's
// profile textarea.

import { openWidget, events, lastEvent, tabToControl, switchToEnglish } from './browser.mjs';

const W = 'jobspor-cv-check';

/** Opens the demo and waits until the widget has rendered. */
function openDemo(openPage) {
  return openWidget(openPage, '/', W, '#score-selection');
}

const score = async (page, which) => Number(await page.locator(`${W} #score-${which} .num`).textContent());

/** Checks a CV in the page with the JS API (the reference the widget must agree with). */
const reference = (page, cv) => page.evaluate(async (cv) => (await import('/pkg/jobspor.js').then(async (m) => (await m.ready, m))).checkCv(cv), cv);

/** Waits (up to 5 s) until the widget's score `which` shows `value`, then returns what it shows. */
async function scoreBecomes(page, which, value) {
  await page
    .waitForFunction(
      ([which, value]) => {
        const el = document.querySelector('jobspor-cv-check')?.shadowRoot?.querySelector(`#score-${which} .num`);
        return el && Number(el.textContent) === value;
      },
      [which, value],
      { timeout: 5000 },
    )
    .catch(() => {});
  return score(page, which);
}

async function loadExample(page, assert) {
  await page.getByRole('button', { name: 'Indlæs eksempel-CV' }).click();
  await page
    .waitForFunction(() => document.querySelector('jobspor-cv-check').shadowRoot.querySelector('#f-contact-name')?.value === 'Mette Jensen', null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await page.locator(`${W} #f-contact-name`).inputValue(), 'Mette Jensen', 'the example CV fills the form');
}

export default function (t) {
  t.test('typing updates the scores and findings live and fires result events', async ({ openPage, assertClean, fixture, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const cv = fixture('cv-example.json');
    await loadExample(page, assert);
    const good = await reference(page, cv);
    assert.equal(await scoreBecomes(page, 'selection', good.selection), good.selection, 'selection score shown = checkCv');
    assert.equal(await score(page, 'findability'), good.findability, 'findability score shown = checkCv');
    assert.match(await page.locator(`${W} #searchable`).textContent(), /Kan findes i Jobnet:\s*Ja/);
    assert.equal(await page.locator(`${W} [aria-live="polite"]`).count(), 1, 'one live region');
    let ev = await lastEvent(page);
    assert.ok(ev, 'a result event fired when the CV was set');
    assert.equal(ev.selection, good.selection);
    assert.deepEqual(ev.overrides, []);
    await screenshot(page, 'desktop-example-cv');

    // Clear the profile: selection drops, the "profile missing" finding appears under "Faglig profil".
    const profile = page.locator(`${W} #f-profile`);
    const before = (await events(page)).length;
    await profile.fill('');
    const bad = await reference(page, { ...cv, profile: '' });
    assert.ok(bad.selection < good.selection, 'reference: an empty profile costs selection');
    assert.equal(await scoreBecomes(page, 'selection', bad.selection), bad.selection, 'selection drops while typing');
    const f207 = bad.findings.find((f) => f.code === 'CV207');
    assert.ok(f207, 'reference finding CV207');
    const group = page.locator(`${W} .findings [data-module="profile"]`);
    assert.match(await group.locator('h4').textContent(), /Faglig profil/);
    assert.ok((await group.textContent()).includes(f207.message.da), 'the finding is shown under Faglig profil');
    assert.ok((await group.textContent()).includes(f207.fix.da), 'with its fix');
    assert.match(await group.textContent(), /Skal rettes|Bør rettes|Tip/, 'severity as text');
    ev = await lastEvent(page);
    assert.ok((await events(page)).length > before, 'result event after typing');
    assert.equal(ev.selection, bad.selection, 'event detail has the new score');
    assert.ok(ev.findings.some((f) => f.code === 'CV207'), 'event detail has the finding');
    const prop = await page.evaluate(() => document.querySelector('jobspor-cv-check').result);
    assert.equal(prop.selection, bad.selection, 'the result property agrees');

    // "Gå til feltet" focuses the profile field.
    await group.getByRole('button', { name: 'Gå til feltet' }).first().click();
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-cv-check').shadowRoot.activeElement?.id), 'f-profile');

    // Type it back: the score recovers.
    await profile.pressSequentially(cv.profile.slice(0, 40));
    await profile.fill(cv.profile);
    assert.equal(await scoreBecomes(page, 'selection', good.selection), good.selection, 'selection recovers');
    assert.equal((await lastEvent(page)).selection, good.selection);
    assert.equal(await group.count(), 0, 'the profile group is gone');
    const got = await page.evaluate(() => document.querySelector('jobspor-cv-check').cv);
    assert.deepEqual(got, cv, 'the cv property round-trips the example');
    await assertClean(page);
  });

  t.test('lang="en" switches the widget to English and back', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    const root = page.locator(`${W} .jsp`);
    assert.equal(await root.getAttribute('lang'), 'da');
    assert.match(await root.locator('h2').first().textContent(), /Tjek dit CV/);
    const text = await switchToEnglish(page, W, ['Check your CV', 'Can be found in Jobnet:', 'Findability', 'Selection', 'Jobs I am looking for', 'Professional profile', 'Must fix'], assert);
    assert.ok(!text.includes('Søgbarhed'), 'no Danish score label left');
    assert.equal(await page.locator(`${W} label[for="f-contact-name"]`).textContent(), 'Name');
    await page.locator('label[for="lang-da"]').click();
    await page.locator(`${W} .jsp[lang="da"]`).waitFor();
    assert.equal(await page.locator(`${W} label[for="f-contact-name"]`).textContent(), 'Navn');
    await assertClean(page);
  });

  t.test('caseworker: prompts by stage, override needs a reason, changes the score, can be undone', async ({ openPage, assertClean, fixture, screenshot, assert }) => {
    const page = await openDemo(openPage);
    const cv = { ...fixture('cv-example.json'), profile: '' };
    await page.evaluate((cv) => { document.querySelector('jobspor-cv-check').cv = cv; }, cv);
    await page.locator('label[for="mode-caseworker"]').click();
    await page.locator(`${W} .guide`).waitFor();
    assert.match(await page.locator(`${W} .guide h3`).first().textContent(), /Samtaleguide/);
    const stages = await page.locator(`${W} .guide [data-stage]`).evaluateAll((els) => els.map((e) => e.dataset.stage));
    const order = ['facts', 'qualifications', 'profile'];
    assert.deepEqual(stages, [...stages].sort((a, b) => order.indexOf(a) - order.indexOf(b)), 'stages in conversation order');
    const before = await score(page, 'selection');
    const item = page.locator(`${W} .guide li.finding`).filter({ hasText: 'CV207' });
    assert.match(await item.locator('h5').textContent(), /CV207/, 'rule code in the prompt');

    // "Hvorfor?" shows the rule's docs.
    await item.locator('details.why summary').click();
    assert.match(await item.locator('.docs').textContent(), /Hvad reglen tjekker/);

    // Empty reason: refused, with an error linked to the field.
    await item.getByRole('button', { name: 'Tilsidesæt' }).click();
    const reason = item.locator('textarea');
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-cv-check').shadowRoot.activeElement?.tagName), 'TEXTAREA', 'the reason field gets focus');
    await item.getByRole('button', { name: 'Gem tilsidesættelse' }).click();
    assert.match(await item.locator('.error').textContent(), /Skriv en begrundelse/);
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    assert.ok((await reason.getAttribute('aria-describedby')).includes(await item.locator('.error').getAttribute('id')));
    assert.equal(await score(page, 'selection'), before, 'no override without a reason');
    await reason.fill('   ');
    await item.getByRole('button', { name: 'Gem tilsidesættelse' }).click();
    assert.equal(await score(page, 'selection'), before, 'blank reason is no reason');

    // Escape cancels and returns focus to the button.
    await reason.press('Escape');
    assert.equal(await item.locator('textarea').count(), 0, 'Escape closes the form');
    assert.match(await page.evaluate(() => document.querySelector('jobspor-cv-check').shadowRoot.activeElement?.id), /^ovb-CV207/);

    // With a reason: the finding moves to "Tilsidesat", the score rises, the event carries it.
    await item.getByRole('button', { name: 'Tilsidesæt' }).click();
    await item.locator('textarea').fill('Borgeren skriver profilen med sin mentor i næste uge.');
    await screenshot(page, 'caseworker-override-form');
    await item.getByRole('button', { name: 'Gem tilsidesættelse' }).click();
    const after = await score(page, 'selection');
    assert.ok(after > before, `selection rises with the override (${before} → ${after})`);
    const overridden = page.locator(`${W} .overridden`);
    assert.match(await overridden.textContent(), /Tilsidesat.*CV207.*Borgeren skriver profilen/s);
    const ev = await lastEvent(page);
    assert.equal(ev.overrides.length, 1);
    assert.equal(ev.overrides[0].rule, 'CV207');
    assert.equal(ev.overrides[0].reason, 'Borgeren skriver profilen med sin mentor i næste uge.');
    assert.equal(ev.mode, 'caseworker');
    const kept = ev.findings.find((f) => f.code === 'CV207');
    assert.equal(kept?.overridden, 'Borgeren skriver profilen med sin mentor i næste uge.', 'original finding kept, marked');
    const opts = await page.evaluate(() => document.querySelector('jobspor-cv-check').options);
    assert.equal(opts.overrides[0].reason, ev.overrides[0].reason, 'the options property has the override');
    await screenshot(page, 'caseworker-overridden');

    await overridden.getByRole('button', { name: 'Fortryd' }).click();
    assert.equal(await scoreBecomes(page, 'selection', before), before, 'undo restores the score');
    assert.deepEqual((await lastEvent(page)).overrides, []);
    await assertClean(page);
  });

  t.test('keyboard: Tab reaches the form controls with a visible focus outline', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await page.locator('#lang-en').focus();
    const found = await tabToControl(page, 'jobspor-cv-check', 30);
    assert.ok(found, 'Tab reaches an input inside the widget');
    assert.equal(found.visible, true, ':focus-visible applies');
    assert.notEqual(found.outline, 'none', 'focus outline drawn');
    assert.ok(found.width >= 2, `outline at least 2px (${found.width})`);
    // Keep tabbing: the contact fields come in order and every control has a label.
    const unlabelled = await page.evaluate(() => {
      const root = document.querySelector('jobspor-cv-check').shadowRoot;
      return [...root.querySelectorAll('input, select, textarea')]
        .filter((el) => !el.labels || el.labels.length === 0)
        .map((el) => el.id || el.outerHTML.slice(0, 60));
    });
    assert.deepEqual(unlabelled, [], 'every control has a <label for>');
    const styled = await page.evaluate(() => [...document.querySelector('jobspor-cv-check').shadowRoot.querySelectorAll('[style]')].length);
    assert.equal(styled, 0, 'no style attributes in the widget');
    await assertClean(page);
  });

  t.test('invalid input is shown, never thrown; JSON paste and file upload load a CV', async ({ openPage, assertClean, fixtureText, assert }) => {
    const page = await openDemo(openPage);
    const threw = await page.evaluate(() => {
      try {
        document.querySelector('jobspor-cv-check').cv = { education: [{ level: 'doctor' }] };
        return null;
      } catch (e) {
        return String(e);
      }
    });
    assert.equal(threw, null, 'setting an invalid cv does not throw');
    const banner = page.locator(`${W} .banner[role="alert"]`);
    assert.match(await banner.textContent(), /CV'et kunne ikke indlæses.*education\[0\]\.level/s);

    await page.locator(`${W} details.json summary`).click();
    await page.locator(`${W} #json-text`).fill('{"job_wishes": [{"occupation": 7}]}');
    await page.locator(`${W} details.json`).getByRole('button', { name: 'Indlæs JSON' }).click();
    const err = page.locator(`${W} #json-error`);
    assert.match(await err.textContent(), /job_wishes\[0\]\.occupation.*forkert type/s, 'path and Danish message');
    assert.equal(await page.locator(`${W} #json-text`).getAttribute('aria-describedby'), 'json-error');

    await page.locator(`${W} #json-file`).setInputFiles({ name: 'cv.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText('cv-example.json')) });
    await page.locator(`${W} .json .ok`).waitFor();
    assert.equal(await page.locator(`${W} #f-contact-name`).inputValue(), 'Mette Jensen', 'file upload fills the form');
    assert.equal(await page.locator(`${W} #json-error`).count(), 0);
    await assertClean(page);
  });

  t.test('"Gå til feltet" opens a closed module and focuses its field', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openDemo(openPage);
    await page.evaluate((cv) => { document.querySelector('jobspor-cv-check').cv = cv; }, { ...fixture('cv-example.json'), driving_licences: [] });
    const mod = page.locator(`${W} details.mod[data-module="driving_licences"]`);
    assert.equal(await mod.getAttribute('open'), null, 'Kørekort starts closed');
    const group = page.locator(`${W} .findings [data-module="driving_licences"]`);
    await group.getByRole('button', { name: 'Gå til feltet' }).first().click();
    assert.notEqual(await mod.getAttribute('open'), null, 'the module was opened');
    assert.equal(await page.evaluate(() => document.querySelector('jobspor-cv-check').shadowRoot.activeElement?.id), 'f-lic-0');
    // Ticking B answers the finding.
    await page.keyboard.press('Space');
    assert.equal(await group.count(), 0, 'the licence finding is gone');
    assert.deepEqual((await lastEvent(page)).findings.filter((f) => f.module === 'driving_licences' && f.code === 'CV107'), []);
    await assertClean(page);
  });

  t.test('element lifecycle: moved keeps state, removed frees the app, a second instance is independent', async ({ openPage, assertClean, assert }) => {
    const page = await openDemo(openPage);
    await loadExample(page, assert);
    const r = await page.evaluate(async () => {
      const tick = (ms = 20) => new Promise((res) => setTimeout(res, ms));
      const el = document.querySelector('jobspor-cv-check');
      const parent = el.parentElement;
      parent.append(el); // a move: disconnected and connected in one task
      await tick();
      const moved = { name: el.cv?.contact?.name, children: el.shadowRoot.childElementCount };
      el.remove();
      await tick();
      const removed = { name: el.cv?.contact?.name, children: el.shadowRoot.childElementCount };
      parent.prepend(el);
      await tick();
      const back = {
        name: el.cv?.contact?.name,
        children: el.shadowRoot.childElementCount,
        field: el.shadowRoot.querySelector('#f-contact-name')?.value,
      };
      // A second element, configured before it is connected.
      const b = document.createElement('jobspor-cv-check');
      b.setAttribute('lang', 'en');
      b.cv = { contact: { name: 'Kim' } };
      const got = [];
      b.addEventListener('result', (e) => got.push(e.detail));
      document.body.append(b);
      await tick();
      const second = {
        title: b.shadowRoot.querySelector('h2')?.textContent,
        name: b.shadowRoot.querySelector('#f-contact-name')?.value,
        searchable: b.result.searchable,
        events: got.length,
        firstStillMette: el.shadowRoot.querySelector('#f-contact-name')?.value,
        firstTitle: el.shadowRoot.querySelector('h2')?.textContent,
      };
      b.remove();
      await tick();
      return { moved, removed, back, second };
    });
    assert.deepEqual(r.moved, { name: 'Mette Jensen', children: 1 });
    assert.deepEqual(r.removed, { name: 'Mette Jensen', children: 0 }, 'removed: app destroyed, cv kept for re-attach');
    assert.deepEqual(r.back, { name: 'Mette Jensen', children: 1, field: 'Mette Jensen' });
    assert.equal(r.second.title, 'Check your CV');
    assert.equal(r.second.name, 'Kim');
    assert.equal(r.second.searchable, false);
    assert.ok(r.second.events >= 1, 'the second element fired its own result event');
    assert.equal(r.second.firstStillMette, 'Mette Jensen');
    assert.equal(r.second.firstTitle, 'Tjek dit CV');
    await assertClean(page);
  });

  t.test('phone width (390 px): one column, nothing wider than the screen', async ({ openPage, assertClean, screenshot, assert }) => {
    const page = await openDemo(openPage);
    await page.setViewportSize({ width: 390, height: 844 });
    await loadExample(page, assert);
    await page.locator(`${W} #f-profile`).fill('For kort.');
    const layout = await page.evaluate(() => {
      const root = document.querySelector('jobspor-cv-check').shadowRoot;
      const r = (sel) => root.querySelector(sel).getBoundingClientRect();
      const small = [...root.querySelectorAll('button, input:not([type=checkbox]), select, summary')]
        .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44)
        .map((el) => el.id || el.textContent.trim().slice(0, 30));
      return {
        scrollWidth: document.documentElement.scrollWidth,
        score: r('.score'), form: r('.form'), findings: r('.findings'), small,
      };
    });
    assert.ok(layout.scrollWidth <= 390, `no horizontal scrolling (${layout.scrollWidth})`);
    assert.equal(Math.round(layout.score.left), Math.round(layout.form.left), 'score and form in one column');
    assert.ok(layout.form.top > layout.score.top && layout.findings.top > layout.form.top, 'score, form, findings stacked');
    assert.deepEqual(layout.small, [], 'touch targets at least 44 px high');
    await screenshot(page, 'mobile-390');
    await assertClean(page);
  });
}
