//! `<jobspor-conversation>`: the caseworker's guide on screen during the conversation – the
//! phases and steps of the chosen guide with the seeds' prompts and points of attention, a timer
//! against the agreed time with GameMaster's time-out phrasing when it runs over, a short note per
//! step, the ABC plan (a `<jobspor-abc-plan>` child) where the guide calls for it, the agreements
//! written at *Afrunding og aftaler* each SMART-checked live, and the summary for Min Plan (printed
//! on one A4 page; the event `jobspor-summary`).

use jobspor_core::conversation::{default_guides, summarise, Agreement, ConversationGuides, ConversationRecord, ConversationSummary, Guide, GuidePrompt, GuidePromptKind, Step, StepNote, SummaryConfig};
use jobspor_core::smart::{Criterion, Verdict};
use jobspor_core::InputError;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::{edit, who_options, who_value};
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

/// Everything the guide shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub guides: ConversationGuides,
    /// The chosen guide's id (attribute `guide`; default the first guide).
    pub guide: String,
    /// The agreed time in minutes (attribute `minutes`; default the guide's).
    pub minutes: Option<u32>,
    /// When the conversation began, ms since 1970 (attribute `started-at`; default: when the
    /// element was created).
    pub started_at: Option<f64>,
    /// A fixed "now", ms since 1970 (attribute `now`: a fake clock for tests and demos).
    pub now: Option<f64>,
    /// The latest tick of the real clock (property `clock`, set by the entry's timer).
    pub clock: Option<f64>,
    pub record: ConversationRecord,
    pub today: Option<String>,
    pub summary: ConversationSummary,
    pub load_error: Option<InputError>,
    pub detail: String,
    pub focus: Option<String>,
    pub event: Option<(&'static str, String)>,
}

impl Default for State {
    fn default() -> Self {
        let guides = default_guides();
        let guide = guides.guides.first().map(|g| g.id.clone()).unwrap_or_default();
        let record = ConversationRecord { guide: guide.clone(), agreements: vec![Agreement::default()], ..ConversationRecord::default() };
        let today = crate::dom::browser_today();
        let summary = summarise(&record, &SummaryConfig { today: today.clone() });
        let mut s = State {
            lang: Lang::Da,
            guides,
            guide,
            minutes: None,
            started_at: real_now(),
            now: None,
            clock: None,
            record,
            today,
            summary,
            load_error: None,
            detail: String::new(),
            focus: None,
            event: None,
        };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

/// The browser's clock (ms since 1970); none in native tests.
fn real_now() -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        Some(js_sys::Date::now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// A time attribute: ms since 1970, or an ISO date-time the browser reads.
fn parse_time(v: Option<&str>) -> Option<f64> {
    let v = v?.trim();
    if let Some(ms) = crate::dom::float_syntax(v) {
        return ms.is_finite().then_some(ms);
    }
    #[cfg(target_arch = "wasm32")]
    {
        let ms = js_sys::Date::parse(v);
        if ms.is_finite() {
            return Some(ms);
        }
    }
    None
}

impl State {
    /// The chosen guide (the first when the id is unknown).
    pub fn current(&self) -> Option<&Guide> {
        self.guides.guide(&self.guide).or_else(|| self.guides.guides.first())
    }

    /// The agreed time: the attribute, else the guide's, else 45 (GameMaster's example).
    pub fn agreed(&self) -> u32 {
        self.minutes.or_else(|| self.current().and_then(|g| g.minutes)).unwrap_or(45)
    }

    /// Whole minutes since the start, by the fake clock, the last tick or the browser's clock.
    pub fn elapsed(&self) -> Option<u32> {
        let now = self.now.or(self.clock).or_else(real_now)?;
        let start = self.started_at?;
        Some(((now - start).max(0.0) / 60_000.0).floor().min(10_000.0) as u32)
    }

    /// Over the agreed time.
    pub fn over_time(&self) -> bool {
        self.elapsed().is_some_and(|e| e > self.agreed())
    }

    /// GameMaster's time-out part (contract renegotiation and its phrasings).
    pub fn timeout_prompts(&self) -> Vec<&GuidePrompt> {
        self.guides.gamemaster.parts.iter().filter(|p| p.id == "timeout").flat_map(|p| &p.prompts).collect()
    }

    /// The record as the summary sees it: the guide, the agreed time.
    fn record(&self) -> ConversationRecord {
        ConversationRecord { guide: self.current().map(|g| g.id.clone()).unwrap_or_default(), minutes_agreed: Some(self.agreed()), ..self.record.clone() }
    }

    fn note(&self, key: &str) -> &str {
        self.record.notes.iter().find(|n| n.step == key).map_or("", |n| n.note.as_str())
    }

    fn set_note(&mut self, key: String, note: String) {
        match self.record.notes.iter_mut().find(|n| n.step == key) {
            Some(n) => n.note = note,
            None => self.record.notes.push(StepNote { step: key, note }),
        }
    }

    /// The live summary: how many agreements are SMART.
    pub fn live(&self) -> String {
        format!("{} / {} {}.", self.summary.smart_agreements, self.summary.agreements.len(), labels(self.lang).smart_live)
    }

    /// Ends the conversation: the time used goes into the summary, which is emitted as
    /// `jobspor-summary`.
    pub fn finish(&mut self) {
        self.record.minutes_used = self.elapsed();
        self.summary = summarise(&self.record(), &SummaryConfig { today: self.today.clone() });
        self.event = Some(("jobspor-summary", crate::element::to_json(&self.summary)));
    }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "guide", "minutes", "now", "started-at"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        match name {
            "guide" => self.guide = value.unwrap_or("").trim().to_string(),
            "minutes" => self.minutes = value.and_then(|v| v.trim().parse::<u32>().ok()).filter(|m| (1..=600).contains(m)),
            "now" => self.now = parse_time(value),
            "started-at" => self.started_at = parse_time(value).or_else(real_now),
            _ => {}
        }
    }

    /// Summarises again; the detail is the `ConversationSummary`.
    fn check(&mut self) -> String {
        self.summary = summarise(&self.record(), &SummaryConfig { today: self.today.clone() });
        crate::element::to_json(&self.summary)
    }

    fn take_event(&mut self) -> Option<(&'static str, String)> {
        self.event.take()
    }

    crate::element::lang_and_detail!();
}

/// A message to the app.
pub type Msg = crate::element::Msg<State>;
/// The app: the kit's component over the guide's state.
pub type ConversationApp = crate::element::App<State>;

fn prompt_list(id: &str, prompts: &[GuidePrompt], lang: Lang) -> Html {
    if prompts.is_empty() {
        return html! {};
    }
    html! {
        <ul class="cv-prompts" id={id.to_string()}>
            { for prompts.iter().map(|p| {
                let kind = match p.kind { GuidePromptKind::Question => "q", GuidePromptKind::Item => "i", GuidePromptKind::Phrasing => "ph", GuidePromptKind::Attention => "at" };
                let text = lang.text(&p.text).to_string();
                let text = if p.kind == GuidePromptKind::Phrasing { format!("»{text}«") } else { text };
                html! { <li class={classes!("cv-prompt", kind)} title={p.source.clone()}>{ text }</li> }
            }) }
        </ul>
    }
}

impl crate::element::View for State {
    const PRINT: fn() = crate::dom::print;

    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<ConversationApp>) -> Html {
        let l = labels(self.lang);
        let lang = self.lang;
        let guide_opts: Vec<(String, String)> = self.guides.guides.iter().map(|g| (g.id.clone(), lang.text(&g.title).to_string())).collect();
        let opts: Vec<(&str, &str)> = guide_opts.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let current = self.current().map(|g| g.id.clone()).unwrap_or_default();
        let finish = link.batch_callback(|_| vec![Msg::Edit(Box::new(|s: &mut State| s.finish())), Msg::Print]);
        html! {
            <div class="jsp cv" lang={lang.code()} ref={root.clone()}>
                <div class="cv-screen">
                    <h2 class="title">{ l.cv_title }</h2>
                    if let Some(e) = &self.load_error {
                        <p class="error banner" role="alert"><strong>{ l.value_error }{ ": " }</strong><code>{ e.path.clone() }</code>{ " " }
                            { if lang == Lang::Da { e.message_da.clone() } else { e.message.clone() } }</p>
                    }
                    <div class="cv-bar">
                        { fields::select("cv-guide", l.guide, &opts, &current, edit(link, |s: &mut State, v: String| {
                            s.guide = v;
                            s.record.guide = s.guide.clone();
                        })) }
                        { self.timer(l) }
                    </div>
                    if self.over_time() {
                        <div class="cv-timeout" id="cv-timeout" role="alert">
                            <h3>{ l.timeout }</h3>
                            { prompt_list("cv-timeout-prompts", &self.timeout_prompts().into_iter().cloned().collect::<Vec<_>>(), lang) }
                        </div>
                    }
                    if let Some(g) = self.current() {
                        { for g.phases.iter().map(|ph| {
                            let hid = format!("cv-h-{}", ph.id);
                            html! {
                                <section class="cv-phase" id={format!("cv-phase-{}", ph.id)} aria-labelledby={hid.clone()}>
                                    <h3 id={hid}>{ lang.text(&ph.title).to_string() }</h3>
                                    if let Some(p) = &ph.purpose { <p class="cv-purpose">{ lang.text(&p.text).to_string() }</p> }
                                    <ol class="cv-steps">{ for ph.steps.iter().map(|st| self.step(&ph.id, st, l, link)) }</ol>
                                    if !ph.attention.is_empty() {
                                        <div class="cv-attention">
                                            <h4>{ l.attention }</h4>
                                            { prompt_list(&format!("cv-att-{}", ph.id), &ph.attention, lang) }
                                        </div>
                                    }
                                </section>
                            }
                        }) }
                    }
                    <p><button type="button" id="cv-finish" onclick={finish}>{ l.finish }</button></p>
                </div>
                { self.summary_view(l) }
                <div class="sr-only" id="cv-live" role="status" aria-live="polite">{ self.live() }</div>
            </div>
        }
    }
}

impl State {
    fn timer(&self, l: &Labels) -> Html {
        let agreed = self.agreed();
        let text = match self.elapsed() {
            Some(e) if e > agreed => format!("{}: {e} {} – {} {} {}", l.elapsed, l.min, e - agreed, l.min, l.over),
            Some(e) => format!("{}: {e} {} – {} {} {}", l.elapsed, l.min, agreed - e, l.min, l.left),
            None => format!("{}: {agreed} {}", l.minutes, l.min),
        };
        html! { <p class={classes!("cv-timer", self.over_time().then_some("over"))} id="cv-timer">{ text }</p> }
    }

    fn step(&self, phase: &str, st: &Step, l: &'static Labels, link: &Scope<ConversationApp>) -> Html {
        let lang = self.lang;
        let key = format!("{phase}/{}", st.id);
        let id = format!("cv-{phase}-{}", st.id);
        let note_key = key.clone();
        html! {
            <li class="cv-step" id={id.clone()}>
                <h4>{ lang.text(&st.title).to_string() }</h4>
                { prompt_list(&format!("{id}-prompts"), &st.prompts, lang) }
                { self.embed(st.embed.as_deref(), l, link) }
                { fields::area(&format!("{id}-note"), &format!("{} – {}", l.note, lang.text(&st.title)), self.note(&key), 2, None,
                    edit(link, move |s: &mut State, v| s.set_note(note_key.clone(), v))) }
            </li>
        }
    }

    fn embed(&self, embed: Option<&str>, l: &'static Labels, link: &Scope<ConversationApp>) -> Html {
        match embed {
            Some("time") => {
                let m = self.agreed().to_string();
                fields::text("cv-minutes", l.minutes, &m, TextOpts { kind: "numeric", ..Default::default() }, edit(link, |s: &mut State, v: String| {
                    if let Ok(m) = v.trim().parse::<u32>() {
                        s.minutes = Some(m.clamp(1, 600));
                    }
                }))
            }
            Some("abc-plan") => html! {
                <div class="cv-embed" id="cv-abc">
                    <p class="hint">{ l.abc_hint }</p>
                    <slot name="abc-plan"></slot>
                </div>
            },
            Some("cv-prompts") => html! { <div class="cv-embed"><p class="hint">{ l.cv_hint }</p><slot name="cv"></slot></div> },
            Some("agreements") => self.agreements(l, link),
            Some("next-focus") => fields::text("cv-next-focus", l.next_focus, &self.record.next_focus, TextOpts::default(), edit(link, |s: &mut State, v| s.record.next_focus = v)),
            _ => html! {},
        }
    }

    fn agreements(&self, l: &'static Labels, link: &Scope<ConversationApp>) -> Html {
        let add = link.callback(|_| {
            Msg::Edit(Box::new(|s: &mut State| {
                s.record.agreements.push(Agreement::default());
                s.focus = Some(format!("cv-agr-{}", s.record.agreements.len() - 1));
            }))
        });
        let who = who_options(self.lang, l);
        let opts: Vec<(&str, &str)> = who.iter().map(|(v, t)| (*v, t.as_str())).collect();
        // The summary's agreements are the written ones, in order: map the rows onto them.
        let mut written = 0;
        html! {
            <div class="cv-agreements" id="cv-agreements">
                <h5>{ l.agreements }</h5>
                <ol>
                    { for self.record.agreements.iter().enumerate().map(|(i, a)| {
                        let r = if a.text.trim().is_empty() { None } else { written += 1; self.summary.agreements.get(written - 1) };
                        html! {
                            <li class="cv-agreement">
                                { fields::area(&format!("cv-agr-{i}"), &format!("{} {}", l.agreement, i + 1), &a.text, 2, None,
                                    edit(link, move |s: &mut State, v| if let Some(x) = s.record.agreements.get_mut(i) { x.text = v })) }
                                { fields::select(&format!("cv-agr-who-{i}"), &format!("{} {}: {}", l.agreement, i + 1, l.who), &opts, who_value(a.who),
                                    edit(link, move |s: &mut State, v: String| if let Some(x) = s.record.agreements.get_mut(i) { x.who = super::parse_who(&v) })) }
                                if let Some(r) = r { { smart_line(&format!("cv-agr-smart-{i}"), r.smart.met, &r.smart, self.lang, l) } }
                            </li>
                        }
                    }) }
                </ol>
                <p><button type="button" class="add" id="cv-add-agreement" onclick={add}>{ l.add_agreement }</button></p>
            </div>
        }
    }

    fn summary_view(&self, l: &Labels) -> Html {
        let s = &self.summary;
        let lang = self.lang;
        let title = self.current().map(|g| lang.text(&g.title).to_string()).unwrap_or_default();
        html! {
            <section class="cv-summary" id="cv-summary" aria-labelledby="cv-h-summary">
                <h3 id="cv-h-summary">{ format!("{} – {title}", l.summary) }</h3>
                if let Some(d) = &s.date { <p>{ format!("{}: {d}", l.date) }</p> }
                if let (Some(a), Some(u)) = (s.minutes_agreed, s.minutes_used) { <p>{ format!("{}: {u} / {a} {}", l.elapsed, l.min) }</p> }
                <h4>{ l.agreements }</h4>
                if s.agreements.is_empty() { <p>{ l.no_agreements }</p> }
                <ol class="cv-sum-agreements">
                    { for s.agreements.iter().map(|a| html! {
                        <li data-met={a.smart.met.to_string()}>
                            { a.text.clone() }{ format!(" ({})", lang.text(&a.who.text())) }
                            { smart_line(&format!("cv-sum-smart-{}", a.index), a.smart.met, &a.smart, lang, l) }
                        </li>
                    }) }
                </ol>
                if !s.who_does_what.is_empty() {
                    <h4>{ l.who_does_what }</h4>
                    <ul>{ for s.who_does_what.iter().map(|w| html! {
                        <li>{ format!("{}: {}", lang.text(&w.name), w.agreements.iter().map(|i| format!("{} {}", l.agreement, i + 1)).collect::<Vec<_>>().join(", ")) }</li>
                    }) }</ul>
                }
                if !s.next_focus.is_empty() { <p><strong>{ l.next_focus }{ ": " }</strong>{ s.next_focus.clone() }</p> }
                if !s.notes.is_empty() {
                    <h4>{ l.note }</h4>
                    <ul class="cv-sum-notes">{ for s.notes.iter().map(|n| html! { <li>{ n.note.clone() }</li> }) }</ul>
                }
            </section>
        }
    }
}

/// "SMART: 3 af 5 kriterier opfyldt · Mangler: Målbar, Tidsbestemt".
fn smart_line(id: &str, met: u8, r: &jobspor_core::smart::SmartResult, lang: Lang, l: &Labels) -> Html {
    let missing: Vec<String> = Criterion::ALL.iter().filter(|c| r.criteria.get(**c).verdict != Verdict::Met).map(|c| lang.text(&c.label()).to_string()).collect();
    let mut text = format!("{}: {met} {}", l.smart, l.of_five);
    if !missing.is_empty() {
        text.push_str(&format!(" · {}: {}", l.missing, missing.join(", ")));
    }
    html! { <p class={classes!("cv-smart", (met == 5).then_some("ok"))} id={id.to_string()} data-met={met.to_string()}>{ text }</p> }
}
