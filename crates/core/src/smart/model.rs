//! The SMART result contract. Field names are public API: fields may be added, never renamed.

use crate::Text;

contract_enum! {
    /// What the text is.
    #[serde(rename = "SmartKind")]
    pub enum Kind {
        /// A job goal or sub-goal (jobmål, delmål): should name a concrete job title or education.
        Goal,
        /// An agreement (aftale) in Min Plan: something the citizen does.
        Agreement,
    }

    /// A criterion's verdict, worst first (so the minimum of several is the overall verdict).
    #[serde(rename = "SmartVerdict")]
    pub enum Verdict {
        Missing,
        Partly,
        Met,
    }

    /// The unit of `start`/`end` in the evidence.
    #[serde(rename = "SmartOffsetUnit")]
    pub enum OffsetUnit {
        /// Unicode scalar values (Rust `chars()`, Python `str` indices). The CLI default.
        Unicode,
        /// UTF-16 code units (JavaScript `String.prototype.slice`). Always used by the JS API.
        Utf16,
        /// UTF-8 bytes (Rust `&str` slicing).
        Utf8,
    }

    /// The five SMART criteria.
    #[serde(rename = "SmartCriterion")]
    pub enum Criterion {
        Specific,
        Measurable,
        Attractive,
        Realistic,
        TimeBound,
    }
}

impl Default for Kind {
    /// An agreement: the CLI's and the JS API's default.
    fn default() -> Self {
        Kind::Agreement
    }
}

impl Default for OffsetUnit {
    /// Unicode scalar values.
    fn default() -> Self {
        OffsetUnit::Unicode
    }
}

impl Criterion {
    pub const ALL: [Criterion; 5] =
        [Criterion::Specific, Criterion::Measurable, Criterion::Attractive, Criterion::Realistic, Criterion::TimeBound];

    /// The criterion's name in Danish and English ("Specifik" / "Specific").
    pub fn label(self) -> Text {
        let (da, en) = match self {
            Criterion::Specific => ("Specifik", "Specific"),
            Criterion::Measurable => ("Målbar", "Measurable"),
            Criterion::Attractive => ("Attraktiv", "Attractive"),
            Criterion::Realistic => ("Realistisk", "Realistic"),
            Criterion::TimeBound => ("Tidsbestemt", "Time-bound"),
        };
        Text::new(da, en)
    }
}

impl Verdict {
    /// "opfyldt" / "met" and so on, for a text label next to a badge.
    pub fn label(self) -> Text {
        match self {
            Verdict::Met => Text::new("opfyldt", "met"),
            Verdict::Partly => Text::new("delvist", "partly"),
            Verdict::Missing => Text::new("mangler", "missing"),
        }
    }
}

output! {
    /// The result of a SMART check of one goal or agreement.
    pub struct SmartResult {
        pub kind: Kind,
        /// How many of the five criteria are met (0–5).
        pub met: u8,
        /// The deadline the text sets, resolved to a date ("YYYY-MM-DD"), or `null` when it sets
        /// none or it can't be resolved (e.g. "frem til næste samtale" without a next meeting date).
        pub deadline: Option<String>,
        pub criteria: Criteria,
        /// The unit of every `start`/`end` in `evidence`.
        pub offsets: OffsetUnit,
        /// The date relative times were resolved from (`null` when none was given).
        pub today: Option<String>,
        /// In a list of agreements ([`check_agreements`](super::check_agreements)): the shared
        /// time frame this item inherits from an earlier item ("frem til næste samtale" under one
        /// "Aftalen er:", seed 003 §5.3), `null` otherwise. *Added field.*
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub shared_time: Option<SharedTime>,
    }

    /// A time frame inherited from an earlier agreement in the same list.
    pub struct SharedTime {
        /// Index (0-based) of the agreement that states it.
        pub from_item: usize,
        /// Its words, e.g. "frem til næste samtale".
        pub text: String,
    }

    /// The five criteria.
    #[serde(rename = "SmartCriteria")]
    pub struct Criteria {
        pub specific: CriterionResult,
        pub measurable: CriterionResult,
        pub attractive: CriterionResult,
        pub realistic: CriterionResult,
        pub time_bound: CriterionResult,
    }

    /// One criterion's verdict, the words that carry it, and what to do.
    #[serde(rename = "SmartCriterionResult")]
    pub struct CriterionResult {
        pub verdict: Verdict,
        /// The words the verdict rests on, in text order (for and against).
        pub evidence: Vec<Evidence>,
        /// Why this verdict, in plain words.
        pub message: Text,
        /// A concrete improvement (or, when met, what to keep).
        pub suggestion: Text,
        /// Every rule that fired for this criterion, with its verdict (the worst one decides).
        pub rules: Vec<FiredRule>,
    }

    /// A range of the text.
    #[serde(rename = "SmartEvidence")]
    pub struct Evidence {
        /// Start offset, in the result's `offsets` unit.
        pub start: usize,
        /// End offset (exclusive).
        pub end: usize,
        /// The text of the range.
        pub text: String,
        /// What the words are: `action`, `occupation`, `deadline`, `hedge`, … (see docs/smart.md).
        pub feature: String,
        /// The words speak against the criterion (a hedge, a vague amount or time, an outside
        /// motive, an outcome instead of an action), not for it. Absent in results of older
        /// versions.
        #[serde(default)]
        pub against: bool,
    }

    /// A rule that fired.
    #[serde(rename = "SmartFiredRule")]
    pub struct FiredRule {
        /// Stable code, e.g. `SM101`.
        pub code: String,
        /// Kebab-case name, e.g. `concrete-action`.
        pub name: String,
        pub verdict: Verdict,
        pub message: Text,
    }
}

impl Criteria {
    pub fn get(&self, c: Criterion) -> &CriterionResult {
        match c {
            Criterion::Specific => &self.specific,
            Criterion::Measurable => &self.measurable,
            Criterion::Attractive => &self.attractive,
            Criterion::Realistic => &self.realistic,
            Criterion::TimeBound => &self.time_bound,
        }
    }
}
