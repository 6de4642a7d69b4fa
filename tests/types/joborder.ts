// Type-checks the job-order entry's declarations (joborder.d.ts) and the CV entry's job-order parts
// (matchCv, <jobspor-cv-check>'s jobOrder, detail.match): typed, never `any`; each @ts-expect-error
// line must be an error.
import { checkJobOrder, matchCv, rankCvs, jobOrderRules, jobOrderMatcher, isInputError } from 'jobspor/joborder';
import type { JobOrder, JobOrderCheckResult, JobOrderFinding, JobOrderResultDetail, MatchResult, RankResult, JobsporJobOrderElement, Cv, CompactRank, JobOrderMatcher } from 'jobspor/joborder';
import { matchCv as matchInCvModule } from 'jobspor';
import type { JobsporCvCheckElement, CvCheckResultDetail } from 'jobspor';

const order: JobOrder = {
  company: { name: 'Nordlager A/S', cvr: '12345678', employees: 40 },
  contact: { name: 'Lise Holm', email: 'lise@example.dk' },
  contact_form: 'send_cvs',
  offer: 'ordinary',
  title: 'Lagermedarbejder',
  requirements: [
    { kind: 'qualification', value: 'Truckkørsel', mandatory: true },
    { kind: 'experience_years', value: 2, mandatory: false },
    { kind: 'criminal_record', value: true },
  ],
  location: { municipality_code: '813', search_municipalities: ['813'] },
  hours: 'full_time', employment_form: 'permanent', positions: 2, application_form: ['digital'],
};
// @ts-expect-error an unknown contact form
const badForm: JobOrder = { contact_form: 'fax' }; void badForm;
// @ts-expect-error an unknown requirement kind
const badKind: JobOrder = { requirements: [{ kind: 'height', value: 'tall', mandatory: true }] }; void badKind;

const checked = checkJobOrder(order);
if (isInputError(checked)) {
  const path: string = checked.path; void path;
} else {
  const r: JobOrderCheckResult = checked;
  const searchable: boolean = r.searchable;
  const occupation: string | null = r.occupation;
  void occupation;
  const f: JobOrderFinding | undefined = r.findings[0];
  const msg: string | undefined = f?.message.da;
  void searchable; void msg;
  // @ts-expect-error a job-order finding has no CV module
  void r.findings[0].module;
}
checkJobOrder('{"title": "Smed"}');

const cv: Cv = { job_wishes: [{ occupation: 'Lagermedarbejder', qualifications: ['Truckkørsel'], experience_years: 3 }] };
const m = matchCv(cv, order, { undecided_is_mandatory: false, weights: { qualification: 4 } });
if (!isInputError(m)) {
  const found: boolean = m.found;
  const req: number | null | undefined = m.blocking[0]?.requirement;
  const kind: string | undefined = m.blocking[0]?.kind;
  const fix: string | undefined = m.blocking[0]?.fix.en;
  const n: number = m.nice_to_have.matched + m.nice_to_have.total + m.rank_score;
  void found; void req; void kind; void fix; void n;
  // @ts-expect-error found is a boolean
  const wrong: string = m.found; void wrong;
}
const ranked = rankCvs([cv, cv], order);
if (!isInputError(ranked)) {
  const rr: RankResult = ranked;
  const first: number | undefined = rr.gross_list[0]?.index;
  const hidden: number | undefined = rr.hidden_by[0]?.only_this;
  void first; void hidden;
}
rankCvs('[]', '{}');
// @ts-expect-error the CVs are an array or JSON text
rankCvs(cv, order);
const codes: string[] = jobOrderRules().map((r) => r.code); void codes;
const matcher = jobOrderMatcher(order);
if (!isInputError(matcher)) {
  const jm: JobOrderMatcher = matcher;
  const one = jm.match(cv);
  if (!isInputError(one)) { const f: boolean = one.found; void f; }
  const list = jm.rank([cv, JSON.stringify(cv)]);
  if (!isInputError(list)) {
    const c: CompactRank = list;
    const ix: Uint32Array = c.index;
    const score: number | undefined = c.score[0];
    void ix; void score;
  }
  jm.push('{}\n');
  jm.finish();
  // @ts-expect-error the CVs are text or an iterable, not one CV object
  jm.rank(cv);
  jm.free();
}

const el = document.querySelector('jobspor-job-order');
if (el) {
  const e: JobsporJobOrderElement = el;
  e.value = order;
  e.value = null;
  e.addEventListener('result', (ev) => { const d: JobOrderResultDetail = ev.detail; const t: string | undefined = d.order.title; void d.searchable; void t; });
  // @ts-expect-error result is read-only
  e.result = undefined;
}

void matchInCvModule(cv, '{"title": "Lagermedarbejder"}').then((inCv) => {
  if (!isInputError(inCv)) { const r: MatchResult = inCv; void r.rank_score; }
});
// @ts-expect-error the CV entry's matchCv is async
const notAwaited: MatchResult = matchInCvModule(cv, order); void notAwaited;
const cvEl = document.querySelector('jobspor-cv-check');
if (cvEl) {
  const c: JobsporCvCheckElement = cvEl;
  c.jobOrder = order;
  c['job-order'] = '{"title": "Smed"}';
  c.jobOrder = null;
  c.addEventListener('result', (ev) => {
    const d: CvCheckResultDetail = ev.detail;
    const found: boolean | undefined = d.match?.found;
    void found;
  });
  // @ts-expect-error a job order is an object or JSON text
  c.jobOrder = 42;
}
