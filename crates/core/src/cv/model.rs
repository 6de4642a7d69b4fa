//! The CV contract: a Jobnet-style CV as JSON.
//!
//! These field names are public API (portals send them): fields may be added, never renamed.
//! Every section may be missing or `null`; a missing section means "empty". Unknown fields
//! are ignored, so a host can send a richer CV than this crate knows about.
//!
//! The CV has **no** field for ethnicity, origin, nationality, age or gender, and none is
//! read if a host sends one: the checks judge what an employer's search can see, nothing
//! about who the person is.

use serde::{Deserialize, Deserializer};

/// Treats JSON `null` like a missing field: the type's default.
pub(crate) fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Derives what a public input type of a contract needs (serde both ways, `Default`, JSON
/// Schema, TypeScript); shared by the CV and the job-order contracts.
pub(crate) use crate::common::contract;

contract! {
    /// A Jobnet CV (the modules of "Mit CV" on Jobnet.dk).
    pub struct Cv {
        /// Kontaktoplysninger: contact details and whether employers may see them.
        #[serde(default, deserialize_with = "null_default")]
        pub contact: Contact,
        /// "Jeg søger job som": the occupations the person is looking for. Searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub job_wishes: Vec<JobWish>,
        /// Ansættelsesvilkår: hours, shifts and employment forms the person accepts. Searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub employment_terms: EmploymentTerms,
        /// Erhvervserfaring: previous jobs. Not searchable; read when selecting from the gross list.
        #[serde(default, deserialize_with = "null_default")]
        pub work_experience: Vec<WorkExperience>,
        /// Uddannelse: completed or started educations, with level. Searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub education: Vec<Education>,
        /// Kurser: courses, kept apart from educations and certificates.
        #[serde(default, deserialize_with = "null_default")]
        pub courses: Vec<Course>,
        /// Certifikater og beviser, e.g. "Truckcertifikat B". Searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub certificates: Vec<String>,
        /// Kørekort: licence categories such as "B", "C", "CE". Searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub driving_licences: Vec<String>,
        /// Whether the person is willing to use an own car for work (`null`: not stated).
        #[serde(default)]
        pub own_car: Option<bool>,
        /// Sprog: languages with level; the mother tongue belongs here too. Searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub languages: Vec<Language>,
        /// Anden erfaring: board work, associations, volunteering. Not searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub other_experience: Vec<OtherExperience>,
        /// Faglig profil / personlig beskrivelse: free text. Not searchable, decisive for selection.
        #[serde(default, deserialize_with = "null_default")]
        pub profile: String,
    }

    /// Kontaktoplysninger.
    pub struct Contact {
        /// Full name.
        #[serde(default, deserialize_with = "null_default")]
        pub name: String,
        /// E-mail address.
        #[serde(default, deserialize_with = "null_default")]
        pub email: String,
        /// Phone number.
        #[serde(default, deserialize_with = "null_default")]
        pub phone: String,
        /// Whether employers can see the e-mail address (`null`: Jobnet's default, visible).
        #[serde(default)]
        pub email_visible: Option<bool>,
        /// Whether employers can see the phone number (`null`: Jobnet's default, visible).
        #[serde(default)]
        pub phone_visible: Option<bool>,
        /// Postal code of the home address, e.g. "9900".
        #[serde(default, deserialize_with = "null_default")]
        pub postal_code: String,
        /// Municipality code (kommunekode) of residence, e.g. "813" (Frederikshavn). Searchable.
        #[serde(default, deserialize_with = "null_default")]
        pub municipality_code: String,
        /// Website or LinkedIn profile.
        #[serde(default, deserialize_with = "null_default")]
        pub website: String,
    }

    /// One "Jeg søger job som" entry.
    pub struct JobWish {
        /// Erhverv/stilling, e.g. "Lagermedarbejder".
        #[serde(default, deserialize_with = "null_default")]
        pub occupation: String,
        /// Kvalifikationer: professional qualifications from Jobnet's list for the occupation.
        #[serde(default, deserialize_with = "null_default")]
        pub qualifications: Vec<String>,
        /// Years of experience in this occupation (`null`: not stated).
        #[serde(default)]
        pub experience_years: Option<f64>,
    }

    /// Ansættelsesvilkår.
    pub struct EmploymentTerms {
        /// Working hours accepted.
        #[serde(default, deserialize_with = "null_default")]
        pub hours: Vec<Hours>,
        /// Shifts accepted.
        #[serde(default, deserialize_with = "null_default")]
        pub shifts: Vec<Shift>,
        /// Employment forms accepted.
        #[serde(default, deserialize_with = "null_default")]
        pub forms: Vec<EmploymentForm>,
        /// Willing to work weekends (`null`: not stated).
        #[serde(default)]
        pub weekend: Option<bool>,
        /// Willing to travel for work (`null`: not stated).
        #[serde(default)]
        pub travel: Option<bool>,
    }

    /// One previous job.
    pub struct WorkExperience {
        /// Employer name.
        #[serde(default, deserialize_with = "null_default")]
        pub employer: String,
        /// Whether the employer's name is shown to employers (`null`: visible).
        #[serde(default)]
        pub employer_visible: Option<bool>,
        /// Job title.
        #[serde(default, deserialize_with = "null_default")]
        pub title: String,
        /// Start, "YYYY-MM" (or "YYYY-MM-DD").
        #[serde(default, deserialize_with = "null_default")]
        pub start: String,
        /// End, "YYYY-MM"; empty or `null` for a current job.
        #[serde(default, deserialize_with = "null_default")]
        pub end: String,
        /// Ansvar, arbejdsopgaver og resultater (AOR): responsibility, tasks and results.
        #[serde(default, deserialize_with = "null_default")]
        pub description: String,
    }

    /// One education.
    pub struct Education {
        /// Name of the education, e.g. "Lager- og logistikuddannelsen".
        #[serde(default, deserialize_with = "null_default")]
        pub title: String,
        /// Level (`null`: not stated; the education then can't be searched by level).
        #[serde(default)]
        pub level: Option<EducationLevel>,
        /// School or institution.
        #[serde(default, deserialize_with = "null_default")]
        pub institution: String,
        /// End, "YYYY-MM".
        #[serde(default, deserialize_with = "null_default")]
        pub end: String,
        /// Whether it was completed (`null`: not stated).
        #[serde(default)]
        pub completed: Option<bool>,
        /// What the person worked with and learned on it (seed 003 §4.1). *Added field*, omitted
        /// when empty.
        #[serde(default, deserialize_with = "null_default", skip_serializing_if = "String::is_empty")]
        pub description: String,
    }

    /// One course (kursus).
    pub struct Course {
        /// Course title.
        #[serde(default, deserialize_with = "null_default")]
        pub title: String,
        /// End, "YYYY-MM".
        #[serde(default, deserialize_with = "null_default")]
        pub end: String,
        /// What the person worked with and learned on it (seed 003 §4.1). *Added field*, omitted
        /// when empty.
        #[serde(default, deserialize_with = "null_default", skip_serializing_if = "String::is_empty")]
        pub description: String,
    }

    /// One language.
    pub struct Language {
        /// Language name, e.g. "Dansk".
        #[serde(default, deserialize_with = "null_default")]
        pub language: String,
        /// Level (`null`: not stated).
        #[serde(default)]
        pub level: Option<LanguageLevel>,
    }

    /// One entry of "Anden erfaring".
    pub struct OtherExperience {
        /// What it was, e.g. "Kasserer i idrætsforening".
        #[serde(default, deserialize_with = "null_default")]
        pub title: String,
        /// Tasks and results.
        #[serde(default, deserialize_with = "null_default")]
        pub description: String,
    }
}

contract_enum! {
    /// Working hours.
    pub enum Hours {
        /// Fuldtid.
        FullTime,
        /// Deltid.
        PartTime,
    }

    /// Shifts.
    pub enum Shift {
        /// Dagvagt.
        Day,
        /// Aftenvagt.
        Evening,
        /// Nattevagt.
        Night,
    }

    /// Employment forms.
    pub enum EmploymentForm {
        /// Fast ansættelse.
        Permanent,
        /// Tidsbegrænset / vikar.
        Temporary,
    }

    /// Education level (Danish levels, lowest first).
    pub enum EducationLevel {
        /// Grundskole / folkeskole.
        Primary,
        /// Gymnasial uddannelse (stx, hhx, htx, hf).
        UpperSecondary,
        /// Erhvervsuddannelse (faglært).
        Vocational,
        /// Kort videregående uddannelse.
        ShortHigher,
        /// Bachelor or professionsbachelor (mellemlang videregående).
        Bachelor,
        /// Kandidat / master (lang videregående).
        Master,
        /// Ph.d.
        Phd,
    }

    /// Language level.
    pub enum LanguageLevel {
        /// Modersmål.
        Native,
        /// Flydende.
        Fluent,
        /// Godt.
        Good,
        /// Grundlæggende.
        Basic,
    }
}

impl Contact {
    /// The e-mail is filled in and employers may see it.
    pub fn email_shown(&self) -> bool {
        crate::text::filled(&self.email) && self.email_visible != Some(false)
    }

    /// The phone number is filled in and employers may see it.
    pub fn phone_shown(&self) -> bool {
        crate::text::filled(&self.phone) && self.phone_visible != Some(false)
    }
}

impl EducationLevel {
    /// The level in words: "erhvervsuddannelse" / "vocational education".
    pub fn label(self) -> crate::Text {
        let (da, en) = match self {
            EducationLevel::Primary => ("grundskole", "primary school"),
            EducationLevel::UpperSecondary => ("gymnasial uddannelse", "upper secondary education"),
            EducationLevel::Vocational => ("erhvervsuddannelse", "vocational education"),
            EducationLevel::ShortHigher => ("kort videregående uddannelse", "short-cycle higher education"),
            EducationLevel::Bachelor => ("mellemlang videregående uddannelse", "bachelor's degree"),
            EducationLevel::Master => ("lang videregående uddannelse", "master's degree"),
            EducationLevel::Phd => ("ph.d.", "PhD"),
        };
        crate::Text::new(da, en)
    }
}
