//! A structured job order (derived `Arbitrary`), through JSON into the job-order check.
#![no_main]
use jobspor_core::joborder::JobOrder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|order: JobOrder| {
    let order = serde_json::to_string(&order).unwrap();
    if let Ok(r) = jobspor_core::joborder::check_job_order_json(&order) {
        jobspor_fuzz::serialises(&r);
    }
});
