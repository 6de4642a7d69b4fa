//! A structured CV, job order and match options (derived `Arbitrary`), through JSON into the
//! search simulation.
#![no_main]
use jobspor_core::cv::model::Cv;
use jobspor_core::joborder::{JobOrder, MatchOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Cv, JobOrder, Option<MatchOptions>)| {
    let (cv, order, options) = input;
    let cv = serde_json::to_string(&cv).unwrap();
    let order = serde_json::to_string(&order).unwrap();
    let options = options.map(|o| serde_json::to_string(&o).unwrap());
    if let Ok(r) = jobspor_core::joborder::match_cv_json(&cv, &order, options.as_deref()) {
        jobspor_fuzz::serialises(&r);
    }
});
