// Node 20 with the packed tarball in node_modules: every entry imports with no setup (the `node`
// export condition reads the .wasm from disk), every check answers at once, the browser entries
// import without a DOM and never throw, and the raw `*-api` entries work (auto-init, or initSync
// with the exported .wasm path).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkCv, cvRules, cvRule, cvModules, matchCv, version, ready, isInputError, JobsporCvCheckElement } from 'jobspor';
import { checkSmart, resolveOccupation } from 'jobspor/smart';
import { assignTrack, trackRules } from 'jobspor/track';
import { checkAbcPlan, abcRules, sampleDemand } from 'jobspor/abc';
import { checkJobOrder, matchCv as matchCvSync, rankCvs, jobOrderRules } from 'jobspor/job-order';
import * as cvApi from 'jobspor/api';

const cv = { contact: { name: 'Mette Jensen', email: 'mette@example.dk' }, job_wishes: [{ occupation: 'Lagermedarbejder', qualifications: ['Truckkørsel'] }] };
const order = { title: 'Lagermedarbejder', occupation: 'Lagermedarbejder', requirements: [{ kind: 'qualification', value: 'Truckkørsel', mandatory: true }] };

assert.match(version(), /^\d+\.\d+\.\d+/);
await ready; // already resolved: the node entry instantiated the module on import
const r = checkCv(cv);
assert.equal(typeof r.searchable, 'boolean', 'checkCv');
assert.equal(isInputError(checkCv('not json')), true, 'bad input is an error object');
assert.ok(cvRules().length > 10 && cvRule('CV001') && cvModules().length > 5, 'cvRules, cvRule, cvModules');
assert.equal(typeof (await matchCv(cv, order)).found, 'boolean', 'matchCv (loads the job-order module in Node)');
assert.ok(checkSmart('Jeg søger 5 stillinger om ugen som lagermedarbejder').criteria, 'checkSmart');
assert.ok(resolveOccupation('lagermedarbejder'), 'resolveOccupation');
assert.ok(assignTrack({}).track !== undefined && trackRules().length > 5, 'assignTrack, trackRules');
assert.ok(Array.isArray(checkAbcPlan({ rows: [] }).rows) && abcRules().length > 5 && typeof sampleDemand() === 'object', 'checkAbcPlan, abcRules, sampleDemand');
assert.equal(typeof checkJobOrder(order).searchable, 'boolean', 'checkJobOrder');
assert.equal(typeof matchCvSync(cv, order).found, 'boolean', 'matchCv (job-order entry)');
assert.ok(rankCvs([cv], order).totals && jobOrderRules().length > 5, 'rankCvs, jobOrderRules');
assert.equal(typeof cvApi.checkCv(cv).searchable, 'boolean', 'jobspor/api is initialised in Node');
assert.equal(typeof JobsporCvCheckElement, 'function', 'the element class exists (never defined without a DOM)');
assert.equal(typeof globalThis.customElements, 'undefined');

// The browser entries themselves (what an SSR bundle without the `node` condition imports): no throw.
for (const e of ['jobspor', 'smart', 'track', 'abc', 'joborder']) {
  const m = await import(new URL(`./node_modules/jobspor/${e}.js`, import.meta.url));
  assert.equal(typeof m.ready?.then, 'function', `${e}.js exports ready`);
}
const track = await import(new URL('./node_modules/jobspor/track.js', import.meta.url));
await track.load(); // in Node, load() reads the .wasm next to the entry
assert.ok(track.trackRules().length > 5, 'the browser entry works in Node after load()');

// The raw API by hand: the exported .wasm path and initSync (e.g. in a worker or a test runner).
const smartApi = await import('jobspor/smart-api');
const wasmUrl = import.meta.resolve('jobspor/jobspor_smart_bg.wasm');
smartApi.initSync({ module: readFileSync(new URL(wasmUrl)) });
assert.ok(smartApi.checkSmart('Jeg søger 5 job om ugen').criteria, 'initSync with the exported .wasm path');

console.log('node: every check answered');
