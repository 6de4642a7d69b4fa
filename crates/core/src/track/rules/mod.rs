//! The track rules: one rule per file, one registry ([`RULES`]).
//!
//! Each rule is declared with `declare_rule!`: its doc comment *is* its documentation (what it
//! checks, why it matters with the seed reference, how a caseworker uses it), and its two
//! examples – a profile under which it fires and one under which it stays quiet – are JSON
//! objects `{"profile": merge patch over tests/fixtures/track/profile.json, "config": …}`;
//! `examples_run_as_tests` runs every one of them. Codes are stable: never reused or renumbered.
//!
//! Codes: `TR0xx` start phase, `TR1xx` Intensiv jobsøgning, `TR2xx` Uddannelsesløft, `TR3xx`
//! Risiko for langtidsledighed, `TR4xx` the decision (precedence, default, override).
//!
//! How the rules decide (see `docs/track.md`): the education boost is eligible when one of
//! TR201/TR202/TR203 fired, TR204 fired and TR205 did not; the long-term-risk track when TR305
//! fired; the main road unless TR103 fired. The first eligible track in `precedence` is the
//! proposal. A person not ready for a job now is outside all three tracks (TR404); with
//! `not_ready_outside_tracks: false`, none eligible gives the main road (TR402).

use super::config::TrackConfig;
use super::model::TrackProfile;
use super::tracks::Track;
use super::Facts;
use crate::Text;
use serde::{Deserialize, Serialize};

/// What a rule does to the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Something the start phase (Tidlig intensiv start) still lacks.
    StartPhase,
    /// A condition of (or a point towards) its track.
    Supports,
    /// Rules its track out.
    Blocks,
    /// Explains the decision between eligible tracks.
    Decision,
}

/// What a track rule adds to the common [`crate::rules::RuleMeta`].
#[derive(Debug, Clone)]
pub struct Extra {
    pub kind: RuleKind,
    /// The track the rule speaks for or against (none for the start phase and decisions).
    pub track: Option<Track>,
}

impl crate::rules::Extra for Extra {
    const BLANK: Self = Extra { kind: RuleKind::Supports, track: None };
    const HAS_SEVERITY: bool = false;
    fn serialize_fields<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("track", &self.track)
    }
}

/// The names `declare_rule!` takes as values of the track's fields.
mod values {
    pub use super::RuleKind::*;
}

/// Static description of a track rule (`jobspor track rules`, `trackRules()` in JS). Docs and
/// examples are empty in the WebAssembly build (they would cost ~8 KB gzip there): read them
/// in `docs/track.md` or from `jobspor track rules`.
pub type TrackRuleMeta = crate::rules::RuleMeta<Extra>;

/// The decision, for the `Decision` rules.
#[derive(Debug, Clone)]
pub(crate) struct Decision {
    /// Eligible tracks in precedence order.
    pub eligible: Vec<Track>,
    /// The rules' proposal (the main road when `outside`, for the texts that need a track).
    pub proposed: Track,
    /// Outside the target group of the three tracks: no track is proposed (TR404).
    pub outside: bool,
}

/// What a rule sees.
pub(crate) struct Ctx<'a> {
    pub profile: &'a TrackProfile,
    pub config: &'a TrackConfig,
    pub facts: &'a Facts,
    /// Set for the `Decision` rules only.
    pub decision: Option<&'a Decision>,
}

/// The function every track rule's `run` is: its message when it fires.
pub(crate) type Run = for<'a> fn(&Ctx<'a>) -> Option<Text>;

crate::rules::registry! {
    Run;
    tr001_job_goal_missing::JobGoalMissing,
    tr002_cv_not_searchable::CvNotSearchable,
    tr003_cv_unknown::CvUnknown,
    tr101_ready_for_job_now::ReadyForJobNow,
    tr102_short_upskilling::ShortUpskilling,
    tr103_not_ready_now::NotReadyNow,
    tr201_unskilled::Unskilled,
    tr202_education_not_used::EducationNotUsed,
    tr203_career_changer::CareerChanger,
    tr204_wants_education::WantsEducation,
    tr205_below_euv_age::BelowEuvAge,
    tr301_long_term_unemployed::LongTermUnemployed,
    tr302_many_weeks_unemployed::ManyWeeksUnemployed,
    tr303_age_over_threshold::AgeOverThreshold,
    tr304_risk_indicators::RiskIndicators,
    tr305_risk_score::RiskScore,
    tr401_precedence::Precedence,
    tr402_main_road_by_default::MainRoadByDefault,
    tr403_caseworker_override::CaseworkerOverride,
    tr404_outside_target_group::OutsideTargetGroup,
}

#[cfg(test)]
pub(crate) mod tests;
