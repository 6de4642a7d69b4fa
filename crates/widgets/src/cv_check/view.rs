//! The `<jobspor-cv-check>` Yew component: a Jobnet-style CV form, live scores and findings,
//! and the caseworker's conversation guide with overrides.

use std::rc::Rc;

use jobspor_core::cv::model::{
    Course, Education, EmploymentForm, Hours, Language, LanguageLevel,
    OtherExperience, Shift, WorkExperience,
};
use jobspor_core::cv::{parse_cv, rules, Finding, Module, Stage};
use jobspor_core::{InputError, Severity};
use web_sys::Event;
use yew::html::Scope;
use yew::prelude::*;

use super::state::{Form, LoadError, Mode, State};
pub use crate::dom::field_id;
use crate::dom::{target_checked, target_value};
use crate::fields;
use crate::i18n::{Labels, Lang, EDUCATION_LEVELS};

/// Properties: the state shared with the element handle.
#[cfg(test)]
pub type Props = crate::element::Props<State>;


/// A message to the app (the kit's: refresh, edit, UI change, focus, print).
pub type Msg = crate::element::Msg<State>;

/// The app: the kit's component over this widget's state.
pub type CvCheck = crate::element::App<State>;

impl crate::element::View for State {
    const FOCUS: fn(&web_sys::Element, &str) = crate::dom::focus_path;

    fn take_focus(&mut self) -> Option<String> {
        self.ui.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<CvCheck>) -> Html {
        let s = self;
        // The state as of this render, for the form's memoised modules (see [`Section`]).
        let snap = Rc::new(s.clone());
        let v = V {
            s: &s,
            l: s.lang.labels(),
            lang: s.lang,
            link: link,
            snap: &snap,
        };
        let caseworker = s.mode == Mode::Caseworker;
        html! {
            <div class={classes!("jsp", caseworker.then_some("caseworker"))} part="base" lang={s.lang.code()} ref={root.clone()}>
                <h2 class="title">{ if caseworker { v.l.title_caseworker } else { v.l.title } }</h2>
                <p class="intro">{ if caseworker { v.l.intro_caseworker } else { v.l.intro } }</p>
                { v.top_error() }
                <div class={classes!("layout", v.with_match().then_some("with-match"))}>
                    { v.part(|s, k| V::of(s, k).score()) }
                    { v.job_match() }
                    { v.form() }
                    { if caseworker { v.guide() } else { v.part(|s, k| V::of(s, k).findings()) } }
                </div>
            </div>
        }
    }
}

/// Loads a CV from JSON text into the form, or records the error.
fn load_json(s: &mut State, text: String) {
    match parse_cv(&text) {
        Ok(cv) => {
            s.form = Form::from_cv(cv);
            s.ui.error = None;
            s.ui.json_loaded = true;
        }
        Err(e) => {
            s.ui.error = Some(LoadError::Json(e));
            s.ui.json_loaded = false;
        }
    }
    s.ui.json_text = text;
}

type SetText = Rc<dyn Fn(&mut Form, String)>;
type SetBool = Rc<dyn Fn(&mut Form, bool)>;
type SetTri = Rc<dyn Fn(&mut Form, Option<bool>)>;

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    let has = list.contains(&item);
    if on && !has {
        list.push(item);
    } else if !on && has {
        list.retain(|x| *x != item);
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

const LANG_LEVELS: [(LanguageLevel, &str); 4] = [
    (LanguageLevel::Native, "native"),
    (LanguageLevel::Fluent, "fluent"),
    (LanguageLevel::Good, "good"),
    (LanguageLevel::Basic, "basic"),
];

fn lang_level_label(l: &Labels, level: LanguageLevel) -> &'static str {
    match level {
        LanguageLevel::Native => l.lang_native,
        LanguageLevel::Fluent => l.lang_fluent,
        LanguageLevel::Good => l.lang_good,
        LanguageLevel::Basic => l.lang_basic,
    }
}

/// The driving licence categories offered as checkboxes (others in a CV are shown too).
const LICENCES: [&str; 8] = ["B", "BE", "C1", "C", "CE", "D", "AM", "A"];

fn severity_label(l: &Labels, s: Severity) -> &'static str {
    match s {
        Severity::Error => l.sev_error,
        Severity::Warning => l.sev_warning,
        Severity::Info => l.sev_info,
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "sev-error",
        Severity::Warning => "sev-warning",
        Severity::Info => "sev-info",
    }
}

/// A finding's key for element ids and Yew keys: `CV101-job_wishes-0-qualifications`, with
/// `-2`, `-3` … appended if a rule ever reports the same path twice (keys must be unique).
fn finding_key(all: &[Finding], f: &Finding) -> String {
    let base = format!("{}{}", f.code, &field_id(&f.path)[1..]);
    let n = all
        .iter()
        .take_while(|g| !std::ptr::eq(*g, f))
        .filter(|g| g.code == f.code && g.path == f.path)
        .count();
    if n == 0 {
        base
    } else {
        format!("{base}-{}", n + 1)
    }
}

/// Text with `code` spans.
fn inline_code(text: &str) -> Html {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                html! { <code>{ part.to_string() }</code> }
            } else {
                html! { { part.to_string() } }
            }
        })
        .collect()
}

/// Renders a rule's Markdown docs minimally: headings as bold lines, paragraphs, code blocks.
pub fn docs_html(md: &str) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut para = String::new();
    let mut code: Option<String> = None;
    fn flush(para: &mut String, out: &mut Vec<Html>) {
        if !para.is_empty() {
            out.push(html! { <p>{ inline_code(&std::mem::take(para)) }</p> });
        }
    }
    for line in md.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            match code.take() {
                Some(c) => out.push(html! { <pre>{ c }</pre> }),
                None => {
                    flush(&mut para, &mut out);
                    code = Some(String::new());
                }
            }
            continue;
        }
        if let Some(c) = code.as_mut() {
            c.push_str(t);
            c.push('\n');
            continue;
        }
        if t.starts_with('#') {
            flush(&mut para, &mut out);
            let h = t.trim_start_matches('#').trim().to_string();
            out.push(html! { <p class="doc-h"><strong>{ h }</strong></p> });
        } else if t.is_empty() {
            flush(&mut para, &mut out);
        } else {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(t);
        }
    }
    flush(&mut para, &mut out);
    if let Some(c) = code {
        out.push(html! { <pre>{ c }</pre> });
    }
    out.into_iter().collect()
}

/// The view's context.
struct V<'a> {
    s: &'a State,
    l: &'static Labels,
    lang: Lang,
    link: &'a Scope<CvCheck>,
    /// `s` shared, for the memoised modules of the form.
    snap: &'a Rc<State>,
}

impl V<'_> {
    #[cfg(feature = "match")]
    fn with_match(&self) -> bool {
        self.s.job_match.active()
    }

    #[cfg(not(feature = "match"))]
    fn with_match(&self) -> bool {
        false
    }

    /// "Would you be found for this job?" (only with a job order set).
    #[cfg(feature = "match")]
    fn job_match(&self) -> Html {
        super::job_match::section(&self.s.job_match, self.lang, self.link, self.s.render_limit)
    }

    #[cfg(not(feature = "match"))]
    fn job_match(&self) -> Html {
        html! {}
    }

    fn error_text(&self, e: &InputError) -> Html {
        let msg = if self.lang == Lang::Da {
            &e.message_da
        } else {
            &e.message
        };
        html! {
            <>
                if !e.path.is_empty() {
                    { self.l.field } {" "}<code>{ e.path.clone() }</code>{": "}
                }
                { msg.clone() }
            </>
        }
    }

    fn top_error(&self) -> Html {
        let (title, e) = match &self.s.ui.error {
            Some(LoadError::Property(e)) => (self.l.cv_error, e),
            Some(LoadError::Options(e)) => (self.l.options_error, e),
            _ => match &self.s.render_limit_error {
                Some(e) => (self.l.limit_error, e),
                None => return html! {},
            },
        };
        html! {
            <p class="error banner" role="alert"><strong>{ title }{": "}</strong>{ self.error_text(e) }</p>
        }
    }

    // ---------- results ----------

    fn meter(&self, id: &str, name: &str, hint: &str, score: u8) -> Html {
        let l = self.l;
        let (grade, class) = match score {
            80..=100 => (l.grade_good, "good"),
            50..=79 => (l.grade_ok, "ok"),
            _ => (l.grade_weak, "weak"),
        };
        let step = format!("w{}", (u32::from(score) + 5) / 10);
        html! {
            <div class="meter" id={id.to_string()}>
                <p class="mline">
                    <span class="mname">{ name }</span>{" "}
                    <strong class="num">{ score.to_string() }</strong>{" "}
                    <span>{ l.of_100 }{" – "}{ grade }</span>
                </p>
                <div class="bar" aria-hidden="true"><div class={classes!("fill", step, class)}></div></div>
                <p class="hint">{ hint }</p>
            </div>
        }
    }

    fn score(&self) -> Html {
        let (l, r) = (self.l, &self.s.result);
        let active = r.findings.iter().filter(|f| f.overridden.is_none());
        let (mut e, mut w, mut i) = (0, 0, 0);
        for f in active {
            match f.severity {
                Severity::Error => e += 1,
                Severity::Warning => w += 1,
                Severity::Info => i += 1,
            }
        }
        html! {
            <section class="score panel" part="score result" aria-labelledby="h-score">
                <h3 id="h-score">{ l.result }</h3>
                <div class="live" aria-live="polite">
                    <p class={classes!("searchable", if r.searchable { "yes" } else { "no" })} id="searchable">
                        { l.searchable }{" "}<strong>{ if r.searchable { l.yes } else { l.no } }</strong>
                    </p>
                    if !r.searchable { <p class="hint">{ l.not_searchable_hint }</p> }
                    { self.meter("score-findability", l.findability, l.findability_hint, r.findability) }
                    { self.meter("score-selection", l.selection, l.selection_hint, r.selection) }
                    <p class="counts" id="counts">
                        { format!("{e} {} · {w} {} · {i} {}", l.count_error, l.count_warning, l.count_info) }
                    </p>
                </div>
            </section>
        }
    }

    fn finding_body(&self, f: &Finding, with_sev: bool) -> Html {
        let key = finding_key(&self.s.result.findings, f);
        let path = f.path.clone();
        let msg_id = format!("m-{key}");
        html! {
            <>
                if with_sev {
                    <p class="sev"><span class="tag">{ severity_label(self.l, f.severity) }</span></p>
                }
                <p class="msg" id={msg_id.clone()}>{ self.lang.text(&f.message).to_string() }</p>
                <p class="fix"><strong>{ self.l.how_to_fix }</strong>{" "}{ self.lang.text(&f.fix).to_string() }</p>
                <div class="actions">
                    <button type="button" class="link" aria-describedby={msg_id}
                        onclick={self.link.callback(move |_| Msg::Focus(path.clone()))}>{ self.l.go_to_field }</button>
                    { if self.s.mode == Mode::Caseworker { self.override_control(f) } else { html! {} } }
                </div>
            </>
        }
    }

    /// The note on a list of `total` beyond `render-limit` (issue 13).
    fn limit_note(&self, id: &str, total: usize, noun: &str) -> Html {
        crate::render_limit::text_note(self.lang, id, self.s.render_limit, total, noun)
    }

    /// The findings to render, overridden or not: the first `render-limit` of them (the scores
    /// and counts take all), and the note on the rest.
    fn shown(&self, overridden: bool, id: &str) -> (Vec<&Finding>, Html) {
        let mut list: Vec<&Finding> =
            self.s.result.findings.iter().filter(|f| f.overridden.is_some() == overridden).collect();
        let note = self.limit_note(id, list.len(), self.l.suggestions_n);
        list.truncate(self.s.render_limit);
        (list, note)
    }

    fn findings(&self) -> Html {
        let l = self.l;
        let (active, more) = self.shown(false, "findings-limit");
        let groups = Module::ALL.iter().filter_map(|&m| {
            let items: Vec<&&Finding> = active.iter().filter(|f| f.module == m).collect();
            if items.is_empty() {
                return None;
            }
            Some(html! {
                <div class="group" data-module={module_code(m)}>
                    <h4>{ self.lang.text(&m.label()).to_string() }</h4>
                    <ul class="list">
                        { for items.iter().map(|f| html! {
                            <li class={classes!("finding", severity_class(f.severity))} key={finding_key(&self.s.result.findings, f)}>
                                { self.finding_body(f, true) }
                            </li>
                        }) }
                    </ul>
                </div>
            })
        });
        html! {
            <section class="findings panel" part="findings" aria-labelledby="h-findings">
                <h3 id="h-findings" tabindex="-1">{ l.findings }</h3>
                if active.is_empty() { <p class="none">{ l.no_findings }</p> }
                { for groups }
                { more }
                { self.overridden_list(l.overridden_by) }
            </section>
        }
    }

    fn guide(&self) -> Html {
        let l = self.l;
        let stages = [Stage::Facts, Stage::Qualifications, Stage::Profile];
        let (active, more) = self.shown(false, "findings-limit");
        let groups = stages.iter().enumerate().filter_map(|(n, &st)| {
            let mut items: Vec<&&Finding> = active.iter().filter(|f| f.stage == st).collect();
            if items.is_empty() {
                return None;
            }
            items.sort_by_key(|f| (f.module, f.severity));
            Some(html! {
                <div class="group" data-stage={stage_code(st)}>
                    <h4>{ format!("{}. {}", n + 1, self.lang.text(&st.label())) }</h4>
                    <ol class="list">
                        { for items.iter().map(|f| self.prompt(f)) }
                    </ol>
                </div>
            })
        });
        html! {
            <section class="findings guide panel" part="findings" aria-labelledby="h-findings">
                <h3 id="h-findings" tabindex="-1">{ l.guide }</h3>
                if active.is_empty() { <p class="none">{ l.no_findings }</p> }
                { for groups }
                { more }
                { self.overridden_list(l.overridden) }
            </section>
        }
    }

    fn prompt(&self, f: &Finding) -> Html {
        let meta = rules::rule(&f.code).map(|r| r.meta());
        let title = meta
            .map(|m| self.lang.pick(m.title.da, m.title.en))
            .unwrap_or("");
        html! {
            <li class={classes!("finding", severity_class(f.severity))} key={finding_key(&self.s.result.findings, f)}>
                <h5><span class="code">{ f.code.clone() }</span>{" "}{ title }</h5>
                <p class="sev"><span class="tag">{ severity_label(self.l, f.severity) }</span>
                    {" · "}{ self.lang.text(&f.module.label()).to_string() }</p>
                { self.finding_body(f, false) }
                if let Some(m) = meta {
                    <details class="why">
                        <summary>{ self.l.why }</summary>
                        <div class="docs">{ docs_html(m.docs) }<p class="source">{ m.source }</p></div>
                    </details>
                }
            </li>
        }
    }

    fn override_control(&self, f: &Finding) -> Html {
        let l = self.l;
        let key = finding_key(&self.s.result.findings, f);
        let (code, path) = (f.code.clone(), f.path.clone());
        let open = self
            .s
            .ui
            .override_open
            .as_ref()
            .is_some_and(|(c, p)| *c == f.code && *p == f.path);
        let btn_id = format!("ovb-{key}");
        let toggle = {
            let (code, path, ta) = (code.clone(), path.clone(), format!("ovr-{key}"));
            self.link.callback(move |_| {
                let (code, path, ta) = (code.clone(), path.clone(), ta.clone());
                Msg::Ui(Box::new(move |s| {
                    s.ui.override_open = Some((code, path));
                    s.ui.override_reason.clear();
                    s.ui.override_empty = false;
                    s.ui.focus = Some(ta);
                }))
            })
        };
        let button = html! {
            <button type="button" class="secondary" id={btn_id.clone()} aria-expanded={open.to_string()} onclick={toggle}>
                { l.override_ }
            </button>
        };
        if !open {
            return button;
        }
        let ta_id = format!("ovr-{key}");
        let err_id = format!("ove-{key}");
        let hint_id = format!("ovh-{key}");
        let cancel = |btn: String| {
            move |s: &mut State| {
                s.ui.override_open = None;
                s.ui.override_reason.clear();
                s.ui.override_empty = false;
                s.ui.focus = Some(btn);
            }
        };
        let onsubmit = {
            let (code, path, ta) = (code.clone(), path.clone(), ta_id.clone());
            self.link.callback(move |e: SubmitEvent| {
                e.prevent_default();
                let (code, path, ta) = (code.clone(), path.clone(), ta.clone());
                Msg::Edit(Box::new(move |s| {
                    let reason = s.ui.override_reason.trim().to_string();
                    if reason.is_empty() {
                        s.ui.override_empty = true;
                        s.ui.focus = Some(ta);
                        return;
                    }
                    s.add_override(&code, &path, &reason);
                    s.ui.override_open = None;
                    s.ui.override_reason.clear();
                    s.ui.override_empty = false;
                    s.ui.focus = Some("h-findings-overridden".into());
                }))
            })
        };
        let onkeydown = {
            let btn = btn_id.clone();
            self.link.batch_callback(move |e: KeyboardEvent| {
                (e.key() == "Escape").then(|| {
                    e.prevent_default();
                    Msg::Ui(Box::new(cancel(btn.clone())))
                })
            })
        };
        let oncancel = {
            let btn = btn_id.clone();
            self.link
                .callback(move |_| Msg::Ui(Box::new(cancel(btn.clone()))))
        };
        let oninput = self.link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Ui(Box::new(move |s| {
                s.ui.override_reason = v;
                if !s.ui.override_reason.trim().is_empty() {
                    s.ui.override_empty = false;
                }
            }))
        });
        let empty = self.s.ui.override_empty;
        let described = if empty {
            format!("{hint_id} {err_id}")
        } else {
            hint_id.clone()
        };
        html! {
            <>
                { button }
                <form class="override" {onsubmit} {onkeydown} novalidate=true>
                    <label for={ta_id.clone()}>{ l.override_reason }</label>
                    <p class="hint" id={hint_id}>{ l.override_hint }</p>
                    <textarea id={ta_id} rows="3" aria-required="true" aria-invalid={empty.to_string()}
                        aria-describedby={described} value={self.s.ui.override_reason.clone()} {oninput} />
                    if empty { <p class="error" id={err_id} role="alert">{ l.override_empty }</p> }
                    <div class="actions">
                        <button type="submit">{ l.override_save }</button>
                        <button type="button" class="secondary" onclick={oncancel}>{ l.cancel }</button>
                    </div>
                </form>
            </>
        }
    }

    fn overridden_list(&self, heading: &str) -> Html {
        let (items, more) = self.shown(true, "findings-overridden-limit");
        if items.is_empty() {
            return html! {};
        }
        let caseworker = self.s.mode == Mode::Caseworker;
        html! {
            <div class="group overridden">
                <h4 id="h-findings-overridden" tabindex="-1">{ heading }</h4>
                <ul class="list">
                    { for items.iter().map(|f| {
                        let (code, path) = (f.code.clone(), f.path.clone());
                        let undo = self.link.callback(move |_| {
                            let (code, path) = (code.clone(), path.clone());
                            Msg::Edit(Box::new(move |s| {
                                s.remove_override(&code, &path);
                                s.ui.focus = Some("h-findings".into());
                            }))
                        });
                        html! {
                            <li class="finding" key={finding_key(&self.s.result.findings, f)}>
                                <p class="msg"><span class="code">{ f.code.clone() }</span>{" "}{ self.lang.text(&f.message).to_string() }</p>
                                <p class="reason"><strong>{ self.l.reason }</strong>{" "}{ f.overridden.clone().unwrap_or_default() }</p>
                                if caseworker {
                                    <div class="actions"><button type="button" class="secondary" onclick={undo}>{ self.l.undo }</button></div>
                                }
                            </li>
                        }
                    }) }
                </ul>
                { more }
            </div>
        }
    }

    // ---------- form controls ----------

    /// A callback that reads the event's value (or checkbox state) and sets a form field.
    fn edit<E: 'static, T: 'static>(&self, read: fn(&E) -> T, set: Rc<dyn Fn(&mut Form, T)>) -> Callback<E> {
        self.link.callback(move |e: E| {
            let (v, set) = (read(&e), set.clone());
            Msg::Edit(Box::new(move |s| set(&mut s.form, v)))
        })
    }

    fn text(
        &self,
        path: &str,
        label: &str,
        value: &str,
        kind: &'static str,
        hint: Option<&str>,
        set: SetText,
    ) -> Html {
        // The person's own contact details get `autocomplete` (WCAG 1.3.5).
        let autocomplete = match path {
            "contact.name" => Some("name"),
            "contact.email" => Some("email"),
            "contact.phone" => Some("tel"),
            "contact.postal_code" => Some("postal-code"),
            "contact.website" => Some("url"),
            _ => None,
        };
        let o = fields::TextOpts { kind, hint, error: None, autocomplete };
        fields::text(&field_id(path), label, value, o, self.edit(|e: &InputEvent| target_value(e), set))
    }

    fn area(
        &self,
        path: &str,
        label: &str,
        value: &str,
        rows: u32,
        hint: Option<&str>,
        set: SetText,
    ) -> Html {
        fields::area(&field_id(path), label, value, rows, hint, self.edit(|e: &InputEvent| target_value(e), set))
    }

    fn check(&self, id: String, label: &str, checked: bool, set: SetBool) -> Html {
        fields::check(&id, label, checked, self.edit(|e: &Event| target_checked(e), set))
    }

    fn select(
        &self,
        path: &str,
        label: &str,
        options: &[(&'static str, &str)],
        current: &str,
        set: SetText,
    ) -> Html {
        fields::select(&field_id(path), label, options, current, self.edit(|e: &Event| target_value(e), set))
    }

    fn tri(&self, path: &str, label: &str, current: Option<bool>, set: SetTri) -> Html {
        let l = self.l;
        self.select(
            path,
            label,
            &[("", l.not_stated), ("yes", l.yes), ("no", l.no)],
            tri_code(current),
            Rc::new(move |f, v| set(f, tri_parse(&v))),
        )
    }

    /// A `<details>` section for one Jobnet module, with the count of its open findings.
    fn module(&self, m: Module, open: bool, body_id: &str, body: Html) -> Html {
        let n = self
            .s
            .result
            .findings
            .iter()
            .filter(|f| f.module == m && f.overridden.is_none())
            .count();
        html! {
            <details class="mod" {open} data-module={module_code(m)}>
                <summary>
                    <span class="mtitle">{ self.lang.text(&m.label()).to_string() }</span>
                    if n > 0 { <span class="badge">{ format!("{n} {}", self.l.suggestions_n) }</span> }
                </summary>
                <div class="body" id={body_id.to_string()}>{ body }</div>
            </details>
        }
    }

    /// One entry of a repeatable module: a fieldset with a legend and a remove button.
    fn entry(
        &self,
        path: String,
        noun: &str,
        i: usize,
        body: Html,
        remove: Rc<dyn Fn(&mut Form)>,
    ) -> Html {
        let onclick = self.link.callback(move |_| {
            let remove = remove.clone();
            Msg::Edit(Box::new(move |s| remove(&mut s.form)))
        });
        let legend = format!("{noun} {}", i + 1);
        html! {
            <fieldset class="entry" id={field_id(&path)} key={path.clone()}>
                <legend>{ legend.clone() }</legend>
                { body }
                <div class="actions">
                    <button type="button" class="secondary" {onclick}>{ format!("{} {}", self.l.remove, legend.to_lowercase()) }</button>
                </div>
            </fieldset>
        }
    }

    /// A module of the form, memoised ([`crate::memo`]): rendered again only when `data` (what
    /// it shows), its count of open findings, the language or the mode changed – a keystroke
    /// re-renders its own module, not the whole form (issue 14).
    fn memo<K: PartialEq + 'static>(&self, m: Module, data: K, render: crate::memo::Render<State>) -> Html {
        let count = self.s.result.findings.iter().filter(|f| f.module == m && f.overridden.is_none()).count();
        crate::memo::memo((data, count, self.lang, self.s.mode, self.s.render_limit), self.snap, self.link, render)
    }

    /// A part of the results (the score, the citizen's findings), memoised like the form's
    /// modules: rendered again only when the `result` detail (the JSON text of what the parts
    /// show: scores, findings, overrides), the language, the mode or the render limit changed –
    /// a keystroke that changes no finding leaves them as they are (issue 14). The detail is
    /// the cheap equality: a string the check makes anyway, compared with one `memcmp`. (The
    /// key has the form modules' shape, `(String, count, …)` as the profile's, so that no new
    /// comparison is compiled: 0 for the count.)
    fn part(&self, render: crate::memo::Render<State>) -> Html {
        crate::memo::memo((self.s.detail.clone(), 0usize, self.lang, self.s.mode, self.s.render_limit), self.snap, self.link, render)
    }

    /// The view's context for a memoised part.
    fn of<'a>(s: &'a Rc<State>, link: &'a Scope<CvCheck>) -> V<'a> {
        V { s, l: s.lang.labels(), lang: s.lang, link, snap: s }
    }

    /// A repeatable module's entries (the first `render-limit`, see [`V::bounded`]), the note
    /// when its `total` is more (issue 13), and the add button.
    fn entries(&self, m: Module, total: usize, entries: impl Iterator<Item = Html>, add: Html) -> Html {
        html! { <>{ for entries }{ self.entries_note(m, total) }{ add }</> }
    }

    /// The first `render-limit` items of a list (a slice, so the loops over it stay as they were).
    fn bounded<'b, T>(&self, list: &'b [T]) -> &'b [T] {
        &list[..list.len().min(self.s.render_limit)]
    }

    fn entries_note(&self, m: Module, total: usize) -> Html {
        self.limit_note(&format!("f-{}-limit", module_code(m)), total, self.l.entries_n)
    }

    fn add_button(&self, label: &str, add: fn(&mut Form)) -> Html {
        let onclick = self
            .link
            .callback(move |_| Msg::Edit(Box::new(move |s| add(&mut s.form))));
        html! { <button type="button" class="add" {onclick}>{ label.to_string() }</button> }
    }

    fn form(&self) -> Html {
        let (l, f) = (self.l, &self.s.form);
        let cv = &f.cv;
        let c = &cv.contact;
        html! {
            <div class="form" part="form">
                <h3 class="sr-only">{ l.your_cv }</h3>
                { self.json_area() }
                { self.memo(Module::Contact, c.clone(), |s, k| { let v = V::of(s, k); let (l, c) = (v.l, &v.s.form.cv.contact); v.module(Module::Contact, true, "f-contact", html! { <>
                    { v.text("contact.name", l.name, &c.name, "text", None, Rc::new(|f, v| f.cv.contact.name = v)) }
                    { v.text("contact.email", l.email, &c.email, "email", None, Rc::new(|f, v| f.cv.contact.email = v)) }
                    { v.check(field_id("contact.email_visible"), l.email_visible, c.email_visible != Some(false),
                        Rc::new(|f, v| f.cv.contact.email_visible = Some(v))) }
                    { v.text("contact.phone", l.phone, &c.phone, "tel", None, Rc::new(|f, v| f.cv.contact.phone = v)) }
                    { v.check(field_id("contact.phone_visible"), l.phone_visible, c.phone_visible != Some(false),
                        Rc::new(|f, v| f.cv.contact.phone_visible = Some(v))) }
                    { v.text("contact.postal_code", l.postal_code, &c.postal_code, "numeric", None, Rc::new(|f, v| f.cv.contact.postal_code = v)) }
                    { v.text("contact.municipality_code", l.municipality_code, &c.municipality_code, "numeric", None,
                        Rc::new(|f, v| f.cv.contact.municipality_code = v)) }
                    { v.text("contact.website", l.website, &c.website, "url", None, Rc::new(|f, v| f.cv.contact.website = v)) }
                </> }) }) }
                { self.memo(Module::JobWishes, (cv.job_wishes.clone(), f.wishes.clone()), |s, k| { let v = V::of(s, k); v.module(Module::JobWishes, true, "f-job_wishes", v.wishes()) }) }
                { self.memo(Module::EmploymentTerms, cv.employment_terms.clone(), |s, k| { let v = V::of(s, k); v.module(Module::EmploymentTerms, false, "f-employment_terms", v.terms()) }) }
                { self.memo(Module::WorkExperience, cv.work_experience.clone(), |s, k| { let v = V::of(s, k); v.module(Module::WorkExperience, false, "f-work_experience", v.work()) }) }
                { self.memo(Module::Education, cv.education.clone(), |s, k| { let v = V::of(s, k); v.module(Module::Education, false, "f-education", v.education()) }) }
                { self.memo(Module::Courses, cv.courses.clone(), |s, k| { let v = V::of(s, k); v.module(Module::Courses, false, "f-courses", v.courses()) }) }
                { self.memo(Module::Certificates, f.certificates.clone(), |s, k| { let v = V::of(s, k); v.module(Module::Certificates, false, "f-certificates-section",
                    v.area("certificates", v.l.certificates, &v.s.form.certificates, 3, None, Rc::new(|f, v| f.certificates = v))) }) }
                { self.memo(Module::DrivingLicences, (cv.driving_licences.clone(), cv.own_car), |s, k| { let v = V::of(s, k); v.module(Module::DrivingLicences, false, "f-driving_licences-section", v.licences()) }) }
                { self.memo(Module::Languages, cv.languages.clone(), |s, k| { let v = V::of(s, k); v.module(Module::Languages, false, "f-languages", v.languages()) }) }
                { self.memo(Module::OtherExperience, cv.other_experience.clone(), |s, k| { let v = V::of(s, k); v.module(Module::OtherExperience, false, "f-other_experience", v.other()) }) }
                { self.memo(Module::Profile, cv.profile.clone(), |s, k| { let v = V::of(s, k); v.module(Module::Profile, true, "f-profile-section",
                    v.area("profile", v.l.profile, &v.s.form.cv.profile, 8, Some(v.l.profile_hint), Rc::new(|f, v| f.cv.profile = v))) }) }
            </div>
        }
    }

    fn wishes(&self) -> Html {
        let (l, f) = (self.l, &self.s.form);
        let entries = self.bounded(&f.cv.job_wishes).iter().enumerate().map(|(i, w)| {
            let t = f.wishes.get(i).cloned().unwrap_or_default();
            let p = format!("job_wishes[{i}]");
            let body = html! { <>
                { self.text(&format!("{p}.occupation"), l.occupation, &w.occupation, "text", None,
                    Rc::new(move |f, v| if let Some(w) = f.cv.job_wishes.get_mut(i) { w.occupation = v })) }
                { self.area(&format!("{p}.qualifications"), l.qualifications, &t.qualifications, 3, Some(l.qualifications_hint),
                    Rc::new(move |f, v| if let Some(w) = f.wishes.get_mut(i) { w.qualifications = v })) }
                { self.text(&format!("{p}.experience_years"), l.years, &t.years, "decimal", None,
                    Rc::new(move |f, v| if let Some(w) = f.wishes.get_mut(i) { w.years = v })) }
            </> };
            self.entry(p, l.wish, i, body, Rc::new(move |f| f.remove_wish(i)))
        });
        self.entries(Module::JobWishes, f.cv.job_wishes.len(), entries, self.add_button(l.add_wish, Form::add_wish))
    }

    fn terms(&self) -> Html {
        let (l, t) = (self.l, &self.s.form.cv.employment_terms);
        let group = |path: &str, legend: &str, boxes: Html| {
            html! { <fieldset class="group-boxes" id={field_id(path)}><legend>{ legend.to_string() }</legend>{ boxes }</fieldset> }
        };
        macro_rules! boxes {
            ($field:ident, $path:literal, $(($variant:expr, $code:literal, $label:expr)),*) => {
                html! { <> $(
                    { self.check(field_id(concat!($path, ".", $code)), $label, t.$field.contains(&$variant),
                        Rc::new(|f, on| toggle(&mut f.cv.employment_terms.$field, $variant, on))) }
                )* </> }
            };
        }
        html! { <>
            { group("employment_terms.hours", l.hours, boxes!(hours, "employment_terms.hours",
                (Hours::FullTime, "full_time", l.full_time), (Hours::PartTime, "part_time", l.part_time))) }
            { group("employment_terms.shifts", l.shifts, boxes!(shifts, "employment_terms.shifts",
                (Shift::Day, "day", l.day), (Shift::Evening, "evening", l.evening), (Shift::Night, "night", l.night))) }
            { group("employment_terms.forms", l.forms, boxes!(forms, "employment_terms.forms",
                (EmploymentForm::Permanent, "permanent", l.permanent), (EmploymentForm::Temporary, "temporary", l.temporary))) }
            { self.tri("employment_terms.weekend", l.weekend, t.weekend, Rc::new(|f, v| f.cv.employment_terms.weekend = v)) }
            { self.tri("employment_terms.travel", l.travel, t.travel, Rc::new(|f, v| f.cv.employment_terms.travel = v)) }
        </> }
    }

    fn work(&self) -> Html {
        let l = self.l;
        let entries = self.bounded(&self.s.form.cv.work_experience).iter().enumerate().map(|(i, w)| {
            let p = format!("work_experience[{i}]");
            let set = |g: fn(&mut WorkExperience, String)| -> SetText {
                Rc::new(move |f, v| if let Some(w) = f.cv.work_experience.get_mut(i) { g(w, v) })
            };
            let body = html! { <>
                { self.text(&format!("{p}.employer"), l.employer, &w.employer, "text", None, set(|w, v| w.employer = v)) }
                { self.check(field_id(&format!("{p}.employer_visible")), l.employer_visible, w.employer_visible != Some(false),
                    Rc::new(move |f, v| if let Some(w) = f.cv.work_experience.get_mut(i) { w.employer_visible = Some(v) })) }
                { self.text(&format!("{p}.title"), l.job_title, &w.title, "text", None, set(|w, v| w.title = v)) }
                <div class="row">
                    { self.text(&format!("{p}.start"), l.start, &w.start, "text", Some(l.date_hint), set(|w, v| w.start = v)) }
                    { self.text(&format!("{p}.end"), l.end, &w.end, "text", Some(l.date_hint), set(|w, v| w.end = v)) }
                </div>
                { self.area(&format!("{p}.description"), l.description, &w.description, 4, None, set(|w, v| w.description = v)) }
            </> };
            self.entry(p, l.job, i, body, Rc::new(move |f| {
                if i < f.cv.work_experience.len() {
                    f.cv.work_experience.remove(i);
                }
            }))
        });
        self.entries(Module::WorkExperience, self.s.form.cv.work_experience.len(), entries, self.add_button(l.add_job, |f| f.cv.work_experience.push(WorkExperience::default())))
    }

    fn education(&self) -> Html {
        let l = self.l;
        let mut levels: Vec<(&'static str, &str)> = vec![("", l.choose)];
        levels.extend(EDUCATION_LEVELS.iter().map(|(lv, code)| (*code, l.level(*lv))));
        let entries = self.bounded(&self.s.form.cv.education).iter().enumerate().map(|(i, e)| {
            let p = format!("education[{i}]");
            let set = |g: fn(&mut Education, String)| -> SetText {
                Rc::new(move |f, v| if let Some(e) = f.cv.education.get_mut(i) { g(e, v) })
            };
            let current = e.level.and_then(|lv| EDUCATION_LEVELS.iter().find(|(x, _)| *x == lv)).map(|(_, c)| *c).unwrap_or("");
            let body = html! { <>
                { self.text(&format!("{p}.title"), l.edu_title, &e.title, "text", None, set(|e, v| e.title = v)) }
                { self.select(&format!("{p}.level"), l.level, &levels, current,
                    set(|e, v| e.level = EDUCATION_LEVELS.iter().find(|(_, c)| *c == v).map(|(lv, _)| *lv))) }
                { self.text(&format!("{p}.institution"), l.institution, &e.institution, "text", None, set(|e, v| e.institution = v)) }
                <div class="row">
                    { self.text(&format!("{p}.end"), l.finished, &e.end, "text", Some(l.date_hint), set(|e, v| e.end = v)) }
                    { self.tri(&format!("{p}.completed"), l.completed, e.completed,
                        Rc::new(move |f, v| if let Some(e) = f.cv.education.get_mut(i) { e.completed = v })) }
                </div>
                { self.area(&format!("{p}.description"), l.learned, &e.description, 2, None, set(|e, v| e.description = v)) }
            </> };
            self.entry(p, l.education, i, body, Rc::new(move |f| {
                if i < f.cv.education.len() {
                    f.cv.education.remove(i);
                }
            }))
        });
        self.entries(Module::Education, self.s.form.cv.education.len(), entries, self.add_button(l.add_education, |f| f.cv.education.push(Education::default())))
    }

    fn courses(&self) -> Html {
        let l = self.l;
        let entries = self.bounded(&self.s.form.cv.courses).iter().enumerate().map(|(i, c)| {
            let p = format!("courses[{i}]");
            let set = |g: fn(&mut Course, String)| -> SetText {
                Rc::new(move |f, v| if let Some(c) = f.cv.courses.get_mut(i) { g(c, v) })
            };
            let body = html! { <>
                { self.text(&format!("{p}.title"), l.course_title, &c.title, "text", None, set(|c, v| c.title = v)) }
                { self.text(&format!("{p}.end"), l.finished, &c.end, "text", Some(l.date_hint), set(|c, v| c.end = v)) }
                { self.area(&format!("{p}.description"), l.learned, &c.description, 2, None, set(|c, v| c.description = v)) }
            </> };
            self.entry(p, l.course, i, body, Rc::new(move |f| {
                if i < f.cv.courses.len() {
                    f.cv.courses.remove(i);
                }
            }))
        });
        self.entries(Module::Courses, self.s.form.cv.courses.len(), entries, self.add_button(l.add_course, |f| f.cv.courses.push(Course::default())))
    }

    fn licences(&self) -> Html {
        let (l, cv) = (self.l, &self.s.form.cv);
        let mut cats: Vec<String> = LICENCES.iter().map(|s| s.to_string()).collect();
        for extra in &cv.driving_licences {
            if !cats.iter().any(|c| c.eq_ignore_ascii_case(extra.trim()))
                && !extra.trim().is_empty()
            {
                cats.push(extra.trim().to_string());
            }
        }
        let total = cats.len();
        cats.truncate(self.s.render_limit);
        let boxes = cats.into_iter().enumerate().map(|(n, cat)| {
            let has = cv
                .driving_licences
                .iter()
                .any(|c| c.trim().eq_ignore_ascii_case(&cat));
            let label = cat.clone();
            self.check(
                format!("f-lic-{n}"),
                &label,
                has,
                Rc::new(move |f, on| {
                    f.cv.driving_licences
                        .retain(|c| !c.trim().eq_ignore_ascii_case(&cat));
                    if on {
                        f.cv.driving_licences.push(cat.clone());
                    }
                }),
            )
        });
        html! { <>
            <fieldset class="group-boxes" id="f-driving_licences"><legend>{ l.licences }</legend>{ for boxes }</fieldset>
            { self.limit_note("f-driving_licences-limit", total, l.entries_n) }
            { self.tri("own_car", l.own_car, cv.own_car, Rc::new(|f, v| f.cv.own_car = v)) }
        </> }
    }

    fn languages(&self) -> Html {
        let l = self.l;
        let mut levels: Vec<(&'static str, &str)> = vec![("", l.choose)];
        levels.extend(
            LANG_LEVELS
                .iter()
                .map(|(lv, code)| (*code, lang_level_label(l, *lv))),
        );
        let entries = self.bounded(&self.s.form.cv.languages).iter().enumerate().map(|(i, g)| {
            let p = format!("languages[{i}]");
            let set = |h: fn(&mut Language, String)| -> SetText {
                Rc::new(move |f, v| if let Some(g) = f.cv.languages.get_mut(i) { h(g, v) })
            };
            let current = g.level.and_then(|lv| LANG_LEVELS.iter().find(|(x, _)| *x == lv)).map(|(_, c)| *c).unwrap_or("");
            let body = html! { <div class="row">
                { self.text(&format!("{p}.language"), l.language, &g.language, "text", None, set(|g, v| g.language = v)) }
                { self.select(&format!("{p}.level"), l.level, &levels, current,
                    set(|g, v| g.level = LANG_LEVELS.iter().find(|(_, c)| *c == v).map(|(lv, _)| *lv))) }
            </div> };
            self.entry(p, l.language, i, body, Rc::new(move |f| {
                if i < f.cv.languages.len() {
                    f.cv.languages.remove(i);
                }
            }))
        });
        self.entries(Module::Languages, self.s.form.cv.languages.len(), entries, self.add_button(l.add_language, |f| f.cv.languages.push(Language::default())))
    }

    fn other(&self) -> Html {
        let l = self.l;
        let entries = self.bounded(&self.s.form.cv.other_experience).iter().enumerate().map(|(i, o)| {
            let p = format!("other_experience[{i}]");
            let set = |g: fn(&mut OtherExperience, String)| -> SetText {
                Rc::new(move |f, v| if let Some(o) = f.cv.other_experience.get_mut(i) { g(o, v) })
            };
            let body = html! { <>
                { self.text(&format!("{p}.title"), l.other_title, &o.title, "text", None, set(|o, v| o.title = v)) }
                { self.area(&format!("{p}.description"), l.other_description, &o.description, 3, None, set(|o, v| o.description = v)) }
            </> };
            self.entry(p, l.other, i, body, Rc::new(move |f| {
                if i < f.cv.other_experience.len() {
                    f.cv.other_experience.remove(i);
                }
            }))
        });
        self.entries(Module::OtherExperience, self.s.form.cv.other_experience.len(), entries, self.add_button(l.add_other, |f| f.cv.other_experience.push(OtherExperience::default())))
    }

    fn json_area(&self) -> Html {
        let l = self.l;
        let ui = &self.s.ui;
        let oninput = self.link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Ui(Box::new(move |s| s.ui.json_text = v))
        });
        let load = self.link.callback(|_| {
            Msg::Edit(Box::new(|s| {
                let text = s.ui.json_text.clone();
                load_json(s, text)
            }))
        });
        let show = self.link.callback(|_| {
            Msg::Ui(Box::new(|s| {
                s.ui.json_text = serde_json::to_string_pretty(&s.form.to_cv()).unwrap_or_default();
                s.ui.json_loaded = false;
                s.ui.focus = Some("json-text".into());
            }))
        });
        let onfile = file_callback(self.link);
        let json_error = match &ui.error {
            Some(LoadError::Json(e)) => Some(self.error_text(e)),
            Some(LoadError::File) => Some(html! { { l.file_error } }),
            _ => None,
        };
        let invalid = json_error.is_some();
        html! {
            <details class="mod json">
                <summary><span class="mtitle">{ l.json }</span></summary>
                <div class="body">
                    <div class="field">
                        <label for="json-text">{ l.json_label }</label>
                        <textarea id="json-text" rows="6" spellcheck="false" value={ui.json_text.clone()}
                            aria-invalid={invalid.to_string()} aria-describedby={invalid.then_some("json-error")} {oninput} />
                    </div>
                    if let Some(err) = json_error {
                        <p class="error" id="json-error" role="alert"><strong>{ l.cv_error }{": "}</strong>{ err }</p>
                    }
                    if ui.json_loaded { <p class="ok" role="status">{ l.json_loaded }</p> }
                    <div class="actions">
                        <button type="button" onclick={load}>{ l.json_load }</button>
                        <button type="button" class="secondary" onclick={show}>{ l.json_show }</button>
                    </div>
                    <div class="field">
                        <label for="json-file">{ l.json_file }</label>
                        <input id="json-file" type="file" accept=".json,application/json" onchange={onfile} />
                    </div>
                </div>
            </details>
        }
    }
}

/// Reads the chosen file's text and loads it as a CV.
#[cfg(target_arch = "wasm32")]
fn file_callback(link: &Scope<CvCheck>) -> Callback<Event> {
    use wasm_bindgen::JsCast;
    let link = link.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        input.set_value("");
        let link = link.clone();
        yew::platform::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            link.send_message(match text {
                Some(text) => Msg::Edit(Box::new(move |s: &mut State| load_json(s, text))),
                None => Msg::Ui(Box::new(|s: &mut State| {
                    s.ui.error = Some(LoadError::File);
                    s.ui.json_loaded = false;
                })),
            });
        });
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn file_callback(_link: &Scope<CvCheck>) -> Callback<Event> {
    Callback::noop()
}

fn module_code(m: Module) -> &'static str {
    match m {
        Module::Contact => "contact",
        Module::JobWishes => "job_wishes",
        Module::EmploymentTerms => "employment_terms",
        Module::WorkExperience => "work_experience",
        Module::Education => "education",
        Module::Courses => "courses",
        Module::Certificates => "certificates",
        Module::DrivingLicences => "driving_licences",
        Module::Languages => "languages",
        Module::OtherExperience => "other_experience",
        Module::Profile => "profile",
    }
}

fn stage_code(s: Stage) -> &'static str {
    match s {
        Stage::Facts => "facts",
        Stage::Qualifications => "qualifications",
        Stage::Profile => "profile",
    }
}

