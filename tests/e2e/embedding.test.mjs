// Embedding the package as a host would (issue 15, docs/embedding.md): the entries have no
// top-level await (an import resolves and the element is defined while the .wasm is still
// loading; the element renders once it is ready; the functions answer after `ready`), a
// property set before the element is defined is re-applied on upgrade, and attribute-only hosts
// (React 18) can pass JSON text while `[object Object]` is reported instead of silently lost.
// The smart page is used as a blank host: it loads neither jobspor.js nor track.js.

import { readFileSync } from 'node:fs';
// acorn: the JavaScript parser terser (the package's minifier, an npm dev dependency) uses.
import { parse } from 'acorn';

const NPM = new URL('../../target/npm/', import.meta.url);
const ENTRIES = ['jobspor', 'smart', 'track', 'abc', 'joborder', 'elements', 'suite', 'cv-check'];

/** The lines of the `await`s (and `for await`s) outside every function of a module – an `await`
 *  there blocks importers. The file is parsed, so a minified file (one line) is read too. */
function topLevelAwaits(source) {
  const found = [];
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (/Function/.test(node.type)) return;
    if (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await)) found.push(node.loc.start.line);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object') walk(child);
      }
    }
  };
  walk(parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true }));
  return found;
}

export default function (t) {
  t.test('no entry of the package has a top-level await', async ({ assert }) => {
    for (const e of ENTRIES) {
      const src = readFileSync(new URL(`${e}.js`, NPM), 'utf8');
      assert.deepEqual(topLevelAwaits(src), [], `${e}.js`);
    }
    // The check itself catches what it is for.
    assert.equal(topLevelAwaits("import x from './y.js';\nawait init();\n").length, 1);
    assert.equal(topLevelAwaits("export const a = await b;\n").length, 1);
    assert.equal(topLevelAwaits('async function f() {\n  await g();\n}\n').length, 0);
    // Minified: one line, no column-0 statements.
    assert.equal(topLevelAwaits('import x from"./y.js";const a=1;await x(a);export{a};').length, 1);
    assert.equal(topLevelAwaits('let a;if(b){a=await c()}export{a};').length, 1);
    assert.equal(topLevelAwaits('for await(const x of y)z(x);').length, 1);
    assert.equal(topLevelAwaits('const f=async()=>{await g()},h=async function(){for await(const x of y);};class C{async m(){await 1}}export{f,h,C};').length, 0);
  });

  t.test('an entry resolves and defines its element while its .wasm is still loading', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/jobspor_track_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    const before = await page.evaluate(async () => {
      const m = await import('/pkg/track.js');
      window.__track = m;
      const el = document.createElement('jobspor-track');
      el.profile = { cv: null };
      document.body.append(el);
      let threw = null;
      try {
        m.trackRules();
      } catch (e) {
        threw = e.message;
      }
      return {
        defined: customElements.get('jobspor-track') === m.JobsporTrackElement,
        threw,
        rendered: el.shadowRoot.childElementCount,
        ready: m.ready instanceof Promise,
        kept: JSON.stringify(el.profile),
      };
    });
    assert.equal(before.defined, true, 'the element is defined at import, and its class exported');
    assert.match(before.threw ?? '', /before its WebAssembly module was ready.*`ready`/, 'a clear error before ready');
    assert.equal(before.rendered, 0, 'nothing rendered while the .wasm is held');
    assert.equal(before.ready, true);
    assert.equal(before.kept, '{"cv":null}', 'a property set before the module is ready is kept');
    release();
    await page.evaluate(() => window.__track.ready);
    await page.waitForFunction(() => document.querySelector('jobspor-track').shadowRoot.childElementCount > 0, null, { timeout: 10_000 });
    const rules = await page.evaluate(() => window.__track.trackRules().length);
    assert.ok(rules > 5, `trackRules() answers after ready (${rules})`);
    await assertClean(page);
  });

  t.test('a property set before the element is defined is re-applied on upgrade', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openPage('/smart.html');
    const cv = fixture('cv-example.json');
    await page.evaluate((cv) => {
      // A classic script, or a framework rendering before the lazy import: the element is not defined yet.
      const el = document.createElement('jobspor-cv-check');
      el.id = 'early';
      el.cv = cv;
      document.body.append(el);
    }, cv);
    assert.equal(await page.evaluate(() => customElements.get('jobspor-cv-check')), undefined, 'not defined yet');
    await page.evaluate(() => import('/pkg/jobspor.js'));
    await page
      .waitForFunction(() => document.querySelector('#early').shadowRoot?.querySelector('#f-contact-name')?.value === 'Mette Jensen', null, { timeout: 10_000 })
      .catch(() => {});
    const r = await page.evaluate(() => {
      const el = document.querySelector('#early');
      return {
        field: el.shadowRoot.querySelector('#f-contact-name')?.value,
        own: Object.prototype.hasOwnProperty.call(el, 'cv'),
        name: el.cv?.contact?.name,
        searchable: el.result?.searchable,
      };
    });
    assert.equal(r.field, 'Mette Jensen', 'the form shows the CV set before the upgrade');
    assert.equal(r.own, false, 'the own property moved onto the widget');
    assert.equal(r.name, 'Mette Jensen');
    assert.equal(r.searchable, true, 'the result is the CV’s');
    await assertClean(page);
  });

  t.test('attribute-only hosts: JSON text in a property attribute works, [object Object] is reported', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openPage('/smart.html', { allowConsole: [/\[object Object\].*Set the cv property/] });
    const cv = fixture('cv-example.json');
    await page.evaluate(() => import('/pkg/jobspor.js').then((m) => m.ready));
    const r = await page.evaluate(async (cv) => {
      const errors = [];
      const orig = console.error;
      console.error = (...a) => { errors.push(a.join(' ')); orig(...a); };
      // What React 18 does with an object prop on a custom element.
      const el = document.createElement('jobspor-cv-check');
      el.setAttribute('cv', String(cv));
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 50));
      const lost = { name: el.cv?.contact?.name ?? null, errors: errors.length, message: errors[0] ?? '' };
      // JSON text instead, as an attribute; the `job-order` attribute sets `jobOrder`.
      el.setAttribute('cv', JSON.stringify(cv));
      el.setAttribute('options', JSON.stringify({}));
      await new Promise((r) => setTimeout(r, 50));
      console.error = orig;
      return { lost, name: el.cv?.contact?.name, field: el.shadowRoot.querySelector('#f-contact-name')?.value };
    }, cv);
    assert.equal(r.lost.name ?? '', '', 'nothing was set from "[object Object]"');
    assert.equal(r.lost.errors, 1, 'one console error names the problem');
    assert.match(r.lost.message, /Set the cv property instead \(React 18: through a ref\), or pass JSON text/);
    assert.equal(r.name, 'Mette Jensen', 'JSON text in the cv attribute sets the CV');
    assert.equal(r.field, 'Mette Jensen');
    await assertClean(page);
  });

  t.test('lang: the element\'s own, else the closest ancestor\'s, else <html lang>; others fall back to Danish with one warning', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    await page.evaluate(() => import('/pkg/jobspor.js').then((m) => m.ready));
    const r = await page.evaluate(async () => {
      const warnings = [];
      const orig = console.warn;
      console.warn = (...a) => { warnings.push(a.join(' ')); orig(...a); };
      const tick = () => new Promise((r) => setTimeout(r, 50));
      const shown = (el) => el.shadowRoot.querySelector('.jsp')?.getAttribute('lang');
      const add = (parent, lang) => {
        const el = document.createElement('jobspor-cv-check');
        if (lang !== undefined) el.setAttribute('lang', lang);
        parent.append(el);
        return el;
      };
      document.documentElement.lang = 'en-GB';
      const fromHtml = add(document.body);
      const box = document.createElement('section');
      box.lang = 'da';
      document.body.append(box);
      const fromAncestor = add(box);
      const own = add(box, 'en');
      const de = document.createElement('div');
      de.lang = 'de';
      document.body.append(de);
      const german = add(de);
      const german2 = add(de);
      await tick();
      const first = [shown(fromHtml), shown(fromAncestor), shown(own), shown(german), shown(german2)];
      own.removeAttribute('lang'); // now inherits the section's Danish
      await tick();
      console.warn = orig;
      document.documentElement.lang = 'da';
      return { first, removed: shown(own), warnings };
    });
    assert.deepEqual(r.first, ['en', 'da', 'en', 'da', 'da']);
    assert.equal(r.removed, 'da', 'removing lang inherits the ancestor\'s');
    assert.equal(r.warnings.length, 1, `one warning for lang="de": ${JSON.stringify(r.warnings)}`);
    assert.match(r.warnings[0], /lang="de" is not supported .*falls back to Danish/);
    await assertClean(page);
  });

  t.test('events: result right away, jobspor-result after the setter returns, jobspor-change on every edit (not on a property set)', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openPage('/smart.html');
    await page.evaluate(() => import('/pkg/jobspor.js').then((m) => m.ready));
    const cv = fixture('cv-example.json');
    const r = await page.evaluate(async (cv) => {
      const el = document.createElement('jobspor-cv-check');
      el.id = 'ev';
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 50));
      const log = [];
      window.__log = log;
      for (const type of ['result', 'jobspor-result', 'jobspor-change']) {
        el.addEventListener(type, (e) => log.push({ type, detail: e.detail, bubbles: e.bubbles, composed: e.composed, name: el.cv?.contact?.name ?? null }));
      }
      el.cv = cv;
      const inSetter = log.map((e) => e.type);
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      return { inSetter, after: log.map((e) => e.type), same: log[0]?.detail === log[1]?.detail, flags: log.every((e) => e.bubbles && e.composed) };
    }, cv);
    assert.deepEqual(r.inSetter, ['result'], '`result` fires inside the setter, nothing else yet');
    assert.deepEqual(r.after, ['result', 'jobspor-result'], '`jobspor-result` follows in a microtask; a property set is no edit');
    assert.equal(r.same, true, 'the same detail');
    assert.equal(r.flags, true, 'bubbles and composed');
    // Edits in the widget: one jobspor-change per input, with the new value readable.
    await page.evaluate(() => { window.__log.length = 0; });
    const field = page.locator('#ev #f-contact-name');
    await field.fill('Mette J');
    await field.press('e');
    await page.waitForTimeout(100);
    const edits = await page.evaluate(() => window.__log.filter((e) => e.type === 'jobspor-change').map((e) => e.name));
    assert.deepEqual(edits, ['Mette J', 'Mette Je'], 'one jobspor-change per edit, after the input handler (the property has the new value)');
    await assertClean(page);
  });

  t.test('form participation: the element submits its input as JSON under its name, is invalid on an input error, empties on reset', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    await page.evaluate(() => import('/pkg/smart.js').then((m) => m.ready));
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.id = 'f';
      form.innerHTML = '<input name="who" value="x">';
      const el = document.createElement('jobspor-smart-check');
      el.setAttribute('name', 'agreements');
      el.setAttribute('kind', 'agreement');
      form.append(el);
      document.body.append(form);
    });
    await page.waitForTimeout(100);
    const field = page.locator('#f jobspor-smart-check textarea').first();
    await field.fill('Jeg søger 5 job om ugen som lagermedarbejder');
    await page.waitForTimeout(100);
    const r = await page.evaluate(() => {
      const form = document.getElementById('f');
      const el = form.querySelector('jobspor-smart-check');
      const submitted = new FormData(form).get('agreements');
      const valid = form.checkValidity();
      form.reset();
      return { submitted, valid, sameForm: el.form === form, afterReset: new FormData(form).get('agreements'), value: el.value };
    });
    assert.equal(r.sameForm, true, 'el.form is the form');
    assert.deepEqual(JSON.parse(r.submitted), ['Jeg søger 5 job om ugen som lagermedarbejder'], 'FormData has the texts as JSON');
    assert.equal(r.valid, true);
    assert.ok(Array.isArray(r.value) && !r.value.some((t) => t.trim()), `reset empties the element: ${JSON.stringify(r.value)}`);
    assert.notEqual(r.afterReset, r.submitted, 'reset changes the submitted value');
    // An error in the input makes the element (and the form) invalid.
    const invalid = await page.evaluate(async () => {
      const form = document.getElementById('f');
      const el = form.querySelector('jobspor-smart-check');
      el.setAttribute('next-meeting', 'ikke en dato');
      await new Promise((r) => setTimeout(r, 50));
      const before = { valid: form.checkValidity(), errors: el.result?.errors?.length ?? 0 };
      el.removeAttribute('next-meeting');
      await new Promise((r) => setTimeout(r, 50));
      return { ...before, validAgain: form.checkValidity() };
    });
    assert.ok(invalid.errors > 0, 'the result lists the invalid next-meeting');
    assert.equal(invalid.validAgain, true, 'valid again once the error is gone');
    assert.equal(invalid.valid, false, 'the form is invalid while the element holds an input error');
    await assertClean(page);
  });

  t.test('form participation keeps up with every key: after a property set, after edits that change the check and edits that do not', async ({ openPage, assertClean, fixture, assert }) => {
    // The element syncs its form value once per edit (issue 14): on the edit's `result`, else on
    // its `jobspor-change`. A `result` of a property set is no edit's: the next edit still syncs.
    const page = await openPage('/smart.html');
    await page.evaluate(() => import('/pkg/jobspor.js').then((m) => m.ready));
    const cv = fixture('cv-example.json');
    await page.evaluate((cv) => {
      const form = document.createElement('form');
      form.id = 'fk';
      const el = document.createElement('jobspor-cv-check');
      el.setAttribute('name', 'cv');
      form.append(el);
      document.body.append(form);
      window.__seen = [];
      el.addEventListener('jobspor-change', () => {
        window.__seen.push(JSON.parse(new FormData(form).get('cv'))?.contact?.name ?? null);
      });
      el.cv = cv;
    }, cv);
    await page.waitForTimeout(100);
    const field = page.locator('#fk #f-contact-name');
    await field.fill('Mette');
    await field.pressSequentially('abc', { delay: 20 });
    await page.waitForTimeout(100);
    const r = await page.evaluate(() => {
      const form = document.getElementById('fk');
      return { seen: window.__seen, submitted: JSON.parse(new FormData(form).get('cv'))?.contact?.name, prop: form.querySelector('jobspor-cv-check').cv?.contact?.name };
    });
    assert.deepEqual(r.seen, ['Mette', 'Mettea', 'Metteab', 'Metteabc'], 'each jobspor-change listener sees the edit in the form value');
    assert.equal(r.submitted, 'Metteabc');
    assert.equal(r.prop, 'Metteabc');
    await page.evaluate((cv) => { document.querySelector('#fk jobspor-cv-check').cv = { ...cv, contact: { ...cv.contact, name: 'Sat' } }; }, cv);
    await field.press('x');
    await page.waitForTimeout(100);
    const after = await page.evaluate(() => JSON.parse(new FormData(document.getElementById('fk')).get('cv'))?.contact?.name);
    assert.equal(after, 'Satx', 'an edit right after a property set is in the form value');
    await assertClean(page);
  });
}
