//! Options for the SMART check. Every threshold is a documented default a host can override.

use super::date::Date;
use super::model::{Kind, OffsetUnit};
use super::rules;
use crate::cv::model::null_default;
use crate::InputError;
use serde::{Deserialize, Serialize};

/// Options for the SMART check (`check_smart`, `jobspor smart`, `checkSmart`). Every field is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
pub struct SmartOptions {
    /// `agreement` (default) or `goal`.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub kind: Kind,
    /// Today's date, "YYYY-MM-DD": relative times ("på mandag", "inden for 3 måneder") resolve from
    /// it. The CLI and the JS API default to the current date; the core to none (no resolution).
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub today: Option<String>,
    /// The next meeting (samtale) with the citizen, "YYYY-MM-DD": "frem til næste samtale"
    /// resolves to it. Not before `today`.
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub next_meeting: Option<String>,
    /// More applications than this per week is unrealistic (default 25).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub max_applications_per_week: u32,
    /// More calls, contacts or visits than this per week is unrealistic (default 40).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub max_contacts_per_week: u32,
    /// A job (or "fast job") wanted sooner than this many days ahead is unrealistic (default 14).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub min_days_to_job: u32,
    /// Days to the next meeting assumed for judging amounts when `next_meeting` is not given
    /// (default 28).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub assumed_days_to_meeting: u32,
    /// A day-month date without a year is the next such date; only one at most this many days in
    /// the past is taken as this year's – a passed deadline that may be a typo, which SM506 says
    /// (default 7, Jobspor's choice: the seeds give no figure).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub past_date_days: u32,
    /// At most this many evidence ranges per criterion (default 20).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub max_evidence: usize,
    /// The unit of evidence offsets: `unicode` (default), `utf16` or `utf8`. The JS API always
    /// uses `utf16`.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub offsets: OffsetUnit,
    /// Rule codes to switch off (`["SM105"]`).
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub disabled: Vec<String>,
    /// Local words the built-in lists lack.
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub vocabulary: ExtraVocabulary,
}

/// Extra words, lower or mixed case; multi-word entries match as phrases.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields, rename = "SmartVocabulary")]
pub struct ExtraVocabulary {
    /// Job titles (count as a concrete stillingsbetegnelse), e.g. "havnearbejder på Skagen Havn".
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub occupations: Vec<String>,
    /// Action words in the forms used (count as the citizen's own action), e.g. "cv-screene".
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub actions: Vec<String>,
    /// Employers and organisations (count as a named target), e.g. "Skagen Havn".
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub companies: Vec<String>,
    /// Places (towns, areas).
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub places: Vec<String>,
    /// Vague words that make a text unspecific.
    #[serde(deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub hedges: Vec<String>,
}

impl Default for SmartOptions {
    fn default() -> Self {
        SmartOptions {
            kind: Kind::Agreement,
            today: None,
            next_meeting: None,
            max_applications_per_week: 25,
            max_contacts_per_week: 40,
            min_days_to_job: 14,
            assumed_days_to_meeting: 28,
            past_date_days: 7,
            max_evidence: 20,
            offsets: OffsetUnit::Unicode,
            disabled: Vec::new(),
            vocabulary: ExtraVocabulary::default(),
        }
    }
}

impl SmartOptions {
    /// Checks every value, naming the path of the first bad one.
    pub fn validate(&self) -> Result<(), InputError> {
        let today = parse_date("today", self.today.as_deref())?;
        let meeting = parse_date("next_meeting", self.next_meeting.as_deref())?;
        if let (Some(t), Some(m)) = (today, meeting) {
            if m < t {
                return Err(InputError::new(
                    "next_meeting",
                    format!("the next meeting ({m}) is before today ({t})"),
                    format!("næste samtale ({m}) ligger før i dag ({t})"),
                ));
            }
        }
        for (path, v) in [
            ("max_applications_per_week", self.max_applications_per_week),
            ("max_contacts_per_week", self.max_contacts_per_week),
            ("assumed_days_to_meeting", self.assumed_days_to_meeting),
        ] {
            if v == 0 {
                return Err(InputError::new(path, "must be at least 1", "skal være mindst 1"));
            }
        }
        for (path, v) in [("min_days_to_job", self.min_days_to_job), ("past_date_days", self.past_date_days)] {
            if v > 3660 {
                return Err(InputError::new(path, "must be at most 3660 days", "må højst være 3660 dage"));
            }
        }
        for (i, code) in self.disabled.iter().enumerate() {
            if rules::rule(code).is_none() {
                return Err(InputError::new(
                    format!("disabled[{i}]"),
                    format!("unknown rule code {code:?} (see `jobspor smart --rules`)"),
                    format!("ukendt regelkode {code:?} (se `jobspor smart --rules`)"),
                ));
            }
        }
        let v = &self.vocabulary;
        for (name, list) in [
            ("occupations", &v.occupations),
            ("actions", &v.actions),
            ("companies", &v.companies),
            ("places", &v.places),
            ("hedges", &v.hedges),
        ] {
            if list.len() > 1000 {
                return Err(InputError::new(format!("vocabulary.{name}"), "at most 1000 entries", "højst 1000 ord"));
            }
            for (i, w) in list.iter().enumerate() {
                let words = crate::lexicon::phrase_words(w).len();
                if words == 0 || words > 6 || w.chars().count() > 100 {
                    return Err(InputError::new(
                        format!("vocabulary.{name}[{i}]"),
                        "must be 1 to 6 words (at most 100 characters)",
                        "skal være 1 til 6 ord (højst 100 tegn)",
                    ));
                }
            }
        }
        Ok(())
    }

    pub(crate) fn today_date(&self) -> Option<Date> {
        self.today.as_deref().and_then(Date::parse)
    }

    pub(crate) fn meeting_date(&self) -> Option<Date> {
        self.next_meeting.as_deref().and_then(Date::parse)
    }

    pub(crate) fn is_disabled(&self, code: &str) -> bool {
        self.disabled.iter().any(|c| c.eq_ignore_ascii_case(code))
    }
}

fn parse_date(path: &str, s: Option<&str>) -> Result<Option<Date>, InputError> {
    match s {
        None => Ok(None),
        Some(s) => Date::parse(s).map(Some).ok_or_else(|| {
            InputError::new(
                path,
                format!("{s:?} is not a date of the form YYYY-MM-DD"),
                format!("{s:?} er ikke en dato på formen ÅÅÅÅ-MM-DD"),
            )
        }),
    }
}
