// The stateful matcher of the job-order module (issue 14): jobOrderMatcher(order) parses the order
// once; .match / .matchJson agree with matchCv, .rank over NDJSON text, a JSON array's text, an
// array and a stream of chunks gives rankCvs's gross list in compact columns, bad CVs name their
// index, and the CV widget's search (jobspor.js hands it a matcher with matchJson) still fills
// detail.match with matchCv's result.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/joborder/cvs/', import.meta.url));
const folder = () => readdirSync(dir).sort().map((f) => JSON.parse(readFileSync(dir + f, 'utf8')));

export default function (t) {
  t.test('jobOrderMatcher agrees with matchCv and rankCvs, and streams', async ({ openPage, assertClean, fixture, assert }) => {
    const page = await openPage('/job-order.html');
    const order = fixture('joborder/job-order.json');
    const r = await page.evaluate(async ({ order, cvs }) => {
      const jo = await import('/pkg/joborder.js');
      await jo.ready;
      const m = jo.jobOrderMatcher(order);
      const full = jo.rankCvs(cvs, order);
      const ndjson = cvs.map((c) => JSON.stringify(c)).join('\n');
      const plain = (c) => ({ ...c, index: [...c.index], found: [...c.found], score: [...c.score], blocking_offsets: [...c.blocking_offsets], blocking: [...c.blocking] });
      const fromText = m.rank(ndjson);
      const fromArrayText = m.rank(JSON.stringify(cvs));
      const fromArray = m.rank(cvs);
      const fromIterable = m.rank(new Set(cvs.map((c) => JSON.stringify(c))));
      // A stream: chunks of 50 characters, cut mid-line.
      for (let at = 0; at < ndjson.length; at += 50) {
        const e = m.push(ndjson.slice(at, at + 50));
        if (e) return { error: e };
      }
      const streamed = m.finish();
      const bad = m.rank(`${ndjson}\n{"contact": 5}`);
      const refused = jo.jobOrderMatcher({ ...order, requirements: [{ kind: 'language', value: 5 }] });
      const out = {
        matches: cvs.map((c) => JSON.stringify(m.match(c)) === JSON.stringify(jo.matchCv(c, order))),
        matchJson: JSON.parse(m.matchJson(JSON.stringify(cvs[0]))),
        match0: jo.matchCv(cvs[0], order),
        full,
        fromText: plain(fromText),
        same: [fromArrayText, fromArray, fromIterable, streamed].map((c) => JSON.stringify(plain(c)) === JSON.stringify(plain(fromText))),
        typed: [fromText.index instanceof Uint32Array, fromText.found instanceof Uint8Array, fromText.blocking instanceof Uint32Array],
        bad,
        refused,
        title: m.title,
      };
      m.free();
      return out;
    }, { order, cvs: folder() });
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    assert.ok(r.matches.length === 8 && r.matches.every(Boolean), 'match = matchCv for every CV');
    assert.deepEqual(r.matchJson, r.match0, 'matchJson = matchCv, as JSON text');
    const c = r.fromText;
    assert.deepEqual(c.totals, r.full.totals);
    assert.deepEqual(c.hidden_by, r.full.hidden_by);
    assert.deepEqual(c.index, r.full.gross_list.map((e) => e.index), 'the gross-list order of rankCvs');
    r.full.gross_list.forEach((e, k) => {
      assert.equal(c.found[k] === 1, e.found);
      assert.equal(c.score[k], e.rank_score);
      const codes = c.blocking.slice(c.blocking_offsets[k], c.blocking_offsets[k + 1]).map((b) => c.codes[b]);
      assert.deepEqual(codes, e.blocking, `entry ${k}: the blocking codes name rankCvs's blocking`);
    });
    assert.deepEqual(r.same, [true, true, true, true], 'JSON array text, array, iterable and stream give the same');
    assert.deepEqual(r.typed, [true, true, true]);
    assert.equal(r.bad.error, 'invalid_input');
    assert.equal(r.bad.path, 'cvs[8].contact', 'a bad CV names its index');
    assert.equal(r.refused.error, 'invalid_input');
    assert.match(r.refused.path, /^order\.requirements\[0\]/);
    assert.equal(r.title, order.title);
    await assertClean(page);
  });
}
