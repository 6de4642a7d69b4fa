//! A structured plan, configuration and demand data (derived `Arbitrary`), through JSON into the
//! ABC plan check.
#![no_main]
use jobspor_core::abc::{AbcConfig, AbcPlan, DemandData};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (AbcPlan, Option<AbcConfig>, DemandData)| {
    let (plan, config, demand) = input;
    let demand = serde_json::to_string(&demand).unwrap();
    let _ = jobspor_core::abc::parse_demand(&demand);
    let plan = serde_json::to_string(&plan).unwrap();
    let config = config.map(|c| serde_json::to_string(&c).unwrap());
    if let Ok(r) = jobspor_core::abc::check_abc_plan_json(&plan, config.as_deref()) {
        jobspor_fuzz::serialises(&r);
    }
});
