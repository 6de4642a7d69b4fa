//! The CV check: is a Jobnet CV searchable (udsøgning), how well do its searchable fields
//! serve a search (`findability`), and how well does the rest serve the person who selects
//! from the gross list (`selection`)? DOMAIN.md §1; seeds 002 §3 and 003 §4.1.
//!
//! ## Scores
//! Each rule has a published weight (points out of its category's 100, see `jobspor rules`).
//! A category's score is `100 × (1 − Σ lost / Σ weights)`, where a rule loses its weight times
//! the share of its hits (for per-entry rules: the share of entries affected, capped at 1).
//! Overridden findings (a caseworker's decision, with a reason) cost nothing. Hosts may change
//! weights and thresholds through [`CvOptions`]; the default weights sum to 100 per category.
//!
//! `searchable` is Jobnet's own rule and is not affected by overrides: a caseworker can
//! disagree with a finding, but Jobnet still won't find a CV without, say, an education.

pub mod config;
pub mod model;
pub mod rules;

pub use config::{CvOptions, Override};
pub use model::Cv;

use crate::{InputError, Severity, Text};
use serde::{Deserialize, Serialize};

/// Which score a rule feeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// The searchable fields (udsøgning).
    Findability,
    /// What a person reads when selecting from the gross list (udvælgelse).
    Selection,
}

/// The Jobnet CV modules, in the order Jobnet shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Module {
    Contact,
    JobWishes,
    EmploymentTerms,
    WorkExperience,
    Education,
    Courses,
    Certificates,
    DrivingLicences,
    Languages,
    OtherExperience,
    Profile,
}

/// The stages of a CV conversation (seed 002 §3.2): facts first, then qualifications, then
/// the personal description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Facts,
    Qualifications,
    Profile,
}

impl Module {
    pub const ALL: [Module; 11] = [
        Module::Contact,
        Module::JobWishes,
        Module::EmploymentTerms,
        Module::WorkExperience,
        Module::Education,
        Module::Courses,
        Module::Certificates,
        Module::DrivingLicences,
        Module::Languages,
        Module::OtherExperience,
        Module::Profile,
    ];

    /// The module's heading as Jobnet names it.
    pub fn label(self) -> Text {
        let (da, en) = match self {
            Module::Contact => ("Kontaktoplysninger", "Contact details"),
            Module::JobWishes => ("Jeg søger job som", "Jobs I am looking for"),
            Module::EmploymentTerms => ("Ansættelsesvilkår", "Employment terms"),
            Module::WorkExperience => ("Erhvervserfaring", "Work experience"),
            Module::Education => ("Uddannelse", "Education"),
            Module::Courses => ("Kurser", "Courses"),
            Module::Certificates => ("Certifikater og beviser", "Certificates"),
            Module::DrivingLicences => ("Kørekort", "Driving licences"),
            Module::Languages => ("Sprog", "Languages"),
            Module::OtherExperience => ("Anden erfaring", "Other experience"),
            Module::Profile => ("Faglig profil", "Professional profile"),
        };
        Text::new(da, en)
    }

    /// Where the module's questions come in a CV conversation (seed 002 §3.2).
    pub fn stage(self) -> Stage {
        match self {
            Module::Contact
            | Module::EmploymentTerms
            | Module::Education
            | Module::Courses
            | Module::Certificates
            | Module::DrivingLicences
            | Module::Languages => Stage::Facts,
            Module::JobWishes | Module::WorkExperience => Stage::Qualifications,
            Module::OtherExperience | Module::Profile => Stage::Profile,
        }
    }
}

impl Stage {
    pub fn label(self) -> Text {
        match self {
            Stage::Facts => Text::new("Faktuelle oplysninger", "Facts"),
            Stage::Qualifications => Text::new("Kvalifikationer", "Qualifications"),
            Stage::Profile => Text::new("Personlig beskrivelse og profil", "Personal description and profile"),
        }
    }
}

/// One finding: a rule that fired at one place in the CV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Finding {
    /// Stable rule code, e.g. `CV101`.
    pub code: String,
    /// Rule name, e.g. `job-wish-without-qualifications`.
    pub rule: String,
    pub severity: Severity,
    pub category: Category,
    /// The Jobnet module the finding belongs to (for grouping).
    pub module: Module,
    /// The CV conversation stage (caseworker mode orders by it).
    pub stage: Stage,
    /// Path of the field, e.g. `job_wishes[0].qualifications`; empty for the CV as a whole.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: Text,
    /// What to do about it.
    pub fix: Text,
    /// Points this finding costs its score (0 when overridden).
    pub points: f64,
    /// True when the finding is part of Jobnet's rule for a searchable CV.
    pub blocks_search: bool,
    /// Set when a caseworker overruled the finding: the written reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub overridden: Option<String>,
}

/// One rule's part of a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ScorePart {
    pub code: String,
    pub weight: f64,
    /// Points lost (0 ..= weight).
    pub lost: f64,
    /// Set when (part of) the points were lost because the rule this one builds on fired, e.g.
    /// no "jeg søger job som" at all also loses the points for qualifications (`"CV004"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub via: Option<String>,
}

/// The result of a CV check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CvResult {
    /// Jobnet's rule: education, work experience, contact details, at least one "jeg søger
    /// job som" and employment terms are filled in, and e-mail or phone is visible.
    pub searchable: bool,
    /// 0–100: how well the searchable fields serve an employer's search.
    pub findability: u8,
    /// 0–100: how well the non-searchable parts serve the person selecting from the gross list.
    pub selection: u8,
    /// Findings, errors first, then in Jobnet module order.
    pub findings: Vec<Finding>,
    /// How each score was computed, rule by rule.
    pub breakdown: Breakdown,
}

/// The published arithmetic behind the scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Breakdown {
    pub findability: Vec<ScorePart>,
    pub selection: Vec<ScorePart>,
}

/// Parses a CV from JSON, naming the path of the first problem.
pub fn parse_cv(json: &str) -> Result<Cv, InputError> {
    require_object("the CV", json)?;
    let cv = InputError::parse_json("the CV", json)?;
    crate::error::refuse_arrays(json, &[""], crate::error::CV_OBJECTS)?;
    Ok(cv)
}

/// serde accepts a JSON array for a struct; the contract says object.
fn require_object(what: &'static str, json: &str) -> Result<(), InputError> {
    require_object_da(what, if what == "the CV" { "CV'et" } else { "indstillingerne" }, json)
}

/// [`require_object`] with the Danish name of the input (`what_da`, e.g. "jobordren").
pub(crate) fn require_object_da(what: &'static str, what_da: &'static str, json: &str) -> Result<(), InputError> {
    crate::common::require_object(json, crate::common::Noun::new(what, what_da))
}

/// Parses CV options (weights, thresholds, overrides) from JSON.
pub fn parse_options(json: &str) -> Result<CvOptions, InputError> {
    require_object("the options", json)?;
    let opts: CvOptions = InputError::parse_json("the options", json)?;
    crate::error::refuse_arrays(json, &[""], &["overrides[]"])?;
    opts.validate()?;
    Ok(opts)
}

crate::common::check_json! {
    /// Checks a CV given as JSON; `options` may be `None` for the defaults.
    check_cv_json(cv, options) -> CvResult = parse_cv, parse_options => check_cv;
}

/// Jobnet's own rule alone: the findings of the rules with `jobnet_required` (CV001–CV006) –
/// what keeps the CV out of every Jobnet search. Empty when the CV is searchable, exactly when
/// [`check_cv`]'s `searchable` is true, at a fraction of its cost (the search simulation runs it
/// for every CV of a gross list). Findings carry no points.
pub fn jobnet_blockers(cv: &Cv) -> Vec<Finding> {
    let options = CvOptions::default();
    let mut hits = Vec::new();
    let mut out = Vec::new();
    for rule in rules::JOBNET_REQUIRED {
        let meta = rule.meta();
        (rule.run)(cv, &options, &mut hits);
        out.extend(hits.drain(..).map(|hit| Finding::of(meta, hit, 0.0, None)));
    }
    out
}

impl Finding {
    /// The finding of rule `meta` for one hit.
    fn of(meta: &rules::RuleMeta, hit: rules::Hit, points: f64, overridden: Option<String>) -> Finding {
        Finding {
            code: meta.code.into(),
            rule: meta.name.into(),
            severity: meta.severity,
            category: meta.category,
            module: meta.module,
            stage: meta.module.stage(),
            path: hit.path,
            message: hit.message,
            fix: hit.fix,
            points,
            blocks_search: meta.jobnet_required,
            overridden,
        }
    }
}

/// Checks a CV.
pub fn check_cv(cv: &Cv, options: &CvOptions) -> CvResult {
    let mut findings: Vec<Finding> = Vec::new();
    let mut findability = Vec::new();
    let mut selection = Vec::new();
    let mut searchable = true;
    let mut hits = Vec::new();
    // Per fired rule: (code, share of its weight lost, index of its first counted finding).
    let mut fired: Vec<(&str, f64, Option<usize>)> = Vec::new();
    for rule in rules::RULES {
        let meta = rule.meta();
        if options.is_disabled(meta.code) {
            continue;
        }
        let weight = options.weight(meta);
        hits.clear();
        (rule.run)(cv, options, &mut hits);
        let blocks = options.blocks_search(meta);
        if blocks && !hits.is_empty() {
            searchable = false;
        }
        let mut share_left = 1.0f64;
        let mut lost = 0.0;
        let first = findings.len();
        for hit in hits.drain(..) {
            let overridden = options.override_for(meta.code, &hit.path).map(str::to_string);
            let points = if overridden.is_some() {
                0.0
            } else {
                let s = crate::common::number::clamp(hit.share, 0.0, share_left);
                share_left -= s;
                s * weight
            };
            lost += points;
            let mut f = Finding::of(meta, hit, round2(points), overridden);
            f.blocks_search = blocks;
            findings.push(f);
        }
        let mut at = findings[first..].iter().position(|f| f.overridden.is_none()).map(|i| first + i);
        let mut via = None;
        if let Some(&(parent, parent_share, Some(parent_at))) = fired.iter().find(|(c, ..)| *c == meta.requires) {
            let extra = (parent_share * weight - lost).max(0.0);
            if extra > 0.0 {
                lost += extra;
                findings[parent_at].points = round2(findings[parent_at].points + extra);
                via = Some(parent.to_string());
                at = at.or(Some(parent_at));
            }
        }
        let share = if weight > 0.0 { lost / weight } else { 1.0 - share_left };
        fired.push((meta.code, share, at));
        let part = ScorePart { code: meta.code.into(), weight, lost: round2(lost), via };
        match meta.category {
            Category::Findability => findability.push(part),
            Category::Selection => selection.push(part),
        }
    }
    findings.sort_by_key(|f| (f.severity, f.module));
    CvResult {
        searchable,
        findability: score(&findability),
        selection: score(&selection),
        findings,
        breakdown: Breakdown { findability, selection },
    }
}

fn score(parts: &[ScorePart]) -> u8 {
    let total: f64 = parts.iter().map(|p| p.weight).sum();
    if total <= 0.0 {
        return 100;
    }
    let lost: f64 = parts.iter().map(|p| p.lost).sum();
    (100.0 * (1.0 - lost / total)).round().clamp(0.0, 100.0) as u8
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A Jobnet CV module with its labels, for grouping findings in a UI.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ModuleInfo {
    pub id: Module,
    pub label: Text,
    pub stage: Stage,
    pub stage_label: Text,
}

/// Every Jobnet CV module in Jobnet's order, with Danish and English labels.
pub fn modules() -> Vec<ModuleInfo> {
    Module::ALL
        .iter()
        .map(|&m| ModuleInfo { id: m, label: m.label(), stage: m.stage(), stage_label: m.stage().label() })
        .collect()
}
