//! The job-order contract (jobordre): what a company consultant (virksomhedskonsulent) writes
//! down with the company, as JSON – the fields of the order form in seed 002 appendix C
//! ("Ordreblanket") and the job-order template of seed 003 §6.1.
//!
//! These field names are public API: fields may be added, never renamed. Every field may be
//! missing or `null` ("not stated"); unknown fields are ignored. A JSON array where an object is
//! expected, or a requirement value of the wrong type for its kind, is bad input (an
//! [`InputError`] naming the path, e.g. `requirements[2].value`).

use crate::cv::model::{null_default, EducationLevel, Hours};
use crate::InputError;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

crate::cv::model::contract! {
    /// A job order (jobordre): the company, the job and its requirements, the facts, and how the
    /// company wants to be contacted. Every field may be missing or null.
    pub struct JobOrder {
        /// The company (Firma, CVR, adresse, antal ansatte).
        #[serde(default, deserialize_with = "object")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub company: Company,
        /// The contact person at the company (kontaktperson: navn, stilling, mail, telefon).
        #[serde(default, deserialize_with = "object")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub contact: ContactPerson,
        /// How the company wants candidates (kontaktform).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub contact_form: Option<ContactForm>,
        /// What the company offers (tilbyder): ordinary job, internship, wage subsidy, flex job.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub offer: Option<Offer>,
        /// Stillingsbetegnelse, e.g. "Lagermedarbejder": the occupation the search is made on
        /// (Jobnet's Erhverv/Stilling).
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub title: String,
        /// Other titles for the same job, searched together with `title` (Jobnet ORs occupations),
        /// e.g. `["Truckfører"]` for a warehouse job with a truck.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub alternative_titles: Vec<String>,
        /// Arbejdsopgaver: what the job is about, concretely (the ad text speaks to the candidate).
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub tasks: String,
        /// The requirements (krav): professional qualifications, certificates, years of experience,
        /// education, driving licence, languages, criminal record – each mandatory (ufravigeligt)
        /// or nice to have.
        #[serde(default, deserialize_with = "objects")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub requirements: Vec<Requirement>,
        /// Personal competences (personlige kompetencer), e.g. "arbejder selvstændigt". For the
        /// selection from the gross list; not searchable.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub personal_competences: Vec<String>,
        /// Physical demands (fysik): heavy lifting, standing or walking many hours a day.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub physical_demands: String,
        /// The culture at the workplace (kultur): work clothes, tone, team.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub culture: String,
        /// Where the job is, and where to search.
        #[serde(default, deserialize_with = "object")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub location: Location,
        /// Start date (ansættelsesdato), `YYYY-MM-DD` (or `YYYY-MM`).
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub start_date: String,
        /// End date for a temporary job, `YYYY-MM-DD` (or `YYYY-MM`); empty for a permanent one.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub end_date: String,
        /// Timetal: full or part time.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub hours: Option<Hours>,
        /// Mødetider: working times, e.g. "Dag, 7–15, ingen weekend".
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub working_times: String,
        /// Ansættelsesforhold: permanent, temporary, temp agency or shift work.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub employment_form: Option<JobEmploymentForm>,
        /// Number of positions (antal ledige stillinger).
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub positions: Option<u32>,
        /// How to apply (ansøgningsform, seed 003 §6.1): digital, in person, in writing, by phone.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub application_form: Vec<ApplicationForm>,        /// Requirement kinds the company has been asked about and has none of (seed 002 §4.1's
        /// minimum: education, years of experience, certificates, driving licence, criminal
        /// record), e.g. `["criminal_record"]`. Clears JO011 for those kinds. *Added field.*
        #[serde(default, deserialize_with = "null_default", skip_serializing_if = "Vec::is_empty")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub no_requirements_of_kind: Vec<RequirementKind>,
        /// The headline of the ad ("Overskriften er blikfang", seed 003 §6.1,
        /// frederikshavn-metodehaandbog.txt l. 1177). *Added field.*
        #[serde(default, deserialize_with = "null_default", skip_serializing_if = "String::is_empty")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub headline: String,
        /// Hours per week (seed 003 §6.1 "antal timer", l. 1214), e.g. 37. *Added field.*
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub hours_per_week: Option<f64>,
        /// `personal_competences` are listed in priority order, most important first ("Prioritering
        /// af personlige kompetencer", seed 003 §6.1, l. 1211). *Added field.*
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub personal_competences_prioritised: Option<bool>,
        /// How the order is made visible (synliggørelse, seed 003 §6.1 l. 1229–1231), e.g.
        /// `["jobnet_posting", "cv_search"]`: a Jobnet posting and/or a search of CVs. *Added field.*
        #[serde(default, deserialize_with = "null_default", skip_serializing_if = "Vec::is_empty")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub visibility: Vec<String>,
        /// "Firmaet ønsker kontakt/yderligere information om: …" (seed 002 appendix C,
        /// discus-laeringskatalog-matchning.txt l. 1515), e.g. "Fastholdelse/sygefravær". *Added field.*
        #[serde(default, deserialize_with = "null_default", skip_serializing_if = "Vec::is_empty")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub contact_about: Vec<String>,
        /// The job centre's consultant responsible for the order (Virksomhedskonsulent /
        /// kontaktansvarlig, seed 002 appendix C l. 1523). *Added field.*
        #[serde(default, deserialize_with = "null_default", skip_serializing_if = "String::is_empty")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub consultant: String,
        /// Contacts with the company (seed 002 appendix C l. 1531: "Kontakter med virksomheden:
        /// Dato, Sagsbehandler, Kommentarer"). *Added field.*
        #[serde(default, deserialize_with = "objects", skip_serializing_if = "Vec::is_empty")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub contact_log: Vec<ContactLogEntry>,
    }

    /// One contact with the company (seed 002 appendix C).
    pub struct ContactLogEntry {
        /// Dato, `YYYY-MM-DD` or as written.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub date: String,
        /// Sagsbehandler.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub caseworker: String,
        /// Kommentarer.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub comment: String,
    }

    /// The company (seed 002 appendix C: Firma, CVR, Adresse, Antal ansatte).
    pub struct Company {
        /// Company name.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub name: String,
        /// CVR number: 8 digits.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub cvr: String,
        /// Address.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub address: String,
        /// Number of employees.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub employees: Option<u32>,
    }

    /// The contact person at the company.
    pub struct ContactPerson {
        /// Name.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub name: String,
        /// Job title (stilling), e.g. "Lagerchef".
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub title: String,
        /// E-mail.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub email: String,
        /// Phone.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub phone: String,
    }

    /// Where the job is, and where to search for candidates.
    pub struct Location {
        /// Municipality code (kommunekode) of the workplace, e.g. "813" (Frederikshavn).
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub municipality_code: String,
        /// Postal code of the workplace, e.g. "9900".
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub postal_code: String,
        /// Limit the search to people living in these municipalities (bopælskommune, kommunekoder
        /// such as "813"; a leading zero is ignored: "0813" = "813"). Empty or missing: the whole
        /// country. When given, it is a mandatory criterion of the search, like Jobnet's
        /// bopælskommune filter.
        #[serde(default, deserialize_with = "null_default")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub search_municipalities: Vec<String>,
    }
}

/// One requirement (krav) of the job order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Requirement {
    /// What is required.
    pub kind: RequirementKind,
    /// The value; its type depends on `kind`: a text for `qualification`, `certificate`,
    /// `language` and `driving_licence` (a category such as "C" or "CE"); a number of years for
    /// `experience_years`; an education level (`vocational`, `bachelor`, …) for
    /// `education_level`; `true` for `criminal_record` (a clean criminal record is required).
    /// `null` or missing: not filled in yet (a finding, not an error).
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional, type = "string | number | boolean | null"))]
    pub value: Option<RequirementValue>,
    /// `true`: ufravigeligt – a candidate without it is not wanted, so the search filters on it.
    /// `false`: nice to have (knap så vigtigt) – ranks the gross list. `null` or missing: not
    /// decided yet (a finding; the search treats it as mandatory unless
    /// `MatchOptions.undecided_is_mandatory` is false).
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub mandatory: Option<bool>,
}

/// A requirement's value: a text, a number or a boolean (which one depends on the kind).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(untagged)]
pub enum RequirementValue {
    Bool(bool),
    Number(f64),
    Text(String),
}

/// What a requirement asks for – the searchable fields of a Jobnet CV, plus the criminal record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum RequirementKind {
    /// Faglig kvalifikation, e.g. "Truckkørsel" – searched among the qualifications of the CV's
    /// "jeg søger job som" entry for the job's occupation.
    Qualification,
    /// Certifikat eller bevis, e.g. "Truckcertifikat B".
    Certificate,
    /// Years of experience in the occupation (a number).
    ExperienceYears,
    /// Minimum education level (`primary` … `phd`).
    EducationLevel,
    /// Kørekort: a category (AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE, T).
    DrivingLicence,
    /// Sprog, e.g. "Dansk".
    Language,
    /// Ren straffeattest. Not in a CV: never searched, checked when hiring.
    CriminalRecord,
}

/// How the company wants candidates (seed 002 §4.1 Kontaktform).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum ContactForm {
    /// The company wants CVs sent (tilsendt CV'er).
    SendCvs,
    /// The job centre mediates the contact (jobcentret formidler kontakten).
    JobcentreMediates,
    /// Candidates contact the company's HR person directly (direkte kontakt).
    DirectContact,
}

/// What the company offers (seed 002 appendix C: Tilbyder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum Offer {
    /// Ordinær beskæftigelse.
    Ordinary,
    /// Praktik (virksomhedspraktik).
    Internship,
    /// Job med løntilskud.
    WageSubsidy,
    /// Fleksjob.
    FlexJob,
}

/// Ansættelsesforhold (seed 002 §4.1 "fastansættelse, tidsbestemt mv."; appendix C lists
/// "Skiftehold" and "Vikar" with the hours).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum JobEmploymentForm {
    /// Fastansættelse.
    Permanent,
    /// Tidsbestemt ansættelse (give `end_date`).
    Temporary,
    /// Vikar (through a temp agency or as a substitute).
    TempAgency,
    /// Skiftehold (shift work; say which shifts in `working_times`).
    ShiftWork,
}

/// How to apply (seed 003 §6.1 Ansøgningsform).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationForm {
    /// Digitalt.
    Digital,
    /// Personligt (møde op).
    Personal,
    /// Skriftligt.
    Written,
    /// Telefonisk.
    Phone,
}

impl RequirementKind {
    pub const ALL: [RequirementKind; 7] = [
        RequirementKind::Qualification,
        RequirementKind::Certificate,
        RequirementKind::ExperienceYears,
        RequirementKind::EducationLevel,
        RequirementKind::DrivingLicence,
        RequirementKind::Language,
        RequirementKind::CriminalRecord,
    ];

    /// The JSON name, e.g. `experience_years`.
    pub fn id(self) -> &'static str {
        match self {
            RequirementKind::Qualification => "qualification",
            RequirementKind::Certificate => "certificate",
            RequirementKind::ExperienceYears => "experience_years",
            RequirementKind::EducationLevel => "education_level",
            RequirementKind::DrivingLicence => "driving_licence",
            RequirementKind::Language => "language",
            RequirementKind::CriminalRecord => "criminal_record",
        }
    }

    /// The kind in words, Danish and English ("kvalifikation", "qualification").
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            RequirementKind::Qualification => ("kvalifikation", "qualification"),
            RequirementKind::Certificate => ("certifikat", "certificate"),
            RequirementKind::ExperienceYears => ("års erfaring", "years of experience"),
            RequirementKind::EducationLevel => ("uddannelsesniveau", "education level"),
            RequirementKind::DrivingLicence => ("kørekort", "driving licence"),
            RequirementKind::Language => ("sprog", "language"),
            RequirementKind::CriminalRecord => ("straffeattest", "criminal record"),
        }
    }

    /// The value type the kind takes, for error messages.
    fn expects(self) -> (&'static str, &'static str) {
        match self {
            RequirementKind::ExperienceYears => ("a number of years", "et antal år"),
            RequirementKind::CriminalRecord => ("true or false", "true eller false"),
            RequirementKind::EducationLevel => ("an education level", "et uddannelsesniveau"),
            _ => ("a text", "en tekst"),
        }
    }
}

impl Requirement {
    /// The value as text, for the text kinds (`None` when missing, blank or of another type).
    pub fn text(&self) -> Option<&str> {
        match &self.value {
            Some(RequirementValue::Text(s)) if crate::text::filled(s) => Some(s.trim()),
            _ => None,
        }
    }

    /// The number of years, for `experience_years`.
    pub fn years(&self) -> Option<f64> {
        match self.value {
            Some(RequirementValue::Number(n)) => Some(n),
            _ => None,
        }
    }

    /// The education level, for `education_level`.
    pub fn level(&self) -> Option<EducationLevel> {
        self.text().and_then(parse_level)
    }

    /// True when the requirement has a value (a non-blank text, a number or a boolean).
    pub fn has_value(&self) -> bool {
        match &self.value {
            None => false,
            Some(RequirementValue::Text(s)) => crate::text::filled(s),
            Some(_) => true,
        }
    }

    /// The value as written, for messages ("Truckkørsel", "2", "vocational", "true").
    pub fn value_text(&self) -> String {
        match &self.value {
            None => String::new(),
            Some(RequirementValue::Text(s)) => crate::text::quote(s),
            Some(RequirementValue::Number(n)) => crate::common::number::fmt_num(*n),
            Some(RequirementValue::Bool(b)) => b.to_string(),
        }
    }
}

fn parse_level(s: &str) -> Option<EducationLevel> {
    EducationLevel::deserialize(de::value::StrDeserializer::<de::value::Error>::new(s)).ok()
}

impl JobOrder {
    /// Checks what serde can't: each requirement's value has the type its kind takes.
    pub(crate) fn validate(&self) -> Result<(), InputError> {
        for (i, r) in self.requirements.iter().enumerate() {
            let ok = match (&r.value, r.kind) {
                (None, _) => true,
                (Some(RequirementValue::Text(s)), RequirementKind::EducationLevel) => !crate::text::filled(s) || parse_level(s.trim()).is_some(),
                (Some(RequirementValue::Number(_)), RequirementKind::ExperienceYears) => true,
                (Some(RequirementValue::Bool(_)), RequirementKind::CriminalRecord) => true,
                (Some(RequirementValue::Text(_)), k) => !matches!(k, RequirementKind::ExperienceYears | RequirementKind::CriminalRecord),
                _ => false,
            };
            if !ok {
                let (en, da) = r.kind.expects();
                let levels = "primary, upper_secondary, vocational, short_higher, bachelor, master, phd";
                let (en, da) = if r.kind == RequirementKind::EducationLevel {
                    (format!("{en} ({levels})"), format!("{da} ({levels})"))
                } else {
                    (en.to_string(), da.to_string())
                };
                return Err(InputError::new(
                    format!("requirements[{i}].value"),
                    format!("a requirement of kind {} takes {en}, not {}", r.kind.id(), describe(&r.value)),
                    format!("et krav af typen {} skal have {da}, ikke {}", r.kind.id(), describe_da(&r.value)),
                ));
            }
        }
        Ok(())
    }
}

fn describe(v: &Option<RequirementValue>) -> String {
    match v {
        Some(RequirementValue::Text(s)) => format!("the text {:?}", crate::text::quote(s)),
        Some(RequirementValue::Number(n)) => format!("the number {}", crate::common::number::fmt_num(*n)),
        Some(RequirementValue::Bool(b)) => format!("{b}"),
        None => "null".into(),
    }
}

fn describe_da(v: &Option<RequirementValue>) -> String {
    match v {
        Some(RequirementValue::Text(s)) => format!("teksten {:?}", crate::text::quote(s)),
        Some(RequirementValue::Number(n)) => format!("tallet {}", crate::common::number::fmt_da(*n)),
        Some(RequirementValue::Bool(b)) => format!("{b}"),
        None => "null".into(),
    }
}

impl<'de> Deserialize<'de> for RequirementValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RequirementValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, a number or a boolean")
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
                Ok(RequirementValue::Bool(b))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
                Ok(RequirementValue::Number(n as f64))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
                Ok(RequirementValue::Number(n as f64))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
                Ok(RequirementValue::Number(n))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(RequirementValue::Text(s.to_string()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(RequirementValue::Text(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Err(de::Error::invalid_type(de::Unexpected::Map, &self))
            }
        }
        d.deserialize_any(V)
    }
}

/// A value that must be a JSON object (`{…}`), never an array (serde would read an array into a
/// struct field by field). Used for nested objects of the contract and for the CVs of a ranking.
pub(crate) struct Obj<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Obj<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Obj)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                match refuse_seq(seq)? {}
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// Reads an array to its end (so the error's position and path are the array's, not its first
/// item's) and refuses it: one copy for every `Obj<T>` (issue 14: bytes).
fn refuse_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<std::convert::Infallible, A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Err(de::Error::invalid_type(de::Unexpected::Seq, &"a JSON object"))
}

/// A nested object: `null` or missing is the default, an array is an error.
pub(crate) fn object<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    Ok(Option::<Obj<T>>::deserialize(d)?.map_or_else(T::default, |o| o.0))
}

/// A list of objects: `null` or missing is empty, an array item is an error.
pub(crate) fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<Obj<T>>>::deserialize(d)?.map_or_else(Vec::new, |v| v.into_iter().map(|o| o.0).collect()))
}
