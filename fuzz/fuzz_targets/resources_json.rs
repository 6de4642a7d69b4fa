//! Raw bytes into the resource calculator: `INPUT \0 CONFIG`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 2) else { return };
    if let Ok(r) = jobspor_core::resources::calculate_resources_json(p[0], jobspor_fuzz::opt(&p, 1)) {
        jobspor_fuzz::serialises(&r);
    }
});
