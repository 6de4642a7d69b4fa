//! The search view of a CV (issue 14): only what the search simulation reads, its texts in one
//! buffer that is reused from CV to CV – no `String` per text allocated and freed, no owned
//! [`Cv`] built. The ranking's NDJSON path reads each line straight into it ([`CvView::read`]);
//! a [`Cv`] already parsed is copied into it ([`CvView::fill`]), so the search is written once,
//! over the view.
//!
//! ## The same refusals as the CV contract
//! [`CvView::read`] walks the whole JSON text against a table of the CV contract – every field,
//! also those the search doesn't read – and refuses what [`crate::cv::parse_cv`] refuses: a value
//! of the wrong type anywhere, a value that is not one of an enum's names, a field given twice,
//! an object of the contract given as an array, a `null` in an array. It refuses some texts the
//! contract takes (an enum value written as `{"name": null}`): so a refusal only means "read it
//! the long way" – the caller then parses the CV with [`crate::cv::parse_cv`], which gives the
//! CV or the very error the contract promises. A text the view takes is a CV the contract takes,
//! with the same values (tests: `the_view_reads_what_parse_cv_reads` in tests/properties.rs, and
//! the `view_json` fuzz target).

use crate::cv::model::{Cv, EducationLevel};
use crate::text::filled;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A text of the view: a byte range of its buffer.
type Span = (u32, u32);

/// One "jeg søger job som" entry: its occupation, its qualifications (a range of the view's
/// qualifications) and its years.
#[derive(Debug, Clone, Default)]
struct Wish {
    occupation: Span,
    quals: (u32, u32),
    years: Option<f64>,
}

/// What the search simulation reads of a CV (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct CvView {
    text: String,
    wishes: Vec<Wish>,
    quals: Vec<Span>,
    certificates: Vec<Span>,
    licences: Vec<Span>,
    languages: Vec<Span>,
    education: Vec<(Option<EducationLevel>, Option<bool>)>,
    municipality: Span,
    flags: u16,
    /// "Jeg søger job som" entries with an occupation filled in.
    occupations: u32,
}

// What Jobnet's own rule (CV001–CV006) reads, as flags.
const NAME: u16 = 1;
const EMAIL: u16 = 2;
const PHONE: u16 = 4;
const EMAIL_HIDDEN: u16 = 8;
const PHONE_HIDDEN: u16 = 16;
const TERMS: u16 = 32;
const WORK: u16 = 64;
const EDUCATION: u16 = 128;

/// Where a value of the CV goes in the view.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Put {
    No,
    Name,
    Email,
    Phone,
    EmailVisible,
    PhoneVisible,
    Municipality,
    Wish,
    Occupation,
    Qualification,
    Years,
    Terms,
    Work,
    Education,
    EducationTitle,
    Level,
    Completed,
    Certificate,
    Licence,
    Language,
    LanguageName,
}

/// The CV contract as a table (`crate::cv::model`): a text, a yes/no, a number, one of an
/// enum's names, an object with its fields, an array. Every field may be `null` or missing.
#[derive(Debug)]
enum Node {
    Str(Put),
    Bool(Put),
    Num(Put),
    Enum(&'static [&'static str], Put),
    Obj(&'static [(&'static str, Node)], Put),
    Arr(&'static Node),
}

/// `EducationLevel`'s names, in the order of [`LEVELS`].
const LEVEL_NAMES: &[&str] = &["primary", "upper_secondary", "vocational", "short_higher", "bachelor", "master", "phd"];
const LEVELS: [EducationLevel; 7] = [
    EducationLevel::Primary,
    EducationLevel::UpperSecondary,
    EducationLevel::Vocational,
    EducationLevel::ShortHigher,
    EducationLevel::Bachelor,
    EducationLevel::Master,
    EducationLevel::Phd,
];

const fn text() -> Node {
    Node::Str(Put::No)
}

static CV: Node = Node::Obj(
    &[
        (
            "contact",
            Node::Obj(
                &[
                    ("name", Node::Str(Put::Name)),
                    ("email", Node::Str(Put::Email)),
                    ("phone", Node::Str(Put::Phone)),
                    ("email_visible", Node::Bool(Put::EmailVisible)),
                    ("phone_visible", Node::Bool(Put::PhoneVisible)),
                    ("postal_code", text()),
                    ("municipality_code", Node::Str(Put::Municipality)),
                    ("website", text()),
                ],
                Put::No,
            ),
        ),
        (
            "job_wishes",
            Node::Arr(&Node::Obj(
                &[
                    ("occupation", Node::Str(Put::Occupation)),
                    ("qualifications", Node::Arr(&Node::Str(Put::Qualification))),
                    ("experience_years", Node::Num(Put::Years)),
                ],
                Put::Wish,
            )),
        ),
        (
            "employment_terms",
            Node::Obj(
                &[
                    ("hours", Node::Arr(&Node::Enum(&["full_time", "part_time"], Put::Terms))),
                    ("shifts", Node::Arr(&Node::Enum(&["day", "evening", "night"], Put::Terms))),
                    ("forms", Node::Arr(&Node::Enum(&["permanent", "temporary"], Put::Terms))),
                    ("weekend", Node::Bool(Put::Terms)),
                    ("travel", Node::Bool(Put::Terms)),
                ],
                Put::No,
            ),
        ),
        (
            "work_experience",
            Node::Arr(&Node::Obj(
                &[
                    ("employer", Node::Str(Put::Work)),
                    ("employer_visible", Node::Bool(Put::No)),
                    ("title", Node::Str(Put::Work)),
                    ("start", text()),
                    ("end", text()),
                    ("description", text()),
                ],
                Put::No,
            )),
        ),
        (
            "education",
            Node::Arr(&Node::Obj(
                &[
                    ("title", Node::Str(Put::EducationTitle)),
                    ("level", Node::Enum(LEVEL_NAMES, Put::Level)),
                    ("institution", text()),
                    ("end", text()),
                    ("completed", Node::Bool(Put::Completed)),
                    ("description", text()),
                ],
                Put::Education,
            )),
        ),
        ("courses", Node::Arr(&Node::Obj(&[("title", text()), ("end", text()), ("description", text())], Put::No))),
        ("certificates", Node::Arr(&Node::Str(Put::Certificate))),
        ("driving_licences", Node::Arr(&Node::Str(Put::Licence))),
        ("own_car", Node::Bool(Put::No)),
        (
            "languages",
            Node::Arr(&Node::Obj(
                &[("language", Node::Str(Put::LanguageName)), ("level", Node::Enum(&["native", "fluent", "good", "basic"], Put::No))],
                Put::Language,
            )),
        ),
        ("other_experience", Node::Arr(&Node::Obj(&[("title", text()), ("description", text())], Put::No))),
        ("profile", text()),
    ],
    Put::No,
);

impl CvView {
    /// Reads a CV's JSON text into the view (what was in it before is dropped). `false` when the
    /// view refuses the text – then parse it with [`crate::cv::parse_cv`] (see the module docs).
    pub fn read(&mut self, json: &str) -> bool {
        self.clear();
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let mut de = serde_json::Deserializer::from_str(json);
        Seed { node: &CV, field: false, view: self }.deserialize(&mut de).and_then(|()| de.end()).is_ok()
    }

    /// Reads a JSON array of CVs, one CV at a time: `each` gets the view of each in turn. `false`
    /// when the view refuses the text (after `each` had the CVs before the one refused).
    pub(crate) fn read_array(&mut self, json: &str, each: &mut dyn FnMut(&CvView)) -> bool {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let mut de = serde_json::Deserializer::from_str(json);
        de.deserialize_seq(Items { view: self, each }).and_then(|()| de.end()).is_ok()
    }

    /// The view of a parsed CV (what was in it before is dropped).
    pub fn fill(&mut self, cv: &Cv) {
        self.clear();
        let c = &cv.contact;
        self.put_str(Put::Name, &c.name);
        self.put_str(Put::Email, &c.email);
        self.put_str(Put::Phone, &c.phone);
        for (put, v) in [(Put::EmailVisible, c.email_visible), (Put::PhoneVisible, c.phone_visible), (Put::Terms, cv.employment_terms.weekend), (Put::Terms, cv.employment_terms.travel)] {
            if let Some(v) = v {
                self.put_bool(put, v);
            }
        }
        self.put_str(Put::Municipality, &c.municipality_code);
        for w in &cv.job_wishes {
            self.begin(Put::Wish);
            self.put_str(Put::Occupation, &w.occupation);
            for q in &w.qualifications {
                self.put_str(Put::Qualification, q);
            }
            if let Some(y) = w.experience_years {
                self.put_num(Put::Years, y);
            }
        }
        let t = &cv.employment_terms;
        if !(t.hours.is_empty() && t.shifts.is_empty() && t.forms.is_empty()) {
            self.flags |= TERMS;
        }
        for w in &cv.work_experience {
            self.put_str(Put::Work, &w.title);
            self.put_str(Put::Work, &w.employer);
        }
        for e in &cv.education {
            self.begin(Put::Education);
            self.put_str(Put::EducationTitle, &e.title);
            if let Some(l) = e.level {
                self.put_level(l);
            }
            if let Some(done) = e.completed {
                self.put_bool(Put::Completed, done);
            }
        }
        for c in &cv.certificates {
            self.put_str(Put::Certificate, c);
        }
        for l in &cv.driving_licences {
            self.put_str(Put::Licence, l);
        }
        for l in &cv.languages {
            self.begin(Put::Language);
            self.put_str(Put::LanguageName, &l.language);
        }
    }

    fn clear(&mut self) {
        self.text.clear();
        self.wishes.clear();
        self.quals.clear();
        self.certificates.clear();
        self.licences.clear();
        self.languages.clear();
        self.education.clear();
        self.municipality = (0, 0);
        self.flags = 0;
        self.occupations = 0;
    }

    /// Jobnet's own rule (CV001–CV006): exactly when `cv::jobnet_blockers` finds nothing.
    pub fn searchable(&self) -> bool {
        let f = |b: u16| self.flags & b != 0;
        let shown = (f(EMAIL) && !f(EMAIL_HIDDEN)) || (f(PHONE) && !f(PHONE_HIDDEN));
        f(EDUCATION)
            && f(WORK)
            && f(NAME)
            && shown
            && f(TERMS)
            && !self.wishes.is_empty()
            && self.occupations as usize == self.wishes.len()
    }

    fn str(&self, s: Span) -> &str {
        &self.text[s.0 as usize..s.1 as usize]
    }

    fn texts<'a>(&'a self, spans: &'a [Span]) -> impl Iterator<Item = &'a str> + 'a {
        spans.iter().map(move |&s| self.str(s))
    }

    /// "Jeg søger job som" entries.
    pub(crate) fn wishes(&self) -> usize {
        self.wishes.len()
    }

    pub(crate) fn occupation(&self, wish: usize) -> &str {
        self.str(self.wishes[wish].occupation)
    }

    pub(crate) fn qualifications(&self, wish: usize) -> impl Iterator<Item = &str> {
        let (from, to) = self.wishes[wish].quals;
        self.texts(&self.quals[from as usize..to as usize])
    }

    pub(crate) fn years(&self, wish: usize) -> Option<f64> {
        self.wishes[wish].years
    }

    pub(crate) fn municipality_code(&self) -> &str {
        self.str(self.municipality)
    }

    pub(crate) fn certificates(&self) -> impl Iterator<Item = &str> {
        self.texts(&self.certificates)
    }

    pub(crate) fn driving_licences(&self) -> impl Iterator<Item = &str> {
        self.texts(&self.licences)
    }

    pub(crate) fn languages(&self) -> impl Iterator<Item = &str> {
        self.texts(&self.languages)
    }

    pub(crate) fn language_count(&self) -> usize {
        self.languages.len()
    }

    /// Level and `completed` of each education.
    pub(crate) fn education(&self) -> &[(Option<EducationLevel>, Option<bool>)] {
        &self.education
    }

    /// A comparable summary (tests): the texts and values, not where they sit in the buffer.
    #[doc(hidden)]
    pub fn summary(&self) -> String {
        let wishes: Vec<_> = (0..self.wishes()).map(|i| (self.occupation(i), self.qualifications(i).collect::<Vec<_>>(), self.years(i))).collect();
        format!(
            "{wishes:?} {:?} {:?} {:?} {:?} {:?} {:?} {}",
            self.municipality_code(),
            self.certificates().collect::<Vec<_>>(),
            self.driving_licences().collect::<Vec<_>>(),
            self.languages().collect::<Vec<_>>(),
            self.education,
            self.flags,
            self.searchable()
        )
    }

    fn span(&mut self, s: &str) -> Span {
        let from = self.text.len() as u32;
        self.text.push_str(s);
        (from, self.text.len() as u32)
    }

    fn begin(&mut self, p: Put) {
        match p {
            Put::Wish => {
                let at = self.quals.len() as u32;
                self.wishes.push(Wish { occupation: (0, 0), quals: (at, at), years: None });
            }
            Put::Education => self.education.push((None, None)),
            Put::Language => self.languages.push((0, 0)),
            _ => {}
        }
    }

    fn put_str(&mut self, p: Put, s: &str) {
        let flag = |b: u16| if filled(s) { b } else { 0 };
        match p {
            Put::Name => self.flags |= flag(NAME),
            Put::Email => self.flags |= flag(EMAIL),
            Put::Phone => self.flags |= flag(PHONE),
            Put::Work => self.flags |= flag(WORK),
            Put::EducationTitle => self.flags |= flag(EDUCATION),
            Put::Municipality => self.municipality = self.span(s),
            Put::Occupation => {
                self.occupations += u32::from(filled(s));
                let at = self.span(s);
                if let Some(w) = self.wishes.last_mut() {
                    w.occupation = at;
                }
            }
            Put::Qualification => {
                let at = self.span(s);
                self.quals.push(at);
                if let Some(w) = self.wishes.last_mut() {
                    w.quals.1 = self.quals.len() as u32;
                }
            }
            Put::Certificate => {
                let at = self.span(s);
                self.certificates.push(at);
            }
            Put::Licence => {
                let at = self.span(s);
                self.licences.push(at);
            }
            Put::LanguageName => {
                let at = self.span(s);
                if let Some(l) = self.languages.last_mut() {
                    *l = at;
                }
            }
            _ => {}
        }
    }

    fn put_bool(&mut self, p: Put, b: bool) {
        match p {
            Put::EmailVisible if !b => self.flags |= EMAIL_HIDDEN,
            Put::PhoneVisible if !b => self.flags |= PHONE_HIDDEN,
            Put::Terms => self.flags |= TERMS,
            Put::Completed => {
                if let Some(e) = self.education.last_mut() {
                    e.1 = Some(b);
                }
            }
            _ => {}
        }
    }

    fn put_num(&mut self, p: Put, v: f64) {
        if let (Put::Years, Some(w)) = (p, self.wishes.last_mut()) {
            w.years = Some(v);
        }
    }

    fn put_level(&mut self, l: EducationLevel) {
        if let Some(e) = self.education.last_mut() {
            e.0 = Some(l);
        }
    }
}

/// One value of the CV read against its node of the table: `field` when it is a field's value
/// (`null` allowed) rather than an array's element.
struct Seed<'v> {
    node: &'static Node,
    field: bool,
    view: &'v mut CvView,
}

fn refuse<E: de::Error>() -> E {
    E::custom("not the CV contract")
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a CV")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        if self.field {
            Ok(())
        } else {
            Err(refuse())
        }
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<(), E> {
        match *self.node {
            Node::Bool(p) => Ok(self.view.put_bool(p, b)),
            _ => Err(refuse()),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        match *self.node {
            Node::Num(p) => Ok(self.view.put_num(p, v)),
            _ => Err(refuse()),
        }
    }

    // As serde's `f64` takes them.
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.visit_f64(v as f64)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.visit_f64(v as f64)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        match *self.node {
            Node::Str(p) => Ok(self.view.put_str(p, s)),
            Node::Enum(names, p) => match names.iter().position(|n| *n == s) {
                Some(i) if p == Put::Level => Ok(self.view.put_level(LEVELS[i])),
                Some(_) => Ok(self.view.put_bool(p, true)),
                None => Err(refuse()),
            },
            _ => Err(refuse()),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Node::Obj(fields, put) = *self.node else { return Err(refuse()) };
        let view = self.view;
        view.begin(put);
        let mut seen = 0u32;
        while let Some(key) = map.next_key_seed(Key(fields))? {
            match key {
                Some(i) if seen & (1 << i) != 0 => return Err(refuse()),
                Some(i) => {
                    seen |= 1 << i;
                    map.next_value_seed(Seed { node: &fields[i].1, field: true, view: &mut *view })?;
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Node::Arr(item) = *self.node else { return Err(refuse()) };
        let view = self.view;
        while seq.next_element_seed(Seed { node: item, field: false, view: &mut *view })?.is_some() {}
        Ok(())
    }
}

/// The CVs of a JSON array, each read into the view and handed on.
struct Items<'v> {
    view: &'v mut CvView,
    each: &'v mut dyn FnMut(&CvView),
}

impl<'de> Visitor<'de> for Items<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of CVs")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        loop {
            self.view.clear();
            if seq.next_element_seed(Seed { node: &CV, field: false, view: &mut *self.view })?.is_none() {
                return Ok(());
            }
            (self.each)(self.view);
        }
    }
}

/// A key of an object: the index of the field it names, `None` for a field the contract hasn't.
struct Key(&'static [(&'static str, Node)]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Option<usize>, E> {
        // Length and first byte first: most keys differ there (a call to `memcmp` less in wasm).
        Ok(self.0.iter().position(|(name, _)| name.len() == s.len() && name.as_bytes().first() == s.as_bytes().first() && *name == s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table names every field of the contract: each key of a CV serialised with every
    /// field filled is in it (a field the table lacks would be read as unknown, whatever its type).
    #[test]
    fn the_table_has_every_field_of_the_cv_contract() {
        let full = r#"{"contact":{"name":"a","email":"a","phone":"a","email_visible":true,"phone_visible":true,"postal_code":"a","municipality_code":"a","website":"a"},
            "job_wishes":[{"occupation":"a","qualifications":["a"],"experience_years":1}],
            "employment_terms":{"hours":["full_time"],"shifts":["day"],"forms":["permanent"],"weekend":true,"travel":true},
            "work_experience":[{"employer":"a","employer_visible":true,"title":"a","start":"a","end":"a","description":"a"}],
            "education":[{"title":"a","level":"primary","institution":"a","end":"a","completed":true,"description":"a"}],
            "courses":[{"title":"a","end":"a","description":"a"}],"certificates":["a"],"driving_licences":["a"],"own_car":true,
            "languages":[{"language":"a","level":"native"}],"other_experience":[{"title":"a","description":"a"}],"profile":"a"}"#;
        let cv: Cv = serde_json::from_str(full).unwrap();
        let value = serde_json::to_value(&cv).unwrap();
        fn walk(v: &serde_json::Value, node: &Node, path: &str) {
            match (v, node) {
                (serde_json::Value::Object(o), Node::Obj(fields, _)) => {
                    for (k, v) in o {
                        let f = fields.iter().find(|(n, _)| n == k).unwrap_or_else(|| panic!("{path}.{k} is not in the view's table"));
                        walk(v, &f.1, &format!("{path}.{k}"));
                    }
                    assert_eq!(o.len(), fields.len(), "{path}: the table has a field the contract hasn't");
                }
                (serde_json::Value::Array(a), Node::Arr(item)) => a.iter().for_each(|v| walk(v, item, &format!("{path}[]"))),
                (serde_json::Value::String(_), Node::Str(_) | Node::Enum(..)) | (serde_json::Value::Bool(_), Node::Bool(_)) | (serde_json::Value::Number(_), Node::Num(_)) => {}
                _ => panic!("{path}: {v} against {node:?}"),
            }
        }
        walk(&value, &CV, "cv");
        let mut v = CvView::default();
        assert!(v.read(full));
        assert!(v.searchable());
    }

    /// Every enum name of the table is the contract's, and every level of the contract is named.
    #[test]
    fn the_enum_names_are_the_contracts() {
        for (name, level) in LEVEL_NAMES.iter().zip(LEVELS) {
            assert_eq!(serde_json::to_string(&level).unwrap(), format!("\"{name}\""));
        }
        let terms = r#"{"hours":["full_time","part_time"],"shifts":["day","evening","night"],"forms":["permanent","temporary"]}"#;
        serde_json::from_str::<crate::cv::model::EmploymentTerms>(terms).unwrap();
        for l in ["native", "fluent", "good", "basic"] {
            serde_json::from_str::<crate::cv::model::LanguageLevel>(&format!("\"{l}\"")).unwrap();
        }
    }

    /// What the view refuses: each is refused or taken by `parse_cv` as well, and where the view
    /// takes a text, so does `parse_cv`.
    #[test]
    fn hostile_lines() {
        let refused = [
            "", "null", "[]", "[{}]", "1", "\"x\"", "{", "{}x", r#"{"contact": []}"#, r#"{"contact": {"name": 1}}"#,
            r#"{"job_wishes": [null]}"#, r#"{"job_wishes": [[]]}"#, r#"{"certificates": "B"}"#, r#"{"certificates": [null]}"#,
            r#"{"education": [{"level": "doctor"}]}"#, r#"{"education": [{"level": {"primary": null}}]}"#,
            r#"{"job_wishes": [{"experience_years": "3"}]}"#, r#"{"job_wishes": [{"experience_years": 1e999}]}"#,
            r#"{"profile": "a", "profile": "b"}"#, r#"{"contact": {"email_visible": "no"}}"#, r#"{"own_car": 1}"#,
            r#"{"courses": [{"title": ["x"]}]}"#, r#"{"employment_terms": {"hours": ["FULL_TIME"]}}"#, r#"{"profile": "\ud800"}"#,
            r#"{"languages": [{"language": "Dansk"}, []]}"#, r#"{"other_experience": [{"description": {}}]}"#,
        ];
        let mut v = CvView::default();
        for line in refused {
            assert!(!v.read(line), "{line}");
        }
        let taken = [
            "{}", "\u{feff}{}", r#"{"x": [[[{"y": null}]]], "contact": null, "job_wishes": null, "profile": null}"#,
            r#"{"job_wishes": [{"occupation": "Lager\u006dand", "qualifications": ["a\"b", "\\"], "experience_years": -0.5e1}]}"#,
            r#"{"con\u0074act": {"name": " "}, "unknown": {"contact": []}}"#,
        ];
        for line in taken {
            assert!(v.read(line), "{line}");
            let cv = crate::cv::parse_cv(line).unwrap();
            let mut w = CvView::default();
            w.fill(&cv);
            assert_eq!(v.summary(), w.summary(), "{line}");
        }
        // Taken by the contract, refused by the view: read the long way.
        for line in [r#"{"education": [{"level": {"primary": null}}]}"#, r#"{"employment_terms": {"hours": [{"full_time": null}]}}"#] {
            assert!(!v.read(line) && crate::cv::parse_cv(line).is_ok(), "{line}");
        }
        let mut seen = Vec::new();
        assert!(v.read_array(r#"[{"profile": "a"}, {"job_wishes": [{"occupation": "Kok"}]}]"#, &mut |v| seen.push(v.wishes())));
        assert_eq!(seen, [0, 1]);
        assert!(!v.read_array(r#"[{}, []]"#, &mut |_| {}) && !v.read_array("{}", &mut |_| {}) && !v.read_array("[{}] x", &mut |_| {}));
        assert!(v.read(r#"{"job_wishes": [{"occupation": "Lager\u006dand", "qualifications": ["x"]}, {"occupation": "Kok"}]}"#));
        assert_eq!((v.occupation(0), v.qualifications(0).collect::<Vec<_>>(), v.occupation(1), v.qualifications(1).count()), ("Lagermand", vec!["x"], "Kok", 0));
    }
}
