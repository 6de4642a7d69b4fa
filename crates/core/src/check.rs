//! The [`Check`] trait: what every check (CV, SMART, track, ABC, job order) is, so one piece of
//! code drives every surface – the CLI (`jobspor <check> check|rules|schema`), the JSON Schemas
//! and the rule reference – instead of one hand-written copy per check.

use crate::rules::{Extra, RuleMeta};
use crate::InputError;
use serde::Serialize;

/// One check: its input, configuration and output, its rules, and how to run it.
pub trait Check {
    /// What it checks (a CV, a text, a profile …).
    type Input;
    /// Its configuration (thresholds, weights, overrides): documented defaults a host overrides.
    type Config: Default;
    /// Its result.
    type Output: Serialize;
    /// What its rules add to the common [`RuleMeta`].
    type Extra: Extra;

    /// The name on the command line and in the module table: `cv`, `smart`, `track`, `abc`,
    /// `job-order`.
    const NAME: &'static str;
    /// The prefix of its rule codes: `CV`, `SM`, `TR`, `AB`, `JO`.
    const CODE_PREFIX: &'static str;

    /// Every rule's metadata, in code order.
    fn rules() -> Vec<&'static RuleMeta<Self::Extra>>;
    /// Reads the input (JSON; the SMART check's input is the text itself).
    fn parse(input: &str) -> Result<Self::Input, InputError>;
    /// Reads the configuration (JSON).
    fn parse_config(json: &str) -> Result<Self::Config, InputError>;
    /// Runs the check.
    fn check(input: &Self::Input, config: &Self::Config) -> Self::Output;

    /// The JSON Schemas of its contract, by name (`cv`, `cv-options`, `cv-result` …); the first
    /// is the input's.
    #[cfg(feature = "schema")]
    fn schemas() -> Vec<(&'static str, schemars::Schema)>;
}

/// The CV check (searchability and selection in Jobnet).
pub struct CvCheck;
/// The SMART check of a job goal or agreement.
pub struct SmartCheck;
/// The track assessment (sporvalg).
pub struct TrackCheck;
/// The ABC job plan check.
pub struct AbcCheck;
/// The job-order check (is a jobordre fit for a Jobnet search?).
pub struct JobOrderCheck;

/// The names of every check, in the order of the module table.
pub const CHECKS: [&str; 5] = [CvCheck::NAME, SmartCheck::NAME, TrackCheck::NAME, AbcCheck::NAME, JobOrderCheck::NAME];

#[cfg(feature = "schema")]
macro_rules! schemas {
    ($($name:literal => $t:ty),* $(,)?) => {
        vec![$(($name, schemars::schema_for!($t))),*]
    };
}

impl Check for CvCheck {
    type Input = crate::cv::Cv;
    type Config = crate::cv::CvOptions;
    type Output = crate::cv::CvResult;
    type Extra = crate::cv::rules::Extra;
    const NAME: &'static str = "cv";
    const CODE_PREFIX: &'static str = "CV";
    fn rules() -> Vec<&'static RuleMeta<Self::Extra>> {
        crate::cv::rules::metas()
    }
    fn parse(input: &str) -> Result<Self::Input, InputError> {
        crate::cv::parse_cv(input)
    }
    fn parse_config(json: &str) -> Result<Self::Config, InputError> {
        crate::cv::parse_options(json)
    }
    fn check(input: &Self::Input, config: &Self::Config) -> Self::Output {
        crate::cv::check_cv(input, config)
    }
    #[cfg(feature = "schema")]
    fn schemas() -> Vec<(&'static str, schemars::Schema)> {
        schemas!["cv" => crate::cv::Cv, "cv-options" => crate::cv::CvOptions, "cv-result" => crate::cv::CvResult]
    }
}

impl Check for SmartCheck {
    type Input = String;
    type Config = crate::smart::SmartOptions;
    type Output = crate::smart::SmartResult;
    type Extra = crate::smart::rules::Extra;
    const NAME: &'static str = "smart";
    const CODE_PREFIX: &'static str = "SM";
    fn rules() -> Vec<&'static RuleMeta<Self::Extra>> {
        crate::smart::rules::metas()
    }
    fn parse(input: &str) -> Result<Self::Input, InputError> {
        Ok(input.to_string())
    }
    fn parse_config(json: &str) -> Result<Self::Config, InputError> {
        crate::smart::parse_options(json)
    }
    fn check(input: &Self::Input, config: &Self::Config) -> Self::Output {
        crate::smart::check_smart(input, config)
    }
    #[cfg(feature = "schema")]
    fn schemas() -> Vec<(&'static str, schemars::Schema)> {
        schemas!["smart-options" => crate::smart::SmartOptions, "smart-result" => crate::smart::SmartResult]
    }
}

impl Check for TrackCheck {
    type Input = crate::track::TrackProfile;
    type Config = crate::track::TrackConfig;
    type Output = crate::track::TrackResult;
    type Extra = crate::track::rules::Extra;
    const NAME: &'static str = "track";
    const CODE_PREFIX: &'static str = "TR";
    fn rules() -> Vec<&'static RuleMeta<Self::Extra>> {
        crate::track::rules::metas()
    }
    fn parse(input: &str) -> Result<Self::Input, InputError> {
        crate::track::parse_profile(input)
    }
    fn parse_config(json: &str) -> Result<Self::Config, InputError> {
        crate::track::parse_config(json)
    }
    fn check(input: &Self::Input, config: &Self::Config) -> Self::Output {
        crate::track::assign_track(input, config)
    }
    #[cfg(feature = "schema")]
    fn schemas() -> Vec<(&'static str, schemars::Schema)> {
        schemas!["track" => crate::track::TrackProfile, "track-config" => crate::track::TrackConfig, "track-result" => crate::track::TrackResult]
    }
}

impl Check for AbcCheck {
    type Input = crate::abc::AbcPlan;
    type Config = crate::abc::AbcConfig;
    type Output = crate::abc::AbcResult;
    type Extra = ();
    const NAME: &'static str = "abc";
    const CODE_PREFIX: &'static str = "AB";
    fn rules() -> Vec<&'static RuleMeta<Self::Extra>> {
        crate::abc::rules::metas()
    }
    fn parse(input: &str) -> Result<Self::Input, InputError> {
        crate::abc::parse_plan(input)
    }
    fn parse_config(json: &str) -> Result<Self::Config, InputError> {
        crate::abc::parse_config(json)
    }
    fn check(input: &Self::Input, config: &Self::Config) -> Self::Output {
        crate::abc::check_abc_plan(input, config)
    }
    #[cfg(feature = "schema")]
    fn schemas() -> Vec<(&'static str, schemars::Schema)> {
        schemas![
            "abc" => crate::abc::AbcPlan,
            "abc-demand" => crate::abc::DemandData,
            "abc-config" => crate::abc::AbcConfig,
            "abc-result" => crate::abc::AbcResult,
        ]
    }
}

/// The job order has no configuration of its own (the search simulation's `MatchOptions` belong
/// to `jobspor match`).
impl Check for JobOrderCheck {
    type Input = crate::joborder::JobOrder;
    type Config = ();
    type Output = crate::joborder::JobOrderResult;
    type Extra = ();
    const NAME: &'static str = "job-order";
    const CODE_PREFIX: &'static str = "JO";
    fn rules() -> Vec<&'static RuleMeta<Self::Extra>> {
        crate::joborder::rules::metas()
    }
    fn parse(input: &str) -> Result<Self::Input, InputError> {
        crate::joborder::parse_job_order(input)
    }
    fn parse_config(json: &str) -> Result<Self::Config, InputError> {
        crate::common::require_object(json, crate::common::Noun::new("the configuration", "konfigurationen"))
    }
    fn check(input: &Self::Input, _: &Self::Config) -> Self::Output {
        crate::joborder::check_job_order(input)
    }
    #[cfg(feature = "schema")]
    fn schemas() -> Vec<(&'static str, schemars::Schema)> {
        schemas![
            "job-order" => crate::joborder::JobOrder,
            "job-order-result" => crate::joborder::JobOrderResult,
            "match-options" => crate::joborder::MatchOptions,
            "match-result" => crate::joborder::MatchResult,
            "rank-result" => crate::joborder::RankResult,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes_have_the_prefix<C: Check>() {
        let rules = C::rules();
        assert!(!rules.is_empty(), "{}", C::NAME);
        assert!(rules.iter().all(|m| m.code.starts_with(C::CODE_PREFIX)), "{}", C::NAME);
    }

    #[test]
    fn every_check_names_its_rules_by_its_prefix() {
        codes_have_the_prefix::<CvCheck>();
        codes_have_the_prefix::<SmartCheck>();
        codes_have_the_prefix::<TrackCheck>();
        codes_have_the_prefix::<AbcCheck>();
        codes_have_the_prefix::<JobOrderCheck>();
        assert_eq!(CHECKS, ["cv", "smart", "track", "abc", "job-order"]);
    }

    #[test]
    fn the_trait_runs_a_check() {
        let cv = CvCheck::parse(include_str!("../../../tests/fixtures/cv-good.json")).unwrap();
        let r = CvCheck::check(&cv, &Default::default());
        assert!(r.searchable && r.findings.is_empty());
        let e = TrackCheck::parse("[1]").unwrap_err();
        assert!(e.to_string().contains("JSON object"), "{e}");
    }
}
