// Type-checks the SMART entry's declarations (smart.d.ts): checkSmart and <jobspor-smart-check>.
// Each @ts-expect-error line must be an error (a type that degraded to `any` fails tsc).
import { checkSmart, isInputError } from 'jobspor/smart';
import type { SmartCheckResultDetail, JobsporSmartCheckElement, SmartResult } from 'jobspor/smart';
const r = checkSmart('Søg 2 job som kok om ugen', { kind: 'agreement', next_meeting: '2026-05-27' });
if (!isInputError(r)) { const met: number = r.met; void met; }
const el = document.querySelector('jobspor-smart-check')!;
const typed: JobsporSmartCheckElement = el;
el.value = 'x';
el.value = ['a', 'b'];
el.value = null;
const texts: string[] = el.value;
// @ts-expect-error numbers are not texts
el.value = 42;
el.addEventListener('result', (e) => {
  const d: SmartCheckResultDetail = e.detail;
  const first: SmartResult & { text: string } = d.results[0];
  const t: string = first.text;
  const v: 'met' | 'partly' | 'missing' = first.criteria.time_bound.verdict;
  const errs: string[] = d.errors.map((x) => x.path);
  // @ts-expect-error the detail's results are objects
  const wrong: string = d.results[0];
  void t; void v; void errs; void wrong;
});
// @ts-expect-error result is read-only
el.result = null;
void typed; void texts;
