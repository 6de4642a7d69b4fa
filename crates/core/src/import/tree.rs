//! The bookkeeping every importer shares: a source document as a `serde_json::Value` tree (the
//! XML and CSV importers build one), read through [`Ctx`], which records each field read and
//! where it went; at the end every leaf with content that was not read is reported as dropped.

use super::{guess, Dropped, Format, Guess, ImportReport, Imported, Mapped, Proposal};
use crate::cv::Cv;
use crate::{InputError, Text};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Why a field is dropped: the privacy reason for the fields about who a person is, and the
/// generic one for the rest.
pub(crate) const PERSONAL: &[&str] = &[
    "birth", "gender", "nationality", "citizenship", "image", "picture", "photo", "marital", "sex", "maiden", "age",
];

pub(crate) const PRIVATE_EN: &str = "Jobnet's CV has no field for it, and Jobspor reads nothing about who you are (age, gender, origin)";
pub(crate) const PRIVATE_DA: &str = "Jobnets CV har intet felt til det, og Jobspor læser intet om, hvem du er (alder, køn, oprindelse)";

pub(crate) struct Ctx {
    format: Format,
    /// Normalised paths read (`work[].name`).
    used: BTreeSet<String>,
    /// Subtrees read or skipped as a whole (`meta`).
    used_prefix: Vec<String>,
    mapped: BTreeMap<String, String>,
    /// Reasons for known dropped fields (`basics.location.city` → why).
    reasons: Vec<(String, Text)>,
    pub guesses: Vec<Guess>,
    proposals: Vec<Proposal>,
    pub skills: Vec<String>,
    /// XML trees: a child is a list only when it repeats, so paths are compared without `[]`.
    xml: bool,
}

pub(crate) fn type_error(path: &str, want_en: &str, want_da: &str) -> InputError {
    InputError::new(path, format!("invalid type: expected {want_en}"), format!("forkert type: forventede {want_da}"))
}

impl Ctx {
    pub fn new(format: Format) -> Ctx {
        Ctx {
            format,
            used: BTreeSet::new(),
            used_prefix: Vec::new(),
            mapped: BTreeMap::new(),
            reasons: Vec::new(),
            guesses: Vec::new(),
            proposals: Vec::new(),
            skills: Vec::new(),
            xml: format == Format::Europass,
        }
    }

    fn norm(&self, p: &str) -> String {
        if self.xml {
            p.replace("[]", "")
        } else {
            p.to_string()
        }
    }

    /// The text at `key` of `obj` (a dotted key walks objects); numbers and booleans as text;
    /// a list or object is a type error naming the field. Records `from → to` when not empty.
    pub fn text(&mut self, obj: &Value, base: &str, key: &str, to: &str) -> Result<String, InputError> {
        let path = join(base, key);
        let Some(v) = get(obj, key) else { return Ok(String::new()) };
        let s = scalar(v, &path)?;
        let path = self.norm(&path);
        self.used.insert(path.clone());
        if !s.is_empty() && !to.is_empty() {
            self.mapped.entry(path).or_insert_with(|| to.to_string());
        }
        Ok(s)
    }

    /// The entries of the list at `key`: missing or `null` is empty; an object is one entry (XML
    /// with one child); anything else is a type error.
    pub fn list<'v>(&mut self, obj: &'v Value, base: &str, key: &str) -> Result<Vec<&'v Value>, InputError> {
        match get(obj, key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(a)) => Ok(a.iter().collect()),
            Some(o @ Value::Object(_)) => Ok(vec![o]),
            // A list of texts written as one text (XML with one child that is only text).
            Some(s @ Value::String(_)) if self.xml => Ok(vec![s]),
            Some(_) => Err(type_error(&join(base, key), "a list", "en liste")),
        }
    }

    /// The object at `key` (or `Null` when missing): anything else is a type error.
    pub fn obj<'v>(&mut self, obj: &'v Value, base: &str, key: &str) -> Result<&'v Value, InputError> {
        match get(obj, key) {
            None | Some(Value::Null) => Ok(&Value::Null),
            Some(o @ Value::Object(_)) => Ok(o),
            Some(Value::Array(a)) if a.len() == 1 && a[0].is_object() => Ok(&a[0]),
            Some(_) => Err(type_error(&join(base, key), "an object", "et objekt")),
        }
    }

    /// A list of texts at `key` (`keywords`, `highlights`).
    pub fn texts(&mut self, obj: &Value, base: &str, key: &str, to: &str) -> Result<Vec<String>, InputError> {
        let path = format!("{}[]", join(base, key));
        let mut out = Vec::new();
        for v in self.list(obj, base, key)? {
            let s = scalar(v, &path)?;
            if !s.is_empty() {
                out.push(s);
            }
        }
        let path = self.norm(&path);
        self.used.insert(path.clone());
        if !out.is_empty() && !to.is_empty() {
            self.mapped.entry(path).or_insert_with(|| to.to_string());
        }
        Ok(out)
    }

    /// Marks a whole subtree as handled (read elsewhere, or not CV content such as `meta`).
    pub fn skip(&mut self, path: &str) {
        let p = self.norm(path);
        self.used_prefix.push(p);
    }

    /// Records a read that went somewhere without a `text` call (`a + b → title`).
    pub fn map(&mut self, from: &str, to: &str) {
        let from = self.norm(from);
        self.used.insert(from.clone());
        self.mapped.entry(from).or_insert_with(|| to.to_string());
    }

    /// A reason for a dropped field more precise than the generic one.
    pub fn reason(&mut self, path: &str, en: &str, da: &str) {
        let p = self.norm(path);
        self.reasons.push((p, Text::new(da, en)));
    }

    pub fn guess(&mut self, field: String, from: &str, value: &str, how: Text) {
        self.guesses.push(Guess { field, from: from.to_string(), value: value.to_string(), how });
    }

    /// A date into the CV's "YYYY-MM" (or "YYYY-MM-DD"), recording a guess for free text.
    pub fn date(&mut self, raw: &str, field: String) -> String {
        let (value, how) = guess::date(raw);
        if let Some(how) = how {
            self.guess(field, raw, &value, how);
        }
        value
    }

    /// A job title the recogniser knows becomes a proposal (once per occupation).
    pub fn propose(&mut self, title: &str, field: String) {
        if title.trim().is_empty() {
            return;
        }
        if let Some(m) = crate::lexicon::find_occupation(title) {
            if !self.proposals.iter().any(|p| p.occupation == m.title) {
                self.proposals.push(Proposal { occupation: m.title.to_string(), from: title.to_string(), field });
            }
        }
    }

    /// The report, with every unread leaf of `source` (if any) as dropped.
    pub fn finish_with(mut self, source: Option<&Value>) -> ImportReport {
        let mut leaves = BTreeSet::new();
        if let Some(v) = source {
            collect_leaves(v, "", &mut leaves);
        }
        let leaves: BTreeSet<String> = leaves.iter().map(|p| self.norm(p)).collect();
        let dropped = leaves
            .into_iter()
            .filter(|p| !self.used.contains(p) && !self.used_prefix.iter().any(|u| p == u || p.starts_with(&format!("{u}.")) || p.starts_with(&format!("{u}["))))
            .map(|p| {
                let reason = self
                    .reasons
                    .iter()
                    .find(|(r, _)| &p == r || p.starts_with(&format!("{r}.")) || p.starts_with(&format!("{r}[")))
                    .map(|(_, t)| t.clone())
                    .unwrap_or_else(|| reason_for(&p));
                Dropped { field: p, reason }
            })
            .collect();
        self.skills.dedup();
        ImportReport {
            format: self.format,
            mapped: self.mapped.into_iter().map(|(from, to)| Mapped { from, to }).collect(),
            dropped,
            guesses: self.guesses,
            job_wish_proposals: self.proposals,
            skills: self.skills,
        }
    }

    pub fn finish(self) -> ImportReport {
        self.finish_with(None)
    }

    pub fn done(self, cv: Cv, source: &Value) -> Result<Imported, InputError> {
        Ok(Imported { cv, report: self.finish_with(Some(source)) })
    }
}

fn reason_for(path: &str) -> Text {
    let lower = path.to_ascii_lowercase();
    if PERSONAL.iter().any(|w| lower.contains(w)) {
        Text::new(PRIVATE_DA, PRIVATE_EN)
    } else {
        Text::new("Jobnets CV har intet felt til det", "Jobnet's CV has no such field")
    }
}

pub(crate) fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_string()
    } else {
        format!("{base}.{key}")
    }
}

/// The value at a dotted key.
pub(crate) fn get<'v>(obj: &'v Value, key: &str) -> Option<&'v Value> {
    let mut v = obj;
    for k in key.split('.') {
        v = match v {
            Value::Object(o) => o.get(k)?,
            // XML: an element with one child that repeats is a list of one.
            Value::Array(a) if a.len() == 1 => a[0].as_object()?.get(k)?,
            _ => return None,
        };
    }
    Some(v)
}

pub(crate) fn scalar(v: &Value, path: &str) -> Result<String, InputError> {
    match v {
        Value::Null => Ok(String::new()),
        Value::String(s) => Ok(s.trim().to_string()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        // XML: an element with attributes and text.
        Value::Object(o) if o.contains_key("#text") => scalar(&o["#text"], path),
        _ => Err(type_error(path, "a text", "en tekst")),
    }
}

const META_ATTRIBUTES: &[&str] = &["@type", "@typeCode", "@languageCode", "@schemeID", "@schemeName", "@schemeAgencyName", "@schemeVersionID", "@listName"];

fn collect_leaves(v: &Value, path: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, v) in o {
                // XML attributes that only say what kind of code a value is.
                if META_ATTRIBUTES.contains(&k.as_str()) {
                    continue;
                }
                let p = if k == "#text" { path.to_string() } else { join(path, k) };
                collect_leaves(v, &p, out);
            }
        }
        Value::Array(a) => {
            for v in a {
                collect_leaves(v, &format!("{path}[]"), out);
            }
        }
        Value::Null => {}
        Value::String(s) if s.trim().is_empty() => {}
        _ => {
            out.insert(path.to_string());
        }
    }
}

/// The path of the `i`th entry of a CV list, for guesses and proposals.
pub(crate) fn at(list: &str, i: usize, field: &str) -> String {
    format!("{list}[{i}].{field}")
}

/// The CV entries every importer makes, with their guesses.
impl Ctx {
    /// A language: the Danish name (an English name or ISO code translated), the level from a
    /// CEFR code or words (a guess, reported).
    pub fn language(&mut self, cv: &mut Cv, name: &str, level: &str) {
        if name.is_empty() {
            return;
        }
        let i = cv.languages.len();
        let language = match guess::language_name(name) {
            Some(da) => da.to_string(),
            None => name.to_string(),
        };
        let level = if level.is_empty() {
            None
        } else {
            match guess::language_level(level) {
                Some((l, how)) => {
                    self.guess(at("languages", i, "level"), level, &enum_name(&l), how);
                    Some(l)
                }
                None => {
                    self.guess(at("languages", i, "level"), level, "null", Text::new("niveauet kunne ikke læses: vælg det", "the level could not be read: choose it"));
                    None
                }
            }
        };
        cv.languages.push(crate::cv::model::Language { language, level });
    }

    /// An education; the level from `code` (EQF) or else from the name, each a reported guess.
    pub fn education(&mut self, cv: &mut Cv, e: crate::cv::model::Education, code: &str) {
        let mut e = e;
        let i = cv.education.len();
        if e.level.is_none() {
            let by_name = guess::education_level(&e.title);
            let (level, from_code, from) = match guess::education_level_code(code).filter(|_| !code.is_empty()) {
                // EQF 3–4 is both upper secondary and vocational: the name decides.
                Some(crate::cv::model::EducationLevel::UpperSecondary) if by_name == Some(crate::cv::model::EducationLevel::Vocational) => {
                    (by_name, false, e.title.as_str())
                }
                Some(l) => (Some(l), true, code),
                None => (by_name, false, e.title.as_str()),
            };
            if let Some(l) = level {
                self.guess(at("education", i, "level"), &from.to_string(), &enum_name(&l), guess::education_how(from_code));
            }
            e.level = level;
        }
        cv.education.push(e);
    }

    /// A certificate or licence: a driving licence ("Kørekort B") goes to `driving_licences`.
    pub fn certificate(&mut self, cv: &mut Cv, name: &str) {
        if name.is_empty() {
            return;
        }
        match guess::driving_licences(name) {
            Some(cats) => {
                self.guess("driving_licences".into(), name, &cats.join(", "), Text::new("kørekortskategori læst ud fra navnet", "licence category read from the name"));
                for c in cats {
                    if !cv.driving_licences.contains(&c) {
                        cv.driving_licences.push(c);
                    }
                }
            }
            None => cv.certificates.push(name.to_string()),
        }
    }
}

/// An enum's JSON name (`"bachelor"`).
pub(crate) fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// Joins non-empty parts with a separator.
pub(crate) fn join_parts(parts: &[&str], sep: &str) -> String {
    parts.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(sep)
}

impl Ctx {
    /// A job: its title proposed as a job wish, its dates read (guesses reported).
    pub fn job(&mut self, cv: &mut Cv, employer: &str, title: String, start: &str, end: &str, description: String) {
        let i = cv.work_experience.len();
        self.propose(&title, at("work_experience", i, "title"));
        let start = self.date(start, at("work_experience", i, "start"));
        let end = self.date(end, at("work_experience", i, "end"));
        cv.work_experience.push(crate::cv::model::WorkExperience { employer: employer.to_string(), employer_visible: None, title, start, end, description });
    }

    /// A job from one object's fields: `[employer, title, start, end, description]`.
    pub fn job_from(&mut self, cv: &mut Cv, obj: &Value, base: &str, keys: [&str; 5]) -> Result<(), InputError> {
        let to = ["employer", "title", "start", "end", "description"];
        let mut v: Vec<String> = Vec::with_capacity(5);
        for (k, t) in keys.iter().zip(to) {
            v.push(self.text(obj, base, k, &format!("work_experience[].{t}"))?);
        }
        let description = v.pop().unwrap_or_default();
        let title = std::mem::take(&mut v[1]);
        self.job(cv, &v[0], title, &v[2], &v[3], description);
        Ok(())
    }

    /// The first non-empty text at `key` of the entries of the list at `list` (the first e-mail
    /// address of several); each is recorded as read.
    pub fn first_in(&mut self, obj: &Value, base: &str, list: &str, key: &str, to: &str) -> Result<String, InputError> {
        let mut out = String::new();
        let lp = format!("{}[]", join(base, list));
        for e in self.list(obj, base, list)? {
            let s = self.text(e, &lp, key, to)?;
            if out.is_empty() {
                out = s;
            }
        }
        Ok(out)
    }
}
