//! The CV rules: one rule per file, one registry ([`RULES`]).
//!
//! Each rule is declared with [`declare_rule!`]: its doc comment *is* its user documentation
//! (sections: what it checks, why it matters with the seed reference, how to fix it), and its
//! passing and failing examples are JSON merge patches over the example CV in
//! `tests/fixtures/cv-good.json`; `examples_run_as_tests` applies every one of them.
//! Codes are stable: a code is never reused or renumbered (CV215 was withdrawn and stays unused).
//!
//! Codes: `CV0xx` Jobnet's own searchability rule, `CV1xx` findability (searchable fields),
//! `CV2xx` selection (what a person reads).

use super::config::CvOptions;
use super::model::Cv;
use super::{Category, Module};
use crate::Text;
use serde::ser::SerializeStruct;

pub use crate::rules::StaticText;

/// What a CV rule adds to the common [`crate::rules::RuleMeta`].
#[derive(Debug, Clone)]
pub struct Extra {
    /// Which score the rule feeds.
    pub category: Category,
    /// The Jobnet CV module the rule belongs to.
    pub module: Module,
    /// Default weight: points of its category's 100 that the rule can take away.
    pub weight: f64,
    /// True for the parts of Jobnet's own rule for a searchable CV.
    pub jobnet_required: bool,
    /// Code of the rule this one builds on (empty if none): when that rule fires, this rule
    /// loses the same share of its weight (an empty section can't score on its details), and the
    /// points are added to that rule's finding.
    pub requires: &'static str,
}

impl crate::rules::Extra for Extra {
    const BLANK: Self = Extra { category: Category::Findability, module: Module::Contact, weight: 0.0, jobnet_required: false, requires: "" };
    fn serialize_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        s.serialize_field("category", &self.category)?;
        s.serialize_field("module", &self.module)?;
        s.serialize_field("weight", &self.weight)?;
        s.serialize_field("jobnet_required", &self.jobnet_required)?;
        s.serialize_field("requires", self.requires)
    }
    /// The CV published its examples as `pass_example` (quiet) and `fail_example` (fires).
    fn pass_fail(&self, fires: &'static str, quiet: &'static str) -> Option<(&'static str, &'static str)> {
        Some((quiet, fires))
    }
}

/// The names `declare_rule!` takes as values of the CV's fields.
mod values {
    pub use crate::cv::Category::*;
    pub use crate::cv::Module::*;
}

/// Static description of a CV rule, exposed through the CLI (`jobspor cv rules`) and the JS
/// API (`cvRules()`).
pub type RuleMeta = crate::rules::RuleMeta<Extra>;

impl RuleMeta {
    /// A JSON merge patch over the example CV under which the rule does not fire.
    pub fn pass_example(&self) -> &'static str {
        self.quiet_example
    }

    /// A JSON merge patch over the example CV under which the rule fires.
    pub fn fail_example(&self) -> &'static str {
        self.fires_example
    }
}

/// The function every CV rule's `run` is.
pub type Run = fn(&Cv, &CvOptions, &mut Vec<Hit>);

/// A registered CV rule: `rule.meta()`, `(rule.run)(cv, options, hits)`.
pub type Rule = crate::rules::Rule<Extra, Run>;

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

crate::rules::registry! {
    pub Run;
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
    cv216_education_undescribed::EducationUndescribed,
}

/// The rules Jobnet requires for a searchable CV (`jobnet_required`), in their own table: the
/// search simulation ([`crate::cv::jobnet_blockers`]) runs only these, so a WebAssembly module
/// with the job-order search but without the CV check does not carry the other rules and their
/// texts (issue 14: bytes). A test checks it against [`RULES`].
pub(crate) static JOBNET_REQUIRED: &[crate::rules::Rule<Extra, Run>] = &[
    crate::rules::Rule { meta: &cv001_missing_education::MissingEducation::META, run: cv001_missing_education::MissingEducation::run },
    crate::rules::Rule { meta: &cv002_missing_work_experience::MissingWorkExperience::META, run: cv002_missing_work_experience::MissingWorkExperience::run },
    crate::rules::Rule { meta: &cv003_missing_contact_details::MissingContactDetails::META, run: cv003_missing_contact_details::MissingContactDetails::run },
    crate::rules::Rule { meta: &cv004_missing_job_wish::MissingJobWish::META, run: cv004_missing_job_wish::MissingJobWish::run },
    crate::rules::Rule { meta: &cv005_missing_employment_terms::MissingEmploymentTerms::META, run: cv005_missing_employment_terms::MissingEmploymentTerms::run },
    crate::rules::Rule { meta: &cv006_contact_hidden::ContactHidden::META, run: cv006_contact_hidden::ContactHidden::run },
];

#[cfg(test)]
#[test]
fn the_jobnet_required_table_has_every_jobnet_required_rule() {
    let want: Vec<&str> = RULES.iter().filter(|r| r.meta.jobnet_required).map(|r| r.meta.code).collect();
    let have: Vec<&str> = JOBNET_REQUIRED.iter().map(|r| r.meta.code).collect();
    assert_eq!(have, want);
    for (r, same) in JOBNET_REQUIRED.iter().zip(RULES.iter().filter(|r| r.meta.jobnet_required)) {
        assert!(std::ptr::eq(r.meta, same.meta), "{}", r.meta.code);
    }
}

/// Personal traits that are not professional qualifications (shared with the job-order check).
pub(crate) use cv104_personal_trait_as_qualification::PERSONAL_TRAITS;

#[cfg(test)]
pub(crate) mod tests;
