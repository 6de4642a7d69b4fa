//! The result of an ABC plan check.

use super::config::FocusStep;
use super::demand::Demand;
use super::model::{Competence, PlanLetter};
use crate::rules::Finding;
use crate::Text;
use serde::{Deserialize, Serialize};

crate::rules::output! {
    /// The result of checking an ABC job plan.
    pub struct AbcResult {
        /// One entry per row of the plan, in the same order (blank rows too).
        pub rows: Vec<RowResult>,
        /// What the rules noticed, in rule-code order. Nothing blocks: warnings and advice only.
        #[cfg_attr(feature = "ts", tsify(type = "CheckFinding[]"))]
        pub findings: Vec<Finding>,
        /// The share of the search effort for A, B and C after `weeks_unemployed` weeks, from the
        /// host's weekly schedule (`null`: no schedule configured – the default – or weeks not
        /// stated). Advice, not a requirement.
        #[cfg_attr(feature = "ts", tsify(type = "SearchFocus | null"))]
        pub search_focus: Option<SearchFocus>,
        /// What to search until the next conversation and which plan each conversation focuses
        /// on (seeds 003 and 004). *Added field.*
        pub focus: ConversationFocus,
    }

    /// The focus per conversation: every letter that stands is searched side by side (seed 003:
    /// the jobspor are "ligestillede"), and the focus moves one letter per conversation (seed
    /// 004: A first, then "næste møde sætter fokus på plan B", then C).
    pub struct ConversationFocus {
        /// The letters with a row that counts: search all of them until the next conversation.
        pub search: Vec<PlanLetter>,
        /// The plan this conversation focuses on, and the plan the next one focuses on (`null`:
        /// conversation not stated, or no letter stands).
        #[cfg_attr(feature = "ts", tsify(type = "PlanLetter | null"))]
        pub current: Option<PlanLetter>,
        #[cfg_attr(feature = "ts", tsify(type = "PlanLetter | null"))]
        pub next: Option<PlanLetter>,
        /// The advice in words.
        pub message: Text,
        /// The plan's `conversation` (`null`: not stated).
        #[cfg_attr(feature = "ts", tsify(type = "number | null"))]
        pub conversation: Option<u32>,
    }

    /// A row's classification.
    pub struct RowResult {
        /// The citizen's letter for the row (`null`: none chosen).
        #[cfg_attr(feature = "ts", tsify(type = "PlanLetter | null"))]
        pub plan: Option<PlanLetter>,
        /// The letter the three circles point to, or `unrealistic` when the labour market does
        /// not ask for the job (or the competences are missing with no upskilling planned).
        pub class: AbcClass,
        /// Why, in plain words.
        pub reason: Text,
        /// The three circles as judged.
        pub circles: Circles,
    }

    /// The three circles of seed 004's model: wishes, competences, labour market.
    pub struct Circles {
        pub wish: WishCircle,
        pub competence: CompetenceCircle,
        pub demand: DemandCircle,
    }

    /// The citizen's wish.
    pub struct WishCircle {
        /// The wish 1–10 as given (`null`: not stated).
        #[cfg_attr(feature = "ts", tsify(type = "number | null"))]
        pub value: Option<u8>,
        /// `high` (from `wish_high`), `low` (up to `wish_low`) or `medium`; without a value, the
        /// band of the row's letter (A high, B medium, C low; no letter: medium).
        pub band: WishBand,
        /// True when the band comes from the row's letter, not from a stated wish.
        pub inferred: bool,
    }

    /// The citizen's competences for the job.
    pub struct CompetenceCircle {
        /// As given, or judged from the CV; `unknown` when neither says.
        pub level: Competence,
        /// Where the level comes from.
        pub source: CompetenceSource,
        /// The CV entry it was judged from (a job title, an education, a job wish), if any.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub evidence: Option<String>,
    }

    /// The labour market's demand for the job, from the host's data.
    pub struct DemandCircle {
        /// The data's category, or `unknown`.
        pub level: Demand,
        /// True when the row counts as having no demand: `poor`, or `unknown` while the host
        /// requires demand data.
        pub no_demand: bool,
        /// The region of the data that was used (as the data writes it), if any.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub region: Option<String>,
        /// The occupation key of the data that matched, if any.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub matched: Option<String>,
        /// The occupation lexicon's title for the row's job (`null`: not recognised).
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub title: Option<String>,
        /// The occupational area's id in the lexicon, e.g. `kultur`.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub area: Option<String>,
        /// The occupational area's name.
        #[cfg_attr(feature = "ts", tsify(type = "Text | null"))]
        pub area_name: Option<Text>,
    }

    /// The suggested search focus.
    pub struct SearchFocus {
        /// Weeks unemployed, as given.
        pub weeks: f64,
        /// The configured step that applies (`from_week`, and the shares `A`, `B`, `C` in
        /// percent).
        #[serde(flatten)]
        pub step: FocusStep,
        /// True from the second step on: the focus has moved from A towards B and C.
        pub shifted: bool,
        /// The advice in words.
        pub message: Text,
    }
}

/// The class the circles point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum AbcClass {
    A,
    B,
    C,
    /// Not an A, B or C: no demand (seed 004's "urealistisk"), or no competences and no upskilling.
    #[serde(rename = "unrealistic")]
    Unrealistic,
    /// Not judged – demand unknown: the labour-market circle is missing (the host must supply
    /// demand data). *Added value.*
    #[serde(rename = "not_judged")]
    NotJudged,
}

impl AbcClass {
    pub fn letter(self) -> Option<PlanLetter> {
        match self {
            AbcClass::A => Some(PlanLetter::A),
            AbcClass::B => Some(PlanLetter::B),
            AbcClass::C => Some(PlanLetter::C),
            AbcClass::Unrealistic | AbcClass::NotJudged => None,
        }
    }
}

impl From<PlanLetter> for AbcClass {
    fn from(l: PlanLetter) -> Self {
        match l {
            PlanLetter::A => AbcClass::A,
            PlanLetter::B => AbcClass::B,
            PlanLetter::C => AbcClass::C,
        }
    }
}

/// How strong the wish is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum WishBand {
    High,
    Medium,
    Low,
}

impl WishBand {
    /// The letter a wish of this strength points to.
    pub fn letter(self) -> PlanLetter {
        match self {
            WishBand::High => PlanLetter::A,
            WishBand::Medium => PlanLetter::B,
            WishBand::Low => PlanLetter::C,
        }
    }
}

/// Where a row's competence level comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CompetenceSource {
    /// The row's `competence`.
    Given,
    /// An education row without `competence`: `trainable`.
    EducationRow,
    /// A job in the CV's work experience with the same occupation: `full`.
    CvWorkExperience,
    /// A completed (or unstated) education in the CV for the same occupation: `full`.
    CvEducation,
    /// "Jeg søger job som" the same occupation with years of experience (`full`) or with
    /// qualifications (`partial`).
    CvJobWish,
    /// Work experience or education in the same occupational area: `partial`.
    CvSameArea,
    /// Neither the row nor the CV says.
    Unknown,
}
