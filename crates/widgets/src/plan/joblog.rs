//! `<jobspor-joblog>`: the citizen keeps the joblog on a phone – a quick entry (date, employer,
//! title, how, jobspor; place, status, follow-up and notes behind "More fields"), the entries
//! newest first with edit and remove, and live feedback: "2 af 3 i denne uge" with the count per
//! jobspor. The week's target is the plan's "krav til jobsøgning"; the counting is the plan
//! check's own (`jobspor_core::plan`), so the joblog and `<jobspor-plan>` never disagree.

use std::collections::BTreeMap;

use jobspor_core::common::Date;
use jobspor_core::plan::{check_plan, ApplicationHow, JoblogEntry, MinPlan, PlanOptions, PlanResult, Status, WeekSummary};
use jobspor_core::InputError;
use serde::Serialize;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::{draft_line, joblog_json, load_error, opt, resolve_today, spor_name, Draft};
use crate::dom::target_value;
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

/// What the quick-entry form lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    Date,
    Title,
}

/// The last thing done, for the polite status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    Added,
    Saved,
    Removed,
}

/// Everything the joblog shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub today_attr: Option<String>,
    pub today: Option<String>,
    pub joblog: Vec<JoblogEntry>,
    pub plan: MinPlan,
    pub result: PlanResult,
    pub load_error: Option<InputError>,
    pub draft: Draft,
    /// The quick-entry form.
    pub form: JoblogEntry,
    /// The index of the entry being edited in the form.
    pub editing: Option<usize>,
    pub form_error: Option<FormError>,
    pub said: Option<Said>,
    pub detail: String,
    pub focus: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        let today = resolve_today(None);
        let mut s = State {
            lang: Lang::Da,
            today_attr: None,
            form: JoblogEntry { date: today.clone().unwrap_or_default(), ..JoblogEntry::default() },
            today,
            joblog: Vec::new(),
            plan: MinPlan::default(),
            result: check_plan(&MinPlan::default(), &PlanOptions::default()),
            load_error: None,
            draft: Draft::default(),
            editing: None,
            form_error: None,
            said: None,
            detail: String::new(),
            focus: None,
        };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

/// This week's count, the `result` detail's `week`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WeekCount {
    /// ISO week, e.g. `2026-W15` (empty without a date).
    pub week: String,
    pub monday: String,
    /// Applications made this week (not `planned`).
    pub applications: u32,
    /// Applications asked per week ("krav til jobsøgning" ÷ its period), `null` without one.
    pub required: Option<f64>,
    pub by_jobspor: BTreeMap<String, u32>,
}

#[derive(Serialize)]
struct Detail<'a> {
    joblog: &'a [JoblogEntry],
    week: WeekCount,
    by_jobspor: &'a BTreeMap<String, u32>,
}

/// A contract enum's JSON name (`social_media`): its JSON text without the quotes.
pub(super) fn enum_str<T: Serialize>(v: &T) -> String {
    crate::element::to_json(v).trim_matches('"').to_string()
}

/// A contract enum from its JSON name.
pub(super) fn enum_from<T: serde::de::DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_str(&crate::element::to_json(s)).ok()
}

const HOWS: [ApplicationHow; 6] = [ApplicationHow::Written, ApplicationHow::Unsolicited, ApplicationHow::Personal, ApplicationHow::Phone, ApplicationHow::SocialMedia, ApplicationHow::Other];
const STATUSES: [Status; 6] = [Status::Applied, Status::Planned, Status::Interview, Status::Rejected, Status::Hired, Status::NoAnswer];

fn how_label(h: ApplicationHow, l: &Labels) -> &'static str {
    match h {
        ApplicationHow::Written => l.how_written,
        ApplicationHow::Unsolicited => l.how_unsolicited,
        ApplicationHow::Personal => l.how_personal,
        ApplicationHow::Phone => l.how_phone,
        ApplicationHow::SocialMedia => l.how_social,
        ApplicationHow::Other => l.how_other,
    }
}

fn status_label(s: Status, l: &Labels) -> &'static str {
    match s {
        Status::Planned => l.st_planned,
        Status::Applied => l.st_applied,
        Status::Interview => l.st_interview,
        Status::Rejected => l.st_rejected,
        Status::Hired => l.st_hired,
        Status::NoAnswer => l.st_no_answer,
    }
}

impl State {
    /// This week's row of the summary (today's ISO week; zero when the summary has none).
    pub fn week(&self) -> WeekCount {
        let today = self.today.as_deref().and_then(Date::parse);
        let monday = today.map(|d| d.monday().to_string());
        let row: Option<&WeekSummary> = match &monday {
            Some(m) => self.result.summary.weeks.iter().find(|w| &w.monday == m),
            None => self.result.summary.weeks.last(),
        };
        let required = self.plan.search_requirement.as_ref().filter(|r| r.applications > 0).map(|r| f64::from(r.applications) / f64::from(r.period_weeks.max(1)));
        match row {
            Some(w) => WeekCount { week: w.week.clone(), monday: w.monday.clone(), applications: w.applications, required: w.required.or(required), by_jobspor: w.by_jobspor.clone() },
            None => WeekCount {
                week: today.map(|d| format!("{}-W{:02}", d.iso_week().0, d.iso_week().1)).unwrap_or_default(),
                monday: monday.unwrap_or_default(),
                applications: 0,
                required,
                by_jobspor: BTreeMap::new(),
            },
        }
    }

    /// The live line: "2 af 3 i denne uge" / "2 of 3 this week".
    pub fn summary(&self) -> String {
        let l = labels(self.lang);
        let w = self.week();
        match w.required {
            Some(r) => format!("{} {} {} {}", w.applications, l.of, super::num(r, self.lang), l.this_week),
            None => format!("{} {}", w.applications, l.no_requirement),
        }
    }

    /// Adds the form's entry (or saves the edited one); false with a form error.
    pub fn submit(&mut self) -> bool {
        let mut e = self.form.clone();
        e.date = e.date.trim().to_string();
        if Date::parse(&e.date).is_none() {
            self.form_error = Some(FormError::Date);
            self.focus = Some("jl-date".into());
            return false;
        }
        if e.title.trim().is_empty() && e.employer.trim().is_empty() {
            self.form_error = Some(FormError::Title);
            self.focus = Some("jl-title".into());
            return false;
        }
        e.follow_up = e.follow_up.as_deref().and_then(opt).filter(|d| Date::parse(d).is_some());
        self.form_error = None;
        match self.editing.take().filter(|&i| i < self.joblog.len()) {
            Some(i) => {
                self.joblog[i] = e;
                self.said = Some(Said::Saved);
                self.focus = Some(format!("jl-edit-{i}"));
            }
            None => {
                self.joblog.push(e);
                self.said = Some(Said::Added);
                self.focus = Some("jl-employer".into());
            }
        }
        // The next entry keeps the date and the jobspor: quick entry of a day's applications.
        let keep = JoblogEntry { date: self.form.date.clone(), jobspor: self.form.jobspor.clone(), how: self.form.how, ..JoblogEntry::default() };
        self.form = keep;
        true
    }

    /// Removes entry `i`.
    pub fn remove(&mut self, i: usize) {
        if i < self.joblog.len() {
            self.joblog.remove(i);
            self.said = Some(Said::Removed);
            self.editing = None;
            self.focus = Some("jl-h-entries".into());
        }
    }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "today", "storage-key"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        match name {
            "today" => {
                let was = std::mem::replace(&mut self.today, resolve_today(value));
                self.today_attr = value.map(str::to_string);
                // A form still at the old "today" (or empty) moves to the new one.
                if self.editing.is_none() && (self.form.date.is_empty() || Some(&self.form.date) == was.as_ref()) {
                    self.form.date = self.today.clone().unwrap_or_default();
                }
            }
            "storage-key" => {
                if let Some(log) = self.draft.set_key(value.and_then(opt), joblog_json(&self.joblog), jobspor_core::plan::parse_joblog) {
                    self.joblog = log;
                }
            }
            _ => {}
        }
    }

    /// Counts again (the plan check's summary) and keeps the draft.
    fn check(&mut self) -> String {
        self.draft.save(joblog_json(&self.joblog));
        let options = PlanOptions { joblog: self.joblog.clone(), today: self.today.clone(), ..PlanOptions::default() };
        self.result = check_plan(&self.plan, &options);
        crate::element::to_json(&Detail { joblog: &self.joblog, week: self.week(), by_jobspor: &self.result.summary.by_jobspor })
    }

    crate::element::lang_and_detail!();
}

/// A message to the app.
pub type Msg = crate::element::Msg<State>;
/// The app: the kit's component over the joblog's state.
pub type JoblogApp = crate::element::App<State>;

/// A callback that edits the form (UI state: nothing is checked until the entry is added).
fn form_edit<E: AsRef<web_sys::Event> + 'static>(link: &Scope<JoblogApp>, f: fn(&mut JoblogEntry, String)) -> Callback<E> {
    link.callback(move |e: E| {
        let v = target_value(e.as_ref());
        Msg::Ui(Box::new(move |s: &mut State| {
            f(&mut s.form, v);
            s.form_error = None;
        }))
    })
}

impl crate::element::View for State {
    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<JoblogApp>) -> Html {
        let l = labels(self.lang);
        let f = &self.form;
        let onsubmit = link.callback(|e: SubmitEvent| {
            e.prevent_default();
            Msg::Edit(Box::new(|s: &mut State| {
                s.submit();
            }))
        });
        let cancel = link.callback(|_| {
            Msg::Ui(Box::new(|s: &mut State| {
                let i = s.editing.take();
                s.form = JoblogEntry { date: s.today.clone().unwrap_or_default(), ..JoblogEntry::default() };
                s.form_error = None;
                s.focus = i.map(|i| format!("jl-edit-{i}"));
            }))
        });
        let how_values: Vec<(String, &str)> = HOWS.iter().map(|h| (enum_str(h), how_label(*h, l))).collect();
        let hows: Vec<(&str, &str)> = how_values.iter().map(|(v, t)| (v.as_str(), *t)).collect();
        let st_values: Vec<(String, &str)> = STATUSES.iter().map(|x| (enum_str(x), status_label(*x, l))).collect();
        let statuses: Vec<(&str, &str)> = st_values.iter().map(|(v, t)| (v.as_str(), *t)).collect();
        let mut spor: Vec<(&str, &str)> = vec![("", l.no_jobspor)];
        spor.extend(self.plan.jobspor.iter().filter(|j| !j.id.is_empty()).map(|j| (j.id.as_str(), if j.title.is_empty() { j.id.as_str() } else { j.title.as_str() })));
        let err = |which: FormError, text: &'static str| (self.form_error == Some(which)).then_some(text);
        let week = self.week();
        let said = self.said.map(|s| match s {
            Said::Added => l.added,
            Said::Saved => l.saved,
            Said::Removed => l.removed,
        });
        html! {
            <div class="jsp plan jl" lang={self.lang.code()} ref={root.clone()}>
                <h2 class="title">{ l.j_title }</h2>
                <p class="intro">{ l.j_intro }</p>
                { load_error(self.load_error.as_ref(), self.lang, l) }
                <div class="jl-week" id="jl-week">
                    <p class="jl-count" id="jl-count" data-applications={week.applications.to_string()}>
                        <strong>{ self.summary() }</strong>
                        if !week.week.is_empty() { <span class="hint">{ format!(" ({} {})", l.week, week_no(&week.week)) }</span> }
                    </p>
                    if !self.plan.jobspor.is_empty() {
                        <ul class="jl-spor" id="jl-spor">
                            { for self.plan.jobspor.iter().map(|j| html! {
                                <li data-jobspor={j.id.clone()}>{ format!("{}: {}", spor_name(&self.plan, &j.id, l.no_jobspor), week.by_jobspor.get(&j.id).copied().unwrap_or(0)) }</li>
                            }) }
                        </ul>
                    }
                </div>
                <form class="jl-form" id="jl-form" {onsubmit} novalidate=true>
                    <div class="jl-grid">
                        { fields::text("jl-date", l.date, &f.date, TextOpts { kind: "date", error: err(FormError::Date, l.need_date), ..Default::default() }, form_edit(link, |f, v| f.date = v)) }
                        { fields::text("jl-employer", l.employer, &f.employer, TextOpts::default(), form_edit(link, |f, v| f.employer = v)) }
                        { fields::text("jl-title", l.job_title, &f.title, TextOpts { error: err(FormError::Title, l.need_title), ..Default::default() }, form_edit(link, |f, v| f.title = v)) }
                        { fields::select("jl-how", l.how, &hows, &enum_str(&f.how), form_edit(link, |f, v| f.how = enum_from(&v).unwrap_or_default())) }
                        { fields::select("jl-jobspor", l.jobspor, &spor, f.jobspor.as_deref().unwrap_or(""), form_edit(link, |f, v| f.jobspor = opt(&v))) }
                    </div>
                    <details class="jl-more">
                        <summary>{ l.more }</summary>
                        <div class="jl-grid">
                            { fields::text("jl-place", l.place, &f.place, TextOpts::default(), form_edit(link, |f, v| f.place = v)) }
                            { fields::select("jl-status", l.status, &statuses, &enum_str(&f.status), form_edit(link, |f, v| f.status = enum_from(&v).unwrap_or_default())) }
                            { fields::text("jl-follow", l.follow_up, f.follow_up.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() }, form_edit(link, |f, v| f.follow_up = opt(&v))) }
                            { fields::text("jl-notes", l.notes, &f.notes, TextOpts::default(), form_edit(link, |f, v| f.notes = v)) }
                        </div>
                    </details>
                    <div class="actions">
                        <button type="submit" class="add" id="jl-add">{ if self.editing.is_some() { l.save } else { l.add } }</button>
                        if self.editing.is_some() { <button type="button" class="secondary" id="jl-cancel" onclick={cancel}>{ l.cancel }</button> }
                    </div>
                </form>
                <h3 id="jl-h-entries" tabindex="-1">{ format!("{} ({})", l.entries, self.joblog.len()) }</h3>
                if self.joblog.is_empty() { <p>{ l.no_entries }</p> }
                <ol class="jl-list" id="jl-list" reversed=true>
                    { for self.order().into_iter().map(|i| self.entry(i, l, link)) }
                </ol>
                { draft_line(&self.draft, self.lang, l) }
                <div class="sr-only" id="jl-live" role="status" aria-live="polite">{ format!("{}{}", said.map(|s| format!("{s} ")).unwrap_or_default(), self.summary()) }</div>
            </div>
        }
    }
}

/// "2026-W15" → "15".
pub(super) fn week_no(w: &str) -> &str {
    w.rsplit_once("-W").map_or(w, |(_, n)| n.trim_start_matches('0'))
}

impl State {
    /// The entries' indexes, newest first (by date, then the later added first).
    fn order(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.joblog.len()).collect();
        idx.sort_by(|&a, &b| self.joblog[b].date.cmp(&self.joblog[a].date).then(b.cmp(&a)));
        idx
    }

    fn entry(&self, i: usize, l: &'static Labels, link: &Scope<JoblogApp>) -> Html {
        let e = &self.joblog[i];
        let what = [e.title.as_str(), e.employer.as_str()].iter().filter(|t| !t.trim().is_empty()).copied().collect::<Vec<_>>().join(", ");
        let onedit = link.callback(move |_| {
            Msg::Ui(Box::new(move |s: &mut State| {
                if let Some(e) = s.joblog.get(i) {
                    s.form = e.clone();
                    s.editing = Some(i);
                    s.form_error = None;
                    s.focus = Some("jl-date".into());
                }
            }))
        });
        let onremove = link.callback(move |_| Msg::Edit(Box::new(move |s: &mut State| s.remove(i))));
        let spor = spor_name(&self.plan, e.jobspor.as_deref().unwrap_or(""), l.no_jobspor);
        html! {
            <li class={classes!("jl-entry", (e.status == Status::Planned).then_some("jl-planned"))} id={format!("jl-entry-{i}")}>
                <span class="jl-date">{ e.date.clone() }</span>{ " " }
                <strong>{ what.clone() }</strong>
                <span class="jl-meta">{ format!(" · {} · {} · {}", how_label(e.how, l), status_label(e.status, l), spor) }</span>
                if !e.place.is_empty() { <span class="jl-meta">{ format!(" · {}", e.place) }</span> }
                <span class="jl-buttons">
                    <button type="button" class="secondary" id={format!("jl-edit-{i}")} aria-label={format!("{} {} {}", l.edit, e.date, what)} onclick={onedit}>{ l.edit }</button>
                    <button type="button" class="secondary" id={format!("jl-remove-{i}")} aria-label={format!("{} {} {}", l.remove, e.date, what)} onclick={onremove}>{ l.remove }</button>
                </span>
            </li>
        }
    }
}
