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
/// The resource calculator (Ressourceberegner, seed 004).
pub struct ResourcesCheck;
/// The openings list (Brancheredskab, seed 004).
pub struct OpeningsCheck;

/// The names of every check, in the order of the module table.
pub const CHECKS: [&str; 11] = [
    CvCheck::NAME,
    SmartCheck::NAME,
    TrackCheck::NAME,
    AbcCheck::NAME,
    JobOrderCheck::NAME,
    ResourcesCheck::NAME,
    OpeningsCheck::NAME,
    PlanCheck::NAME,
    ProgressCardCheck::NAME,
    PlacementFollowupCheck::NAME,
    IndsatsplanCheck::NAME,
];
/// The plan check: jobspor, Min Plan, agreements, the CV and the joblog together.
pub struct PlanCheck;
/// The progression card (Progressionskort, seed 002 appendix F).
pub struct ProgressCardCheck;
/// The work-placement follow-up (Praktikopfølgningsskemaet, seed 003 §4.2).
pub struct PlacementFollowupCheck;
/// The indsatsplan (seed 004): hovedmål, delmål, activities, evaluations.
pub struct IndsatsplanCheck;

/// The names of every check, in the order of the module table.

/// `impl Check` for one check from its functions.
macro_rules! check {
    (
        $(#[$doc:meta])*
        $check:ident: $name:literal, $prefix:literal, $extra:ty, $rules:path;
        parse: $input:ty = $parse:expr;
        config: $config:ty = $parse_config:expr;
        check: $output:ty = $run:expr;
        schemas: [$($schema:literal => $t:ty),* $(,)?]
    ) => {
        $(#[$doc])*
        impl Check for $check {
            type Input = $input;
            type Config = $config;
            type Output = $output;
            type Extra = $extra;
            const NAME: &'static str = $name;
            const CODE_PREFIX: &'static str = $prefix;
            fn rules() -> Vec<&'static RuleMeta<Self::Extra>> {
                $rules()
            }
            fn parse(input: &str) -> Result<Self::Input, InputError> {
                $parse(input)
            }
            fn parse_config(json: &str) -> Result<Self::Config, InputError> {
                $parse_config(json)
            }
            fn check(input: &Self::Input, config: &Self::Config) -> Self::Output {
                $run(input, config)
            }
            #[cfg(feature = "schema")]
            fn schemas() -> Vec<(&'static str, schemars::Schema)> {
                vec![$(($schema, schemars::schema_for!($t))),*]
            }
        }
    };
}

check! {
    CvCheck: "cv", "CV", crate::cv::rules::Extra, crate::cv::rules::metas;
    parse: crate::cv::Cv = crate::cv::parse_cv;
    config: crate::cv::CvOptions = crate::cv::parse_options;
    check: crate::cv::CvResult = crate::cv::check_cv;
    schemas: ["cv" => crate::cv::Cv, "cv-options" => crate::cv::CvOptions, "cv-result" => crate::cv::CvResult]
}

check! {
    /// The SMART check's input is the text itself.
    SmartCheck: "smart", "SM", crate::smart::rules::Extra, crate::smart::rules::metas;
    parse: String = |text: &str| Ok::<_, InputError>(text.to_string());
    config: crate::smart::SmartOptions = crate::smart::parse_options;
    check: crate::smart::SmartResult = |text: &String, options| crate::smart::check_smart(text, options);
    schemas: ["smart-options" => crate::smart::SmartOptions, "smart-result" => crate::smart::SmartResult]
}

check! {
    TrackCheck: "track", "TR", crate::track::rules::Extra, crate::track::rules::metas;
    parse: crate::track::TrackProfile = crate::track::parse_profile;
    config: crate::track::TrackConfig = crate::track::parse_config;
    check: crate::track::TrackResult = crate::track::assign_track;
    schemas: ["track" => crate::track::TrackProfile, "track-config" => crate::track::TrackConfig, "track-result" => crate::track::TrackResult]
}

check! {
    AbcCheck: "abc", "AB", (), crate::abc::rules::metas;
    parse: crate::abc::AbcPlan = crate::abc::parse_plan;
    config: crate::abc::AbcConfig = crate::abc::parse_config;
    check: crate::abc::AbcResult = crate::abc::check_abc_plan;
    schemas: [
        "abc" => crate::abc::AbcPlan,
        "abc-demand" => crate::abc::DemandData,
        "abc-config" => crate::abc::AbcConfig,
        "abc-result" => crate::abc::AbcResult,
    ]
}

check! {
    /// The job order has no configuration of its own (the search simulation's `MatchOptions`
    /// belong to `jobspor match`).
    JobOrderCheck: "job-order", "JO", (), crate::joborder::rules::metas;
    parse: crate::joborder::JobOrder = crate::joborder::parse_job_order;
    config: () = |json| crate::common::require_object(json, crate::common::Noun::new("the configuration", "konfigurationen"));
    check: crate::joborder::JobOrderResult = |order, _: &()| crate::joborder::check_job_order(order);
    schemas: [
        "job-order" => crate::joborder::JobOrder,
        "job-order-result" => crate::joborder::JobOrderResult,
        "match-options" => crate::joborder::MatchOptions,
        "match-result" => crate::joborder::MatchResult,
        "rank-result" => crate::joborder::RankResult,
    ]
}

check! {
    /// The calculation is the output; the rules add findings beside it.
    ResourcesCheck: "resources", "RS", (), crate::resources::rules::metas;
    parse: crate::resources::ResourceInput = crate::resources::parse_input;
    config: crate::resources::ResourceConfig = crate::resources::parse_config;
    check: crate::resources::ResourceResult = crate::resources::calculate_resources;
    schemas: [
        "resources" => crate::resources::ResourceInput,
        "resources-config" => crate::resources::ResourceConfig,
        "resources-result" => crate::resources::ResourceResult,
    ]
}

check! {
    OpeningsCheck: "openings", "OP", (), crate::openings::rules::metas;
    parse: crate::openings::OpeningsList = crate::openings::parse_openings;
    config: crate::openings::OpeningsConfig = crate::openings::parse_config;
    check: crate::openings::OpeningsResult = crate::openings::check_openings;
    schemas: [
        "openings" => crate::openings::OpeningsList,
        "openings-config" => crate::openings::OpeningsConfig,
        "openings-result" => crate::openings::OpeningsResult,
        "openings-demand-options" => crate::openings::demand::DemandOptions,
        "openings-csv-error" => crate::openings::csv::CsvError,
    ]
}

check! {
    /// The options carry the other pieces of the chain: the CV, the joblog, today.
    PlanCheck: "plan", "PL", (), crate::plan::rules::metas;
    parse: crate::plan::MinPlan = crate::plan::parse_plan;
    config: crate::plan::PlanOptions = crate::plan::parse_options;
    check: crate::plan::PlanResult = crate::plan::check_plan;
    schemas: [
        "plan" => crate::plan::MinPlan,
        "plan-joblog" => Vec<crate::plan::JoblogEntry>,
        "plan-options" => crate::plan::PlanOptions,
        "plan-result" => crate::plan::PlanResult,
    ]
}

check! {
    /// The weights are the configuration (equal by default).
    ProgressCardCheck: "progress-card", "PC", (), crate::progress::card::rules::metas;
    parse: crate::progress::ProgressCard = crate::progress::card::parse_card;
    config: crate::progress::ProgressConfig = crate::progress::card::parse_config;
    check: crate::progress::ProgressResult = crate::progress::card::check_progress_card;
    schemas: [
        "progress-card" => crate::progress::ProgressCard,
        "progress-card-config" => crate::progress::ProgressConfig,
        "progress-card-result" => crate::progress::ProgressResult,
    ]
}

check! {
    PlacementFollowupCheck: "placement-followup", "PF", (), crate::progress::followup::rules::metas;
    parse: crate::progress::PlacementFollowup = crate::progress::followup::parse_followup;
    config: crate::progress::followup::FollowupConfig = crate::progress::followup::parse_config;
    check: crate::progress::FollowupResult = crate::progress::followup::check_followup;
    schemas: [
        "placement-followup" => crate::progress::PlacementFollowup,
        "placement-followup-config" => crate::progress::followup::FollowupConfig,
        "placement-followup-result" => crate::progress::FollowupResult,
    ]
}

check! {
    /// The configuration carries today (evaluations due).
    IndsatsplanCheck: "indsatsplan", "IP", (), crate::indsatsplan::rules::metas;
    parse: crate::indsatsplan::Indsatsplan = crate::indsatsplan::parse_indsatsplan;
    config: crate::indsatsplan::IndsatsplanConfig = crate::indsatsplan::parse_config;
    check: crate::indsatsplan::IndsatsplanResult = crate::indsatsplan::check_indsatsplan;
    schemas: [
        "indsatsplan" => crate::indsatsplan::Indsatsplan,
        "indsatsplan-config" => crate::indsatsplan::IndsatsplanConfig,
        "indsatsplan-result" => crate::indsatsplan::IndsatsplanResult,
    ]
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
        codes_have_the_prefix::<ResourcesCheck>();
        codes_have_the_prefix::<OpeningsCheck>();
        assert_eq!(CHECKS[..5], ["cv", "smart", "track", "abc", "job-order"]);
        assert_eq!(CHECKS[5..8], ["resources", "openings", "plan"]);
        codes_have_the_prefix::<PlanCheck>();
        assert_eq!(CHECKS[8..10], ["progress-card", "placement-followup"]);
        assert_eq!(CHECKS[10..], ["indsatsplan"]);
        codes_have_the_prefix::<IndsatsplanCheck>();
        codes_have_the_prefix::<ProgressCardCheck>();
        codes_have_the_prefix::<PlacementFollowupCheck>();
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
