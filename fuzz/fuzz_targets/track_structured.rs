//! A structured profile and configuration (derived `Arbitrary`), through JSON into the track
//! assessment.
#![no_main]
use jobspor_core::track::{TrackConfig, TrackProfile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (TrackProfile, Option<TrackConfig>)| {
    let (profile, config) = input;
    let profile = serde_json::to_string(&profile).unwrap();
    let config = config.map(|c| serde_json::to_string(&c).unwrap());
    if let Ok(r) = jobspor_core::track::assign_track_json(&profile, config.as_deref()) {
        jobspor_fuzz::serialises(&r);
    }
});
