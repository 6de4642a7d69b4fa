//! Agreement ↔ joblog matching. An agreement is read once with the SMART analyser (its action,
//! the occupation and the employer it names – evidence `occupation`, `name`/`organisation` – and
//! its deadline resolved from the day it was made); a joblog entry fulfils it when it was made
//! between the agreement's date and its deadline, for the same employer (when one is named) and
//! the same occupation (when one is named) as the occupation recogniser reads them. Measured on
//! the labelled pairs in `tests/fixtures/plan/matching.json` (see docs/plan.md).

use super::model::{Agreement, JoblogEntry};
use super::JobsporFacts;
use crate::common::Date;
use crate::lexicon::Occupation;
use crate::smart::{check_smart, Kind, SmartOptions};

/// An agreement as the analyser reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementFacts {
    /// The day it was made.
    pub date: Option<Date>,
    pub deadline: Option<Date>,
    pub occupation: Option<&'static Occupation>,
    /// The occupation's words as written (when the recogniser knows none).
    pub occupation_text: Option<String>,
    pub employer: Option<String>,
    /// A named application (an employer) by a deadline: "søg stillingen som X hos Y inden Z".
    pub asks_application: bool,
    /// Applications a week it asks ("søg 2 stillinger som X om ugen").
    pub per_week: Option<u32>,
    /// It asks unsolicited applications ("uopfordrede").
    pub unsolicited: bool,
}

/// The most of an agreement's text the analyser reads.
const MAX_AGREEMENT_CHARS: usize = 2000;

impl AgreementFacts {
    /// Reads an agreement; relative times from its `date`, else from `today`.
    pub fn read(a: &Agreement, today: Option<Date>) -> AgreementFacts {
        let date = a.date.as_deref().and_then(|d| Date::parse(d.trim()));
        let text: String = a.text.chars().take(MAX_AGREEMENT_CHARS).collect();
        let options = SmartOptions { kind: Kind::Agreement, today: date.or(today).map(|d| d.to_string()), ..SmartOptions::default() };
        let r = check_smart(&text, &options);
        let mut occupation_text = None;
        let mut employer = None;
        let mut quantity: Option<String> = None;
        let mut weekly = false;
        for c in [&r.criteria.specific, &r.criteria.measurable, &r.criteria.attractive, &r.criteria.realistic, &r.criteria.time_bound] {
            for e in &c.evidence {
                match e.feature.as_str() {
                    "occupation" if occupation_text.is_none() => occupation_text = Some(e.text.clone()),
                    "name" | "organisation" if employer.is_none() => employer = Some(e.text.clone()),
                    "quantity" if quantity.is_none() => quantity = Some(e.text.to_lowercase()),
                    "frequency" | "recurring" => weekly |= is_weekly(&e.text),
                    _ => {}
                }
            }
        }
        let occupation = occupation_text.as_deref().and_then(occupation_of).or_else(|| occupation_of(&text));
        let deadline = a.deadline.as_deref().and_then(|d| Date::parse(d.trim())).or_else(|| r.deadline.as_deref().and_then(Date::parse));
        let per_week = quantity.as_deref().filter(|_| weekly).and_then(leading_number);
        let unsolicited = quantity.as_deref().is_some_and(|q| q.contains("uopfordr"));
        AgreementFacts { date, deadline, occupation, occupation_text, asks_application: employer.is_some() && deadline.is_some(), employer, per_week, unsolicited }
    }

    /// The entry (made on `date`) fulfils the agreement.
    pub fn matches(&self, entry: &JoblogEntry, date: Date) -> bool {
        self.matches_read(&AgreementWords::of(self), &EntryWords::of(entry), date)
    }

    /// [`Self::matches`] with both sides read once: the check compares every agreement with every
    /// joblog entry, and reading a title (the occupation recogniser) per pair made 1,000
    /// agreements × 20,000 entries take 115 s.
    pub(crate) fn matches_read(&self, own: &AgreementWords, entry: &EntryWords, date: Date) -> bool {
        if self.date.is_some_and(|d| date < d) || self.deadline.is_some_and(|d| date > d) {
            return false;
        }
        if self.employer.is_none() && self.occupation.is_none() && self.occupation_text.is_none() {
            return false;
        }
        if self.employer.is_some() && !same_words(&own.employer, &entry.employer) {
            return false;
        }
        match (self.occupation, &own.occupation_text) {
            (Some(o), _) => entry.names(o),
            (None, Some(words)) => entry.title.contains(words.as_str()),
            (None, None) => true,
        }
    }

    /// [`Self::matches`] for an entry given as JSON fields (the labelled set).
    pub fn matches_entry(&self, entry: &JoblogEntry) -> bool {
        Date::parse(entry.date.trim()).is_some_and(|d| self.matches(entry, d))
    }
}

/// "om ugen", "hver uge", "ugentligt" – once a week, not every other week.
fn is_weekly(text: &str) -> bool {
    let t = text.to_lowercase();
    (t.contains("om ugen") || t.contains("hver uge") || t.starts_with("ugentlig")) && !t.contains("anden")
}

/// The number a quantity starts with: digits or a Danish number word up to ti.
fn leading_number(quantity: &str) -> Option<u32> {
    const WORDS: [&str; 10] = ["en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti"];
    let first = quantity.split_whitespace().next()?;
    first.parse::<u32>().ok().filter(|n| (1..=100).contains(n)).or_else(|| {
        let w = if first == "et" || first == "én" || first == "ét" { "en" } else { first };
        WORDS.iter().position(|x| *x == w).map(|i| i as u32 + 1)
    })
}

/// The occupation a title or text names.
pub(crate) fn occupation_of(text: &str) -> Option<&'static Occupation> {
    if !crate::text::filled(text) {
        return None;
    }
    crate::lexicon::find_occupation(text).map(|m| m.occupation)
}


/// What an agreement's matching compares, read once: its employer's words and its occupation
/// words folded.
pub(crate) struct AgreementWords {
    employer: Vec<String>,
    occupation_text: Option<String>,
}

impl AgreementWords {
    pub(crate) fn of(a: &AgreementFacts) -> AgreementWords {
        AgreementWords { employer: a.employer.as_deref().map(employer_words).unwrap_or_default(), occupation_text: a.occupation_text.as_deref().map(folded) }
    }
}

/// What a joblog entry's matching compares, read once: the occupation its title names, the title
/// folded and the employer's words.
pub(crate) struct EntryWords {
    occupation: Option<&'static Occupation>,
    pub(crate) title: String,
    employer: Vec<String>,
}

impl EntryWords {
    pub(crate) fn of(entry: &JoblogEntry) -> EntryWords {
        Self::with(entry, occupation_of(&entry.title))
    }

    /// [`Self::of`] with the title's occupation already read (the check reads each distinct
    /// title once: a joblog repeats its titles, and the recogniser is most of a check's time).
    pub(crate) fn with(entry: &JoblogEntry, occupation: Option<&'static Occupation>) -> EntryWords {
        EntryWords { occupation, title: folded(&entry.title), employer: employer_words(&entry.employer) }
    }

    /// The entry's title names the occupation, one of the same DISCO-08 unit group (tuned on the
    /// tuning set: "Pædagogisk assistent" for "pædagogmedhjælper", both 5311), or contains its title.
    pub(crate) fn names(&self, o: &'static Occupation) -> bool {
        self.occupation.is_some_and(|t| t.title == o.title || (!t.disco.is_empty() && t.disco == o.disco)) || self.title.contains(&folded(o.title))
    }
}

/// The jobspor a joblog title belongs to: the one whose occupation it names, or whose title it
/// contains.
/// `occ` is the title's occupation, already read (each distinct title is read once per check).
pub(crate) fn jobspor_of_read_title(title: &str, occ: Option<&'static Occupation>, jobspor: &[JobsporFacts]) -> Option<usize> {
    if !crate::text::filled(title) {
        return None;
    }
    let f = folded(title);
    jobspor
        .iter()
        .find(|j| {
            (occ.is_some() && j.occupation.map(|o| o.title) == occ.map(|o| o.title))
                || (!j.folded.is_empty() && f.contains(j.folded.as_str()))
        })
        .map(|j| j.i)
}

/// Legal-form words left out when comparing employers.
const LEGAL_FORMS: &[&str] = &["a", "s", "as", "aps", "amba", "i", "og"];

fn employer_words(name: &str) -> Vec<String> {
    folded(name).split(' ').filter(|w| !w.is_empty() && !LEGAL_FORMS.contains(w)).map(str::to_string).collect()
}

/// The same employer, given each name's words: one name's words are all in the other's ("Bilka"
/// and "Bilka Hjørring", "Salling Group" and "Salling Group A/S").
fn same_words(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a.iter().all(|w| b.contains(w)) || b.iter().all(|w| a.contains(w))
}

/// Lower case, letters and digits, one space between words.
pub(crate) fn folded(text: &str) -> String {
    let lower = crate::text::composed(text).to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests;
