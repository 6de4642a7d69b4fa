//! Raw bytes into the indsatsplan check: `PLAN \0 CONFIG` (refuses what it cannot read, never
//! panics); a result has one entry per delmål and SMART counts within 0–5.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 2) else { return };
    if let Ok(r) = jobspor_core::indsatsplan::check_indsatsplan_json(p[0], jobspor_fuzz::opt(&p, 1)) {
        assert!(r.sub_goals.iter().enumerate().all(|(i, g)| g.index == i && g.smart.met <= 5));
        jobspor_fuzz::serialises(&r);
    }
});
