// Type-checks the several-widgets entry (suite.d.ts, issue 14) in the same program as the per-widget
// entries' (usage.ts, smart.ts, abc.ts): its functions and elements are typed like theirs, never
// `any`, and nothing clashes (the global tag map holds each element once). Each @ts-expect-error
// line must be an error.
import { checkCv, checkSmart, checkAbcPlan, abcRules, matchCv, isInputError, ready, JobsporCvCheckElement } from 'jobspor/suite';
import type { CvResult, SmartResult, AbcCheckResult, JobsporSmartCheckElement, JobsporAbcPlanElement, JobsporCvCheckProps, CvCheckResultDetail } from 'jobspor/suite';
import * as smartEntry from 'jobspor/smart';
import * as suiteApi from 'jobspor/suite-api';

await ready;
const cv = checkCv('{}');
if (!isInputError(cv)) { const r: CvResult = cv; const s: boolean = r.searchable; void s; }
const smart = checkSmart('Søg 2 job som kok om ugen');
if (!isInputError(smart)) { const r: SmartResult = smart; const met: number = r.met; void met; }
const abc = checkAbcPlan('{"rows": []}');
if (!isInputError(abc)) { const r: AbcCheckResult = abc; void r.rows; }
const codes: string[] = abcRules().map((r) => r.code);
const matched: Promise<unknown> = matchCv('{}', '{}');
// The same function type as the SMART entry's (one declaration, re-exported).
const same: typeof smartEntry.checkSmart = checkSmart;
// The tag map is the per-widget entries': one interface per tag.
const el: JobsporCvCheckElement = document.createElement('jobspor-cv-check');
const s: JobsporSmartCheckElement = document.querySelector('jobspor-smart-check')!;
const a: JobsporAbcPlanElement = document.createElement('jobspor-abc-plan');
el.addEventListener('result', (e) => { const d: CvCheckResultDetail = e.detail; void d; });
const props: JobsporCvCheckProps = { lang: 'da' };
// @ts-expect-error checkSmart takes text
checkSmart(42);
// @ts-expect-error the ABC plan has no `cv` property
a.cv = {};
// The raw API of the suite's module.
const v: string = suiteApi.version();
void codes; void matched; void same; void s; void props; void v;
