//! Raw bytes into the plan check: `PLAN \0 OPTIONS \0 JOBLOG` (the joblog, when given, is read on
//! its own as `jobspor plan check --joblog` does).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 3) else { return };
    if let Some(log) = jobspor_fuzz::opt(&p, 2) {
        let _ = jobspor_core::plan::parse_joblog(log);
    }
    if let Ok(r) = jobspor_core::plan::check_plan_json(p[0], jobspor_fuzz::opt(&p, 1)) {
        jobspor_fuzz::check_plan_result(&r);
    }
});
