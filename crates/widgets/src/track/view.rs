//! The `<jobspor-track>` Yew component: the questionnaire, the live proposal with reasons and
//! the other tracks, the caseworker's override, the core-element checklist and a print summary.

use std::rc::Rc;

use jobspor_core::cv::model::EducationLevel;
use jobspor_core::track::rules::rule_meta;
use jobspor_core::track::{
    CoreElement, RuleKind, Track, TrackIndicator, TrackOverride, TrackProfile, Upskilling,
};
use jobspor_core::InputError;
use web_sys::Event;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::state::{parse_num, LoadError, State, NUMBERS};
use crate::dom::{target_checked, target_value};
use crate::i18n::{Lang, EDUCATION_LEVELS};

/// Properties: the state shared with the element handle.
#[cfg(test)]
pub type Props = crate::element::Props<State>;


/// A message to the app (the kit's: refresh, edit, UI change, focus, print).
pub type Msg = crate::element::Msg<State>;

/// The app: the kit's component over this widget's state.
pub type TrackApp = crate::element::App<State>;

impl crate::element::View for State {
    const FOCUS_AFTER_RENDER: fn(&web_sys::Element, &str) = crate::dom::focus_element;
    const PRINT: fn() = crate::dom::print;

    fn take_focus(&mut self) -> Option<String> {
        self.ui.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<TrackApp>) -> Html {
        let s = self;
        let v = V {
            s: &s,
            l: labels(s.lang),
            lang: s.lang,
            link: link,
        };
        html! {
            <div class="jsp tr" part="base" lang={s.lang.code()} ref={root.clone()}>
                <h2 class="title">{ v.l.title }</h2>
                <p class="intro">{ v.l.intro }</p>
                { v.top_error() }
                <div class="tr-layout">
                    { v.form() }
                    { v.summary() }
                    { v.proposal() }
                    { v.checklist() }
                </div>
            </div>
        }
    }
}

const UPSKILLING: [(Upskilling, &str); 3] = [
    (Upskilling::Certificate, "certificate"),
    (Upskilling::Fvu, "fvu"),
    (Upskilling::Obu, "obu"),
];

fn level_label(l: &Labels, level: EducationLevel) -> &'static str {
    match level {
        EducationLevel::Primary => l.lvl_primary,
        EducationLevel::UpperSecondary => l.lvl_upper_secondary,
        EducationLevel::Vocational => l.lvl_vocational,
        EducationLevel::ShortHigher => l.lvl_short_higher,
        EducationLevel::Bachelor => l.lvl_bachelor,
        EducationLevel::Master => l.lvl_master,
        EducationLevel::Phd => l.lvl_phd,
    }
}

fn upskilling_label(l: &Labels, u: Upskilling) -> &'static str {
    match u {
        Upskilling::Certificate => l.up_certificate,
        Upskilling::Fvu => l.up_fvu,
        Upskilling::Obu => l.up_obu,
    }
}

fn tri_code(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

fn tri_parse(v: &str) -> Option<bool> {
    match v {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The assessed indicators' flags in the profile, by indicator.
fn indicator_flag(p: &mut TrackProfile, i: TrackIndicator) -> Option<&mut bool> {
    let x = &mut p.indicators;
    Some(match i {
        TrackIndicator::ExposedGroup => &mut x.exposed_group,
        TrackIndicator::UnstableAttachment => &mut x.unstable_attachment,
        TrackIndicator::ShortOrNoExperience => &mut x.short_or_no_experience,
        TrackIndicator::LowMobility => &mut x.low_mobility,
        TrackIndicator::UnwillingToChangeTrade => &mut x.unwilling_to_change_trade,
        TrackIndicator::CannotTransferCompetences => &mut x.cannot_transfer_competences,
        TrackIndicator::NoNetwork => &mut x.no_network,
        TrackIndicator::NarrowOrFewApplications => &mut x.narrow_or_few_applications,
        TrackIndicator::PersonalBarriers => &mut x.personal_barriers,
        TrackIndicator::HardBehaviour => &mut x.hard_behaviour,
        TrackIndicator::LowMotivation => &mut x.low_motivation,
        _ => return None,
    })
}

fn kind_info(l: &Labels, k: RuleKind) -> (&'static str, &'static str) {
    match k {
        RuleKind::Supports => (l.k_supports, "tr-k-supports"),
        RuleKind::Blocks => (l.k_blocks, "tr-k-blocks"),
        RuleKind::StartPhase => (l.k_start, "tr-k-start"),
        RuleKind::Decision => (l.k_decision, "tr-k-decision"),
    }
}

/// `intensive.concrete_jobs.3` → `tr-a-intensive-concrete_jobs-3`.
pub fn action_id(id: &str) -> String {
    format!("tr-a-{}", id.replace('.', "-"))
}

use jobspor_core::track::indicators::fmt_num as num;

type SetText = Rc<dyn Fn(&mut TrackProfile, String)>;

/// The view's context.
struct V<'a> {
    s: &'a State,
    l: &'static Labels,
    lang: Lang,
    link: &'a Scope<TrackApp>,
}

impl V<'_> {
    fn t<'t>(&self, t: &'t jobspor_core::Text) -> &'t str {
        self.lang.text(t)
    }

    /// A number in the widget's language (decimal comma in Danish).
    fn n(&self, x: f64) -> String {
        let s = num(x);
        if self.lang == Lang::Da {
            s.replace('.', ",")
        } else {
            s
        }
    }

    fn yes_no(&self, b: bool) -> &'static str {
        if b {
            self.l.yes
        } else {
            self.l.no
        }
    }

    fn error_text(&self, e: &InputError) -> Html {
        let msg = if self.lang == Lang::Da {
            &e.message_da
        } else {
            &e.message
        };
        html! { <>
            if !e.path.is_empty() { { self.l.field } {" "}<code>{ e.path.clone() }</code>{": "} }
            { msg.clone() }
        </> }
    }

    fn top_error(&self) -> Html {
        let (title, e) = match &self.s.ui.error {
            Some(LoadError::Profile(e)) => (self.l.profile_error, e),
            Some(LoadError::Config(e)) => (self.l.config_error, e),
            None => return html! {},
        };
        html! { <p class="error banner" role="alert"><strong>{ title }{": "}</strong>{ self.error_text(e) }</p> }
    }

    // ---------- the questionnaire ----------

    fn number(&self, i: usize, id: &str, label: &str, hint: Option<&str>) -> Html {
        let (_, max, whole) = NUMBERS[i];
        let text = &self.s.form.numbers[i];
        let bad = parse_num(text, max, whole).is_err();
        let oninput = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| s.form.numbers[i] = v))
        });
        let (hint_id, err_id) = (format!("{id}-hint"), format!("{id}-err"));
        let described: Vec<&str> = [
            hint.map(|_| hint_id.as_str()),
            bad.then_some(err_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let described = (!described.is_empty()).then(|| described.join(" "));
        let limit = format!(
            "{} {}. {}",
            if whole {
                self.l.bad_whole
            } else {
                self.l.bad_number
            },
            num(max),
            self.l.ignored
        );
        html! {
            <div class="field">
                <label for={id.to_string()}>{ label }</label>
                if let Some(h) = hint { <p class="hint" id={hint_id.clone()}>{ h }</p> }
                <input id={id.to_string()} type="text" inputmode="decimal" autocomplete="off" value={text.clone()}
                    aria-invalid={bad.to_string()} aria-describedby={described} {oninput} />
                if bad { <p class="error" id={err_id}>{ limit }</p> }
            </div>
        }
    }

    fn select(
        &self,
        id: &str,
        label: &str,
        options: &[(&'static str, &str)],
        current: &str,
        set: SetText,
    ) -> Html {
        let onchange = self.link.callback(move |e: Event| {
            let (v, set) = (target_value(&e), set.clone());
            Msg::Edit(Box::new(move |s| set(&mut s.form.profile, v)))
        });
        html! {
            <div class="field">
                <label for={id.to_string()}>{ label }</label>
                <select id={id.to_string()} data-value={current.to_string()} {onchange}>
                    { for options.iter().map(|(value, text)| html! {
                        <option value={*value} selected={*value == current}>{ text.to_string() }</option>
                    }) }
                </select>
            </div>
        }
    }

    fn tri(
        &self,
        id: &str,
        label: &str,
        blank: &str,
        current: Option<bool>,
        set: fn(&mut TrackProfile, Option<bool>),
    ) -> Html {
        let l = self.l;
        self.select(
            id,
            label,
            &[("", blank), ("yes", l.yes), ("no", l.no)],
            tri_code(current),
            Rc::new(move |p, v| set(p, tri_parse(&v))),
        )
    }

    fn check(&self, id: String, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
        html! {
            <div class="check">
                <input id={id.clone()} type="checkbox" {checked} {onchange} />
                <label for={id}>{ label.to_string() }</label>
            </div>
        }
    }

    fn form(&self) -> Html {
        let (l, p) = (self.l, &self.s.form.profile);
        let sp = &self.s.result.start_phase;
        let mut levels: Vec<(&'static str, &str)> = vec![("", l.not_stated)];
        levels.extend(EDUCATION_LEVELS.iter().map(|(lv, code)| (*code, level_label(l, *lv))));
        let level = p
            .education_level
            .and_then(|lv| EDUCATION_LEVELS.iter().find(|(x, _)| *x == lv))
            .map_or("", |(_, c)| *c);
        let mut ups: Vec<(&'static str, &str)> = vec![("", l.upskilling_none)];
        ups.extend(
            UPSKILLING
                .iter()
                .map(|(u, code)| (*code, upskilling_label(l, *u))),
        );
        let up = p
            .needs_short_upskilling
            .and_then(|u| UPSKILLING.iter().find(|(x, _)| *x == u))
            .map_or("", |(_, c)| *c);
        let goal_input = self.link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| s.form.profile.job_goal = v))
        });
        let career = self.link.callback(|e: Event| {
            let on = target_checked(&e);
            Msg::Edit(Box::new(move |s| s.form.profile.career_changer = Some(on)))
        });
        let ticked = ticked(p);
        let indicators = TrackIndicator::ASSESSED.into_iter().map(|i| {
            let checked = ticked.contains(&i);
            let onchange = self.link.callback(move |e: Event| {
                let on = target_checked(&e);
                Msg::Edit(Box::new(move |s| {
                    if let Some(f) = indicator_flag(&mut s.form.profile, i) {
                        *f = on;
                    }
                }))
            });
            self.check(
                format!("tr-i-{}", i.id()),
                self.t(&i.label(&self.s.config)),
                checked,
                onchange,
            )
        });
        let cv = match sp.cv_searchable.filter(|_| p.cv.is_some()) {
            Some(ok) => {
                html! { <p class="field" id="tr-cv">{ l.cv_checked }{" "}<strong>{ self.yes_no(ok) }</strong></p> }
            }
            None => self.tri("tr-cv", l.cv, l.not_checked, p.cv_searchable, |p, v| {
                p.cv_searchable = v
            }),
        };
        html! {
            <form class="tr-form panel" part="form" aria-labelledby="tr-h-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h3 id="tr-h-form">{ l.questions }</h3>
                <fieldset>
                    <legend>{ l.person }</legend>
                    { self.number(0, "tr-age", l.age, None) }
                    { self.select("tr-education", l.education, &levels, level,
                        Rc::new(|p, v| p.education_level = EDUCATION_LEVELS.iter().find(|(_, c)| *c == v).map(|(lv, _)| *lv))) }
                    { self.number(1, "tr-edu-years", l.edu_years, Some(l.edu_years_hint)) }
                </fieldset>
                <fieldset>
                    <legend>{ l.unemployment }</legend>
                    { self.number(2, "tr-weeks", l.weeks, None) }
                    { self.number(3, "tr-benefit", l.benefit_weeks, Some(l.benefit_hint)) }
                </fieldset>
                <fieldset>
                    <legend>{ l.start }</legend>
                    <div class="field">
                        <label for="tr-goal">{ l.job_goal }</label>
                        <p class="hint" id="tr-goal-hint">{ l.job_goal_hint }
                            if let Some(t) = &sp.job_goal_title { {" "}{ l.recognised }{" "}<strong>{ t.clone() }</strong> }
                        </p>
                        <input id="tr-goal" type="text" autocomplete="off" value={p.job_goal.clone()} aria-describedby="tr-goal-hint" oninput={goal_input} />
                    </div>
                    { cv }
                </fieldset>
                <fieldset>
                    <legend>{ l.job_and_education }</legend>
                    { self.tri("tr-ready", l.ready, l.not_assessed, p.ready_for_job_now, |p, v| p.ready_for_job_now = v) }
                    { self.select("tr-upskilling", l.upskilling, &ups, up,
                        Rc::new(|p, v| p.needs_short_upskilling = UPSKILLING.iter().find(|(_, c)| *c == v).map(|(u, _)| *u))) }
                    { self.tri("tr-wants", l.wants_education, l.not_assessed, p.wants_education, |p, v| p.wants_education = v) }
                    { self.check("tr-career".into(), l.career_changer, p.career_changer == Some(true), career) }
                </fieldset>
                <fieldset class="tr-indicators">
                    <legend>{ l.indicators }</legend>
                    <p class="hint">{ l.indicators_hint }</p>
                    { for indicators }
                </fieldset>
            </form>
        }
    }

    // ---------- the proposal ----------

    fn proposal(&self) -> Html {
        let (l, r) = (self.l, &self.s.result);
        let sp = &r.start_phase;
        let overridden = r.override_track.is_some();
        let benefit = match (
            self.s.form.to_profile().benefit_weeks_last_52,
            r.benefit_share,
        ) {
            (Some(w), Some(share)) => format!(
                " ({} {}, {} %)",
                self.n(w),
                l.weeks_of,
                self.n(share * 100.0)
            ),
            _ => String::new(),
        };
        let info = r.track.map(|t| t.info());
        html! {
            <section class="tr-proposal panel" part="result" aria-labelledby="tr-h-proposal">
                <h3 id="tr-h-proposal">{ l.proposal }</h3>
                <div class="tr-live" aria-live="polite" id="tr-live">
                    <p class={classes!("tr-track", overridden.then_some("tr-is-overridden"))} id="tr-track">
                        { if overridden { l.chosen } else { l.proposed } }{" "}<strong>{ self.t(&r.track_title) }</strong>
                        if overridden { {" ("}{ l.chosen_by }{" "}{ self.t(&r.proposed_track.map_or_else(jobspor_core::track::outside_title, |t| t.title())) }{")"} }
                    </p>
                    <p id="tr-long-term">{ l.long_term }{" "}<strong>{ self.yes_no(r.long_term_unemployed) }</strong>{ benefit }</p>
                    <p id="tr-risk">{ l.risk }{" "}<strong>{ self.n(r.risk.score) }</strong>{ format!(" ({} {})", l.of_threshold, self.n(r.risk.threshold)) }</p>
                    <p id="tr-start" class={classes!(if sp.complete { "tr-ok" } else { "tr-warn" })}>
                        { l.start_status }{" "}<strong>{ if sp.complete { l.complete } else { l.incomplete } }</strong>
                    </p>
                </div>
                if let Some(o) = &r.outside_target_group {
                    <div class="tr-outside tr-warn" id="tr-outside" data-rule={o.rule.clone()}>
                        <p>{ self.t(&o.message) }</p>
                        <ul>{ for o.instead.iter().map(|x| html! { <li>{ self.t(x) }</li> }) }</ul>
                    </div>
                }
                if let Some(info) = &info {
                    <details class="tr-target">
                        <summary>{ l.target_group }</summary>
                        <p>{ self.t(&info.target_group) }</p>
                        <p>{ self.t(&info.purpose) }</p>
                        if let Some(n) = &info.note {
                            <p class="tr-note">{ self.t(n) }</p>
                        }
                    </details>
                }
                <h4 id="tr-h-reasons">{ l.reasons }</h4>
                <ul class="list tr-reasons" aria-labelledby="tr-h-reasons">
                    { for r.reasons.iter().map(|x| {
                        let (kind, class) = kind_info(l, x.kind);
                        let title = rule_meta(&x.rule).map(|m| self.lang.pick(m.title.da, m.title.en)).unwrap_or("");
                        html! {
                            <li class={classes!("tr-reason", class)} data-rule={x.rule.clone()}>
                                <p class="tr-rule"><span class="code">{ x.rule.clone() }</span>{" "}<strong>{ title }</strong>
                                    {" "}<span class="tag">{ kind }</span></p>
                                <p>{ self.t(&x.message) }</p>
                            </li>
                        }
                    }) }
                </ul>
                { self.archetype() }
                { self.alternatives() }
                { self.override_section() }
                <div class="actions">
                    <button type="button" class="secondary" id="tr-print" onclick={self.link.callback(|_| Msg::Print)}>{ l.print }</button>
                </div>
            </section>
        }
    }

    fn archetype(&self) -> Html {
        let Some(a) = &self.s.result.archetype else {
            return html! {};
        };
        let n = a.matched.len();
        let of = n + a.missing.len();
        html! {
            <div class="tr-archetype" id="tr-archetype">
                <h4>{ self.l.archetype }</h4>
                <p><strong>{ a.name.clone() }</strong>{ format!(" – {n}/{of} {}", self.l.archetype_match) }</p>
                if !a.description.is_empty() { <p>{ a.description.clone() }</p> }
                if !a.early_effort.is_empty() { <p><strong>{ self.l.early_effort }</strong>{" "}{ a.early_effort.clone() }</p> }
            </div>
        }
    }

    fn alternatives(&self) -> Html {
        let l = self.l;
        html! { <>
            <h4 id="tr-h-alternatives">{ l.alternatives }</h4>
            <ul class="list tr-alternatives" aria-labelledby="tr-h-alternatives">
                { for self.s.result.alternatives.iter().map(|a| html! {
                    <li class="tr-alt" data-track={a.track.id()}>
                        <p><strong>{ self.t(&a.title) }</strong>{" "}
                            <span class={classes!("tag", if a.eligible { "tr-eligible" } else { "tr-requires" })}>{ if a.eligible { l.eligible } else { l.not_eligible } }</span></p>
                        <ul class="tr-req">
                            { for a.requires.iter().map(|q| html! { <li><span class="code">{ q.rule.clone() }</span>{" "}{ self.t(&q.text) }</li> }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </> }
    }

    fn override_section(&self) -> Html {
        let (l, ui) = (self.l, &self.s.ui);
        if let Some(o) = &self.s.config.override_track {
            let undo = self.link.callback(|_| {
                Msg::Edit(Box::new(|s| {
                    s.config.override_track = None;
                    s.ui.focus = Some("tr-override".into());
                }))
            });
            return html! {
                <div class="tr-override-status" id="tr-ov-status" tabindex="-1">
                    <p><strong>{ l.overridden }</strong>{" "}{ self.t(&o.track.title()) }</p>
                    <p class="reason"><strong>{ l.reason }</strong>{" "}{ o.reason.clone() }</p>
                    <div class="actions"><button type="button" class="secondary" onclick={undo}>{ l.undo }</button></div>
                </div>
            };
        }
        let proposed = self.s.result.proposed_track;
        let open_cb = self.link.callback(move |_| {
            Msg::Ui(Box::new(move |s| {
                s.ui.override_open = !s.ui.override_open;
                s.ui.override_track = Track::ALL.into_iter().find(|t| Some(*t) != proposed);
                s.ui.override_empty = false;
                s.ui.focus = s.ui.override_open.then(|| "tr-ov-reason".into());
            }))
        });
        let button = html! {
            <button type="button" class="secondary" id="tr-override" aria-expanded={ui.override_open.to_string()} onclick={open_cb}>{ l.override_ }</button>
        };
        if !ui.override_open {
            return html! { <div class="actions">{ button }</div> };
        }
        let cancel = |s: &mut State| {
            s.ui.override_open = false;
            s.ui.override_reason.clear();
            s.ui.override_empty = false;
            s.ui.focus = Some("tr-override".into());
        };
        let onsubmit = self.link.callback(move |e: SubmitEvent| {
            e.prevent_default();
            Msg::Edit(Box::new(move |s| {
                let reason = s.ui.override_reason.trim().to_string();
                let Some(track) = s.ui.override_track else {
                    return;
                };
                if reason.is_empty() {
                    s.ui.override_empty = true;
                    s.ui.focus = Some("tr-ov-reason".into());
                    return;
                }
                s.config.override_track = Some(TrackOverride { track, reason });
                s.ui.override_open = false;
                s.ui.override_reason.clear();
                s.ui.override_empty = false;
                s.ui.focus = Some("tr-ov-status".into());
            }))
        });
        let onkeydown = self.link.batch_callback(move |e: KeyboardEvent| {
            (e.key() == "Escape").then(|| {
                e.prevent_default();
                Msg::Ui(Box::new(cancel))
            })
        });
        let oninput = self.link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Ui(Box::new(move |s| {
                s.ui.override_empty &= v.trim().is_empty();
                s.ui.override_reason = v;
            }))
        });
        let radios = Track::ALL.into_iter().map(|t| {
            let id = format!("tr-ov-{}", t.id());
            let onchange = self.link.callback(move |_: Event| Msg::Ui(Box::new(move |s| s.ui.override_track = Some(t))));
            html! {
                <div class="check">
                    <input type="radio" name="tr-ov-track" id={id.clone()} value={t.id()} checked={ui.override_track == Some(t)} {onchange} />
                    <label for={id}>{ self.t(&t.title()) }{ if Some(t) == proposed { format!(" ({})", l.proposed.trim_end_matches(':').to_lowercase()) } else { String::new() } }</label>
                </div>
            }
        });
        let empty = ui.override_empty;
        html! { <>
            <div class="actions">{ button }</div>
            <form class="override tr-override-form" {onsubmit} {onkeydown} novalidate=true>
                <fieldset class="tr-ov-tracks">
                    <legend>{ l.override_legend }</legend>
                    { for radios }
                </fieldset>
                <label for="tr-ov-reason">{ l.override_reason }</label>
                <p class="hint" id="tr-ov-hint">{ l.override_hint }</p>
                <textarea id="tr-ov-reason" rows="3" aria-required="true" aria-invalid={empty.to_string()}
                    aria-describedby={if empty { "tr-ov-hint tr-ov-err" } else { "tr-ov-hint" }} value={ui.override_reason.clone()} {oninput} />
                if empty { <p class="error" id="tr-ov-err" role="alert">{ l.override_empty }</p> }
                <div class="actions">
                    <button type="submit">{ l.override_save }</button>
                    <button type="button" class="secondary" onclick={self.link.callback(move |_| Msg::Ui(Box::new(cancel)))}>{ l.cancel }</button>
                </div>
            </form>
        </> }
    }

    // ---------- the checklist ----------

    fn elements(&self, els: &[CoreElement]) -> Html {
        els.iter().map(|e| html! {
            <fieldset class="tr-el" id={format!("tr-el-{}", e.id.replace('.', "-"))} key={e.id.clone()}>
                <legend>{ self.t(&e.title) }</legend>
                <ul class="list tr-actions">
                    { for e.actions.iter().map(|a| {
                        let done = self.s.checked.contains(&a.id);
                        let id = a.id.clone();
                        let onchange = self.link.callback(move |ev: Event| {
                            let (on, id) = (target_checked(&ev), id.clone());
                            Msg::Edit(Box::new(move |s| {
                                if on {
                                    s.checked.insert(id);
                                } else {
                                    s.checked.remove(&id);
                                }
                            }))
                        });
                        html! { <li class={classes!(done.then_some("tr-done"))} key={a.id.clone()}>{ self.check(action_id(&a.id), self.t(&a.text), done, onchange) }</li> }
                    }) }
                </ul>
            </fieldset>
        }).collect()
    }

    fn checklist(&self) -> Html {
        let (l, r) = (self.l, &self.s.result);
        let sp = &r.start_phase;
        let total: usize = sp
            .core_elements
            .iter()
            .chain(&r.core_elements)
            .map(|e| e.actions.len())
            .sum();
        let done = self.s.shown_checked().len();
        html! {
            <section class="tr-checklist panel" part="findings" aria-labelledby="tr-h-checklist">
                <h3 id="tr-h-checklist">{ l.checklist }</h3>
                <p class="hint">{ l.checklist_hint }</p>
                <p class="tr-progress" id="tr-progress">{ format!("{done} {} {total}", l.done_of) }</p>
                <details class="tr-start" open={!sp.complete}>
                    <summary>{ l.start_status }{" "}{ l.start_phase }{" – "}{ if sp.complete { l.complete } else { l.incomplete } }</summary>
                    if !sp.missing.is_empty() {
                        <div class="tr-missing">
                            <p><strong>{ l.missing }</strong></p>
                            <ul>{ for sp.missing.iter().map(|m| html! { <li><span class="code">{ m.rule.clone() }</span>{" "}{ self.t(&m.message) }</li> }) }</ul>
                        </div>
                    }
                    { self.elements(&sp.core_elements) }
                </details>
                <h4 id="tr-h-track-elements">{ self.t(&r.track_title) }</h4>
                { self.elements(&r.core_elements) }
            </section>
        }
    }

    // ---------- the print summary ----------

    fn summary(&self) -> Html {
        let (l, p) = (self.l, self.s.form.to_profile());
        let opt = |x: Option<f64>| x.map_or_else(|| l.not_stated.to_string(), |x| self.n(x));
        let tri = |x: Option<bool>| x.map_or(l.not_assessed, |b| self.yes_no(b)).to_string();
        let ticked: Vec<String> = ticked(&p)
            .into_iter()
            .map(|i| self.t(&i.label(&self.s.config)).to_string())
            .collect();
        let rows: Vec<(&str, String)> = vec![
            (l.age, opt(p.age.map(f64::from))),
            (
                l.education,
                p.education_level
                    .map_or(l.not_stated, |lv| level_label(l, lv))
                    .to_string(),
            ),
            (l.edu_years, opt(p.education_last_used_years_ago)),
            (l.weeks, opt(p.weeks_unemployed)),
            (l.benefit_weeks, opt(p.benefit_weeks_last_52)),
            (
                l.job_goal,
                if p.job_goal.trim().is_empty() {
                    l.not_stated.to_string()
                } else {
                    p.job_goal.trim().to_string()
                },
            ),
            (
                l.cv,
                self.s
                    .result
                    .start_phase
                    .cv_searchable
                    .map_or(l.not_checked, |b| self.yes_no(b))
                    .to_string(),
            ),
            (l.ready, tri(p.ready_for_job_now)),
            (
                l.upskilling,
                p.needs_short_upskilling
                    .map_or(l.upskilling_none, |u| upskilling_label(l, u))
                    .to_string(),
            ),
            (l.wants_education, tri(p.wants_education)),
            (
                l.career_changer,
                self.yes_no(p.career_changer == Some(true)).to_string(),
            ),
            (
                l.indicators,
                if ticked.is_empty() {
                    "–".to_string()
                } else {
                    ticked.join("; ")
                },
            ),
        ];
        html! {
            <section class="tr-summary tr-print-only" aria-labelledby="tr-h-summary">
                <h3 id="tr-h-summary">{ l.summary }</h3>
                <dl>{ for rows.into_iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }</dl>
            </section>
        }
    }
}

/// The ticked assessed indicators, in list order.
fn ticked(p: &TrackProfile) -> Vec<TrackIndicator> {
    let mut copy = TrackProfile {
        indicators: p.indicators.clone(),
        ..Default::default()
    };
    TrackIndicator::ASSESSED
        .into_iter()
        .filter(|i| indicator_flag(&mut copy, *i).is_some_and(|f| *f))
        .collect()
}
