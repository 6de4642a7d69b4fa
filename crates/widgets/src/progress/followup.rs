//! `<jobspor-placement-followup>`: the work-placement follow-up (Praktikopfølgningsskemaet, seed
//! 003 §4.2 "Progression mod job") – per visit and central task the employer's score, where a new
//! hire would score, the hours, what it takes to be paid, the citizen's own score and the
//! agreement; per task the gaps in words and the seed's question for the citizen that applies
//! (employer scored higher / lower); the findings; a polite live summary.

use jobspor_core::progress::followup::{check_followup, FollowupConfig, FollowupResult, PlacementFollowup, Task, TaskResult, Visit};
use jobspor_core::InputError;
use yew::html::Scope;
use yew::prelude::*;

use super::card::signed;
use super::labels::{labels, Labels};
use super::{edit, opt};
use crate::dom::parse_num;
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

/// Everything the follow-up shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub value: PlacementFollowup,
    pub config: FollowupConfig,
    pub result: FollowupResult,
    pub load_error: Option<InputError>,
    pub detail: String,
    pub focus: Option<String>,
}

impl Default for State {
    /// One visit with one empty task.
    fn default() -> Self {
        let value = PlacementFollowup { visits: vec![Visit { tasks: vec![Task::default()], ..Visit::default() }], ..PlacementFollowup::default() };
        let config = FollowupConfig::default();
        let mut s = State { lang: Lang::Da, result: check_followup(&value, &config), value, config, load_error: None, detail: String::new(), focus: None };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

impl State {
    /// The live summary: how many tasks have a question for the citizen.
    pub fn summary(&self) -> String {
        let l = labels(self.lang);
        let tasks: Vec<&TaskResult> = self.result.visits.iter().flat_map(|v| &v.tasks).collect();
        if tasks.iter().all(|t| t.employer_score.is_none() && t.citizen_score.is_none()) {
            return l.f_live_none.into();
        }
        format!("{} {}.", tasks.iter().filter(|t| t.prompt.is_some()).count(), l.f_live)
    }

    fn task_mut(&mut self, v: usize, t: usize) -> Option<&mut Task> {
        self.value.visits.get_mut(v)?.tasks.get_mut(t)
    }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang"];

    /// Checks the follow-up again; the detail is the `FollowupResult`.
    fn check(&mut self) -> String {
        self.result = check_followup(&self.value, &self.config);
        crate::element::to_json(&self.result)
    }

    crate::element::lang_and_detail!();
}

/// A message to the app.
pub type Msg = crate::element::Msg<State>;
/// The app: the kit's component over the follow-up's state.
pub type FollowupApp = crate::element::App<State>;

/// A 1–10 score select.
fn score(id: &str, label: &str, cur: Option<u8>, l: &Labels, onchange: Callback<Event>) -> Html {
    let cur = cur.map(|c| c.to_string()).unwrap_or_default();
    let values: Vec<String> = (1..=10).map(|n| n.to_string()).collect();
    let mut options: Vec<(&str, &str)> = vec![("", l.none)];
    options.extend(values.iter().map(|v| (v.as_str(), v.as_str())));
    fields::select(id, label, &options, &cur, onchange)
}

impl crate::element::View for State {
    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<FollowupApp>) -> Html {
        let l = labels(self.lang);
        let f = &self.value;
        let hours = |id: &str, label: &str, value: Option<f64>, set: fn(&mut PlacementFollowup, Option<f64>)| {
            let text = value.map(jobspor_core::common::fmt_da).unwrap_or_default();
            fields::text(id, label, &text, TextOpts { kind: "decimal", ..Default::default() }, edit(link, move |s: &mut State, v| {
                if let Ok(h) = parse_num(&v, 168.0, false) {
                    set(&mut s.value, h);
                }
            }))
        };
        let add_visit = link.callback(|_| {
            Msg::Edit(Box::new(|s: &mut State| {
                let tasks = s.value.visits.last().map(|v| v.tasks.iter().map(|t| Task { task: t.task.clone(), ..Task::default() }).collect()).unwrap_or_default();
                s.value.visits.push(Visit { tasks, ..Visit::default() });
                s.focus = Some(format!("pf-date-{}", s.value.visits.len() - 1));
            }))
        });
        html! {
            <div class="jsp pc pf" lang={self.lang.code()} ref={root.clone()}>
                <h2 class="title">{ l.f_title }</h2>
                <p class="intro">{ l.f_intro }</p>
                if let Some(e) = &self.load_error {
                    <p class="error banner" role="alert"><strong>{ l.value_error }{ ": " }</strong><code>{ e.path.clone() }</code>{ " " }
                        { if self.lang == Lang::Da { e.message_da.clone() } else { e.message.clone() } }</p>
                }
                <section aria-labelledby="pf-h-header">
                    <h3 id="pf-h-header">{ l.header }</h3>
                    <div class="pc-grid">
                        { fields::text("pf-citizen", l.citizen, &f.citizen, TextOpts::default(), edit(link, |s: &mut State, v| s.value.citizen = v)) }
                        { fields::text("pf-company", l.company, &f.company, TextOpts::default(), edit(link, |s: &mut State, v| s.value.company = v)) }
                        { fields::text("pf-consultant", l.consultant, &f.consultant, TextOpts::default(), edit(link, |s: &mut State, v| s.value.consultant = v)) }
                        { fields::text("pf-placement", l.placement, &f.placement, TextOpts::default(), edit(link, |s: &mut State, v| s.value.placement = v)) }
                        { hours("pf-placement-hours", l.placement_hours, f.placement_hours, |f, h| f.placement_hours = h) }
                        { hours("pf-ordinary-hours", l.ordinary_hours, f.ordinary_hours, |f, h| f.ordinary_hours = h) }
                        { hours("pf-ordinary-goal", l.ordinary_goal, f.ordinary_hours_goal, |f, h| f.ordinary_hours_goal = h) }
                    </div>
                </section>
                { for f.visits.iter().enumerate().map(|(v, visit)| self.visit(v, visit, l, link)) }
                <p><button type="button" class="add" id="pf-add-visit" onclick={add_visit}>{ l.add_visit }</button></p>
                { super::findings(&self.result.findings, self.lang, l) }
                <div class="sr-only" id="pf-live" role="status" aria-live="polite">{ self.summary() }</div>
            </div>
        }
    }
}

impl State {
    fn visit(&self, v: usize, visit: &Visit, l: &'static Labels, link: &Scope<FollowupApp>) -> Html {
        let add_task = link.callback(move |_| {
            Msg::Edit(Box::new(move |s: &mut State| {
                if let Some(visit) = s.value.visits.get_mut(v) {
                    visit.tasks.push(Task::default());
                    s.focus = Some(format!("pf-task-{v}-{}", visit.tasks.len() - 1));
                }
            }))
        });
        let hid = format!("pf-h-visit-{v}");
        html! {
            <section class="pf-visit" aria-labelledby={hid.clone()}>
                <h3 id={hid}>{ format!("{} {}", l.visit, v + 1) }</h3>
                { fields::text(&format!("pf-date-{v}"), l.date, visit.date.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() },
                    edit(link, move |s: &mut State, d| if let Some(x) = s.value.visits.get_mut(v) { x.date = opt(d) })) }
                <ol class="pf-tasks">
                    { for visit.tasks.iter().enumerate().map(|(t, task)| self.task(v, t, task, l, link)) }
                </ol>
                <p><button type="button" class="add" id={format!("pf-add-task-{v}")} onclick={add_task}>{ l.add_task }</button></p>
            </section>
        }
    }

    fn task(&self, v: usize, t: usize, task: &Task, l: &'static Labels, link: &Scope<FollowupApp>) -> Html {
        let id = |f: &str| format!("pf-{f}-{v}-{t}");
        let r = self.result.visits.get(v).and_then(|x| x.tasks.get(t));
        let set_score = |which: fn(&mut Task) -> &mut Option<u8>| {
            edit(link, move |s: &mut State, x: String| if let Some(task) = s.task_mut(v, t) { *which(task) = x.parse().ok() })
        };
        let set_text = |which: fn(&mut Task) -> &mut String| edit(link, move |s: &mut State, x: String| if let Some(task) = s.task_mut(v, t) { *which(task) = x });
        let lang = self.lang;
        html! {
            <li class="pf-task" id={id("t")}>
                <h4>{ format!("{} {}", l.task, t + 1) }{ if task.task.is_empty() { String::new() } else { format!(": {}", task.task) } }</h4>
                <div class="pc-grid">
                    { fields::text(&id("task"), l.task_name, &task.task, TextOpts::default(), set_text(|x| &mut x.task)) }
                    { score(&id("employer"), l.employer_score, task.employer_score, l, set_score(|x| &mut x.employer_score)) }
                    { score(&id("newhire"), l.new_hire_score, task.new_hire_score, l, set_score(|x| &mut x.new_hire_score)) }
                    { score(&id("citizen"), l.citizen_score, task.citizen_score, l, set_score(|x| &mut x.citizen_score)) }
                    { fields::text(&id("hours"), l.task_hours, &task.hours_per_week.map(jobspor_core::common::fmt_da).unwrap_or_default(), TextOpts { kind: "decimal", ..Default::default() },
                        edit(link, move |s: &mut State, x| if let (Some(task), Ok(h)) = (s.task_mut(v, t), parse_num(&x, 168.0, false)) { task.hours_per_week = h })) }
                </div>
                { fields::area(&id("paid"), l.to_be_paid, &task.to_be_paid, 2, None, set_text(|x| &mut x.to_be_paid)) }
                { fields::area(&id("agreement"), l.agreement, &task.agreement, 2, None, set_text(|x| &mut x.agreement)) }
                if let Some(r) = r {
                    <p class="pf-gaps" id={id("gaps")}>
                        { format!("{}: {} · {}: {}", l.gap_ec, r.employer_vs_citizen.map_or_else(|| "–".into(), |g| signed(f64::from(g))),
                            l.gap_nh, r.to_new_hire.map_or_else(|| "–".into(), |g| g.to_string())) }
                    </p>
                    <div class="pf-prompt" id={id("prompt")} data-kind={r.prompt.as_ref().map(|p| format!("{:?}", p.kind))}>
                        if let Some(p) = &r.prompt {
                            <p><strong>{ l.ask }{ ": " }</strong>{ format!("»{}«", lang.text(&p.text)) }</p>
                        } else if r.employer_score.is_some() && r.citizen_score.is_some() {
                            <p>{ l.no_prompt }</p>
                        }
                    </div>
                }
            </li>
        }
    }
}
