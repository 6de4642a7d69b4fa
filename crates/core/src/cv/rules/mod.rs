//! The CV rules: one rule per file, one registry ([`RULES`]).
//!
//! Each rule is declared with [`declare_rule!`]: its doc comment *is* its user documentation
//! (sections: what it checks, why it matters with the seed reference, how to fix it), and its
//! passing and failing examples are JSON merge patches over the example CV in
//! `tests/fixtures/cv-good.json`; `examples_run_as_tests` applies every one of them.
//! Codes are stable: a code is never reused or renumbered.
//!
//! Codes: `CV0xx` Jobnet's own searchability rule, `CV1xx` findability (searchable fields),
//! `CV2xx` selection (what a person reads).

use super::config::CvOptions;
use super::model::Cv;
use super::{Category, Module};
use crate::{Severity, Text};
use serde::Serialize;

/// Static description of a rule, exposed through the CLI (`jobspor rules`) and the JS API (`rules()`).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RuleMeta {
    /// Stable code, e.g. `CV101`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `job-wish-without-qualifications`.
    pub name: &'static str,
    /// Short title.
    pub title: StaticText,
    /// Which score the rule feeds.
    pub category: Category,
    /// The Jobnet CV module the rule belongs to.
    pub module: Module,
    /// Severity of its findings.
    pub severity: Severity,
    /// Default weight: points of its category's 100 that the rule can take away.
    pub weight: f64,
    /// True for the parts of Jobnet's own rule for a searchable CV.
    pub jobnet_required: bool,
    /// Code of the rule this one builds on (empty if none): when that rule fires, this rule
    /// loses the same share of its weight (an empty section can't score on its details), and the
    /// points are added to that rule's finding.
    pub requires: &'static str,
    /// Where the rule comes from.
    pub source: &'static str,
    /// The rule's documentation in Markdown (Danish, then English), its doc comment.
    #[serde(serialize_with = "serialize_docs")]
    pub docs: &'static str,
    /// A JSON merge patch over the example CV under which the rule does not fire.
    pub pass_example: &'static str,
    /// A JSON merge patch over the example CV under which the rule fires.
    pub fail_example: &'static str,
}

impl RuleMeta {
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

/// A `Text` known at compile time.
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct StaticText {
    pub da: &'static str,
    pub en: &'static str,
}

/// One place where a rule fired.
#[derive(Debug, Clone)]
pub struct Hit {
    pub path: String,
    pub message: Text,
    pub fix: Text,
    /// Share of the rule's weight this hit costs (hits of a rule add up, capped at 1).
    pub share: f64,
}

impl Hit {
    pub fn new(path: impl Into<String>, message: Text, fix: Text) -> Self {
        Hit { path: path.into(), message, fix, share: 1.0 }
    }
    pub fn share(mut self, share: f64) -> Self {
        self.share = share;
        self
    }
}

/// A rule: metadata plus a check.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cv: &Cv, options: &CvOptions, hits: &mut Vec<Hit>);
}

/// Declares a rule: its doc comment becomes [`RuleMeta::docs`].
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident {
            code: $code:literal,
            name: $slug:literal,
            title: ($title_da:literal, $title_en:literal),
            category: $category:ident,
            module: $module:ident,
            severity: $severity:ident,
            weight: $weight:expr,
            jobnet_required: $jobnet:literal,
            requires: $requires:literal,
            source: $source:literal,
            pass: $pass:literal,
            fail: $fail:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        ///
        /// ## Eksempel / Example
        ///
        /// Passes (merged into the example CV):
        #[doc = concat!("```json\n", $pass, "\n```")]
        /// Fails:
        #[doc = concat!("```json\n", $fail, "\n```")]
        pub struct $name;

        impl $name {
            pub const META: $crate::cv::rules::RuleMeta = $crate::cv::rules::RuleMeta {
                code: $code,
                name: $slug,
                title: $crate::cv::rules::StaticText { da: $title_da, en: $title_en },
                category: $crate::cv::Category::$category,
                module: $crate::cv::Module::$module,
                severity: $crate::Severity::$severity,
                weight: $weight,
                jobnet_required: $jobnet,
                requires: $requires,
                source: $source,
                docs: concat!($($doc, "\n"),+),
                pass_example: $pass,
                fail_example: $fail,
            };
        }
    };
}


macro_rules! registry {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        $(mod $module;)*
        /// Every CV rule, in code order.
        pub static RULES: &[&dyn Rule] = &[$(&$module::$rule),*];
        $(
            impl Rule for $module::$rule {
                fn meta(&self) -> &'static RuleMeta {
                    static M: RuleMeta = $module::$rule::META;
                    &M
                }
                fn check(&self, cv: &Cv, options: &CvOptions, hits: &mut Vec<Hit>) {
                    $module::$rule::run(cv, options, hits)
                }
            }
        )*
    };
}

registry! {
    cv001_missing_education::MissingEducation,
    cv002_missing_work_experience::MissingWorkExperience,
    cv003_missing_contact_details::MissingContactDetails,
    cv004_missing_job_wish::MissingJobWish,
    cv005_missing_employment_terms::MissingEmploymentTerms,
    cv006_contact_hidden::ContactHidden,
    cv101_job_wish_without_qualifications::JobWishWithoutQualifications,
    cv102_few_qualifications::FewQualifications,
    cv103_experience_years_missing::ExperienceYearsMissing,
    cv104_personal_trait_as_qualification::PersonalTraitAsQualification,
    cv105_no_languages::NoLanguages,
    cv106_mother_tongue_missing::MotherTongueMissing,
    cv107_no_driving_licence::NoDrivingLicence,
    cv108_no_certificates::NoCertificates,
    cv109_municipality_missing::MunicipalityMissing,
    cv110_employment_terms_incomplete::EmploymentTermsIncomplete,
    cv111_education_level_missing::EducationLevelMissing,
    cv112_single_occupation::SingleOccupation,
    cv201_employer_missing::EmployerMissing,
    cv202_employer_hidden::EmployerHidden,
    cv203_experience_description_missing::ExperienceDescriptionMissing,
    cv204_responsibility_results_missing::ResponsibilityResultsMissing,
    cv205_no_other_experience::NoOtherExperience,
    cv206_other_experience_undescribed::OtherExperienceUndescribed,
    cv207_profile_missing::ProfileMissing,
    cv208_profile_topic_missing::ProfileTopicMissing,
    cv209_change_of_trade_unmotivated::ChangeOfTradeUnmotivated,
    cv210_own_car_not_stated::OwnCarNotStated,
    cv211_website_missing::WebsiteMissing,
    cv212_sections_mixed::SectionsMixed,
    cv213_date_format::DateFormat,
    cv214_contact_partly_hidden::ContactPartlyHidden,
}

/// Personal traits that are not professional qualifications (shared with the job-order check).
pub(crate) use cv104_personal_trait_as_qualification::PERSONAL_TRAITS;

/// Looks a rule up by code (`CV101`) or name (`few-qualifications`).
pub fn rule(code_or_name: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.meta().code.eq_ignore_ascii_case(code_or_name) || r.meta().name == code_or_name)
}

#[cfg(test)]
mod tests;
