//! The CV contract → JSON Resume (schema v1), so a checked CV can go back to other tools.
//!
//! Every field of the CV contract has a place: the ones JSON Resume has (`basics`, `work`,
//! `education`, `certificates`, `languages`, `volunteer`), courses as `education` entries with
//! `studyType: "Kursus"`, and the rest (job wishes, employment terms, driving licences, own car,
//! visibility, municipality code, education level and completion) under `meta.jobspor`, which
//! Jobspor's importer reads back.

use crate::cv::model::{EducationLevel, EmploymentTerms, JobWish, LanguageLevel};
use crate::cv::Cv;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// `meta.jobspor`: the CV fields JSON Resume has no place for.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Meta {
    pub job_wishes: Vec<JobWish>,
    pub employment_terms: EmploymentTerms,
    pub driving_licences: Vec<String>,
    pub own_car: Option<bool>,
    pub email_visible: Option<bool>,
    pub phone_visible: Option<bool>,
    pub municipality_code: String,
    /// Per `work` entry.
    pub employer_visible: Vec<Option<bool>>,
    /// Per `education` entry that is not a course.
    pub education: Vec<EducationMeta>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct EducationMeta {
    pub title: String,
    pub level: Option<EducationLevel>,
    pub completed: Option<bool>,
}

/// JSON Resume's words for Jobnet's language levels.
fn fluency(l: LanguageLevel) -> &'static str {
    match l {
        LanguageLevel::Native => "Native speaker",
        LanguageLevel::Fluent => "Fluent",
        LanguageLevel::Good => "Good",
        LanguageLevel::Basic => "Basic",
    }
}

/// Sets `key` only when the text is not empty (JSON Resume omits empty fields).
fn put(o: &mut Map<String, Value>, key: &str, s: &str) {
    if !s.is_empty() {
        o.insert(key.to_string(), Value::String(s.to_string()));
    }
}

/// The CV as a JSON Resume document.
pub fn export_json_resume(cv: &Cv) -> Value {
    let mut basics = Map::new();
    put(&mut basics, "name", &cv.contact.name);
    put(&mut basics, "label", cv.job_wishes.first().map(|w| w.occupation.as_str()).unwrap_or(""));
    put(&mut basics, "email", &cv.contact.email);
    put(&mut basics, "phone", &cv.contact.phone);
    put(&mut basics, "url", &cv.contact.website);
    put(&mut basics, "summary", &cv.profile);
    if !cv.contact.postal_code.is_empty() {
        basics.insert("location".into(), json!({ "postalCode": cv.contact.postal_code, "countryCode": "DK" }));
    }
    let work: Vec<Value> = cv
        .work_experience
        .iter()
        .map(|w| {
            let mut o = Map::new();
            put(&mut o, "name", &w.employer);
            put(&mut o, "position", &w.title);
            put(&mut o, "startDate", &w.start);
            put(&mut o, "endDate", &w.end);
            put(&mut o, "summary", &w.description);
            Value::Object(o)
        })
        .collect();
    let mut education: Vec<Value> = cv
        .education
        .iter()
        .map(|e| {
            let mut o = Map::new();
            put(&mut o, "institution", &e.institution);
            put(&mut o, "area", &e.title);
            if let Some(l) = e.level {
                o.insert("studyType".into(), Value::String(l.label().da));
            }
            put(&mut o, "endDate", &e.end);
            if !e.description.is_empty() {
                o.insert("courses".into(), json!(e.description.lines().collect::<Vec<_>>()));
            }
            Value::Object(o)
        })
        .collect();
    education.extend(cv.courses.iter().map(|c| {
        let mut o = Map::new();
        o.insert("studyType".into(), json!("Kursus"));
        put(&mut o, "area", &c.title);
        put(&mut o, "endDate", &c.end);
        if !c.description.is_empty() {
            o.insert("courses".into(), json!(c.description.lines().collect::<Vec<_>>()));
        }
        Value::Object(o)
    }));
    let certificates: Vec<Value> = cv.certificates.iter().map(|c| json!({ "name": c })).collect();
    let languages: Vec<Value> = cv
        .languages
        .iter()
        .map(|l| {
            let mut o = Map::new();
            put(&mut o, "language", &l.language);
            put(&mut o, "fluency", l.level.map(fluency).unwrap_or(""));
            Value::Object(o)
        })
        .collect();
    let volunteer: Vec<Value> = cv
        .other_experience
        .iter()
        .map(|x| {
            let mut o = Map::new();
            put(&mut o, "position", &x.title);
            put(&mut o, "summary", &x.description);
            Value::Object(o)
        })
        .collect();
    let skills: Vec<Value> = cv
        .job_wishes
        .iter()
        .filter(|w| !w.qualifications.is_empty())
        .map(|w| json!({ "name": w.occupation, "keywords": w.qualifications }))
        .collect();
    let meta = Meta {
        job_wishes: cv.job_wishes.clone(),
        employment_terms: cv.employment_terms.clone(),
        driving_licences: cv.driving_licences.clone(),
        own_car: cv.own_car,
        email_visible: cv.contact.email_visible,
        phone_visible: cv.contact.phone_visible,
        municipality_code: cv.contact.municipality_code.clone(),
        employer_visible: cv.work_experience.iter().map(|w| w.employer_visible).collect(),
        education: cv.education.iter().map(|e| EducationMeta { title: e.title.clone(), level: e.level, completed: e.completed }).collect(),
    };
    let mut out = Map::new();
    out.insert("$schema".into(), json!("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"));
    out.insert("basics".into(), Value::Object(basics));
    for (k, v) in [("work", work), ("volunteer", volunteer), ("education", education), ("certificates", certificates), ("skills", skills), ("languages", languages)] {
        if !v.is_empty() {
            out.insert(k.into(), Value::Array(v));
        }
    }
    out.insert("meta".into(), json!({ "jobspor": meta }));
    Value::Object(out)
}

/// [`export_json_resume`] from and to JSON text (the CLI and JS entry).
pub fn export_json_resume_json(cv_json: &str) -> Result<String, crate::InputError> {
    let cv = crate::cv::parse_cv(cv_json)?;
    serde_json::to_string_pretty(&export_json_resume(&cv)).map_err(|e| crate::InputError::new("", e.to_string(), e.to_string()))
}
