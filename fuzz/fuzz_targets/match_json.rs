//! Raw bytes into the search simulation: `CV \0 JOB ORDER \0 OPTIONS`. The CV also goes through
//! the ranking's search view (issue 14): a text the view takes, `parse_cv` takes too, with the
//! same values and Jobnet's rule.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(p) = jobspor_fuzz::split(data, 3) else { return };
    let order = p.get(1).copied().unwrap_or("{}");
    if let Ok(r) = jobspor_core::joborder::match_cv_json(p[0], order, jobspor_fuzz::opt(&p, 2)) {
        jobspor_fuzz::serialises(&r);
    }
    let mut view = jobspor_core::joborder::CvView::default();
    let read = view.read(p[0]);
    match jobspor_core::cv::parse_cv(p[0]) {
        Ok(cv) => {
            let mut filled = jobspor_core::joborder::CvView::default();
            filled.fill(&cv);
            assert_eq!(filled.searchable(), jobspor_core::cv::jobnet_blockers(&cv).is_empty(), "Jobnet's rule on the view");
            if read {
                assert_eq!(view.summary(), filled.summary(), "the view read other values than parse_cv");
            }
        }
        Err(e) => assert!(!read, "the view took a CV parse_cv refuses ({})", e.path),
    }
});
