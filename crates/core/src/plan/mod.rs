//! The plan in one piece (issue 16; seed 003 §5.1–5.4, frederikshavn-metodehaandbog.txt:935–1160):
//! jobspor → "Jeg søger job som" in the CV → Min Plan (jobmål, jobspor, activities, SMART
//! agreements, "krav til jobsøgning") → the joblog, checked together.
//!
//! [`check_plan`] reads every agreement with the SMART analyser (action, occupation, employer,
//! deadline) and the occupation recogniser, ties each joblog entry to a jobspor (its own id, or
//! the jobspor whose occupation its title names), counts the applications per ISO week and
//! jobspor, matches agreed applications to joblog entries ([`matcher`]), runs the rules
//! (`rules/`, codes `PL…`) and writes the summary for the next conversation.

pub mod matcher;
pub mod model;
pub mod rules;
mod summary;

pub use matcher::AgreementFacts;
pub use model::{Activity, Agreement, AgreementResult, ApplicationHow, Jobspor, JoblogEntry, MinPlan, PlanOptions, PlanResult, PlanSummary, SearchRequirement, Status, WeekSummary};

use crate::common::{Date, Noun};
use crate::lexicon::Occupation;
use crate::{InputError, Text};

/// The most agreements and jobspor one plan check reads (a plan holds a handful): each agreement
/// is read by the SMART analyser (about 0.1 ms; 100,000 took 12 s natively) and compared with
/// every joblog entry, each jobspor is counted in every week. More is an input error at
/// `agreements` or `jobspor`.
pub const MAX_AGREEMENTS: usize = 500;

/// Reads a plan (JSON), naming the path of the first problem; dates must be `YYYY-MM-DD`.
pub fn parse_plan(json: &str) -> Result<MinPlan, InputError> {
    let plan: MinPlan = crate::common::parse_object(json, Noun::new("the plan", "planen"))?;
    crate::error::refuse_arrays(json, &[""], &["search_requirement", "jobspor[]", "agreements[]", "activities[]"])?;
    for (field, n, da) in [("agreements", plan.agreements.len(), "aftaler"), ("jobspor", plan.jobspor.len(), "jobspor")] {
        if n > MAX_AGREEMENTS {
            return Err(InputError::new(field, format!("has {n} {field}; at most {MAX_AGREEMENTS} are read"), format!("har {n} {da}; der læses højst {MAX_AGREEMENTS}")));
        }
    }
    for (i, a) in plan.agreements.iter().enumerate() {
        date_field(a.date.as_deref(), &format!("agreements[{i}].date"))?;
        date_field(a.deadline.as_deref(), &format!("agreements[{i}].deadline"))?;
    }
    if let Some(r) = &plan.search_requirement {
        date_field(r.from.as_deref(), "search_requirement.from")?;
        if r.applications > 1000 || r.period_weeks > 520 {
            return Err(InputError::new("search_requirement", "applications at most 1000 per period of at most 520 weeks", "højst 1000 ansøgninger pr. periode på højst 520 uger"));
        }
    }
    Ok(plan)
}

/// Reads the options (JSON): the CV, the joblog, today.
pub fn parse_options(json: &str) -> Result<PlanOptions, InputError> {
    let o: PlanOptions = crate::common::parse_object(json, Noun::new("the options", "indstillingerne"))?;
    crate::error::refuse_arrays(json, &[""], &["cv", "joblog[]"])?;
    crate::error::refuse_arrays(json, &["cv."], crate::error::CV_OBJECTS)?;
    validate_options(&o)?;
    Ok(o)
}

/// Reads a joblog on its own (a JSON array of entries).
pub fn parse_joblog(json: &str) -> Result<Vec<JoblogEntry>, InputError> {
    let t = json.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if !t.starts_with('[') && serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok() {
        return Err(InputError::new("", "the joblog must be a JSON array ([ … ])", "jobloggen skal være et JSON-array ([ … ])"));
    }
    let log: Vec<JoblogEntry> = InputError::parse_json("the joblog", json)?;
    crate::error::refuse_arrays(json, &[""], &["[]"])?;
    let o = PlanOptions { joblog: log, ..PlanOptions::default() };
    validate_options(&o)?;
    Ok(o.joblog)
}

/// Checks the dates and the joblog's size.
pub fn validate_options(o: &PlanOptions) -> Result<(), InputError> {
    date_field(o.today.as_deref(), "today")?;
    if o.joblog.len() > o.max_entries {
        return Err(InputError::new(
            "joblog",
            format!("has {} entries; at most {} are read", o.joblog.len(), o.max_entries),
            format!("har {} linjer; der læses højst {}", o.joblog.len(), o.max_entries),
        ));
    }
    for (i, e) in o.joblog.iter().enumerate() {
        if Date::parse(e.date.trim()).is_none() {
            return Err(InputError::new(format!("joblog[{i}].date"), "must be a date YYYY-MM-DD", "skal være en dato ÅÅÅÅ-MM-DD"));
        }
        date_field(e.follow_up.as_deref(), &format!("joblog[{i}].follow_up"))?;
    }
    Ok(())
}

fn date_field(value: Option<&str>, path: &str) -> Result<(), InputError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) if Date::parse(v).is_none() => Err(InputError::new(path, "must be a date YYYY-MM-DD", "skal være en dato ÅÅÅÅ-MM-DD")),
        _ => Ok(()),
    }
}

crate::common::check_json! {
    /// Checks a plan given as JSON with options as JSON (`None` or blank for none).
    check_plan_json(plan, options) -> PlanResult = parse_plan, parse_options => check_plan;
}

/// Checks the chain. Never panics; linear in the joblog (times the agreements).
pub fn check_plan(plan: &MinPlan, options: &PlanOptions) -> PlanResult {
    let ctx = Ctx::new(plan, options);
    let mut findings = Vec::new();
    for rule in rules::RULES {
        (rule.run)(&ctx, &mut findings);
    }
    crate::rules::cap_repeated(&mut findings);
    let agreements = ctx
        .agreements
        .iter()
        .enumerate()
        .map(|(i, a)| AgreementResult {
            index: i,
            asks_application: a.asks_application,
            occupation: a.occupation.map(|o| o.title.to_string()),
            employer: a.employer.clone(),
            deadline: a.deadline.map(|d| d.to_string()),
            entries: ctx.entries.iter().filter(|e| e.counts && e.fulfils(&ctx, i)).map(|e| e.i).collect(),
            per_week: a.per_week,
        })
        .collect();
    PlanResult { summary: summary::summary(&ctx), findings, agreements }
}

// ------------------------------------------------------------------ what the rules see

/// A jobspor as the rules see it.
pub(crate) struct JobsporFacts<'a> {
    pub i: usize,
    pub spor: &'a Jobspor,
    pub occupation: Option<&'static Occupation>,
    /// The title folded (empty without one), for the joblog titles.
    pub folded: String,
}

impl JobsporFacts<'_> {
    /// The title quoted, or the id.
    pub(crate) fn name(&self) -> String {
        let t = if crate::text::filled(&self.spor.title) { &self.spor.title } else { &self.spor.id };
        format!("»{}«", crate::text::quote(t))
    }

    /// The title quoted for an English message.
    pub(crate) fn name_en(&self) -> String {
        let t = if crate::text::filled(&self.spor.title) { &self.spor.title } else { &self.spor.id };
        format!("\"{}\"", crate::text::quote(t))
    }
}

/// A joblog entry as the rules see it.
pub(crate) struct EntryFacts<'a> {
    pub i: usize,
    pub entry: &'a JoblogEntry,
    pub date: Date,
    /// The jobspor (index) it belongs to: its own id, or read from its title.
    pub jobspor: Option<usize>,
    /// Its `jobspor` names an id the plan doesn't have.
    pub unknown_id: bool,
    /// It is an application made (not `planned`).
    pub counts: bool,
    /// Its title and employer as the matching reads them.
    pub words: matcher::EntryWords,
}

/// What a rule sees.
pub(crate) struct Ctx<'a> {
    pub plan: &'a MinPlan,
    pub options: &'a PlanOptions,
    pub today: Option<Date>,
    pub jobspor: Vec<JobsporFacts<'a>>,
    pub entries: Vec<EntryFacts<'a>>,
    pub agreements: Vec<AgreementFacts>,
    /// Each agreement's words for the matching (read once).
    pub agreement_words: Vec<matcher::AgreementWords>,
    pub weeks: Vec<summary::Week>,
}

impl EntryFacts<'_> {
    /// The entry fulfils agreement `k`.
    pub(crate) fn fulfils(&self, ctx: &Ctx, k: usize) -> bool {
        ctx.agreements[k].matches_read(&ctx.agreement_words[k], &self.words, self.date)
    }
}

impl<'a> Ctx<'a> {
    fn new(plan: &'a MinPlan, options: &'a PlanOptions) -> Ctx<'a> {
        let today = options.today.as_deref().and_then(|t| Date::parse(t.trim()));
        let jobspor: Vec<JobsporFacts> = plan
            .jobspor
            .iter()
            .enumerate()
            .map(|(i, spor)| JobsporFacts { i, spor, occupation: matcher::occupation_of(&spor.title), folded: if crate::text::filled(&spor.title) { matcher::folded(&spor.title) } else { String::new() } })
            .collect();
        // Each distinct title is read by the occupation recogniser once.
        let mut read: std::collections::HashMap<&str, Option<&'static Occupation>> = std::collections::HashMap::new();
        let entries = options
            .joblog
            .iter()
            .enumerate()
            .filter_map(|(i, entry)| {
                let date = Date::parse(entry.date.trim())?;
                let occ = *read.entry(entry.title.as_str()).or_insert_with(|| matcher::occupation_of(&entry.title));
                let own = entry.jobspor.as_deref().map(str::trim).filter(|s| !s.is_empty());
                let (jobspor, unknown_id) = match own {
                    Some(id) => match plan.jobspor.iter().position(|s| s.id.trim() == id) {
                        Some(k) => (Some(k), false),
                        None => (None, true),
                    },
                    None => (matcher::jobspor_of_read_title(&entry.title, occ, &jobspor), false),
                };
                Some(EntryFacts { i, entry, date, jobspor, unknown_id, counts: entry.status != Status::Planned, words: matcher::EntryWords::with(entry, occ) })
            })
            .collect();
        let agreements: Vec<AgreementFacts> = plan.agreements.iter().map(|a| AgreementFacts::read(a, today)).collect();
        let agreement_words = agreements.iter().map(matcher::AgreementWords::of).collect();
        let mut ctx = Ctx { plan, options, today, jobspor, entries, agreements, agreement_words, weeks: Vec::new() };
        ctx.weeks = summary::weeks(&ctx);
        ctx
    }

    /// The jobspor with a title or an id.
    pub(crate) fn named_jobspor(&self) -> impl Iterator<Item = &JobsporFacts<'a>> {
        self.jobspor.iter().filter(|j| crate::text::filled(&j.spor.title) || crate::text::filled(&j.spor.id))
    }

    /// The plan has this jobspor id.
    pub(crate) fn has_id(&self, id: &str) -> bool {
        self.plan.jobspor.iter().any(|s| s.id.trim() == id.trim())
    }

    /// The applications counted (not planned).
    pub(crate) fn applications(&self) -> impl Iterator<Item = &EntryFacts<'a>> {
        self.entries.iter().filter(|e| e.counts)
    }
}

/// "a, b og c".
pub(crate) fn list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// A plain text pair.
pub(crate) fn t(da: impl Into<String>, en: impl Into<String>) -> Text {
    Text::new(da, en)
}
