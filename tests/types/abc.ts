// Type-checks the ABC entry's declarations (abc.d.ts): checkAbcPlan, abcRules, sampleDemand and
// <jobspor-abc-plan> are typed, never `any`; each @ts-expect-error line must be an error.
import { checkAbcPlan, abcRules, sampleDemand, isInputError } from 'jobspor/abc';
import type { AbcPlan, AbcConfig, AbcCheckResult, JobsporAbcPlanElement, DemandData, AbcFinding, AbcRuleMeta } from 'jobspor/abc';

const plan: AbcPlan = {
  weeks_unemployed: 10, region: 'Nordjylland', conversation: 1,
  rows: [{ plan: 'A', occupation: 'Grafiker', functions: ['Layout af tryksager'], companies: ['Reklamebureauer i Aalborg'], who: 'Borger', when: '2026-12-15', wish: 9, competence: 'full' }],
};
const demand: DemandData = sampleDemand();
const config: AbcConfig = { demand, require_demand_data: false, today: '2026-05-06', wish_high: 7 };
const r = checkAbcPlan(plan, config);
if (isInputError(r)) {
  const path: string = r.path; void path;
} else {
  const res: AbcCheckResult = r;
  // 'not_judged' since issue 12 (demand unknown).
  const cls: 'A' | 'B' | 'C' | 'unrealistic' | 'not_judged' = res.rows[0].class;
  const reason: string = res.rows[0].reason.da;
  const level: 'shortage' | 'good' | 'some' | 'poor' | 'unknown' = res.rows[0].circles.demand.level;
  const f: AbcFinding | undefined = res.findings[0];
  // @ts-expect-error an ABC finding has no CV category
  const cat = f?.category; void cat;
  const code: string | undefined = f?.code;
  const where: string | undefined = f?.path;
  const focus: string | undefined = res.search_focus?.message.en;
  // The focus per conversation (issue 12): always there; the letters may be null.
  const next: 'A' | 'B' | 'C' | null = res.focus.next;
  const search: ('A' | 'B' | 'C')[] = res.focus.search;
  void cls; void reason; void level; void code; void where; void focus; void next; void search;
  // @ts-expect-error the class is a union of strings
  const wrong: number = res.rows[0].class; void wrong;
}
checkAbcPlan('{"rows": []}');
// @ts-expect-error competence is one of full, partial, trainable, none, unknown
const bad: AbcPlan = { rows: [{ competence: 'some' }] }; void bad;
// @ts-expect-error the plan is an object or JSON text
checkAbcPlan(42);
const metas: AbcRuleMeta[] = abcRules();
const codes: string[] = metas.map((m) => m.code); void codes;
// @ts-expect-error no CV weight on an ABC rule
void metas[0].weight;
const el = document.querySelector('jobspor-abc-plan');
if (el) {
  const e: JobsporAbcPlanElement = el;
  e.plan = plan;
  e.plan = null;
  e.config = config;
  e.addEventListener('result', (ev) => { const d: AbcCheckResult = ev.detail; const n: number = d.findings.length; void n; });
  // @ts-expect-error result is read-only
  e.result = undefined;
}
