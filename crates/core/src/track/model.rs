//! The track profile contract: what a caseworker knows about a job-ready person after the
//! start phase (Tidlig intensiv start), as JSON.
//!
//! These field names are public API (hosts send them): fields may be added, never renamed.
//! Every field may be missing or `null` ("not stated"). Unknown fields are ignored.
//!
//! There is **no** field for ethnicity, origin, nationality, language background or gender, and
//! none is read if a host sends one (a test proves the result is identical). Seed 004 lists
//! "anden etnisk baggrund end dansk" among Mploy's statistical risk markers; using it to steer a
//! person's track would be discrimination on ethnic origin (forskelsbehandlingsloven, the EU
//! race equality directive 2000/43/EC) and profiling on special-category data (GDPR Art. 9 and
//! Art. 22; the CJEU's SCHUFA ruling C‑634/21 treats a score that decisively shapes a decision as
//! an automated decision). See `docs/track.md`.

use crate::cv::model::{null_default, Cv, EducationLevel};
use serde::{Deserialize, Serialize};

contract! {
    /// A job-ready person's profile for the track assessment (sporvalg). Every field may be
    /// missing or null. There is no field for ethnicity, origin, nationality or gender, and
    /// unknown fields are ignored: sending one changes nothing.
    pub struct TrackProfile {
        /// Age in whole years. Over `age_threshold` (default 40) is a risk indicator (seed 004);
        /// under `euv_min_age` (default 30) the education boost's age rule is not met.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        #[cfg_attr(feature = "schema", schemars(range(max = 130)))]
        pub age: Option<u32>,
        /// Highest completed education. `primary` and `upper_secondary` count as unskilled
        /// (ufaglært). `null`: taken from the CV's educations when a `cv` is given, else unknown.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub education_level: Option<EducationLevel>,
        /// Years since the person last worked in what they are educated for (`null`: in use or
        /// not stated). At least `education_unused_years` (default 5) counts like unskilled for
        /// the education boost.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 100)))]
        pub education_last_used_years_ago: Option<f64>,
        /// Weeks in the current unemployment spell. From `self_support_weeks` (default 39) it is a
        /// risk indicator: most job-ready people are self-supporting before 39 weeks (seed 004).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 5200)))]
        pub weeks_unemployed: Option<f64>,
        /// Weeks on unemployment benefit or social assistance in the last 52 weeks (0–52,
        /// fractions allowed). At least 80 % of 52 (41.6 weeks; 42 in whole weeks) is long-term
        /// unemployed (seed 004).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 52)))]
        pub benefit_weeks_last_52: Option<f64>,
        /// The job goal (jobmål), e.g. "Lagermedarbejder". A concrete goal completes half of
        /// the start phase.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub job_goal: String,
        /// The person's Jobnet CV (the CV contract). When given, the CV check decides whether
        /// it is searchable (the other half of the start phase).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub cv: Option<Cv>,
        /// Whether the CV is updated and searchable on Jobnet, when the host knows without
        /// sending the CV (`null`: not known). Ignored when `cv` is given.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub cv_searchable: Option<bool>,
        /// Ready to go straight into a job (`null`: not assessed).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub ready_for_job_now: Option<bool>,
        /// Short upskilling needed to get a job within the goal (`null`: none).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub needs_short_upskilling: Option<Upskilling>,
        /// The person wants an education (`null`: not asked).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub wants_education: Option<bool>,
        /// A career changer (sporskifter): wants to change to another trade.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub career_changer: Option<bool>,
        /// The caseworker's assessment of the risk indicators from seed 004 (Mploy's list, without
        /// ethnic background). Missing ones are `false`.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub indicators: TrackIndicators,
    }

    /// Risk indicators a caseworker assesses (seed 004, Mploy's list; `true` when it applies).
    #[serde(default)]
    pub struct TrackIndicators {
        /// Belongs to a group currently exposed by the business cycle.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub exposed_group: bool,
        /// Unstable attachment to the labour market over many years.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub unstable_attachment: bool,
        /// Short or no work experience.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub short_or_no_experience: bool,
        /// Limited willingness or ability to travel/commute for a job.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub low_mobility: bool,
        /// Limited willingness or ability to change trade or job function.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub unwilling_to_change_trade: bool,
        /// Cannot see own competences used in other trades or functions.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub cannot_transfer_competences: bool,
        /// No active network to companies and workplaces.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub no_network: bool,
        /// Applies for too few jobs or too narrowly.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub narrow_or_few_applications: bool,
        /// Personal characteristics or problems that make it hard to get a job.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub personal_barriers: bool,
        /// Behaviour that makes it hard to get a job.
        #[serde(deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub hard_behaviour: bool,
        /// Motivation for finding a job is low (seed 004 l. 2387–2389: "motivation ofte er en
        /// væsentlig moderator"; l. 2460 lists it under Holdninger). Not on Mploy's list.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub low_motivation: bool,
    }
}

/// Short upskilling alongside the job search (seed 001, Intensiv jobsøgning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum Upskilling {
    /// Kort faglig opkvalificering, fx et påkrævet certifikat (truck, hygiejnebevis).
    Certificate,
    /// FVU: forberedende voksenundervisning (dansk, matematik, engelsk, digital).
    Fvu,
    /// OBU: ordblindeundervisning for voksne.
    Obu,
}

impl Upskilling {
    pub fn label(self) -> crate::Text {
        let (da, en) = match self {
            Upskilling::Certificate => ("et certifikat (kort faglig opkvalificering)", "a certificate (short vocational upskilling)"),
            Upskilling::Fvu => ("FVU (forberedende voksenundervisning)", "FVU (preparatory adult education)"),
            Upskilling::Obu => ("OBU (ordblindeundervisning for voksne)", "OBU (dyslexia teaching for adults)"),
        };
        crate::Text::new(da, en)
    }
}
