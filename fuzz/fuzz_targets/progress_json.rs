//! Raw bytes into the progression card and the work-placement follow-up: `DOCUMENT \0 CONFIG`,
//! the same bytes tried as both (each refuses what it cannot read, never panics).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 2) else { return };
    if let Ok(r) = jobspor_core::progress::check_progress_card_json(p[0], jobspor_fuzz::opt(&p, 1)) {
        jobspor_fuzz::check_progress_result(&r);
    }
    if let Ok(r) = jobspor_core::progress::check_followup_json(p[0], jobspor_fuzz::opt(&p, 1)) {
        jobspor_fuzz::serialises(&r);
    }
});
