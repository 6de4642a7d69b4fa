//! A structured input and configuration (derived `Arbitrary`), through JSON into the resource
//! calculator. Non-finite numbers serialise as `null` (refused at their field).
#![no_main]
use jobspor_core::resources::{ResourceConfig, ResourceInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (ResourceInput, Option<ResourceConfig>)| {
    let (i, config) = input;
    let i = serde_json::to_string(&i).unwrap();
    let config = config.map(|c| serde_json::to_string(&c).unwrap());
    if let Ok(r) = jobspor_core::resources::calculate_resources_json(&i, config.as_deref()) {
        jobspor_fuzz::serialises(&r);
    }
});
