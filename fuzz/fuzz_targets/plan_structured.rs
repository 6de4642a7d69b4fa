//! A structured plan and options (CV, joblog, demand data; derived `Arbitrary`), through JSON
//! into the plan check.
#![no_main]
use jobspor_core::plan::{MinPlan, PlanOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (MinPlan, Option<PlanOptions>)| {
    let (plan, options) = input;
    let plan = serde_json::to_string(&plan).unwrap();
    let options = options.map(|o| serde_json::to_string(&o).unwrap());
    if let Ok(r) = jobspor_core::plan::check_plan_json(&plan, options.as_deref()) {
        jobspor_fuzz::check_plan_result(&r);
    }
});
