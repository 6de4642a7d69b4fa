// Smoke test: the served demo page can import the package, the JavaScript API answers, the
// custom element is defined, and nothing breaks the CSP, logs an error or leaves the origin.
// Depends on no page content: only that `/` is served and `/pkg/jobspor.js` can be imported.
export default function (t) {
  t.test('the package loads in the demo page under the strict CSP', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openPage('/');
    assert.equal(page.jobspor.response?.status(), 200, 'GET / should answer 200');
    const csp = page.jobspor.response.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/, 'the strict CSP is sent');

    const r = await page.evaluate(async (cv) => {
      const m = await import('/pkg/jobspor.js').then(async (m) => (await m.ready, m));
      const good = m.checkCv(cv);
      let bad;
      let threw = null;
      try {
        bad = m.checkCv('not json');
      } catch (e) {
        threw = String(e);
      }
      return {
        exports: Object.keys(m).sort(),
        searchable: good?.searchable,
        goodError: good?.error ?? null,
        bad,
        threw,
        defined: typeof customElements.get('jobspor-cv-check') === 'function',
        version: m.version(),
      };
    }, fixture('cv-example.json'));

    for (const name of ['checkCv', 'cvRules', 'cvRule', 'cvModules', 'version']) {
      assert.ok(r.exports.includes(name), `jobspor.js exports ${name} (has ${r.exports.join(', ')})`);
    }
    assert.equal(r.goodError, null, 'the example CV is valid input');
    assert.equal(r.searchable, true, 'the example CV is searchable');
    assert.equal(r.threw, null, 'checkCv("not json") must not throw');
    assert.equal(r.bad?.error, 'invalid_input', `checkCv("not json") returns an input error, got ${JSON.stringify(r.bad)}`);
    assert.equal(r.defined, true, '<jobspor-cv-check> is defined');
    assert.match(r.version, /^\d+\.\d+\.\d+/);
    await assertClean(page);
  });

  t.test('the server sends the security headers on the package and on 404s', async ({ url, assert }) => {
    for (const [path, status, type] of [
      ['/pkg/jobspor.js', 200, /^text\/javascript/],
      ['/pkg/jobspor_wasm_bg.wasm', 200, /^application\/wasm$/],
      ['/pkg/package.json', 200, /^application\/json/],
      ['/no-such-file.js', 404, /.*/],
    ]) {
      const res = await fetch(url(path));
      assert.equal(res.status, status, path);
      assert.match(res.headers.get('content-type') ?? '', type, `${path} content-type`);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'.*frame-ancestors 'none'/, `${path} CSP`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
      await res.arrayBuffer();
    }
  });
}
