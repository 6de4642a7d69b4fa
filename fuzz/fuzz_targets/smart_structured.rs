//! A text and structured SMART options (derived `Arbitrary`), through JSON into the SMART check.
#![no_main]
use jobspor_core::smart::SmartOptions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (String, Option<SmartOptions>)| {
    let (text, options) = input;
    let options = options.map(|o| serde_json::to_string(&o).unwrap());
    if let Ok(r) = jobspor_core::smart::check_smart_json(&text, options.as_deref()) {
        jobspor_fuzz::serialises(&r);
    }
});
