//! `<jobspor-indsatsplan>`: the indsatsplan (seed 004) as a form – hovedmål, delmål with their
//! activities (what, who, when) and evaluation – with each delmål's SMART result and the rules'
//! findings live, and a one-page A4 print view.

use jobspor_core::indsatsplan::{check_indsatsplan, Activity, Indsatsplan, IndsatsplanConfig, IndsatsplanResult, SubGoal};
use jobspor_core::smart::{Criterion, Verdict};
use jobspor_core::InputError;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::{edit, opt, who_options, who_value};
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

/// Everything the indsatsplan shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub value: Indsatsplan,
    pub config: IndsatsplanConfig,
    pub result: IndsatsplanResult,
    pub load_error: Option<InputError>,
    pub detail: String,
    pub focus: Option<String>,
}

impl Default for State {
    /// One empty delmål with one empty activity.
    fn default() -> Self {
        let value = Indsatsplan { sub_goals: vec![empty_sub_goal()], ..Indsatsplan::default() };
        let config = IndsatsplanConfig { today: crate::dom::browser_today(), ..IndsatsplanConfig::default() };
        let mut s = State { lang: Lang::Da, result: check_indsatsplan(&value, &config), value, config, load_error: None, detail: String::new(), focus: None };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

fn empty_sub_goal() -> SubGoal {
    SubGoal { activities: vec![Activity::default()], ..SubGoal::default() }
}

impl State {
    /// The live summary: how many findings.
    pub fn summary(&self) -> String {
        format!("{} {}.", self.result.findings.len(), labels(self.lang).live)
    }

    fn activity_mut(&mut self, g: usize, a: usize) -> Option<&mut Activity> {
        self.value.sub_goals.get_mut(g)?.activities.get_mut(a)
    }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang"];

    /// Checks the plan again; the detail is the `IndsatsplanResult`.
    fn check(&mut self) -> String {
        self.result = check_indsatsplan(&self.value, &self.config);
        crate::element::to_json(&self.result)
    }

    crate::element::lang_and_detail!();
}

/// A message to the app.
pub type Msg = crate::element::Msg<State>;
/// The app: the kit's component over the plan's state.
pub type IndsatsplanApp = crate::element::App<State>;

impl crate::element::View for State {
    const PRINT: fn() = crate::dom::print;

    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<IndsatsplanApp>) -> Html {
        let l = labels(self.lang);
        let p = &self.value;
        let add = link.callback(|_| {
            Msg::Edit(Box::new(|s: &mut State| {
                s.value.sub_goals.push(empty_sub_goal());
                s.focus = Some(format!("ip-goal-{}", s.value.sub_goals.len() - 1));
            }))
        });
        let print = link.callback(|_| Msg::Print);
        let areas: Vec<&str> = self.result.main_goal_areas.iter().map(|a| self.lang.text(&a.name)).collect();
        html! {
            <div class="jsp ip" lang={self.lang.code()} ref={root.clone()}>
                <h2 class="title">{ l.ip_title }</h2>
                <p class="intro ip-screen">{ l.ip_intro }</p>
                if let Some(e) = &self.load_error {
                    <p class="error banner" role="alert"><strong>{ l.value_error }{ ": " }</strong><code>{ e.path.clone() }</code>{ " " }
                        { if self.lang == Lang::Da { e.message_da.clone() } else { e.message.clone() } }</p>
                }
                <section aria-labelledby="ip-h-header">
                    <h3 id="ip-h-header">{ l.header }</h3>
                    <div class="ip-grid">
                        { fields::text("ip-citizen", l.citizen, &p.citizen, TextOpts::default(), edit(link, |s: &mut State, v| s.value.citizen = v)) }
                        { fields::text("ip-consultant", l.consultant, &p.consultant, TextOpts::default(), edit(link, |s: &mut State, v| s.value.consultant = v)) }
                        { fields::text("ip-date", l.date, p.date.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() }, edit(link, |s: &mut State, v| s.value.date = opt(v))) }
                    </div>
                    { fields::area("ip-main-goal", l.main_goal, &p.main_goal, 2, Some(l.main_goal_hint), edit(link, |s: &mut State, v| s.value.main_goal = v)) }
                    if !areas.is_empty() { <p class="ip-areas" id="ip-main-areas">{ format!("{}: {}", l.areas, areas.join(" / ")) }</p> }
                </section>
                <ol class="ip-goals">
                    { for p.sub_goals.iter().enumerate().map(|(g, goal)| self.sub_goal(g, goal, l, link)) }
                </ol>
                <p class="ip-screen">
                    <button type="button" class="add" id="ip-add-goal" onclick={add}>{ l.add_sub_goal }</button>{ " " }
                    <button type="button" id="ip-print" onclick={print}>{ l.print }</button>
                </p>
                { super::findings_list("ip", &self.result.findings, self.lang, l) }
                <div class="sr-only" id="ip-live" role="status" aria-live="polite">{ self.summary() }</div>
            </div>
        }
    }
}

impl State {
    fn sub_goal(&self, g: usize, goal: &SubGoal, l: &'static Labels, link: &Scope<IndsatsplanApp>) -> Html {
        let r = self.result.sub_goals.get(g);
        let add = link.callback(move |_| {
            Msg::Edit(Box::new(move |s: &mut State| {
                if let Some(goal) = s.value.sub_goals.get_mut(g) {
                    goal.activities.push(Activity::default());
                    s.focus = Some(format!("ip-act-{g}-{}", goal.activities.len() - 1));
                }
            }))
        });
        let hid = format!("ip-h-goal-{g}");
        let smart = r.map(|r| {
            let missing: Vec<String> = Criterion::ALL.iter().filter(|c| r.smart.criteria.get(**c).verdict == Verdict::Missing).map(|c| self.lang.text(&c.label()).to_string()).collect();
            let mut text = format!("{}: {} {}", l.smart, r.smart.met, l.of_five);
            if !missing.is_empty() {
                text.push_str(&format!(" · {}: {}", l.missing, missing.join(", ")));
            }
            text
        });
        html! {
            <li class="ip-goal" id={format!("ip-g-{g}")}>
                <section aria-labelledby={hid.clone()}>
                    <h3 id={hid}>{ format!("{} {}", l.sub_goal, g + 1) }</h3>
                    { fields::area(&format!("ip-goal-{g}"), l.goal_text, &goal.goal, 2, None,
                        edit(link, move |s: &mut State, v| if let Some(x) = s.value.sub_goals.get_mut(g) { x.goal = v })) }
                    if let Some(t) = smart.filter(|_| !goal.goal.trim().is_empty()) { <p class="ip-smart" id={format!("ip-smart-{g}")}>{ t }</p> }
                    <table class="ip-acts">
                        <caption class="sr-only">{ format!("{} – {}", l.sub_goal, l.activity) }</caption>
                        <thead><tr><th scope="col">{ l.what }</th><th scope="col">{ l.who }</th><th scope="col">{ l.when }</th></tr></thead>
                        <tbody>{ for goal.activities.iter().enumerate().map(|(a, act)| self.activity(g, a, act, l, link)) }</tbody>
                    </table>
                    <p class="ip-screen"><button type="button" class="add" id={format!("ip-add-act-{g}")} onclick={add}>{ l.add_activity }</button></p>
                    <div class="ip-grid">
                        { fields::text(&format!("ip-evdate-{g}"), l.evaluation_date, goal.evaluation.date.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() },
                            edit(link, move |s: &mut State, v| if let Some(x) = s.value.sub_goals.get_mut(g) { x.evaluation.date = opt(v) })) }
                    </div>
                    { fields::area(&format!("ip-evtext-{g}"), l.evaluation_text, &goal.evaluation.text, 2, None,
                        edit(link, move |s: &mut State, v| if let Some(x) = s.value.sub_goals.get_mut(g) { x.evaluation.text = v })) }
                </section>
            </li>
        }
    }

    fn activity(&self, g: usize, a: usize, act: &Activity, l: &'static Labels, link: &Scope<IndsatsplanApp>) -> Html {
        let id = |f: &str| format!("ip-{f}-{g}-{a}");
        let n = a + 1;
        let who_opts = who_options(self.lang, l);
        let opts: Vec<(&str, &str)> = who_opts.iter().map(|(v, t)| (*v, t.as_str())).collect();
        html! {
            <tr>
                <td>{ fields::text(&id("act"), &format!("{} {n}: {}", l.activity, l.what), &act.activity, TextOpts::default(),
                    edit(link, move |s: &mut State, v| if let Some(x) = s.activity_mut(g, a) { x.activity = v })) }</td>
                <td>{ fields::select(&id("who"), &format!("{} {n}: {}", l.activity, l.who), &opts, who_value(act.who),
                    edit(link, move |s: &mut State, v: String| if let Some(x) = s.activity_mut(g, a) { x.who = super::parse_who(&v) })) }</td>
                <td>{ fields::text(&id("when"), &format!("{} {n}: {}", l.activity, l.when), &act.when, TextOpts::default(),
                    edit(link, move |s: &mut State, v| if let Some(x) = s.activity_mut(g, a) { x.when = v })) }</td>
            </tr>
        }
    }
}
