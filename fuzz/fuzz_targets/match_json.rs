//! Raw bytes into the search simulation: `CV \0 JOB ORDER \0 OPTIONS`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 3) else { return };
    let order = p.get(1).copied().unwrap_or("{}");
    if let Ok(r) = jobspor_core::joborder::match_cv_json(p[0], order, jobspor_fuzz::opt(&p, 2)) {
        jobspor_fuzz::serialises(&r);
    }
});
