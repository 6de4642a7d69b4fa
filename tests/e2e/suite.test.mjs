// Several widgets on one page from one module (issue 14, docs/embedding.md "Several widgets on one
// page"): jobspor/suite defines <jobspor-cv-check>, <jobspor-smart-check> and <jobspor-abc-plan>
// from jobspor_suite_bg.wasm – each widget gives its result, the page loads exactly one .wasm, and
// an entry imported beside a per-widget one leaves the tag that one defined alone (no error).

/** The .wasm files the page has requested (Resource Timing: preloads and fetches alike). */
const wasmLoaded = (page) =>
  page.evaluate(() => [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')))]);

export default function (t) {
  t.test('CV + SMART + ABC through jobspor/suite: each widget gives a result, one .wasm for the page', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/several.html');
    const results = await page.evaluate(async () => {
      const m = await import('/pkg/suite.js');
      await m.ready;
      const tags = ['jobspor-cv-check', 'jobspor-smart-check', 'jobspor-abc-plan'];
      // Each element's `result` is set once its widget has rendered and checked.
      const deadline = Date.now() + 20_000;
      const els = tags.map((t) => document.querySelector(t));
      while (els.some((e) => !e.result) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return {
        classes: tags.map((t, i) => customElements.get(t) === [m.JobsporCvCheckElement, m.JobsporSmartCheckElement, m.JobsporAbcPlanElement][i]),
        cv: els[0].result && { searchable: typeof els[0].result.searchable, findings: Array.isArray(els[0].result.findings) },
        smart: Array.isArray(els[1].result?.results) && els[1].result.results.length > 0,
        abc: els[2].result && Array.isArray(els[2].result.rows),
        // The functions of the three checks answer from the same module.
        api: {
          cv: typeof m.checkCv({ contact: { name: 'A' } }),
          smart: typeof m.checkSmart('Jeg sender 2 ansøgninger om ugen frem til næste samtale.').criteria,
          abc: Array.isArray(m.abcRules()) && m.abcRules().length > 0,
          cvDocs: m.cvRules().every((r) => r.docs.length > 0),
          // The suite holds the CV rules' docs (the CV widget shows them), not the other checks'.
          abcDocs: m.abcRules().every((r) => r.docs === ''),
        },
      };
    });
    assert.deepEqual(results.classes, [true, true, true], 'the suite defined the three tags');
    assert.deepEqual(results.cv, { searchable: 'boolean', findings: true }, 'the CV widget gave a result');
    assert.equal(results.smart, true, 'the SMART widget gave a result');
    assert.equal(results.abc, true, 'the ABC widget gave a result');
    assert.deepEqual(results.api, { cv: 'object', smart: 'object', abc: true, cvDocs: true, abcDocs: true });
    // Shadow roots rendered (not only a result): each has its own content.
    for (const tag of ['jobspor-cv-check', 'jobspor-smart-check', 'jobspor-abc-plan']) {
      assert.ok((await page.locator(tag).evaluate((e) => e.shadowRoot.childElementCount)) > 0, `${tag} rendered`);
    }
    assert.deepEqual(await wasmLoaded(page), ['/pkg/jobspor_suite_bg.wasm'], 'exactly one .wasm for the three widgets');
    await assertClean(page);
  });

  t.test('jobspor/smart and jobspor/suite on one page: no error, each tag defined once', async ({ openPage, assertClean, assert }) => {
    const page = await openPage('/smart.html');
    const r = await page.evaluate(async () => {
      const smart = await import('/pkg/smart.js');
      await smart.ready;
      let error = null;
      let suite = null;
      try {
        suite = await import('/pkg/suite.js');
        await suite.ready;
      } catch (e) {
        error = String(e);
      }
      const el = document.createElement('jobspor-abc-plan');
      document.body.append(el);
      const deadline = Date.now() + 20_000;
      while (!el.result && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
      return {
        error,
        // The tag smart.js defined first keeps smart.js's class; the suite defined the others.
        smartTag: customElements.get('jobspor-smart-check') === smart.JobsporSmartCheckElement,
        abcTag: customElements.get('jobspor-abc-plan') === suite?.JobsporAbcPlanElement,
        abcResult: Array.isArray(el.result?.rows),
        smartWidget: !!document.querySelector('jobspor-smart-check')?.shadowRoot?.childElementCount,
      };
    });
    assert.deepEqual(r, { error: null, smartTag: true, abcTag: true, abcResult: true, smartWidget: true });
    await assertClean(page);
  });
}
