// Type-checks the plan entry's declarations (plan.d.ts): checkPlan, planRules, <jobspor-joblog>
// and <jobspor-plan> are typed, never `any`; each @ts-expect-error line must be an error.
import { checkPlan, planRules, isInputError } from 'jobspor/plan';
import type { MinPlan, JoblogEntry, PlanResult, JoblogResult, Override, JobsporJoblogElement, JobsporPlanElement } from 'jobspor/plan';

const plan: MinPlan = { job_goal: 'Lagermedarbejder', jobspor: [{ id: 'lager', title: 'Lagermedarbejder', reason: 'KAN' }], search_requirement: { applications: 3, period_weeks: 1 } };
const joblog: JoblogEntry[] = [{ date: '2026-03-03', employer: 'Coop', title: 'Lagermedarbejder', how: 'unsolicited', status: 'applied', jobspor: 'lager' }];
const r = checkPlan(plan, { joblog, today: '2026-04-08' });
if (!isInputError(r)) {
  const res = r as PlanResult;
  const week: string = res.summary.weeks[0].week;
  const required: number | null | undefined = res.summary.weeks[0].required;
  const code: string = res.findings[0].code;
  void week; void required; void code;
}
// @ts-expect-error `how` is one of the contract's words
const bad: JoblogEntry = { date: '2026-03-03', how: 'fax' }; void bad;
const codes: string[] = planRules().map((m) => m.code); void codes;

const log: JobsporJoblogElement = document.createElement('jobspor-joblog');
log.value = joblog;
log.plan = plan;
const plEl: JobsporPlanElement = document.createElement('jobspor-plan');
plEl.value = plan;
log.addEventListener('jobspor-change', (e) => { plEl.joblog = (e as CustomEvent<JoblogResult>).detail.joblog; });
const overrides: Override[] | undefined = plEl.result?.overrides; void overrides;
// @ts-expect-error result is read-only
plEl.result = null;
