//! Raw bytes into the ABC plan check: `PLAN \0 CONFIG \0 DEMAND` (the demand, when given, is
//! parsed on its own as `jobspor abc --demand` does).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 3) else { return };
    if let Some(d) = jobspor_fuzz::opt(&p, 2) {
        let _ = jobspor_core::abc::parse_demand(d);
    }
    if let Ok(r) = jobspor_core::abc::check_abc_plan_json(p[0], jobspor_fuzz::opt(&p, 1)) {
        jobspor_fuzz::serialises(&r);
    }
});
