//! A structured list, configuration and demand options (derived `Arbitrary`), through JSON into
//! the openings check, the CSV round trip and the demand data.
#![no_main]
use jobspor_core::openings::demand::DemandOptions;
use jobspor_core::openings::{OpeningsConfig, OpeningsList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (OpeningsList, Option<OpeningsConfig>, DemandOptions)| {
    let (list, config, options) = input;
    let json = serde_json::to_string(&list).unwrap();
    let config = config.map(|c| serde_json::to_string(&c).unwrap());
    if let Ok(r) = jobspor_core::openings::check_openings_json(&json, config.as_deref()) {
        jobspor_fuzz::serialises(&r);
    }
    let options = serde_json::to_string(&options).unwrap();
    jobspor_fuzz::check_openings_list(&list, Some(&options));
});
