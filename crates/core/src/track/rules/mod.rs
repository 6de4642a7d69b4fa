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
use crate::cv::rules::StaticText;
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

/// Static description of a track rule (`jobspor track --rules`, `trackRules()` in JS).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct TrackRuleMeta {
    /// Stable code, e.g. `TR301`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `long-term-unemployed`.
    pub name: &'static str,
    pub title: StaticText,
    pub kind: RuleKind,
    /// The track the rule speaks for or against (none for the start phase and decisions).
    #[cfg_attr(feature = "ts", tsify(type = "Track | null"))]
    pub track: Option<Track>,
    /// Where the rule comes from.
    pub source: &'static str,
    /// The rule's documentation in Markdown (Danish, then English), its doc comment. Empty in
    /// the WebAssembly build (it would cost ~8 KB gzip there): read it in `docs/track.md` or
    /// from `jobspor track --rules`.
    #[serde(serialize_with = "serialize_docs")]
    pub docs: &'static str,
    /// `{"profile": patch, "config": …}` under which the rule fires (empty in WebAssembly).
    pub fires_example: &'static str,
    /// `{"profile": patch, "config": …}` under which it does not (empty in WebAssembly).
    pub quiet_example: &'static str,
}

impl TrackRuleMeta {
    /// The doc comment as Markdown, without the one space each `///` line starts with.
    pub fn docs_markdown(&self) -> String {
        unindent(self.docs)
    }
}

fn unindent(docs: &str) -> String {
    let mut out = String::with_capacity(docs.len());
    for line in docs.lines() {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    out
}

fn serialize_docs<S: serde::Serializer>(docs: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&unindent(docs))
}

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

/// A rule: metadata plus a check that returns its message when it fires.
pub(crate) trait TrackRule: Sync {
    fn meta(&self) -> &'static TrackRuleMeta;
    fn check(&self, ctx: &Ctx) -> Option<Text>;
}

/// Declares a rule: its doc comment becomes [`TrackRuleMeta::docs`].
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident {
            code: $code:literal,
            name: $slug:literal,
            title: ($title_da:literal, $title_en:literal),
            kind: $kind:ident,
            track: $track:expr,
            source: $source:literal,
            fires: $fires:literal,
            quiet: $quiet:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        ///
        /// ## Eksempel / Example
        ///
        /// Fires (`profile` is merged into `tests/fixtures/track/profile.json`):
        #[doc = concat!("```json\n", $fires, "\n```")]
        /// Stays quiet:
        #[doc = concat!("```json\n", $quiet, "\n```")]
        pub struct $name;

        impl $name {
            pub const META: $crate::track::rules::TrackRuleMeta = $crate::track::rules::TrackRuleMeta {
                code: $code,
                name: $slug,
                title: $crate::cv::rules::StaticText { da: $title_da, en: $title_en },
                kind: $crate::track::rules::RuleKind::$kind,
                track: $track,
                source: $source,
                docs: if cfg!(target_arch = "wasm32") { "" } else { concat!($($doc, "\n"),+) },
                fires_example: if cfg!(target_arch = "wasm32") { "" } else { $fires },
                quiet_example: if cfg!(target_arch = "wasm32") { "" } else { $quiet },
            };
        }
    };
}

macro_rules! registry {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        $(mod $module;)*
        /// Every track rule, in code order.
        pub(crate) static RULES: &[&dyn TrackRule] = &[$(&$module::$rule),*];
        $(
            impl TrackRule for $module::$rule {
                fn meta(&self) -> &'static TrackRuleMeta {
                    static M: TrackRuleMeta = $module::$rule::META;
                    &M
                }
                fn check(&self, ctx: &Ctx) -> Option<Text> {
                    $module::$rule::run(ctx)
                }
            }
        )*
    };
}

registry! {
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

/// Every rule's metadata, in code order.
pub fn metas() -> Vec<&'static TrackRuleMeta> {
    RULES.iter().map(|r| r.meta()).collect()
}

/// Looks a rule up by code (`TR301`) or name (`long-term-unemployed`).
pub fn rule_meta(code_or_name: &str) -> Option<&'static TrackRuleMeta> {
    RULES
        .iter()
        .map(|r| r.meta())
        .find(|m| m.code.eq_ignore_ascii_case(code_or_name) || m.name == code_or_name)
}

#[cfg(test)]
mod tests;
