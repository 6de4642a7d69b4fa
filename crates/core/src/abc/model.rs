//! The ABC job plan contract (seed 004's "Differentieret jobplan"), as JSON.
//!
//! These field names are public API (hosts send them): fields may be added, never renamed.
//! Every field may be missing or `null` ("not stated"); unknown fields are ignored.

use crate::cv::model::{null_default, Cv};
use serde::{Deserialize, Serialize};

/// A citizen's ABC job plan: three ways to a job worked on at the same time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct AbcPlan {
    /// Weeks in the current unemployment spell (0–5200, fractions allowed; `null`: not stated).
    /// Sets the step of a weekly share schedule, when the host configures one (`search_focus` in
    /// the configuration; none by default).
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 5200)))]
    pub weeks_unemployed: Option<f64>,
    /// Which conversation about the plan this is, 1 = the first (`null`: not stated). Sets which
    /// plan this conversation and the next focus on (the result's `focus`): seed 004 searches the
    /// A-jobs until the next conversation, which "sætter fokus på plan B". *Added field.*
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub conversation: Option<u32>,
    /// The region whose demand data applies, e.g. "Nordjylland" (matched without regard to case
    /// against the keys of the demand data).
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub region: String,
    /// The plan's rows, in the order the citizen wrote them (normally one per letter, more are
    /// allowed).
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub rows: Vec<AbcRow>,
    /// Why the plan has fewer than the three ways A, B and C (seed 003 §5.2: "Såfremt, der
    /// fastsættes færre end 3 jobspor, skal vi begrunde hvorfor"). `null`: none given.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub justification: Option<String>,
    /// The citizen's Jobnet CV (the CV contract), used to judge a row's competence when the row
    /// does not say it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub cv: Option<Cv>,
}

/// One row of the plan: a way to a job (seed 004's columns: job titles/functions,
/// companies/company types, who does what, when) and the three circles (wish, competence; the
/// labour market's demand comes from the host's data).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct AbcRow {
    /// The citizen's letter for the row: `A` (ønskejobbet, the wished job), `B` (det gode og
    /// acceptable job), `C` (det nødvendige job). Lower case is accepted. `null`: not chosen.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub plan: Option<PlanLetter>,
    /// The job title (stillingsbetegnelse), e.g. "Grafiker"; for an education row, the job the
    /// education leads to.
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub occupation: String,
    /// The job functions (jobfunktioner), e.g. "Layout af tryksager": seed 004 asks for functions
    /// rather than titles, because the same functions are found in other jobs.
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub functions: Vec<String>,
    /// Companies or company types to search (virksomheder/virksomhedstyper), e.g.
    /// "Reklamebureauer i Aalborg".
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub companies: Vec<String>,
    /// Who does what (hvem gør hvad), e.g. "Borger ringer, jobkonsulent finder kontakter".
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub who: String,
    /// When (hvornår): a date `YYYY-MM-DD` or a Danish time ("inden udgangen af juni", "uge 12",
    /// "frem til næste samtale"), read by the SMART check's time parser.
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub when: String,
    /// How much the citizen wants this job, 1 (not at all) to 10 (the dream). `null`: not stated
    /// (then judged as the row's letter).
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 10)))]
    pub wish: Option<u8>,
    /// The citizen's competences for the job. `null` or `unknown`: judged from `cv` when given
    /// (see `docs/abc.md`), else unknown.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub competence: Option<Competence>,
    /// The course or education that gets the citizen to the job, e.g. "Truckcertifikat B" or
    /// "EUV til tømrer". Needed for `competence: trainable` and for an education row: upskilling
    /// is targeted when it is named for a named job.
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub upskilling: String,
    /// The row is an education (uddannelse) leading to `occupation` rather than a job search;
    /// seed 004: "Uddannelse kan også være en A-plan, hvis opkvalificeringen er målrettet". Its
    /// competence is `trainable` unless stated.
    #[serde(default, deserialize_with = "null_default")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub education: bool,
}

/// The citizen's letter for a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum PlanLetter {
    /// Ønskejobbet: the wished job.
    #[serde(alias = "a")]
    A,
    /// Det gode og acceptable job.
    #[serde(alias = "b")]
    B,
    /// Det nødvendige job.
    #[serde(alias = "c")]
    C,
}

impl PlanLetter {
    pub const ALL: [PlanLetter; 3] = [PlanLetter::A, PlanLetter::B, PlanLetter::C];

    pub fn as_str(self) -> &'static str {
        match self {
            PlanLetter::A => "A",
            PlanLetter::B => "B",
            PlanLetter::C => "C",
        }
    }

    /// The seed's name for the letter, e.g. "ønskejobbet (A)".
    pub fn label(self) -> crate::Text {
        let (da, en) = match self {
            PlanLetter::A => ("ønskejobbet (A)", "the wished job (A)"),
            PlanLetter::B => ("det gode og acceptable job (B)", "the good and acceptable job (B)"),
            PlanLetter::C => ("det nødvendige job (C)", "the necessary job (C)"),
        };
        crate::Text::new(da, en)
    }
}

/// The citizen's competences for a row's job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum Competence {
    /// Has what the job asks (education or experience in it).
    Full,
    /// Has part of it (related experience, some of the functions).
    Partial,
    /// A short, named upskilling gets there (a certificate, a course, an education for an
    /// education row).
    Trainable,
    /// Lacks the competences and no upskilling is planned.
    None,
    /// Not known: the same as `null` (judged from the CV when one is given).
    Unknown,
}

impl Competence {
    pub fn label(self) -> crate::Text {
        let (da, en) = match self {
            Competence::Full => ("kompetencerne er der", "the competences are there"),
            Competence::Partial => ("en del af kompetencerne er der", "part of the competences are there"),
            Competence::Trainable => ("kompetencerne kan nås med opkvalificering", "upskilling can get the competences"),
            Competence::None => ("kompetencerne mangler", "the competences are missing"),
            Competence::Unknown => ("kompetencerne er ikke vurderet", "the competences are not judged"),
        };
        crate::Text::new(da, en)
    }
}

impl AbcRow {
    /// Nothing filled in: the editor's blank row. Rules skip it.
    pub fn is_blank(&self) -> bool {
        use crate::text::filled;
        !filled(&self.occupation)
            && !self.functions.iter().any(|f| filled(f))
            && !self.companies.iter().any(|c| filled(c))
            && !filled(&self.who)
            && !filled(&self.when)
            && !filled(&self.upskilling)
    }
}
