//! Raw bytes into the job-order check.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(r) = jobspor_core::joborder::check_job_order_json(s) {
        jobspor_fuzz::serialises(&r);
    }
});
