//! The contracts of the plan check: Min Plan (jobmål, jobspor, skånehensyn, activities,
//! agreements, "krav til jobsøgning"), the joblog, the options (the CV, the joblog, today) and the
//! result. Field names are public API: fields may be added, never renamed.

use crate::cv::Cv;
use crate::rules::Finding;
use crate::Text;
use std::collections::BTreeMap;

contract! {
    /// Min Plan (seed 003 §5.2): the job goal, the jobspor with their reasons, skånehensyn, the
    /// activities and the SMART agreements with the jobspor each serves, and the a-kasse's
    /// "krav til jobsøgning".
    #[serde(default)]
    pub struct MinPlan {
        /// Jobmål: the active job goal, a concrete job title that is one of the jobspor.
        pub job_goal: String,
        /// Begrundelse for jobmål.
        pub job_goal_reason: String,
        /// The jobspor (KAN – VIL – SKAL): normally three, in areas with good prospects.
        pub jobspor: Vec<Jobspor>,
        /// Why there are fewer than three jobspor, when there are ("skal vi begrunde hvorfor").
        pub fewer_jobspor_reason: String,
        /// Skånehensyn: health or other considerations the plan respects.
        pub accommodations: String,
        /// Activities (aktiviteter), each with its reason and the jobspor it serves.
        pub activities: Vec<Activity>,
        /// The SMART agreements (aftaler), each with the jobspor it serves.
        pub agreements: Vec<Agreement>,
        /// "Krav til jobsøgning": how many applications per period (`null`: none set).
        pub search_requirement: Option<SearchRequirement>,
    }

    /// One jobspor: a concrete job title with its reason.
    #[serde(default)]
    pub struct Jobspor {
        /// The id agreements, activities and joblog entries refer to, e.g. `"lager"`.
        pub id: String,
        /// A concrete job title (stillingsbetegnelse), e.g. "Lagermedarbejder".
        pub title: String,
        /// The reason: competences, interests and the labour market's needs.
        pub reason: String,
        /// The main job functions (seed 003 §5.1 step 5).
        pub functions: Vec<String>,
    }

    /// An activity (aktivitet) in Min Plan.
    #[serde(default)]
    pub struct Activity {
        pub title: String,
        /// Its reason: what it is for.
        pub reason: String,
        /// The ids of the jobspor it serves.
        pub jobspor: Vec<String>,
    }

    /// A SMART agreement (aftale), e.g. "Søg stillingen som lagermedarbejder hos Salling Group
    /// inden den 12. marts".
    #[serde(default)]
    pub struct Agreement {
        /// The agreement's text.
        pub text: String,
        /// The ids of the jobspor it serves.
        pub jobspor: Vec<String>,
        /// The date it was made (`YYYY-MM-DD`): relative times in the text are read from it.
        pub date: Option<String>,
        /// The deadline (`YYYY-MM-DD`) when the text's own isn't the one meant.
        pub deadline: Option<String>,
    }

    /// "Krav til jobsøgning": the applications asked for per period.
    #[serde(default)]
    pub struct SearchRequirement {
        /// Applications per period.
        pub applications: u32,
        /// The period in weeks (`0` or missing: 1).
        pub period_weeks: u32,
        /// The first day the requirement counts from (`YYYY-MM-DD`; `null`: the first joblog entry's week).
        pub from: Option<String>,
        /// Of which kind, when the requirement names one (counted separately), e.g. `unsolicited`.
        pub kind: Option<ApplicationHow>,
    }

    /// One joblog entry (seed 003 §5.4: what was applied for, where, when and how).
    #[serde(default)]
    pub struct JoblogEntry {
        /// The date applied (`YYYY-MM-DD`).
        pub date: String,
        pub employer: String,
        /// The job title applied for.
        pub title: String,
        /// Where the job is (town or municipality).
        pub place: String,
        pub how: ApplicationHow,
        pub status: Status,
        /// When to follow up (`YYYY-MM-DD`).
        pub follow_up: Option<String>,
        pub notes: String,
        /// The id of the jobspor it belongs to (`null`: read from the title).
        pub jobspor: Option<String>,
    }
}

contract_enum! {
    /// How the application was made.
    pub enum ApplicationHow {
        /// A written application to a posted job.
        Written,
        /// An unsolicited application (uopfordret).
        Unsolicited,
        /// In person (personlig henvendelse).
        Personal,
        Phone,
        SocialMedia,
        Other,
    }

    /// Where the application stands.
    pub enum Status {
        /// Not sent yet: does not count as an application.
        Planned,
        Applied,
        Interview,
        Rejected,
        Hired,
        NoAnswer,
    }
}

impl Default for ApplicationHow {
    fn default() -> Self {
        ApplicationHow::Written
    }
}

impl Default for Status {
    fn default() -> Self {
        Status::Applied
    }
}

output! {
    /// The options of the plan check: the other pieces of the chain and the thresholds. Every
    /// field is optional.
    #[serde(default)]
    #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
    pub struct PlanOptions {
        /// The Jobnet CV ("Jeg søger job som"), to compare with the jobspor.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub cv: Option<Cv>,
        /// The joblog.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub joblog: Vec<JoblogEntry>,
        /// Today (`YYYY-MM-DD`): periods after it are not counted, deadlines before it are judged.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub today: Option<String>,
        /// All applications in one jobspor for this many weeks in a row is a finding (default 3).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub one_jobspor_weeks: u32,
        /// The most joblog entries read (default 20000); more is an input error.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub max_entries: usize,
        /// The host's demand data, as in the ABC plan's configuration: `{"<region>":
        /// {"<occupation>": "shortage" | "good" | "some" | "poor"}}`. Default: none.
        #[cfg_attr(feature = "ts", tsify(optional, type = "Record<string, Record<string, Demand | string> | string>"))]
        pub demand: crate::abc::DemandData,
        /// The region of the demand data to use (default: the data's only region, if it has one).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub region: Option<String>,
    }

    /// The result of the plan check.
    pub struct PlanResult {
        /// What the rules noticed, in rule-code order.
        #[cfg_attr(feature = "ts", tsify(type = "CheckFinding[]"))]
        pub findings: Vec<Finding>,
        /// The conversation summary.
        pub summary: PlanSummary,
        /// Each agreement's reading and the joblog entries that fulfil it.
        pub agreements: Vec<AgreementResult>,
    }

    /// The summary for the next conversation: applications made vs asked per jobspor and week.
    pub struct PlanSummary {
        /// One row per ISO week from the first counted week to today's.
        pub weeks: Vec<WeekSummary>,
        /// Applications per jobspor over the whole joblog (ids; `""` for entries in no jobspor).
        pub by_jobspor: BTreeMap<String, u32>,
        /// The gaps, as prompts for the conversation.
        pub prompts: Vec<Text>,
    }

    /// One week of the joblog.
    pub struct WeekSummary {
        /// ISO week, e.g. `2026-W10`.
        pub week: String,
        /// Its Monday (`YYYY-MM-DD`).
        pub monday: String,
        /// Applications made that week.
        pub applications: u32,
        /// Applications per jobspor id (`""`: in no jobspor).
        pub by_jobspor: BTreeMap<String, u32>,
        /// The applications asked for per week (requirement ÷ period), `null` when none.
        pub required: Option<f64>,
        /// The week is over (before today's week).
        pub complete: bool,
    }

    /// An agreement as read by the SMART analyser and the occupation recogniser.
    pub struct AgreementResult {
        /// The agreement's index in `agreements`.
        pub index: usize,
        /// It asks for applications to named jobs (a title or an employer) by a deadline.
        pub asks_application: bool,
        /// The occupation it names (canonical title).
        pub occupation: Option<String>,
        /// The employer it names ("hos XYZ").
        pub employer: Option<String>,
        /// The deadline (`YYYY-MM-DD`).
        pub deadline: Option<String>,
        /// The indexes of the joblog entries that match it.
        pub entries: Vec<usize>,
        /// Applications a week it asks ("søg 2 stillinger som X om ugen"), `null` when none.
        pub per_week: Option<u32>,
    }
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions { cv: None, joblog: Vec::new(), today: None, one_jobspor_weeks: 3, max_entries: 20_000, demand: Default::default(), region: None }
    }
}
