//! Raw bytes into the CV importers (issue 20): the first byte picks the format (0: detected from
//! the content; 1–5: forced), the rest is the file. Every import that succeeds gives a CV the
//! CV check reads and that survives the JSON Resume export and import.
#![no_main]
use jobspor_core::import::{self, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, file)) = data.split_first() else { return };
    let format = match pick % 6 {
        0 => None,
        n => Some(Format::parse(Format::NAMES[n as usize - 1]).expect("a known name")),
    };
    if let Ok(imported) = import::import_cv(file, format) {
        let json = serde_json::to_string(&imported.cv).expect("a CV serialises");
        let cv = jobspor_core::cv::parse_cv(&json).expect("an imported CV is valid CV input");
        assert_eq!(cv, imported.cv);
        let resume = import::export_json_resume(&cv).to_string();
        let back = import::import_cv(resume.as_bytes(), Some(Format::JsonResume)).expect("the export imports");
        assert_eq!(back.cv, cv, "CV → JSON Resume → CV");
    }
});
