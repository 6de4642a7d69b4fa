//! The `<jobspor-smart-check>` Yew component: a list of agreements (textareas), each with a live
//! summary, five S-M-A-R-T badges with text, a mirror of the text marking the chosen criterion's
//! evidence, and every criterion's message and suggestion.


use jobspor_core::smart::{Criterion, Kind, Verdict};
use web_sys::Event;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{fmt_date, labels, Labels};
use super::state::{segments, Item, Problem, State};
use crate::dom::target_value;
use crate::i18n::Lang;

/// Properties: the state shared with the element handle.
#[cfg(test)]
pub type Props = crate::element::Props<State>;


/// A message to the app (the kit's: refresh, edit, UI change, focus, print).
pub type Msg = crate::element::Msg<State>;

/// The app: the kit's component over this widget's state.
pub type SmartCheck = crate::element::App<State>;

impl crate::element::View for State {
    const SYNC_SELECTS: bool = false;
    const FOCUS_AFTER_RENDER: fn(&web_sys::Element, &str) = crate::dom::focus_element;
    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<SmartCheck>) -> Html {
        let s = self;
        let v = V { s: &s, l: labels(s.lang), lang: s.lang, link: link };
        let l = v.l;
        let date = |d: &Option<String>| d.as_deref().map(|d| fmt_date(s.lang, d)).unwrap_or_else(|| l.not_given.into());
        let add_label = if s.fixed_kind == Some(Kind::Goal) { l.add_goal } else { l.add_agreement };
        let add = v.link.callback(|_| {
            Msg::Edit(Box::new(|s: &mut State| {
                s.add_item();
                s.focus = Some(format!("sm-text-{}", s.items.len() - 1));
            }))
        });
        html! {
            <div class="jsp sm" part="base" lang={s.lang.code()} ref={root.clone()}>
                <h2 class="title">{ l.title }</h2>
                <p class="intro">{ l.intro }</p>
                { v.problems() }
                <p class="sm-dates" id="sm-dates">
                    { l.today }{" "}<strong>{ date(&s.today) }</strong>
                    <span aria-hidden="true">{" · "}</span>
                    { l.meeting }{" "}<strong>{ date(&s.next_meeting) }</strong>
                </p>
                <ol class="list sm-items">
                    // The first `render-limit` agreements (issue 13); every one is checked.
                    { for s.items.iter().take(s.render_limit).enumerate().map(|(i, it)| v.item(i, it)) }
                </ol>
                { crate::render_limit::note(s.lang, "sm-limit", s.render_limit, s.items.len(),
                    if s.fixed_kind == Some(Kind::Goal) { l.many_goals } else { l.many_agreements }, true) }
                <div class="actions">
                    <button type="button" class="add" id="sm-add" onclick={add}>{ "+ " }{ add_label }</button>
                </div>
            </div>
        }
    }
}

/// What a view function needs.
struct V<'a> {
    s: &'a State,
    l: &'static Labels,
    lang: Lang,
    link: &'a Scope<SmartCheck>,
}

const LETTERS: [&str; 5] = ["S", "M", "A", "R", "T"];

fn criterion_code(c: Criterion) -> &'static str {
    match c {
        Criterion::Specific => "specific",
        Criterion::Measurable => "measurable",
        Criterion::Attractive => "attractive",
        Criterion::Realistic => "realistic",
        Criterion::TimeBound => "time_bound",
    }
}

/// The verdict's class and a symbol that repeats the text (never colour alone).
fn verdict_look(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::Met => ("sm-v-met", "✓"),
        Verdict::Partly => ("sm-v-partly", "◐"),
        Verdict::Missing => ("sm-v-missing", "✗"),
    }
}


impl V<'_> {
    fn problems(&self) -> Html {
        if self.s.problems.is_empty() {
            return html! {};
        }
        let l = self.l;
        html! {
            <div class="banner" role="alert" id="sm-errors">
                { for self.s.problems.iter().map(|p| {
                    let what = match p {
                        Problem::Today(_) => l.err_today,
                        Problem::Meeting(_) => l.err_meeting,
                        Problem::Kind(_) => l.err_kind,
                        Problem::Value(_) => l.err_value,
                        Problem::RenderLimit(_) => l.err_limit,
                    };
                    let e = p.error();
                    let msg = match self.lang { Lang::Da => &e.message_da, Lang::En => &e.message };
                    let path = if matches!(p, Problem::Value(_)) && !e.path.is_empty() { format!("{}: ", e.path) } else { String::new() };
                    html! { <p class="error">{ what }{" "}{ path }{ msg.clone() }</p> }
                }) }
            </div>
        }
    }

    fn item(&self, i: usize, it: &Item) -> Html {
        let (l, s) = (self.l, self.s);
        let kind = s.kind_of(it);
        let name = format!("{} {}", if kind == Kind::Goal { l.goal } else { l.agreement }, i + 1);
        let (ta, sum, mirror) = (format!("sm-text-{i}"), format!("sm-sum-{i}"), format!("sm-mirror-{i}"));
        let r = &it.result;
        let oninput = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s: &mut State| {
                if let Some(it) = s.items.get_mut(i) {
                    it.text = v;
                }
            }))
        });
        let remove = self.link.callback(move |_| {
            Msg::Edit(Box::new(move |s: &mut State| {
                s.remove_item(i);
                s.focus = Some("sm-add".into());
            }))
        });
        let deadline = r.deadline.as_deref().map(|d| fmt_date(self.lang, d)).unwrap_or_else(|| l.no_deadline.into());
        html! {
            <li class="sm-item panel" part="item" key={it.key} id={format!("sm-item-{i}")}>
                <div class="sm-edit" part="form">
                <div class="sm-head">
                    <h3 class="sm-h"><label for={ta.clone()}>{ name.clone() }</label></h3>
                    if s.items.len() > 1 {
                        <button type="button" class="link" id={format!("sm-remove-{i}")} onclick={remove}>
                            { l.remove }<span class="sr-only">{" "}{ name.clone() }</span>
                        </button>
                    }
                </div>
                if s.fixed_kind.is_none() { { self.kind_toggle(i, kind, &name) } }
                <textarea id={ta} rows="3" value={it.text.clone()} aria-describedby={sum.clone()} {oninput} />
                <p class="sm-sum" id={sum} aria-live="polite">
                    <strong>{ format!("{} {}", r.met, l.of_5) }</strong>
                    <span aria-hidden="true">{" · "}</span>
                    <span class="sm-deadline">{ l.deadline }{" "}{ deadline }</span>
                </p>
                <div class="sm-badges" role="group" aria-label={format!("{} – {}", name, l.show_words)}>
                    { for Criterion::ALL.iter().enumerate().map(|(k, &c)| self.badge(i, it, k, c, &mirror)) }
                </div>
                { self.mirror(it, &mirror) }
                </div>
                <ul class="list sm-crit" part="findings">
                    { for Criterion::ALL.iter().enumerate().map(|(k, &c)| self.criterion(it, k, c)) }
                </ul>
            </li>
        }
    }

    fn kind_toggle(&self, i: usize, kind: Kind, name: &str) -> Html {
        let l = self.l;
        let radio = |k: Kind, label: &'static str| {
            let id = format!("sm-kind-{i}-{}", if k == Kind::Goal { "goal" } else { "agreement" });
            let onchange = self.link.callback(move |_: Event| {
                Msg::Edit(Box::new(move |s: &mut State| {
                    if let Some(it) = s.items.get_mut(i) {
                        it.kind = k;
                    }
                }))
            });
            html! {
                <div class="check">
                    <input type="radio" id={id.clone()} name={format!("sm-kind-{i}")} checked={kind == k} {onchange} />
                    <label for={id}>{ label }</label>
                </div>
            }
        };
        html! {
            <fieldset class="group-boxes sm-kind">
                <legend>{ l.kind }<span class="sr-only">{" – "}{ name.to_string() }</span></legend>
                { radio(Kind::Agreement, l.agreement) }
                { radio(Kind::Goal, l.goal) }
            </fieldset>
        }
    }

    fn badge(&self, i: usize, it: &Item, k: usize, c: Criterion, mirror: &str) -> Html {
        let cr = it.result.criteria.get(c);
        let (class, symbol) = verdict_look(cr.verdict);
        let onclick = self.link.callback(move |_| {
            Msg::Ui(Box::new(move |s: &mut State| {
                if let Some(it) = s.items.get_mut(i) {
                    it.show = c;
                }
            }))
        });
        html! {
            <button type="button" class={classes!("sm-badge", class)} data-criterion={criterion_code(c)}
                aria-pressed={(it.show == c).to_string()} aria-controls={mirror.to_string()} {onclick}>
                <span class="sm-letter" aria-hidden="true">{ LETTERS[k] }</span>
                <span class="sm-name">{ self.lang.text(&c.label()).to_string() }</span>
                <span class="sm-verdict"><span aria-hidden="true">{ symbol }{" "}</span>{ self.lang.text(&cr.verdict.label()).to_string() }</span>
            </button>
        }
    }

    /// The text with the chosen criterion's evidence marked (`data-ev` lists the evidence
    /// indices each mark belongs to).
    fn mirror(&self, it: &Item, id: &str) -> Html {
        let l = self.l;
        if it.text.trim().is_empty() {
            return html! { <div class="sm-words" id={id.to_string()}></div> };
        }
        let ev = &it.result.criteria.get(it.show).evidence;
        // The renderer slices the Rust string: the core converts the offsets to bytes.
        let offsets: Vec<usize> = ev.iter().flat_map(|e| [e.start, e.end]).collect();
        let bytes = jobspor_core::smart::offsets_to_bytes(&it.text, it.result.offsets, &offsets);
        let ranges: Vec<(usize, usize)> = bytes.chunks(2).map(|p| (p[0], p[1])).collect();
        let label = self.lang.text(&it.show.label()).to_string();
        let any_neg = ev.iter().any(|e| e.against);
        let mut at = 0;
        let parts = segments(&it.text, &ranges).into_iter().map(|seg| {
            at += seg.text.len();
            if seg.ev.is_empty() {
                return html! { { seg.text.to_string() } };
            }
            let neg = seg.ev.iter().any(|&e| ev[e].against);
            let ends_neg = seg.ev.iter().any(|&e| ev[e].against && ranges[e].1 == at);
            let data = seg.ev.iter().map(|e| e.to_string()).collect::<Vec<_>>().join(" ");
            html! {
                <>
                    <mark class={classes!("sm-mark", neg.then_some("sm-neg"))} data-ev={data}>{ seg.text.to_string() }</mark>
                    if ends_neg { <span class="sr-only">{ l.against }</span> }
                </>
            }
        });
        html! {
            <div class="sm-words" id={id.to_string()}>
                <p class="sm-cap">
                    if ev.is_empty() { { l.no_words }{" "}<strong>{ label }</strong>{"."} }
                    else { { l.words_for }{" "}<strong>{ label }</strong>
                        if any_neg { {" ("}{ l.dashed }{")"} }
                        {":"} }
                </p>
                <p class="sm-mirror">{ for parts }</p>
            </div>
        }
    }

    fn criterion(&self, it: &Item, k: usize, c: Criterion) -> Html {
        let cr = it.result.criteria.get(c);
        let (class, symbol) = verdict_look(cr.verdict);
        let lang = self.lang;
        html! {
            <li class={classes!("sm-c", class, (it.show == c).then_some("sm-sel"))} data-criterion={criterion_code(c)}>
                <p class="sm-ct">
                    <span class="sm-letter" aria-hidden="true">{ LETTERS[k] }</span>
                    <strong>{ format!("{}: ", lang.text(&c.label())) }<span aria-hidden="true">{ symbol }{" "}</span>{ lang.text(&cr.verdict.label()).to_string() }</strong>
                </p>
                <p class="msg">{ lang.text(&cr.message).to_string() }</p>
                <p class="fix"><strong>{ self.l.suggestion }</strong>{" "}{ lang.text(&cr.suggestion).to_string() }</p>
            </li>
        }
    }
}

