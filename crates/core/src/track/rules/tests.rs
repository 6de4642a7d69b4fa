//! Every rule's documented examples run here, against the example profile.

use super::{RuleKind, RULES};
use crate::track::{assign_track, parse_config, parse_profile, TrackConfig};
use serde_json::Value;

const BASE: &str = include_str!("../../../../../tests/fixtures/track/profile.json");

fn codes_for(example: &str) -> Vec<String> {
    let ex: Value = serde_json::from_str(example).unwrap_or_else(|e| panic!("bad example JSON {example}: {e}"));
    let mut profile: Value = serde_json::from_str(BASE).unwrap();
    if let Some(p) = ex.get("profile") {
        crate::rules::merge_patch(&mut profile, p);
    }
    let p = parse_profile(&profile.to_string()).unwrap();
    let c = match ex.get("config") {
        Some(c) => parse_config(&c.to_string()).unwrap(),
        None => TrackConfig::default(),
    };
    assign_track(&p, &c).reasons.into_iter().map(|r| r.rule).collect()
}

crate::rules::harness::harness!(super::Extra, super::Run, "TR", ["seed", "DOMAIN"], "## Sådan bruger du reglen / How to use it", |_, example| codes_for(example));

#[test]
fn the_example_profile_is_the_main_road_with_a_complete_start_phase() {
    let r = assign_track(&parse_profile(BASE).unwrap(), &TrackConfig::default());
    assert_eq!(r.track, Some(crate::track::Track::IntensiveJobSearch));
    assert!(r.start_phase.complete);
    let codes: Vec<&str> = r.reasons.iter().map(|r| r.rule.as_str()).collect();
    assert_eq!(codes, ["TR101", "TR201"]);
}

#[test]
fn codes_name_their_track() {
    for rule in RULES {
        let m = rule.meta();
        match &m.code[2..3] {
            "0" => assert!(m.kind == RuleKind::StartPhase && m.track.is_none(), "{}", m.code),
            "1" => assert_eq!(m.track, Some(crate::track::Track::IntensiveJobSearch), "{}", m.code),
            "2" => assert_eq!(m.track, Some(crate::track::Track::EducationBoost), "{}", m.code),
            "3" => assert_eq!(m.track, Some(crate::track::Track::LongTermRisk), "{}", m.code),
            "4" => assert!(m.kind == RuleKind::Decision && m.track.is_none(), "{}", m.code),
            _ => panic!("{}", m.code),
        }
    }
}
