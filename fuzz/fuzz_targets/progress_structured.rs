//! A structured progression card and follow-up with their configurations (derived `Arbitrary`),
//! through JSON into both checks.
#![no_main]
use jobspor_core::progress::card::ProgressConfig;
use jobspor_core::progress::followup::FollowupConfig;
use jobspor_core::progress::{PlacementFollowup, ProgressCard};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (ProgressCard, Option<ProgressConfig>, PlacementFollowup, Option<FollowupConfig>)| {
    let (card, card_config, followup, followup_config) = input;
    let card = serde_json::to_string(&card).unwrap();
    let card_config = card_config.map(|c| serde_json::to_string(&c).unwrap());
    if let Ok(r) = jobspor_core::progress::check_progress_card_json(&card, card_config.as_deref()) {
        jobspor_fuzz::check_progress_result(&r);
    }
    let followup = serde_json::to_string(&followup).unwrap();
    let followup_config = followup_config.map(|c| serde_json::to_string(&c).unwrap());
    if let Ok(r) = jobspor_core::progress::check_followup_json(&followup, followup_config.as_deref()) {
        jobspor_fuzz::serialises(&r);
    }
});
