//! Track assignment (sporvalg): after the early intensive start (Tidlig intensiv start), which of
//! STAR's three tracks fits a job-ready person – **Intensiv jobsøgning** (the main road),
//! **Uddannelsesløft** or **Risiko for langtidsledighed** – and why. DOMAIN.md §4; seed 001 (STAR's
//! guide: start phase, tracks, core elements and actions) and seed 004 (Marselisborg: long-term
//! unemployment, risk indicators, archetypes).
//!
//! This is decision support for a caseworker, never an automated decision: the result is a
//! proposal with the rules that fired, what each other track would need, and room for a
//! caseworker's override with a written reason ([`TrackConfig`]'s `override`).
//!
//! ## How the proposal is made
//! 1. Facts are derived from the profile: long-term unemployed (benefits in at least 80 % of
//!    the last 52 weeks; the boundary counts), weeks unemployed past 39, age over 40, unskilled,
//!    and so on – every threshold from [`TrackConfig`].
//! 2. The rules (`rules/`, codes `TR…`) fire on the facts. The risk score is the sum of the
//!    weights of the indicators that apply ([`TrackIndicator::default_weight`]).
//! 3. Eligibility: the education boost when the person is in its target group (TR201 unskilled,
//!    TR202 education not used, or TR203 career changer), wants an education (TR204) and the age
//!    rule does not block it (TR205); long-term risk when the score reaches the threshold (TR305);
//!    the main road unless the person is not ready for a job now, even after short upskilling
//!    (TR103).
//! 4. The first eligible track in `precedence` is proposed (TR401 when several were eligible);
//!    when none is, the main road (TR402). A configured override replaces it (TR403), and the
//!    proposal stays in `proposed_track`.
//!
//! Nothing in the profile says who a person is: no ethnicity, origin or gender (see
//! [`model`]); a host that sends such a field gets exactly the same result.

pub mod archetype;
pub mod config;
pub mod indicators;
pub mod model;
pub mod rules;
pub mod tracks;

pub use archetype::ArchetypeMatch;
pub use config::{Archetype, TrackConfig, TrackOverride};
pub use indicators::TrackIndicator;
pub use model::{TrackIndicators, TrackProfile, Upskilling};
pub use rules::{RuleKind, TrackRuleMeta};
pub use tracks::{CoreAction, CoreElement, Track, TrackInfo};


use crate::cv::model::EducationLevel;
use crate::{InputError, Text};
use indicators::{fmt_da, fmt_num, TrackIndicator as I};
use rules::{Ctx, Decision};

output! {
    /// The result of a track assessment.
    pub struct TrackResult {
        /// The track the person goes on: the proposal, or the caseworker's override. `null`
        /// when the person is outside the target group of all three tracks (not job-ready, see
        /// `outside_target_group`) and no caseworker chose a track.
        #[cfg_attr(feature = "ts", tsify(type = "Track | null"))]
        pub track: Option<Track>,
        /// The track's name in Danish and English ("Uden for målgruppen for de tre spor" when
        /// `track` is `null`).
        pub track_title: Text,
        /// What the rules proposed (equal to `track` unless overridden; `null` outside the
        /// target group).
        #[cfg_attr(feature = "ts", tsify(type = "Track | null"))]
        pub proposed_track: Option<Track>,
        /// Set when the person is outside the target group of the three tracks (not ready for a
        /// job now; seed 001 is for job-ready people): why, and what to do instead. *Added field.*
        #[cfg_attr(feature = "ts", tsify(type = "OutsideTargetGroup | null"))]
        pub outside_target_group: Option<OutsideTargetGroup>,
        /// The caseworker's override with its reason, when there is one.
        #[serde(rename = "override")]
        #[cfg_attr(feature = "ts", tsify(type = "TrackOverride | null"))]
        pub override_track: Option<TrackOverride>,
        /// Every track whose conditions are met, in precedence order.
        pub eligible: Vec<Track>,
        /// Benefits in at least 80 % (`long_term_share`) of the last 52 weeks (seed 004).
        pub long_term_unemployed: bool,
        /// `benefit_weeks_last_52 / 52`, three decimals (`null`: not stated).
        #[cfg_attr(feature = "ts", tsify(type = "number | null"))]
        pub benefit_share: Option<f64>,
        /// The start phase: complete when a concrete job goal is set and the CV is searchable.
        pub start_phase: StartPhase,
        /// The risk of long-term unemployment: the score, the threshold and what counted.
        pub risk: Risk,
        /// Every rule that fired, in code order.
        pub reasons: Vec<TrackReason>,
        /// The two other tracks and what each would require.
        pub alternatives: Vec<TrackAlternative>,
        /// The core elements and actions of `track` (seed 001), for a checklist.
        pub core_elements: Vec<CoreElement>,
        /// The nearest configured archetype (`null` without archetypes or with nothing in common).
        #[cfg_attr(feature = "ts", tsify(type = "ArchetypeMatch | null"))]
        pub archetype: Option<ArchetypeMatch>,
    }

    /// Outside the target group of the three tracks.
    pub struct OutsideTargetGroup {
        /// The rule that decided it (TR404).
        pub rule: String,
        pub message: Text,
        /// What to do instead, step by step.
        pub instead: Vec<Text>,
    }

    /// The start phase (Indledende fase: Tidlig intensiv start).
    pub struct StartPhase {
        /// A concrete job goal is set and the CV is searchable.
        pub complete: bool,
        /// What is missing (job goal, CV), each with the rule and the core element that helps.
        pub missing: Vec<StartPhaseGap>,
        /// Whether the CV is searchable: the CV check's verdict when a `cv` was given, else
        /// `cv_searchable` from the profile (`null`: not known).
        #[cfg_attr(feature = "ts", tsify(type = "boolean | null"))]
        pub cv_searchable: Option<bool>,
        /// The occupation the lexicon recognises in `job_goal` (canonical title), if any.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub job_goal_title: Option<String>,
        /// The start phase's two core elements (seed 001).
        pub core_elements: Vec<CoreElement>,
    }

    /// One thing the start phase lacks.
    pub struct StartPhaseGap {
        /// `job_goal` or `cv`.
        pub item: String,
        /// The rule that found it (TR001–TR003).
        pub rule: String,
        pub message: Text,
        /// Id of the start-phase core element that addresses it.
        pub core_element: String,
    }

    /// The risk of long-term unemployment.
    pub struct Risk {
        /// Sum of the weights of the indicators that apply.
        pub score: f64,
        /// `risk_threshold` (default 3).
        pub threshold: f64,
        /// `score >= threshold`.
        pub at_risk: bool,
        /// The risk indicators that apply, with their weights.
        pub indicators: Vec<RiskItem>,
        /// Where the weights and the threshold come from: the host's configuration, or
        /// Jobspor's defaults with their rationale – never the seed's. *Added field.*
        pub basis: Text,
    }

    /// One indicator that applies.
    pub struct RiskItem {
        pub id: TrackIndicator,
        pub label: Text,
        pub weight: f64,
    }

    /// A rule that fired.
    pub struct TrackReason {
        /// Rule code, e.g. `TR301`.
        pub rule: String,
        pub kind: RuleKind,
        /// The track the rule speaks for or against.
        #[cfg_attr(feature = "ts", tsify(type = "Track | null"))]
        pub track: Option<Track>,
        pub message: Text,
    }

    /// Another track and what it would require.
    pub struct TrackAlternative {
        pub track: Track,
        pub title: Text,
        /// Its conditions are met (it lost on precedence or to the override).
        pub eligible: bool,
        /// What it would take for this track, rule by rule.
        pub requires: Vec<TrackRequirement>,
    }

    /// One condition of a track that is not met (or why an eligible track was not chosen).
    pub struct TrackRequirement {
        pub rule: String,
        pub text: Text,
    }
}

/// What the rules see: facts derived from the profile and the configuration.
#[derive(Debug, Clone)]
pub(crate) struct Facts {
    pub age_over: bool,
    pub benefit_share: Option<f64>,
    pub long_term: bool,
    pub many_weeks: bool,
    /// The highest education: the profile's, or the CV's when the profile has none.
    pub education_level: Option<EducationLevel>,
    pub level_from_cv: bool,
    pub unskilled: bool,
    pub education_not_used: bool,
    pub career_changer: bool,
    pub wants_education: bool,
    pub not_ready: bool,
    /// Age known and under `euv_min_age`.
    pub below_euv_age: bool,
    pub goal_concrete: bool,
    /// Titles to suggest for a goal that is not concrete.
    pub goal_suggestion: Option<Text>,
    /// The canonical title the occupation lexicon recognises in the goal.
    pub goal_title: Option<String>,
    /// The CV check's verdict, or the profile's `cv_searchable`.
    pub cv_searchable: Option<bool>,
    /// A CV was given and checked.
    pub cv_checked: bool,
    /// Titles of the CV rules that keep it out of Jobnet's search.
    pub cv_blocking: Vec<Text>,
    /// Every indicator that applies, in [`TrackIndicator::ALL`] order.
    pub present: Vec<TrackIndicator>,
    pub risk_score: f64,
}

impl Facts {
    pub(crate) fn in_target_group(&self) -> bool {
        self.unskilled || self.education_not_used || self.career_changer
    }

    fn derive(p: &TrackProfile, c: &TrackConfig) -> Facts {
        let benefit_share = p.benefit_weeks_last_52.map(|w| w.clamp(0.0, 52.0) / 52.0);
        // The boundary counts; the tolerance absorbs binary fractions (41.6 / 52 is 0.8).
        let long_term = p.benefit_weeks_last_52.is_some_and(|w| w.min(52.0) + 1e-9 >= c.long_term_share * 52.0);
        let many_weeks = p.weeks_unemployed.is_some_and(|w| w + 1e-9 >= c.self_support_weeks);
        let cv_level = p.cv.as_ref().and_then(|cv| {
            cv.education.iter().filter(|e| e.completed != Some(false)).filter_map(|e| e.level).max_by_key(|l| level_rank(*l))
        });
        let (education_level, level_from_cv) = match (p.education_level, cv_level) {
            (Some(l), _) => (Some(l), false),
            (None, Some(l)) => (Some(l), true),
            (None, None) => (None, false),
        };
        let unskilled = matches!(education_level, Some(EducationLevel::Primary | EducationLevel::UpperSecondary));
        let education_not_used = p.education_last_used_years_ago.is_some_and(|y| y + 1e-9 >= c.education_unused_years);
        let not_ready = p.ready_for_job_now == Some(false) && p.needs_short_upskilling.is_none();
        let (cv_searchable, cv_checked, cv_blocking) = match &p.cv {
            Some(cv) => {
                let r = crate::cv::check_cv(cv, &crate::cv::CvOptions::default());
                let mut blocking: Vec<Text> = Vec::new();
                for f in r.findings.iter().filter(|f| f.blocks_search) {
                    if let Some(rule) = crate::cv::rules::rule(&f.code) {
                        let t = Text::new(rule.meta().title.da, rule.meta().title.en);
                        if !blocking.contains(&t) {
                            blocking.push(t);
                        }
                    }
                }
                (Some(r.searchable), true, blocking)
            }
            None => (p.cv_searchable, false, Vec::new()),
        };
        let (goal_concrete, goal_suggestion) = concrete_goal(&p.job_goal, c);
        let mut facts = Facts {
            age_over: p.age.is_some_and(|a| a > c.age_threshold),
            benefit_share: benefit_share.map(|s| (s * 1000.0).round() / 1000.0),
            long_term,
            many_weeks,
            education_level,
            level_from_cv,
            unskilled,
            education_not_used,
            career_changer: p.career_changer == Some(true),
            wants_education: p.wants_education == Some(true),
            not_ready,
            below_euv_age: matches!((c.euv_min_age, p.age), (Some(min), Some(age)) if age < min),
            goal_concrete,
            goal_suggestion,
            goal_title: crate::lexicon::find_occupation(&p.job_goal).map(|m| m.title.to_string()),
            cv_searchable,
            cv_checked,
            cv_blocking,
            present: Vec::new(),
            risk_score: 0.0,
        };
        let assessed: Vec<TrackIndicator> = indicators::assessed(p).collect();
        facts.present = TrackIndicator::ALL
            .into_iter()
            .filter(|i| match i {
                I::AgeOverThreshold => facts.age_over,
                I::ManyWeeksUnemployed => facts.many_weeks,
                I::LongTermUnemployed => facts.long_term,
                I::NotReadyNow => facts.not_ready,
                I::Unskilled => facts.unskilled,
                I::EducationNotUsed => facts.education_not_used,
                I::CareerChanger => facts.career_changer,
                I::WantsEducation => facts.wants_education,
                I::NeedsShortUpskilling => p.needs_short_upskilling.is_some(),
                i => assessed.contains(i),
            })
            .collect();
        facts.risk_score = round2(facts.present.iter().map(|i| c.weight(*i)).sum());
        facts
    }
}

fn level_rank(l: EducationLevel) -> u8 {
    match l {
        EducationLevel::Primary => 0,
        EducationLevel::UpperSecondary => 1,
        EducationLevel::Vocational => 2,
        EducationLevel::ShortHigher => 3,
        EducationLevel::Bachelor => 4,
        EducationLevel::Master => 5,
        EducationLevel::Phd => 6,
    }
}

/// The education level in words.
pub(crate) fn level_label(l: EducationLevel) -> Text {
    l.label()
}

/// A job goal is concrete when it names a job title – the occupation lexicon's recogniser (the
/// one every check uses, see docs/occupations.md) or one of the host's `job_titles` – or a specific
/// education (seed 001: "fastsæt job- eller uddannelsesmål"): a compound ending in -uddannelse
/// ("SOSU-uddannelsen"), not the bare word. A certificate, course or driving licence
/// ("truckcertifikat", "C-kørekort") is a delmål, not a job goal (issue 11). For a goal that
/// only names an area ("noget med børn") the suggestion lists titles in that area.
pub(crate) fn concrete_goal(goal: &str, c: &TrackConfig) -> (bool, Option<Text>) {
    if !crate::text::filled(goal) {
        return (false, None);
    }
    let words = crate::text::Words::new(&goal.replace('-', ""));
    let local = c.job_titles.iter().any(|t| {
        let phrase = crate::text::Words::new(&t.replace('-', "")).iter().collect::<Vec<_>>().join(" ");
        !phrase.is_empty() && words.matches(&phrase)
    });
    const EDUCATION: [(&str, usize); 2] = [("uddannelse", 3), ("uddannelsen", 3)];
    let education = words.iter().any(|w| EDUCATION.iter().any(|(s, min)| w.len() >= s.len() + min && w.ends_with(s)));
    if local || education || crate::lexicon::find_occupation(goal).is_some() {
        return (true, None);
    }
    // A certificate or a driving licence is a delmål on the way to a job, not the job goal (issue 11).
    const STEPS: [&str; 8] = ["certifikat", "certifikatet", "bevis", "beviset", "kursus", "kurset", "kørekort", "kørekortet"];
    if words.iter().any(|w| STEPS.iter().any(|s| w.ends_with(s))) {
        return (
            false,
            Some(Text::new(
                "Et certifikat, et bevis, et kursus eller et kørekort er et delmål på vejen – skriv også den stilling, det skal føre til, fx »Truckfører« eller »Lastbilchauffør«.",
                "A certificate, course or driving licence is a step on the way (delmål) – also write the job title it leads to, e.g. \"Truckfører\" or \"Lastbilchauffør\".",
            )),
        );
    }
    let lex = crate::lexicon::lexicon();
    let suggestion = match words.iter().find_map(|w| lex.area_of_word(w)) {
        Some(a) => {
            use crate::lexicon::recognise;
            // from the static tables (the public list would be built on first use)
            let titles: Vec<&str> = (0..recognise::count()).filter(|&o| recognise::area(o) == a.id).map(recognise::title).take(3).collect();
            let list = titles.join(", ").to_lowercase();
            Text::new(
                format!("Vælg en stilling inden for {}, fx {list}.", a.da.to_lowercase()),
                format!("Choose a job title in {}, e.g. {list}.", a.en.to_lowercase()),
            )
        }
        None => Text::new(
            "Skriv den stilling, borgeren vil søge, fx »Lagermedarbejder« eller »Social- og sundhedshjælper«.",
            "Write the job title the person will look for, e.g. \"Lagermedarbejder\" or \"Social- og sundhedshjælper\".",
        ),
    };
    (false, Some(suggestion))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The profile must be an object (serde would take an array for a struct).
fn require_object(json: &str, en: &'static str, da: &'static str) -> Result<(), InputError> {
    crate::common::require_object(json, crate::common::Noun::new(en, da))
}

/// Parses and validates a profile, naming the path of the first problem.
pub fn parse_profile(json: &str) -> Result<TrackProfile, InputError> {
    require_object(json, "the profile", "profilen")?;
    let p: TrackProfile = InputError::parse_json("the profile", json)?;
    crate::error::refuse_arrays(json, &[""], &["indicators", "cv"])?;
    crate::error::refuse_arrays(json, &["cv."], crate::error::CV_OBJECTS)?;
    validate_profile(&p)?;
    Ok(p)
}

/// Checks the ranges the contract promises.
pub fn validate_profile(p: &TrackProfile) -> Result<(), InputError> {
    let range = |path: &str, v: Option<f64>, max: f64| match v {
        Some(x) if !(0.0..=max).contains(&x) => {
            let max = fmt_num(max);
            Err(InputError::new(path, format!("must be a number from 0 to {max}"), format!("skal være et tal fra 0 til {max}")))
        }
        _ => Ok(()),
    };
    range("age", p.age.map(f64::from), 130.0)?;
    range("weeks_unemployed", p.weeks_unemployed, 5200.0)?;
    range("benefit_weeks_last_52", p.benefit_weeks_last_52, 52.0)?;
    range("education_last_used_years_ago", p.education_last_used_years_ago, 100.0)?;
    Ok(())
}

/// Parses and validates a configuration.
pub fn parse_config(json: &str) -> Result<TrackConfig, InputError> {
    require_object(json, "the configuration", "konfigurationen")?;
    let c: TrackConfig = InputError::parse_json("the configuration", json)?;
    crate::error::refuse_arrays(json, &[""], &["archetypes[]", "override"])?;
    c.validate()?;
    Ok(c)
}

crate::common::check_json! {
    /// Assesses a profile given as JSON; `config` may be `None` (or empty) for the defaults.
    assign_track_json(profile, config) -> TrackResult = parse_profile, parse_config => assign_track;
}

/// Assesses a profile.
pub fn assign_track(p: &TrackProfile, c: &TrackConfig) -> TrackResult {
    let facts = Facts::derive(p, c);
    let mut ctx = Ctx { profile: p, config: c, facts: &facts, decision: None };
    let mut fired: Vec<(&'static TrackRuleMeta, Text)> = Vec::new();
    for r in rules::RULES.iter().filter(|r| r.meta().kind != RuleKind::Decision) {
        if let Some(m) = (r.run)(&ctx) {
            fired.push((r.meta(), m));
        }
    }
    let has = |code: &str| fired.iter().any(|(m, _)| m.code == code);
    let eligible: Vec<Track> = c
        .precedence
        .iter()
        .copied()
        .filter(|t| match t {
            Track::EducationBoost => (has("TR201") || has("TR202") || has("TR203")) && has("TR204") && !has("TR205"),
            Track::LongTermRisk => has("TR305"),
            Track::IntensiveJobSearch => !has("TR103"),
        })
        .collect();
    let outside = c.not_ready_outside_tracks && has("TR103");
    let eligible: Vec<Track> = if outside { Vec::new() } else { eligible };
    let decision = Decision { proposed: eligible.first().copied().unwrap_or(Track::IntensiveJobSearch), eligible, outside };
    ctx.decision = Some(&decision);
    for r in rules::RULES.iter().filter(|r| r.meta().kind == RuleKind::Decision) {
        if let Some(m) = (r.run)(&ctx) {
            fired.push((r.meta(), m));
        }
    }
    let proposed = (!outside).then_some(decision.proposed);
    let track = c.override_track.as_ref().map(|o| o.track).or(proposed);

    let missing = fired
        .iter()
        .filter(|(m, _)| m.kind == RuleKind::StartPhase)
        .map(|(m, msg)| {
            let (item, el) = if m.code == "TR001" { ("job_goal", tracks::START_JOB_GOAL) } else { ("cv", tracks::START_CV) };
            StartPhaseGap { item: item.into(), rule: m.code.into(), message: msg.clone(), core_element: el.into() }
        })
        .collect::<Vec<_>>();
    let risk = Risk {
        score: facts.risk_score,
        threshold: c.risk_threshold,
        at_risk: fired.iter().any(|(m, _)| m.code == "TR305"),
        indicators: facts
            .present
            .iter()
            .filter(|i| TrackIndicator::ASSESSED.contains(i) || c.weight(**i) > 0.0)
            .map(|i| RiskItem { id: *i, label: i.label(c), weight: c.weight(*i) })
            .collect(),
        basis: risk_basis(c),
    };
    let alternatives = Track::ALL
        .into_iter()
        .filter(|t| Some(*t) != track)
        .map(|t| alternative(t, track.unwrap_or(Track::IntensiveJobSearch), &decision, &facts, c))
        .collect();
    let outside_target_group = outside.then(|| OutsideTargetGroup {
        rule: "TR404".into(),
        message: fired.iter().find(|(m, _)| m.code == "TR404").map(|(_, t)| t.clone()).unwrap_or_else(|| outside_title()),
        instead: outside_instead(),
    });
    TrackResult {
        track,
        track_title: track.map_or_else(outside_title, |t| t.title()),
        proposed_track: proposed,
        outside_target_group,
        override_track: c.override_track.clone().map(|mut o| {
            o.reason = o.reason.trim().to_string();
            o
        }),
        eligible: decision.eligible.clone(),
        long_term_unemployed: facts.long_term,
        benefit_share: facts.benefit_share,
        start_phase: StartPhase {
            complete: missing.is_empty(),
            missing,
            cv_searchable: facts.cv_searchable,
            job_goal_title: facts.goal_title.clone(),
            core_elements: tracks::start_phase_elements(),
        },
        risk,
        reasons: fired
            .into_iter()
            .map(|(m, message)| TrackReason { rule: m.code.into(), kind: m.kind, track: m.track, message })
            .collect(),
        alternatives,
        core_elements: track.map(|t| t.core_elements()).unwrap_or_default(),
        archetype: archetype::nearest(&c.archetypes, &facts.present),
    }
}

/// The title shown instead of a track for a person outside the three tracks' target group.
pub fn outside_title() -> Text {
    Text::new("Uden for målgruppen for de tre spor", "Outside the target group of the three tracks")
}

/// What to do instead when the person is outside the three tracks (TR404).
fn outside_instead() -> Vec<Text> {
    vec![Text::new(
        "Revurdér jobparatheden (er kort opkvalificering nok? så TR102); ellers følg reglerne for ikke-jobparate.",
        "Reassess job-readiness (is short upskilling enough? then TR102); else follow the rules for people not job-ready.",
    )]
}

/// Where the risk score's weights come from (`risk.basis`).
fn risk_basis(c: &TrackConfig) -> Text {
    if !c.weights.is_empty() || c.risk_threshold != TrackConfig::default().risk_threshold {
        return Text::new("Vægte og tærskel er værtens konfiguration.", "Weights and threshold are the host's configuration.");
    }
    Text::new(
        "Jobspors standard, ikke seedets: kendetegnene er »ikke determinerende« (seed 004).",
        "Jobspor's defaults, not the seed's: indicators are “not determining” (seed 004).",
    )
}

/// What `t` would require, given the final `track`.
fn alternative(t: Track, track: Track, d: &Decision, f: &Facts, c: &TrackConfig) -> TrackAlternative {
    let req = |rule: &str, da: String, en: String| TrackRequirement { rule: rule.into(), text: Text::new(da, en) };
    let eligible = d.eligible.contains(&t);
    let mut requires = Vec::new();
    if eligible {
        let (to, te) = (track.title().da, track.title().en);
        requires.push(if c.override_track.is_some() {
            req("TR403", format!("Betingelserne er opfyldt, men sagsbehandleren har valgt {to} (se begrundelsen)."),
                format!("The conditions are met, but the caseworker chose {te} (see the reason)."))
        } else {
            req("TR401", format!("Betingelserne er opfyldt, men {to} går forud i rækkefølgen. Vælg sporet med en tilsidesættelse, hvis det passer bedre."),
                format!("The conditions are met, but {te} comes first in the precedence. Choose this track with an override if it fits better."))
        });
    } else {
        if d.outside {
            requires.push(req("TR404", "Først jobparat.".into(), "Job-ready first.".into()));
        }
        match t {
            Track::EducationBoost => {
                if !f.in_target_group() {
                    let (y_da, y) = (fmt_da(c.education_unused_years), fmt_num(c.education_unused_years));
                    requires.push(req("TR201",
                        format!("Målgruppen: ufaglært (ingen erhvervsuddannelse eller videregående uddannelse), en uddannelse der ikke er brugt i mindst {y_da} år, eller sporskifter."),
                        format!("The target group: unskilled (no vocational or higher education), an education not used for at least {y} years, or a career changer.")));
                }
                if !f.wants_education {
                    requires.push(req("TR204", "Den ledige ønsker uddannelse.".into(), "The person wants an education.".into()));
                }
                if f.below_euv_age {
                    let a = c.euv_min_age.unwrap_or_default();
                    requires.push(req("TR205", format!("Mindst {a} år (værtens aldersgrænse)."), format!("At least {a} years old (the host's age limit).")));
                }
            }
            Track::LongTermRisk => {
                let (t_, s) = (fmt_num(c.risk_threshold), fmt_num(f.risk_score));
                let w = |i: TrackIndicator| fmt_num(c.weight(i));
                let wd = |i: TrackIndicator| fmt_da(c.weight(i));
                requires.push(req("TR305",
                    format!("En risikoscore på mindst {} (nu {}). Point (kommunens vægte; standard er Jobspors, ikke seedets): langtidsledig {}, over {} år {}, lav motivation {}, hvert kendetegn fra Mploy-listen typisk 1.",
                        fmt_da(c.risk_threshold), fmt_da(f.risk_score), wd(I::LongTermUnemployed), c.age_threshold, wd(I::AgeOverThreshold), wd(I::LowMotivation)),
                    format!("A risk score of at least {t_} (now {s}). Points (the municipality's weights; the defaults are Jobspor's, not the seed's): long-term unemployed {}, over {} {}, low motivation {}, each indicator from Mploy's list typically 1.",
                        w(I::LongTermUnemployed), c.age_threshold, w(I::AgeOverThreshold), w(I::LowMotivation))));
            }
            Track::IntensiveJobSearch => {
                requires.push(req("TR103",
                    "Klar til at gå direkte i job – evt. via kort opkvalificering (et certifikat, FVU eller OBU).".into(),
                    "Ready to go straight into a job – possibly via short upskilling (a certificate, FVU or OBU).".into()));
            }
        }
    }
    TrackAlternative { track: t, title: t.title(), eligible, requires }
}

/// Every track's name, purpose and target group (seed 001).
pub fn tracks() -> Vec<TrackInfo> {
    Track::ALL.iter().map(|t| t.info()).collect()
}
