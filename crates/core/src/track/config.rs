//! Configuration of the track assessment: every threshold, weight and the precedence between the
//! tracks is a documented default a host can override; plus local archetypes and a caseworker's
//! override of the proposal.

use super::indicators::{fmt_num, TrackIndicator};
use super::tracks::Track;
use crate::InputError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Configuration for [`assign_track`](super::assign_track). Every field is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default)]
pub struct TrackConfig {
    /// The order in which eligible tracks win; each track exactly once. Default
    /// `["education_boost", "long_term_risk", "intensive_job_search"]`: a person who wants an
    /// education and is in its target group gets the boost; else risk before the main road.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub precedence: Vec<Track>,
    /// Age over this is the risk indicator `age_over_threshold` (default 40, seed 004; public
    /// Danish cut-offs elsewhere are 50 or 56).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub age_threshold: u32,
    /// Weeks unemployed from which `many_weeks_unemployed` applies (default 39). Seed 004 uses
    /// 39 weeks as a population figure (most job-ready people are self-supporting by then, l.
    /// 736–738; the share still unemployed after 39 weeks sizes the intensive effort, l. 4432),
    /// not as an individual indicator: the indicator's default weight is 0.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub self_support_weeks: f64,
    /// Share of the last 52 weeks on benefits from which a person is long-term unemployed
    /// (default 0.8, seed 004). The boundary counts: 0.8 × 52 = 41.6 weeks is long-term.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub long_term_share: f64,
    /// Years an education has not been used before it counts like no education for the
    /// education boost (default 5, the EUV rule).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub education_unused_years: f64,
    /// A host's minimum age for the education boost (default `null`: no age rule). Seed 001
    /// sets no age for Uddannelsesløft ("særligt ufaglærte og sporskiftere", l. 88), and seed 004
    /// points the young *towards* education (l. 708); a host with a local age rule sets it here.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub euv_min_age: Option<u32>,
    /// A person assessed not ready for a job now (`ready_for_job_now: false`, no short
    /// upskilling) is outside the target group of all three tracks (default `true`): STAR's guide
    /// is for job-ready people (seed 001 l. 5, 21), and seed 004 for "jobklare" people (l. 77).
    /// `false` restores the older behaviour (TR103 rules out the main road, the risk score
    /// decides, else the main road by default, TR402) for a host that uses the tracks more widely.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub not_ready_outside_tracks: bool,
    /// A risk score at least this is the long-term-risk track's condition (default 3).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub risk_threshold: f64,
    /// Weight per indicator in the risk score (`{"no_network": 2}`), replacing the default
    /// (see [`TrackIndicator::default_weight`]).
    #[cfg_attr(feature = "ts", tsify(optional, type = "Partial<Record<TrackIndicator, number>>"))]
    pub weights: BTreeMap<TrackIndicator, f64>,
    /// Job titles the occupation lexicon does not know, accepted as a concrete job goal when the
    /// goal contains one, e.g. `["Muslingeskraber"]`.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub job_titles: Vec<String>,
    /// The team's local archetypes (seed 004); the result names the nearest one.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub archetypes: Vec<Archetype>,
    /// A caseworker's decision to use another track than the proposal, with a written reason.
    #[serde(rename = "override")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub override_track: Option<TrackOverride>,
}

/// A local archetype (seed 004: "fiktive personer, som er konstrueret på baggrund af
/// medarbejdernes erfaring"), with the indicators that characterise it and the early effort the
/// team recommends for it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Archetype {
    /// Name, e.g. "Den erfarne industriarbejder".
    pub name: String,
    /// A short description.
    #[serde(default, deserialize_with = "crate::cv::model::null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub description: String,
    /// Characteristic indicators (at least one).
    pub indicators: Vec<TrackIndicator>,
    /// The recommended early effort (tidlig indsats), e.g. "Virksomhedspraktik inden for 4 uger".
    #[serde(default, deserialize_with = "crate::cv::model::null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub early_effort: String,
}

/// A caseworker overrules the proposed track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct TrackOverride {
    /// The track the person goes on.
    pub track: Track,
    /// Why: required, kept in the result next to the original proposal.
    pub reason: String,
}

impl Default for TrackConfig {
    fn default() -> Self {
        TrackConfig {
            precedence: Track::DEFAULT_PRECEDENCE.to_vec(),
            age_threshold: 40,
            self_support_weeks: 39.0,
            long_term_share: 0.8,
            education_unused_years: 5.0,
            euv_min_age: None,
            not_ready_outside_tracks: true,
            risk_threshold: 3.0,
            weights: BTreeMap::new(),
            job_titles: Vec::new(),
            archetypes: Vec::new(),
            override_track: None,
        }
    }
}

impl TrackConfig {
    /// The weight of an indicator: the configured one or the default.
    pub fn weight(&self, i: TrackIndicator) -> f64 {
        self.weights.get(&i).copied().unwrap_or_else(|| i.default_weight())
    }

    pub(crate) fn validate(&self) -> Result<(), InputError> {
        let bad = |path: &str, en: &str, da: &str| Err(InputError::new(path, en, da));
        let mut seen = Vec::new();
        for (i, t) in self.precedence.iter().enumerate() {
            if seen.contains(t) {
                return bad(&format!("precedence[{i}]"), "a track appears twice in the precedence", "et spor står to gange i rækkefølgen");
            }
            seen.push(*t);
        }
        if seen.len() != Track::ALL.len() {
            return bad("precedence", "the precedence must name each of the three tracks once", "rækkefølgen skal nævne hvert af de tre spor én gang");
        }
        let number = |path: &str, x: f64, min: f64, max: f64| -> Result<(), InputError> {
            if x.is_finite() && x >= min && x <= max {
                Ok(())
            } else {
                let (min, max) = (fmt_num(min), fmt_num(max));
                Err(InputError::new(path, format!("must be a number from {min} to {max}"), format!("skal være et tal fra {min} til {max}")))
            }
        };
        number("self_support_weeks", self.self_support_weeks, 0.0, 520.0)?;
        if !(self.long_term_share.is_finite() && self.long_term_share > 0.0 && self.long_term_share <= 1.0) {
            return bad("long_term_share", "must be a share above 0 and at most 1 (e.g. 0.8)", "skal være en andel over 0 og højst 1 (fx 0.8)");
        }
        number("education_unused_years", self.education_unused_years, 0.0, 100.0)?;
        number("risk_threshold", self.risk_threshold, 0.0, 1000.0)?;
        for (ind, w) in &self.weights {
            number(&format!("weights.{}", ind.id()), *w, 0.0, 1000.0)?;
        }
        for (i, a) in self.archetypes.iter().enumerate() {
            if !crate::text::filled(&a.name) {
                return bad(&format!("archetypes[{i}].name"), "an archetype needs a name", "en arketype skal have et navn");
            }
            if a.indicators.is_empty() {
                return bad(
                    &format!("archetypes[{i}].indicators"),
                    "an archetype needs at least one indicator",
                    "en arketype skal have mindst ét kendetegn",
                );
            }
        }
        if let Some(o) = &self.override_track {
            if !crate::text::filled(&o.reason) {
                return bad("override.reason", "an override needs a written reason", "en tilsidesættelse kræver en skriftlig begrundelse");
            }
        }
        Ok(())
    }
}
