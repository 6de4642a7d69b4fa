//! `<jobspor-plan>`: Min Plan (jobmål, jobspor with their reasons, agreements, "krav til
//! jobsøgning") with the chain check live – each finding with its code, message, fix and the rule
//! that fired; in caseworker mode each can be overruled with a written reason – and the summary
//! for the next conversation: per week and jobspor the applications made against the number
//! asked, as a table and a small chart beside it, the gaps as questions, and a one-page A4 print
//! view of the summary.

use jobspor_core::cv::Override;
use jobspor_core::plan::{check_plan, Agreement, Jobspor, MinPlan, PlanOptions, PlanResult, SearchRequirement, WeekSummary};
use jobspor_core::rules::Finding;
use jobspor_core::{InputError, Severity};
use serde::Serialize;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::{draft_line, load_error, num, opt, px, resolve_today, spor_name, Draft};
use crate::dom::target_value;
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

/// How many weeks the conversation summary shows (the latest; the whole series is in `result`).
pub const SUMMARY_WEEKS: usize = 8;

/// Who looks at the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Citizen,
    Caseworker,
}

/// Everything the plan shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub mode: Mode,
    pub today: Option<String>,
    pub plan: MinPlan,
    /// The host's options; the joblog lives in them, `today` comes from the attribute.
    pub options: PlanOptions,
    pub result: PlanResult,
    /// The caseworker's overrides of findings (rule code, path, reason).
    pub overrides: Vec<Override>,
    pub load_error: Option<InputError>,
    pub draft: Draft,
    /// The finding whose override form is open: (code, path).
    pub override_open: Option<(String, String)>,
    pub override_reason: String,
    pub override_empty: bool,
    pub detail: String,
    pub focus: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        let mut s = State {
            lang: Lang::Da,
            mode: Mode::Citizen,
            today: resolve_today(None),
            plan: MinPlan::default(),
            options: PlanOptions::default(),
            result: check_plan(&MinPlan::default(), &PlanOptions::default()),
            overrides: Vec::new(),
            load_error: None,
            draft: Draft::default(),
            override_open: None,
            override_reason: String::new(),
            override_empty: false,
            detail: String::new(),
            focus: None,
        };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

/// The `result` detail: the plan result, the overrides in force and the mode. Overruled
/// findings stay in `findings`; `overrides` says which.
#[derive(Serialize)]
struct Detail<'a> {
    #[serde(flatten)]
    result: &'a PlanResult,
    overrides: &'a [Override],
    mode: &'static str,
}

impl State {
    /// Replaces the options, keeping the joblog when the new ones have none.
    pub fn set_options(&mut self, mut o: PlanOptions) {
        if o.joblog.is_empty() {
            o.joblog = std::mem::take(&mut self.options.joblog);
        }
        self.options = o;
        self.load_error = None;
    }

    /// The override covering a finding.
    pub fn override_of(&self, f: &Finding) -> Option<&Override> {
        self.overrides.iter().find(|o| o.rule.eq_ignore_ascii_case(&f.code) && o.path.as_deref().is_none_or(|p| p == f.path))
    }

    /// Adds (or replaces) the override of one finding.
    pub fn add_override(&mut self, code: &str, path: &str, reason: &str) {
        self.remove_override(code, path);
        self.overrides.push(Override { rule: code.into(), path: Some(path.into()), reason: reason.trim().into() });
    }

    pub fn remove_override(&mut self, code: &str, path: &str) {
        self.overrides.retain(|o| !(o.rule.eq_ignore_ascii_case(code) && o.path.as_deref().is_none_or(|p| p == path)));
    }

    /// The findings not overruled.
    pub fn active(&self) -> Vec<&Finding> {
        self.result.findings.iter().filter(|f| self.override_of(f).is_none()).collect()
    }

    /// The live line: how many remarks; this week's applications against the requirement.
    pub fn summary(&self) -> String {
        let l = labels(self.lang);
        format!("{} {}.", self.active().len(), l.live_findings)
    }

    /// The summary's weeks (the latest [`SUMMARY_WEEKS`]).
    pub fn shown_weeks(&self) -> &[WeekSummary] {
        let w = &self.result.summary.weeks;
        &w[w.len().saturating_sub(SUMMARY_WEEKS)..]
    }

    /// The jobspor ids of the summary's columns: the plan's, then `""` when applications are in
    /// no jobspor.
    pub fn columns(&self) -> Vec<String> {
        let mut c: Vec<String> = self.plan.jobspor.iter().map(|j| j.id.clone()).filter(|id| !id.is_empty()).collect();
        if self.result.summary.by_jobspor.contains_key("") {
            c.push(String::new());
        }
        c
    }

    /// A new jobspor id not in use (`spor-4`).
    fn new_id(&self) -> String {
        (self.plan.jobspor.len() + 1..).map(|n| format!("spor-{n}")).find(|id| self.plan.jobspor.iter().all(|j| &j.id != id)).unwrap_or_default()
    }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "today", "mode", "storage-key"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        match name {
            "today" => self.today = resolve_today(value),
            "mode" => self.mode = if value.is_some_and(|v| v.trim().eq_ignore_ascii_case("caseworker")) { Mode::Caseworker } else { Mode::Citizen },
            "storage-key" => {
                if let Some(p) = self.draft.set_key(value.and_then(opt), crate::element::to_json(&self.plan), jobspor_core::plan::parse_plan) {
                    self.plan = p;
                }
            }
            _ => {}
        }
    }

    /// Checks the chain again (and keeps the draft of the plan).
    fn check(&mut self) -> String {
        self.draft.save(crate::element::to_json(&self.plan));
        let o = PlanOptions { today: self.today.clone(), ..self.options.clone() };
        self.result = check_plan(&self.plan, &o);
        let mode = if self.mode == Mode::Caseworker { "caseworker" } else { "citizen" };
        crate::element::to_json(&Detail { result: &self.result, overrides: &self.overrides, mode })
    }

    crate::element::lang_and_detail!();
}

/// A message to the app.
pub type Msg = crate::element::Msg<State>;
/// The app: the kit's component over the plan's state.
pub type PlanApp = crate::element::App<State>;

/// A callback that edits the plan with the event target's value (and checks again).
fn edit<E: AsRef<web_sys::Event> + 'static>(link: &Scope<PlanApp>, f: impl Fn(&mut MinPlan, String) + 'static) -> Callback<E> {
    let f = std::rc::Rc::new(f);
    link.callback(move |e: E| {
        let (v, f) = (target_value(e.as_ref()), f.clone());
        Msg::Edit(Box::new(move |s: &mut State| f(&mut s.plan, v)))
    })
}

fn sev_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "sev-error",
        Severity::Warning => "sev-warning",
        Severity::Info => "sev-info",
    }
}


impl crate::element::View for State {
    const PRINT: fn() = crate::dom::print;

    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<PlanApp>) -> Html {
        let l = labels(self.lang);
        let p = &self.plan;
        html! {
            <div class="jsp plan pl" lang={self.lang.code()} ref={root.clone()}>
                <h2 class="title pl-screen">{ l.p_title }</h2>
                <p class="intro pl-screen">{ l.p_intro }</p>
                { load_error(self.load_error.as_ref(), self.lang, l) }
                <section class="pl-edit pl-screen" aria-labelledby="pl-h-goal">
                    <h3 id="pl-h-goal">{ l.job_goal }</h3>
                    { fields::text("pl-goal", l.job_goal, &p.job_goal, TextOpts::default(), edit(link, |p, v| p.job_goal = v)) }
                    { fields::area("pl-goal-reason", l.job_goal_reason, &p.job_goal_reason, 2, None, edit(link, |p, v| p.job_goal_reason = v)) }
                </section>
                { self.jobspor_section(l, link) }
                { self.agreements_section(l, link) }
                { self.requirement_section(l, link) }
                { self.findings_section(l, link) }
                { self.summary_section(l, link) }
                <div class="pl-screen">{ draft_line(&self.draft, self.lang, l) }</div>
                <div class="sr-only" id="pl-live" role="status" aria-live="polite">{ self.summary() }</div>
            </div>
        }
    }
}

impl State {
    fn jobspor_section(&self, l: &'static Labels, link: &Scope<PlanApp>) -> Html {
        let add = link.callback(|_| {
            Msg::Edit(Box::new(|s: &mut State| {
                let id = s.new_id();
                s.plan.jobspor.push(Jobspor { id, ..Jobspor::default() });
                s.focus = Some(format!("pl-spor-title-{}", s.plan.jobspor.len() - 1));
            }))
        });
        html! {
            <section class="pl-edit pl-screen" aria-labelledby="pl-h-spor">
                <h3 id="pl-h-spor">{ format!("{} ({})", l.spor_h, self.plan.jobspor.len()) }</h3>
                <ol class="pl-spor">
                    { for self.plan.jobspor.iter().enumerate().map(|(i, j)| {
                        let remove = link.callback(move |_| Msg::Edit(Box::new(move |s: &mut State| {
                            if i < s.plan.jobspor.len() { s.plan.jobspor.remove(i); }
                            s.focus = Some("pl-add-spor".into());
                        })));
                        html! {
                            <li class="pl-card" id={format!("pl-spor-{i}")} data-jobspor={j.id.clone()}>
                                { fields::text(&format!("pl-spor-title-{i}"), l.spor_title, &j.title, TextOpts::default(), edit(link, move |p, v| if let Some(j) = p.jobspor.get_mut(i) { j.title = v })) }
                                { fields::area(&format!("pl-spor-reason-{i}"), l.spor_reason, &j.reason, 2, None, edit(link, move |p, v| if let Some(j) = p.jobspor.get_mut(i) { j.reason = v })) }
                                <button type="button" class="secondary" id={format!("pl-spor-remove-{i}")} aria-label={format!("{}: {}", l.remove_spor, j.title)} onclick={remove}>{ l.remove_spor }</button>
                            </li>
                        }
                    }) }
                </ol>
                if self.plan.jobspor.len() < 3 {
                    { fields::area("pl-fewer", l.fewer_reason, &self.plan.fewer_jobspor_reason, 2, None, edit(link, |p, v| p.fewer_jobspor_reason = v)) }
                }
                <p><button type="button" class="add" id="pl-add-spor" onclick={add}>{ l.add_spor }</button></p>
            </section>
        }
    }

    fn agreements_section(&self, l: &'static Labels, link: &Scope<PlanApp>) -> Html {
        let add = link.callback(|_| {
            Msg::Edit(Box::new(|s: &mut State| {
                let date = s.today.clone();
                s.plan.agreements.push(Agreement { date, ..Agreement::default() });
                s.focus = Some(format!("pl-agr-text-{}", s.plan.agreements.len() - 1));
            }))
        });
        let mut spor: Vec<(&str, &str)> = vec![("", l.no_jobspor)];
        spor.extend(self.plan.jobspor.iter().filter(|j| !j.id.is_empty()).map(|j| (j.id.as_str(), if j.title.is_empty() { j.id.as_str() } else { j.title.as_str() })));
        html! {
            <section class="pl-edit pl-screen" aria-labelledby="pl-h-agr">
                <h3 id="pl-h-agr">{ format!("{} ({})", l.agreements_h, self.plan.agreements.len()) }</h3>
                <ol class="pl-agreements">
                    { for self.plan.agreements.iter().enumerate().map(|(i, a)| {
                        let remove = link.callback(move |_| Msg::Edit(Box::new(move |s: &mut State| {
                            if i < s.plan.agreements.len() { s.plan.agreements.remove(i); }
                            s.focus = Some("pl-add-agr".into());
                        })));
                        let fulfilled = self.result.agreements.get(i).map(|r| r.entries.len()).unwrap_or(0);
                        html! {
                            <li class="pl-card" id={format!("pl-agr-{i}")}>
                                { fields::area(&format!("pl-agr-text-{i}"), l.agreement_text, &a.text, 2, None, edit(link, move |p, v| if let Some(a) = p.agreements.get_mut(i) { a.text = v })) }
                                <div class="pl-grid">
                                    { fields::select(&format!("pl-agr-spor-{i}"), l.jobspor, &spor, a.jobspor.first().map(String::as_str).unwrap_or(""),
                                        edit(link, move |p, v| if let Some(a) = p.agreements.get_mut(i) { a.jobspor = opt(&v).into_iter().collect() })) }
                                    { fields::text(&format!("pl-agr-date-{i}"), l.agreement_date, a.date.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() },
                                        edit(link, move |p, v| if let Some(a) = p.agreements.get_mut(i) { a.date = opt(&v) })) }
                                    { fields::text(&format!("pl-agr-deadline-{i}"), l.deadline, a.deadline.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() },
                                        edit(link, move |p, v| if let Some(a) = p.agreements.get_mut(i) { a.deadline = opt(&v) })) }
                                </div>
                                if fulfilled > 0 { <p class="hint" id={format!("pl-agr-met-{i}")}>{ format!("{}: {fulfilled}", l.entries) }</p> }
                                <button type="button" class="secondary" id={format!("pl-agr-remove-{i}")} aria-label={format!("{} {}", l.remove_agreement, i + 1)} onclick={remove}>{ l.remove_agreement }</button>
                            </li>
                        }
                    }) }
                </ol>
                <p><button type="button" class="add" id="pl-add-agr" onclick={add}>{ l.add_agreement }</button></p>
            </section>
        }
    }

    fn requirement_section(&self, l: &'static Labels, link: &Scope<PlanApp>) -> Html {
        let r = self.plan.search_requirement.clone().unwrap_or_default();
        let set = |f: fn(&mut SearchRequirement, u32)| {
            edit(link, move |p, v| {
                let n: u32 = v.trim().parse().unwrap_or(0).min(520);
                let r = p.search_requirement.get_or_insert_with(SearchRequirement::default);
                f(r, n);
                if r.applications == 0 && r.period_weeks <= 1 && r.from.is_none() && r.kind.is_none() {
                    p.search_requirement = None;
                }
            })
        };
        html! {
            <section class="pl-edit pl-screen" aria-labelledby="pl-h-req">
                <h3 id="pl-h-req">{ l.requirement_h }</h3>
                <div class="pl-grid">
                    { fields::text("pl-req-apps", l.req_apps, &if r.applications > 0 { r.applications.to_string() } else { String::new() }, TextOpts { kind: "numeric", ..Default::default() }, set(|r, n| r.applications = n)) }
                    { fields::text("pl-req-weeks", l.req_weeks, &r.period_weeks.max(1).to_string(), TextOpts { kind: "numeric", ..Default::default() }, set(|r, n| r.period_weeks = n)) }
                </div>
            </section>
        }
    }

    fn findings_section(&self, l: &'static Labels, link: &Scope<PlanApp>) -> Html {
        let active = self.active();
        let overruled: Vec<(&Finding, &Override)> = self.result.findings.iter().filter_map(|f| self.override_of(f).map(|o| (f, o))).collect();
        html! {
            <section class="pl-findings pl-screen" aria-labelledby="pl-h-findings">
                <h3 id="pl-h-findings" tabindex="-1">{ format!("{} ({})", l.findings, active.len()) }</h3>
                if active.is_empty() { <p id="pl-no-findings">{ l.no_findings }</p> }
                <ul class="list" id="pl-findings">
                    { for active.iter().enumerate().map(|(k, f)| self.finding(k, f, l, link)) }
                </ul>
                if !overruled.is_empty() {
                    <h4 id="pl-h-overridden" tabindex="-1">{ format!("{} ({})", l.overridden_h, overruled.len()) }</h4>
                    <ul class="list" id="pl-overridden">
                        { for overruled.iter().enumerate().map(|(k, (f, o))| {
                            let (code, path) = (f.code.clone(), f.path.clone());
                            let undo = link.callback(move |_| {
                                let (code, path) = (code.clone(), path.clone());
                                Msg::Edit(Box::new(move |s: &mut State| {
                                    s.remove_override(&code, &path);
                                    s.focus = Some("pl-h-findings".into());
                                }))
                            });
                            html! {
                                <li class="finding overridden" data-code={f.code.clone()}>
                                    <span class="code">{ f.code.clone() }</span>{ " " }{ self.lang.text(&f.message).to_string() }
                                    <p><strong>{ l.reason }{ ": " }</strong>{ o.reason.clone() }</p>
                                    if self.mode == Mode::Caseworker {
                                        <button type="button" class="secondary" id={format!("pl-undo-{k}")} onclick={undo}>{ l.undo }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
        }
    }

    fn finding(&self, k: usize, f: &Finding, l: &'static Labels, link: &Scope<PlanApp>) -> Html {
        let w = self.lang.words();
        let sev = match f.severity {
            Severity::Error => w.sev_error,
            Severity::Warning => w.sev_warning,
            Severity::Info => w.sev_info,
        };
        let meta = jobspor_core::plan::rules::rule_meta(&f.code);
        html! {
            <li class={classes!("finding", sev_class(f.severity))} data-code={f.code.clone()} id={format!("pl-f-{k}")}>
                <span class="code">{ f.code.clone() }</span>{ " " }<span class="sev">{ format!("{sev}: ") }</span>{ self.lang.text(&f.message).to_string() }
                <p class="fix"><strong>{ l.fix }</strong>{ " " }{ self.lang.text(&f.fix).to_string() }</p>
                if let Some(m) = meta {
                    <p class="hint pl-rule">{ format!("{} {} ({}): {} · {}", l.rule, m.code, m.name, self.lang.pick(m.title.da, m.title.en), m.source) }</p>
                }
                if self.mode == Mode::Caseworker { { self.override_control(k, f, l, link) } }
            </li>
        }
    }

    fn override_control(&self, k: usize, f: &Finding, l: &'static Labels, link: &Scope<PlanApp>) -> Html {
        let open = self.override_open.as_ref().is_some_and(|(c, p)| *c == f.code && *p == f.path);
        let (btn, ta) = (format!("pl-ovb-{k}"), format!("pl-ovr-{k}"));
        let toggle = {
            let (code, path, ta) = (f.code.clone(), f.path.clone(), ta.clone());
            link.callback(move |_| {
                let (code, path, ta) = (code.clone(), path.clone(), ta.clone());
                Msg::Ui(Box::new(move |s: &mut State| {
                    s.override_open = Some((code, path));
                    s.override_reason.clear();
                    s.override_empty = false;
                    s.focus = Some(ta);
                }))
            })
        };
        let button = html! { <button type="button" class="secondary" id={btn.clone()} aria-expanded={open.to_string()} onclick={toggle}>{ l.override_ }</button> };
        if !open {
            return button;
        }
        let close = move |s: &mut State, focus: String| {
            s.override_open = None;
            s.override_reason.clear();
            s.override_empty = false;
            s.focus = Some(focus);
        };
        let onsubmit = {
            let (code, path, ta) = (f.code.clone(), f.path.clone(), ta.clone());
            link.callback(move |e: SubmitEvent| {
                e.prevent_default();
                let (code, path, ta) = (code.clone(), path.clone(), ta.clone());
                Msg::Edit(Box::new(move |s: &mut State| {
                    let reason = s.override_reason.trim().to_string();
                    if reason.is_empty() {
                        s.override_empty = true;
                        s.focus = Some(ta);
                        return;
                    }
                    s.add_override(&code, &path, &reason);
                    close(s, "pl-h-overridden".into());
                }))
            })
        };
        let onkeydown = {
            let btn = btn.clone();
            link.batch_callback(move |e: KeyboardEvent| {
                (e.key() == "Escape").then(|| {
                    e.prevent_default();
                    let btn = btn.clone();
                    Msg::Ui(Box::new(move |s: &mut State| close(s, btn)))
                })
            })
        };
        let oncancel = {
            let btn = btn.clone();
            link.callback(move |_| {
                let btn = btn.clone();
                Msg::Ui(Box::new(move |s: &mut State| close(s, btn)))
            })
        };
        let oninput = link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Ui(Box::new(move |s: &mut State| {
                s.override_empty &= v.trim().is_empty();
                s.override_reason = v;
            }))
        });
        let empty = self.override_empty;
        let (hint, err) = (format!("pl-ovh-{k}"), format!("pl-ove-{k}"));
        html! {
            <>
                { button }
                <form class="override" {onsubmit} {onkeydown} novalidate=true>
                    <label for={ta.clone()}>{ l.override_reason }</label>
                    <p class="hint" id={hint.clone()}>{ l.override_hint }</p>
                    <textarea id={ta} rows="3" aria-required="true" aria-invalid={empty.to_string()}
                        aria-describedby={if empty { format!("{hint} {err}") } else { hint }} value={self.override_reason.clone()} {oninput} />
                    if empty { <p class="error" id={err} role="alert">{ l.override_empty }</p> }
                    <div class="actions">
                        <button type="submit" id={format!("pl-ovs-{k}")}>{ l.override_save }</button>
                        <button type="button" class="secondary" onclick={oncancel}>{ l.cancel }</button>
                    </div>
                </form>
            </>
        }
    }

    /// The conversation summary: the table per week and jobspor against the requirement, the
    /// chart beside it, the totals per jobspor, the prompts, the print button.
    fn summary_section(&self, l: &'static Labels, link: &Scope<PlanApp>) -> Html {
        let weeks = self.shown_weeks();
        let cols = self.columns();
        let lang = self.lang;
        let name = |id: &str| spor_name(&self.plan, id, l.no_jobspor).to_string();
        let agreed: Vec<Option<u32>> = cols
            .iter()
            .map(|id| {
                let n: u32 = self.plan.agreements.iter().zip(&self.result.agreements).filter(|(a, _)| a.jobspor.iter().any(|j| j == id)).filter_map(|(_, r)| r.per_week).sum();
                (n > 0).then_some(n)
            })
            .collect();
        let print = link.callback(|_| Msg::Print);
        html! {
            <section class="pl-summary" id="pl-summary" aria-labelledby="pl-h-summary">
                <h3 id="pl-h-summary">{ l.summary_h }</h3>
                <p class="pl-print-only pl-who">{ format!("{}: {}", l.job_goal, self.plan.job_goal) }</p>
                <p class="hint">{ l.summary_intro }</p>
                <div class="pl-sum-row">
                    <div class="pl-table-wrap" tabindex="0" role="region" aria-labelledby="pl-h-summary">
                    <table class="pl-table" id="pl-weeks">
                        <thead><tr>
                            <th scope="col">{ l.week }</th>
                            { for cols.iter().map(|c| html! { <th scope="col">{ name(c) }</th> }) }
                            <th scope="col">{ l.total }</th><th scope="col">{ l.required }</th>
                        </tr></thead>
                        <tbody>
                            { for weeks.iter().map(|w| {
                                let short = w.complete && w.required.is_some_and(|r| f64::from(w.applications) + 1e-9 < r);
                                html! {
                                    <tr class={classes!(short.then_some("pl-short"))} data-week={w.week.clone()}>
                                        <th scope="row">{ format!("{} ({})", super::joblog_week_no(&w.week), w.monday) }</th>
                                        { for cols.iter().map(|c| html! { <td>{ w.by_jobspor.get(c).copied().unwrap_or(0) }</td> }) }
                                        <td class="pl-sum">{ w.applications }
                                            if short { <span class="pl-flag">{ format!(" – {}", l.short_week) }</span> }
                                            if !w.complete { <span class="hint">{ format!(" ({})", l.ongoing) }</span> }
                                        </td>
                                        <td>{ w.required.map_or_else(|| l.none.to_string(), |r| num(r, lang)) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                    </div>
                    { self.chart(weeks, &cols, l) }
                </div>
                <h4>{ l.by_spor_h }</h4>
                <ul class="pl-by-spor" id="pl-by-spor">
                    { for cols.iter().zip(&agreed).map(|(c, a)| html! {
                        <li data-jobspor={c.clone()}>{ format!("{}: {} {}", name(c), self.result.summary.by_jobspor.get(c).copied().unwrap_or(0), l.made) }
                            if let Some(a) = a { { format!(" ({a} {})", l.agreed_week) } }</li>
                    }) }
                </ul>
                <h4>{ l.prompts_h }</h4>
                if self.result.summary.prompts.is_empty() { <p>{ l.no_prompts }</p> }
                <ol class="pl-prompts" id="pl-prompts">
                    { for self.result.summary.prompts.iter().map(|p| html! { <li>{ lang.text(p).to_string() }</li> }) }
                </ol>
                <p class="pl-screen"><button type="button" class="secondary" id="pl-print" onclick={print}>{ l.print }</button></p>
            </section>
        }
    }

    /// Grouped bars: per week one bar per jobspor, a dashed line at the number required; each
    /// bar has its number above it, the legend names the jobspor with a pattern as well as a
    /// colour, and the table beside it says the same in text.
    fn chart(&self, weeks: &[WeekSummary], cols: &[String], l: &'static Labels) -> Html {
        const W: f64 = 320.0;
        const H: f64 = 120.0;
        const BASE: f64 = 100.0;
        let n = weeks.len().max(1) as f64;
        let top = weeks
            .iter()
            .flat_map(|w| cols.iter().map(|c| f64::from(w.by_jobspor.get(c).copied().unwrap_or(0))).chain(w.required))
            .fold(1.0, f64::max);
        let slot = (W - 8.0) / n;
        let bar = ((slot - 6.0) / cols.len().max(1) as f64).max(2.0);
        let y = |v: f64| BASE - v / top * 84.0;
        let desc: Vec<String> = weeks
            .iter()
            .map(|w| {
                let parts: Vec<String> = cols.iter().map(|c| format!("{} {}", spor_name(&self.plan, c, l.no_jobspor), w.by_jobspor.get(c).copied().unwrap_or(0))).collect();
                format!("{} {}: {}{}", l.week, super::joblog_week_no(&w.week), parts.join(", "), w.required.map_or_else(String::new, |r| format!(" ({} {})", l.required, num(r, self.lang))))
            })
            .collect();
        html! {
            <figure class="pl-figure">
                <svg class="pl-chart" id="pl-chart" viewBox={format!("0 0 {} {}", W as i32, H as i32)} role="img" focusable="false" aria-labelledby="pl-chart-title pl-chart-desc">
                    <title id="pl-chart-title">{ l.chart_title }</title>
                    <desc id="pl-chart-desc">{ desc.join("; ") }</desc>
                    <line class="pl-axis" x1="4" y1={px(BASE)} x2={px(W - 4.0)} y2={px(BASE)} />
                    { for weeks.iter().enumerate().map(|(i, w)| {
                        let x0 = 4.0 + slot * i as f64 + 3.0;
                        html! {
                            <g>
                                { for cols.iter().enumerate().map(|(k, c)| {
                                    let v = f64::from(w.by_jobspor.get(c).copied().unwrap_or(0));
                                    let x = x0 + bar * k as f64;
                                    html! {
                                        <>
                                            <rect class={format!("pl-bar pl-s{}", k % 4)} x={px(x)} y={px(y(v))} width={px((bar - 1.0).max(1.0))} height={px(BASE - y(v))} />
                                            if v > 0.0 { <text class="pl-val" x={px(x + bar / 2.0)} y={px(y(v) - 2.0)}>{ num(v, self.lang) }</text> }
                                        </>
                                    }
                                }) }
                                if let Some(r) = w.required {
                                    <line class="pl-req" x1={px(x0 - 2.0)} x2={px(x0 + slot - 4.0)} y1={px(y(r))} y2={px(y(r))} />
                                }
                                <text class="pl-lab" x={px(x0 + (slot - 6.0) / 2.0)} y="114">{ super::joblog_week_no(&w.week).to_string() }</text>
                            </g>
                        }
                    }) }
                </svg>
                <figcaption>
                    <ul class="pl-legend">
                        { for cols.iter().enumerate().map(|(k, c)| html! {
                            <li><span class={format!("pl-key pl-s{}", k % 4)} aria-hidden="true"></span>{ spor_name(&self.plan, c, l.no_jobspor).to_string() }</li>
                        }) }
                        <li><span class="pl-key pl-key-req" aria-hidden="true"></span>{ format!("{} ({})", l.required, l.week.to_lowercase()) }</li>
                    </ul>
                </figcaption>
            </figure>
        }
    }
}
