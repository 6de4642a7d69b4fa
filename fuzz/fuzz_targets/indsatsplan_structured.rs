//! A structured indsatsplan and configuration (derived `Arbitrary`), through JSON into the check.
#![no_main]
use jobspor_core::indsatsplan::{Indsatsplan, IndsatsplanConfig};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Indsatsplan, Option<IndsatsplanConfig>)| {
    let (plan, config) = input;
    let plan = serde_json::to_string(&plan).unwrap();
    let config = config.map(|c| serde_json::to_string(&c).unwrap());
    if let Ok(r) = jobspor_core::indsatsplan::check_indsatsplan_json(&plan, config.as_deref()) {
        assert!(r.sub_goals.iter().all(|g| g.smart.met <= 5));
        jobspor_fuzz::serialises(&r);
    }
});
