//! Raw bytes into the openings list: `LIST \0 CONFIG \0 DEMAND OPTIONS`; the list also as CSV
//! (the bytes read as a CSV file, and the list written to CSV and read back).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 3) else { return };
    let _ = jobspor_core::openings::csv::openings_from_csv(p[0]);
    if let Ok(r) = jobspor_core::openings::check_openings_json(p[0], jobspor_fuzz::opt(&p, 1)) {
        jobspor_fuzz::serialises(&r);
    }
    if let Ok(list) = jobspor_core::openings::parse_openings(p[0]) {
        jobspor_fuzz::check_openings_list(&list, jobspor_fuzz::opt(&p, 2));
    }
});
