//! The job order (jobordre) and the search simulation – DOMAIN.md §2; seed 002 §2, §4 and
//! appendix C (ordreblanket); seed 003 §6.1 (jobordreskabelon).
//!
//! Two sides of the same search:
//!
//! - **The company consultant** checks whether a job order is fit for a Jobnet search
//!   ([`check_job_order`]): the minimum for a search (title, professional qualifications, the
//!   requirement kinds, which of them are mandatory – rules `JO0xx`; an *error* among them makes
//!   `searchable` false), what the selection from the gross list needs (`JO1xx`), the facts
//!   (`JO2xx`), the contact person and contact form (`JO3xx`) and advice on the ad text (`JO4xx`).
//! - **A citizen or caseworker** sees whether a CV would be found by the order's search, which
//!   mandatory criterion hides it and how to fix it ([`match_cv`], see [`search`] for the exact
//!   semantics); **the consultant** ranks many CVs into the gross list and sees how many each
//!   mandatory requirement hides ([`rank_cvs`], see [`rank`]).
//!
//! "Which requirements are mandatory" (seed 002 §4.1: "Hvilke af disse krav er ufravigelige?")
//! is stated per requirement: `mandatory: true` or `false`. `null` or missing is *not decided*:
//! the rule JO005 makes the order unsearchable until it is decided, and the search simulation
//! treats it as mandatory (configurable with [`MatchOptions::undecided_is_mandatory`]). All
//! requirements nice to have is a valid decision, but a warning (JO006): the search is then on
//! the occupation alone.
//!
//! JSON entry points for hosts (the wasm layer): [`check_job_order_json`], [`match_cv_json`],
//! [`rank_cvs_json`]; [`generate_cvs`] makes deterministic test CVs for benchmarks.

mod explain;
pub mod generate;
pub mod model;
pub mod rank;
pub mod rules;
pub mod search;
pub mod view;

pub use generate::generate_cvs;
pub use model::{ApplicationForm, Company, ContactForm, ContactPerson, JobEmploymentForm, JobOrder, Location, Offer, Requirement, RequirementKind, RequirementValue};
pub use rank::{rank_cvs, BlockRef, CompactRank, HiddenBy, RankEntry, RankResult, RankTotals, Ranker};
pub use view::CvView;
pub use search::{Blocking, KindWeights, MatchKind, MatchOptions, MatchResult, MatchedOccupation, Matcher, NiceToHave, RequirementMatch};

use crate::cv::model::Cv;
use crate::rules::Finding;
use crate::InputError;
use serde::{Deserialize, Serialize};

/// The result of the job-order check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct JobOrderResult {
    /// Fit for a Jobnet search: no finding of severity `error` (those are all minimum rules,
    /// `JO0xx`: a title, a professional qualification, every requirement with a value and a
    /// decision on whether it is mandatory, plausible values).
    pub searchable: bool,
    /// The findings, errors first, then warnings, then info; in code order within each.
    #[cfg_attr(feature = "ts", tsify(type = "CheckFinding[]"))]
    pub findings: Vec<Finding>,
    /// The lexicon's title for the occupation the order names (its title, or else an alternative
    /// title); `null` when it names none the lexicon knows.
    #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
    pub occupation: Option<String>,
}

/// Parses a job order from JSON, naming the path of the first problem (also a requirement value
/// of the wrong type for its kind, e.g. `requirements[2].value`).
pub fn parse_job_order(json: &str) -> Result<JobOrder, InputError> {
    crate::cv::require_object_da("the job order", "jobordren", json)?;
    let order: JobOrder = InputError::parse_json("the job order", json)?;
    order.validate()?;
    Ok(order)
}

/// Checks a job order: is it fit for a search, and what does it lack?
pub fn check_job_order(order: &JobOrder) -> JobOrderResult {
    let findings = rules::run_all(order);
    JobOrderResult {
        searchable: !findings.iter().any(|f| f.severity == crate::Severity::Error),
        findings,
        occupation: rules::Ctx::new(order).occupation.map(|o| o.title.to_string()),
    }
}

/// Checks a job order given as JSON.
pub fn check_job_order_json(order: &str) -> Result<JobOrderResult, InputError> {
    Ok(check_job_order(&parse_job_order(order)?))
}

/// Parses [`MatchOptions`] from JSON (empty or whitespace: the defaults).
pub fn parse_match_options(json: &str) -> Result<MatchOptions, InputError> {
    if json.trim().is_empty() {
        return Ok(MatchOptions::default());
    }
    crate::cv::require_object_da("the options", "indstillingerne", json)?;
    let o: MatchOptions = InputError::parse_json("the options", json)?;
    crate::error::refuse_arrays(json, &[""], &["weights"])?;
    o.validate()?;
    Ok(o)
}

/// Would the order's search find the CV? For many CVs, prepare a [`Matcher`] once instead.
pub fn match_cv(cv: &Cv, order: &JobOrder, options: &MatchOptions) -> MatchResult {
    Matcher::new(order, options).match_cv(cv)
}

/// [`match_cv`] on JSON: a CV, a job order and optional [`MatchOptions`].
pub fn match_cv_json(cv: &str, order: &str, options: Option<&str>) -> Result<MatchResult, InputError> {
    let cv = crate::cv::parse_cv(cv).map_err(|e| prefix("cv", e))?;
    let order = parse_job_order(order).map_err(|e| prefix("order", e))?;
    let options = parse_match_options(options.unwrap_or("")).map_err(|e| prefix("options", e))?;
    Ok(match_cv(&cv, &order, &options))
}

/// Parses a JSON array of CVs; a problem in CV `k` has the path `cvs[k].…`.
pub fn parse_cvs(json: &str) -> Result<Vec<Cv>, InputError> {
    let in_cvs = |mut e: InputError| {
        if e.path.starts_with('[') {
            e.path = format!("cvs{}", e.path);
        }
        e
    };
    let cvs: Vec<model::Obj<Cv>> = InputError::parse_json("the CVs", json).map_err(in_cvs)?;
    crate::error::refuse_arrays(json, &["[]."], crate::error::CV_OBJECTS).map_err(in_cvs)?;
    Ok(cvs.into_iter().map(|c| c.0).collect())
}

/// The CVs of a JSON array's text pushed to the ranker one at a time, none kept: read into the
/// ranker's search view ([`CvView`]); a text the view refuses is parsed as [`parse_cvs`] parses
/// it, for the CVs or its error (`cvs[k].…`, `k` the CV's place in this array).
pub fn push_cvs_json(m: &Matcher, r: &mut Ranker, json: &str) -> Result<(), InputError> {
    if r.push_array(m, json) {
        return Ok(());
    }
    for cv in parse_cvs(json)? {
        r.push(m, &cv);
    }
    Ok(())
}

/// [`rank_cvs`] on JSON: an array of CVs, a job order and optional [`MatchOptions`].
pub fn rank_cvs_json(cvs_array_json: &str, order: &str, options: Option<&str>) -> Result<RankResult, InputError> {
    let order = parse_job_order(order).map_err(|e| prefix("order", e))?;
    let options = parse_match_options(options.unwrap_or("")).map_err(|e| prefix("options", e))?;
    let cvs = parse_cvs(cvs_array_json)?;
    Ok(rank_cvs(&cvs, &order, &options))
}

/// A job order and options given as JSON, parsed once for many searches (the browser's
/// `JobOrderMatcher`): errors have the paths of [`match_cv_json`] (`order.…`, `options.…`).
pub fn prepare_json(order: &str, options: Option<&str>) -> Result<(JobOrder, MatchOptions), InputError> {
    let order = parse_job_order(order).map_err(|e| prefix("order", e))?;
    let options = parse_match_options(options.unwrap_or("")).map_err(|e| prefix("options", e))?;
    Ok((order, options))
}

/// [`match_cv`] of a CV given as JSON against a prepared order (errors: `cv.…`).
pub fn match_cv_with(cv: &str, order: &JobOrder, options: &MatchOptions) -> Result<MatchResult, InputError> {
    let cv = crate::cv::parse_cv(cv).map_err(|e| prefix("cv", e))?;
    Ok(match_cv(&cv, order, options))
}

/// The CVs of NDJSON text (one CV object per line; blank lines skipped), each pushed to the
/// ranker as it is read – none is kept. A problem in a CV has the path `cvs[k].…`, `k` its index
/// in the whole ranking (the CVs pushed before count).
pub fn push_ndjson(m: &Matcher, r: &mut Ranker, text: &str) -> Result<(), InputError> {
    for line in text.split('\n') {
        let line = line.trim();
        if !line.is_empty() {
            push_cv_json(m, r, line)?;
        }
    }
    Ok(())
}

/// One CV as JSON text pushed to the ranker (errors as for [`push_ndjson`]). Read into the
/// ranker's search view ([`CvView`]) without building the CV; a text the view refuses is
/// parsed as [`crate::cv::parse_cv`] parses it, for the CV or its error.
pub fn push_cv_json(m: &Matcher, r: &mut Ranker, cv: &str) -> Result<(), InputError> {
    if r.push_json(m, cv) {
        return Ok(());
    }
    let at = r.len();
    let cv = crate::cv::parse_cv(cv).map_err(|mut e| {
        e.path = if e.path.is_empty() { format!("cvs[{at}]") } else { format!("cvs[{at}].{}", e.path) };
        e
    })?;
    r.push(m, &cv);
    Ok(())
}

/// Which input an error is in, when a function takes several: `order.requirements[2].value`.
/// The document itself (empty path) is named in the message instead.
fn prefix(what: &str, mut e: InputError) -> InputError {
    if !e.path.is_empty() {
        e.path = format!("{what}.{}", e.path);
    }
    e
}
