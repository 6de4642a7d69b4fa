//! Options for the CV check: every threshold and weight is a documented default a host can
//! override, plus the caseworker's overrides of single findings.

use super::model::null_default;
use super::rules::{self, RuleMeta};
use crate::InputError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Options for [`check_cv`](super::check_cv). Every field is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default)]
pub struct CvOptions {
    /// Weight per rule code (`{"CV101": 20}`), replacing the published default.
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub weights: BTreeMap<String, f64>,
    /// Rule codes to switch off entirely.
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub disabled: Vec<String>,
    /// Fewer qualifications than this on a "jeg søger job som" is a finding (default 3).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub min_qualifications: usize,
    /// A work-experience description shorter than this many characters is too short to show
    /// tasks, responsibility and results (default 60).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub min_description_chars: usize,
    /// A profile shorter than this many characters is too short (default 150).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub min_profile_chars: usize,
    /// Fewer occupations than this under "jeg søger job som" is a finding (CV112, default 3: seed
    /// 002 asks the citizen "at medbringe 3 jobønsker til første samtale"); 1 switches it off.
    /// *Added field.*
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub min_job_wishes: usize,
    /// More words that are personal traits, not professional qualifications (lower case).
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub personal_traits: Vec<String>,
    /// The rule codes that make a CV unsearchable – Jobnet's rule for when employers can find a
    /// CV. Default `null`: CV001–CV006 (education, work experience, contact details, "jeg søger
    /// job som", employment terms, visible e-mail or phone), which come from Jobnet's public help
    /// for job seekers, not from the seeds; a host whose Jobnet rule differs lists its own codes,
    /// e.g. `["CV003", "CV004", "CV006"]`; empty (the default) means CV001–CV006. *Added field.*
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub searchable_rules: Vec<String>,
    /// A caseworker's overrides of single findings, each with a written reason.
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub overrides: Vec<Override>,
}

/// A caseworker overrules one finding (or all findings of a rule when `path` is omitted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Override {
    /// Rule code, e.g. `CV107`.
    pub rule: String,
    /// The finding's path; omitted or `null` for every finding of the rule.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub path: Option<String>,
    /// Why: required, shown with the finding and kept in the result.
    pub reason: String,
}

impl Default for CvOptions {
    fn default() -> Self {
        CvOptions {
            weights: BTreeMap::new(),
            searchable_rules: Vec::new(),
            disabled: Vec::new(),
            min_qualifications: 3,
            min_description_chars: 60,
            min_profile_chars: 150,
            min_job_wishes: 3,
            personal_traits: Vec::new(),
            overrides: Vec::new(),
        }
    }
}

impl CvOptions {
    pub(crate) fn validate(&self) -> Result<(), InputError> {
        let unknown = |path: String, code: &str| {
            InputError::new(
                path,
                format!("unknown rule code {code:?} (see `jobspor rules`)"),
                format!("ukendt regelkode {code:?} (se `jobspor rules`)"),
            )
        };
        for (i, code) in self.searchable_rules.iter().enumerate() {
            if rules::rule(code).is_none() {
                return Err(unknown(format!("searchable_rules[{i}]"), code));
            }
        }
        for (code, w) in &self.weights {
            if rules::rule(code).is_none() {
                return Err(unknown(format!("weights.{code}"), code));
            }
            if !w.is_finite() || *w < 0.0 {
                return Err(InputError::new(
                    format!("weights.{code}"),
                    "a weight must be a number ≥ 0",
                    "en vægt skal være et tal ≥ 0",
                ));
            }
        }
        for (i, code) in self.disabled.iter().enumerate() {
            if rules::rule(code).is_none() {
                return Err(unknown(format!("disabled[{i}]"), code));
            }
        }
        for (i, o) in self.overrides.iter().enumerate() {
            if rules::rule(&o.rule).is_none() {
                return Err(unknown(format!("overrides[{i}].rule"), &o.rule));
            }
            if o.reason.trim().is_empty() {
                return Err(InputError::new(
                    format!("overrides[{i}].reason"),
                    "an override needs a written reason",
                    "en tilsidesættelse kræver en skriftlig begrundelse",
                ));
            }
        }
        Ok(())
    }

    pub(crate) fn is_disabled(&self, code: &str) -> bool {
        self.disabled.iter().any(|c| c.eq_ignore_ascii_case(code))
    }

    /// Whether the rule is part of Jobnet's rule for a searchable CV (`searchable_rules`).
    pub(crate) fn blocks_search(&self, meta: &RuleMeta) -> bool {
        if self.searchable_rules.is_empty() {
            meta.jobnet_required
        } else {
            self.searchable_rules.iter().any(|c| c.eq_ignore_ascii_case(meta.code))
        }
    }

    pub(crate) fn weight(&self, meta: &RuleMeta) -> f64 {
        self.weights
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(meta.code))
            .map(|(_, w)| *w)
            .unwrap_or(meta.weight)
    }

    pub(crate) fn override_for(&self, code: &str, path: &str) -> Option<&str> {
        self.overrides
            .iter()
            .find(|o| o.rule.eq_ignore_ascii_case(code) && o.path.as_deref().is_none_or(|p| p == path))
            .map(|o| o.reason.as_str())
    }
}
