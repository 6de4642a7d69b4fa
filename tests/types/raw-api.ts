// Type-checks the raw API entries (`jobspor/<module>-api`, wasm-bindgen's JS without the custom
// elements): each declares only its own module's types, and the ABC and job-order rule lists are
// typed as what they return (CheckRuleMeta, not the CV's RuleMeta). Resolved through the
// package's `exports` map; each @ts-expect-error line must be an error.
import initAbc, { abcRules } from 'jobspor/abc-api';
import type { CheckRuleMeta, AbcPlan } from 'jobspor/abc-api';
import { jobOrderRules } from 'jobspor/job-order-api';
import type { JobOrder } from 'jobspor/job-order-api';
import { cvRules } from 'jobspor/api';
import type { RuleMeta } from 'jobspor/api';
import type { SmartResult } from 'jobspor/smart-api';
import type { TrackResult } from 'jobspor/track-api';

const abc: CheckRuleMeta[] = abcRules();
const jo: CheckRuleMeta[] = jobOrderRules();
// @ts-expect-error an ABC rule has no CV weight
void abc[0].weight;
// @ts-expect-error a job-order rule has no CV category
void jo[0].category;
const cv: RuleMeta[] = cvRules();
const weight: number = cv[0].weight;
void weight; void initAbc;
let plan: AbcPlan | undefined; let order: JobOrder | undefined; let s: SmartResult | undefined; let t: TrackResult | undefined;
void plan; void order; void s; void t;

// @ts-expect-error the ABC module declares no track types
import type { TrackResult as NotInAbc } from 'jobspor/abc-api';
// @ts-expect-error the SMART module declares no job-order types
import type { JobOrder as NotInSmart } from 'jobspor/smart-api';
// @ts-expect-error the CV module declares no ABC types
import type { AbcPlan as NotInCv } from 'jobspor/api';
let n1: NotInAbc | undefined; let n2: NotInSmart | undefined; let n3: NotInCv | undefined;
void n1; void n2; void n3;
