//! A structured CV and options (derived `Arbitrary`), through JSON into the CV check: reaches the
//! rules behind deep fields instead of stopping at JSON syntax.
#![no_main]
use jobspor_core::cv::{model::Cv, CvOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Cv, Option<CvOptions>)| {
    let (cv, options) = input;
    let cv = serde_json::to_string(&cv).unwrap();
    let options = options.map(|o| serde_json::to_string(&o).unwrap());
    if let Ok(r) = jobspor_core::cv::check_cv_json(&cv, options.as_deref()) {
        jobspor_fuzz::check_cv_result(&r);
    }
});
