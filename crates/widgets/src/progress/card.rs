//! `<jobspor-progress-card>`: the progression card (Progressionskort, seed 002 appendix F) for
//! fast entry on a tablet – the header (no CPR field), the date columns, the thirteen items in
//! their three groups with a 5–1 choice per date carrying the seed's words for each level, a small
//! chart per item and one for the total over the dates (SVG pictures with the numbers as text
//! beside them), the totals per group and date, the findings, a polite live summary and a
//! one-page A4 print view.

use jobspor_core::common::fmt_1dp;
use jobspor_core::progress::card::{check_progress_card, CardGroup, Evaluation, ProgressCard, ProgressConfig, ProgressResult, ITEMS};
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::{edit, opt};
use crate::dom::parse_num;
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

pub use crate::element::LoadError;

/// Everything the card shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub card: ProgressCard,
    pub config: ProgressConfig,
    pub result: ProgressResult,
    /// The hours per week at the start and the goal as typed, and whether each is unreadable.
    pub hours: [(String, bool); 2],
    pub load_errors: Vec<LoadError>,
    pub detail: String,
    pub focus: Option<String>,
}

impl Default for State {
    /// An empty card with one date column.
    fn default() -> Self {
        let card = ProgressCard { evaluations: vec![Evaluation::default()], ..ProgressCard::default() };
        let mut s = State {
            lang: Lang::Da,
            result: check_progress_card(&card, &ProgressConfig::default()),
            card,
            config: ProgressConfig::default(),
            hours: Default::default(),
            load_errors: Vec::new(),
            detail: String::new(),
            focus: None,
        };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

/// Hours as the field shows them (decimal comma).
fn typed(x: Option<f64>) -> String {
    x.map(jobspor_core::common::fmt_da).unwrap_or_default()
}

impl State {
    /// Replaces the card (the host's `value`); at least one date column is shown.
    pub fn set_card(&mut self, mut card: ProgressCard) {
        if card.evaluations.is_empty() {
            card.evaluations.push(Evaluation::default());
        }
        self.hours = [(typed(card.hours_start), false), (typed(card.hours_goal), false)];
        self.card = card;
    }

    /// Takes a property's value or shows its error in place of the previous one of its kind.
    pub fn load(&mut self, e: Option<LoadError>, same: fn(&LoadError) -> bool) {
        self.load_errors.retain(|x| !same(x));
        self.load_errors.extend(e);
    }

    /// A date column's heading: its date, or "Dato 2".
    pub fn column(&self, k: usize) -> String {
        match self.card.evaluations.get(k).and_then(|e| e.date.clone()).filter(|d| !d.is_empty()) {
            Some(d) => d,
            None => format!("{} {}", labels(self.lang).date, k + 1),
        }
    }

    /// The live summary: the total at each date and the change over the card.
    pub fn summary(&self) -> String {
        let l = labels(self.lang);
        let scored: Vec<String> = self
            .result
            .evaluations
            .iter()
            .filter(|e| e.scored > 0)
            .map(|e| format!("{}: {} {} {}", self.column(e.index), num(e.total), l.of, num(e.max)))
            .collect();
        if scored.is_empty() {
            return l.live_none.into();
        }
        let mut out = format!("{}. {}.", l.totals, scored.join("; "));
        if let Some(o) = &self.result.overall {
            out.push_str(&format!(" {}: {}.", l.change, signed(o.change)));
        }
        out
    }
}

/// A number with a decimal comma in Danish only when it has decimals.
fn num(x: f64) -> String {
    jobspor_core::common::fmt_da(x)
}

pub(super) fn signed(x: f64) -> String {
    if x > 0.0 { format!("+{}", num(x)) } else { num(x) }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang"];

    /// Computes the card again; the detail is the `ProgressResult`.
    fn check(&mut self) -> String {
        self.result = check_progress_card(&self.card, &self.config);
        crate::element::to_json(&self.result)
    }

    crate::element::lang_and_detail!();
}

/// A message to the app.
pub type Msg = crate::element::Msg<State>;
/// The app: the kit's component over the card's state.
pub type CardApp = crate::element::App<State>;


/// The SVG polyline's points of a series of values on a `w` × `h` picture, `top` the largest.
fn points(values: &[Option<f64>], w: f64, h: f64, top: f64) -> Vec<(f64, f64)> {
    // Room at the sides for a value written over the first and last point.
    let pad = if w > 100.0 { 16.0 } else { 4.0 };
    let step = if values.len() > 1 { (w - 2.0 * pad) / (values.len() - 1) as f64 } else { 0.0 };
    let top = if top > 0.0 { top } else { 1.0 };
    values
        .iter()
        .enumerate()
        .filter_map(|(k, v)| v.map(|v| (pad + step * k as f64, h - 4.0 - (h - 8.0) * v / top)))
        .collect()
}

fn polyline(pts: &[(f64, f64)]) -> Html {
    let p: Vec<String> = pts.iter().map(|(x, y)| format!("{},{}", fmt_1dp(*x), fmt_1dp(*y))).collect();
    html! {
        <>
            <polyline class="pc-line" points={p.join(" ")} />
            { for pts.iter().map(|(x, y)| html! { <circle class="pc-dot" cx={fmt_1dp(*x)} cy={fmt_1dp(*y)} r="3" /> }) }
        </>
    }
}

impl crate::element::View for State {
    const PRINT: fn() = crate::dom::print;

    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<CardApp>) -> Html {
        let l = labels(self.lang);
        html! {
            <div class="jsp pc" lang={self.lang.code()} ref={root.clone()}>
                <h2 class="title">{ l.title }</h2>
                <p class="intro pc-screen">{ l.intro }</p>
                { for self.load_errors.iter().map(|e| {
                    let (t, e) = match e { LoadError::Value(e) => (l.value_error, e), LoadError::Config(e) => (l.config_error, e) };
                    html! { <p class="error banner" role="alert"><strong>{ t }{ ": " }</strong><code>{ e.path.clone() }</code>{ " " }{ if self.lang == Lang::Da { e.message_da.clone() } else { e.message.clone() } }</p> }
                }) }
                { self.header(l, link) }
                { self.dates(l, link) }
                { for CardGroup::ALL.iter().map(|&g| self.group(g, l, link)) }
                { self.totals(l) }
                <div class="pc-screen">
                    { fields::area("pc-special", l.special, &self.card.special_considerations, 3, None,
                        edit(link, |s, v| s.card.special_considerations = v)) }
                </div>
                <p class="pc-print pc-special-print"><strong>{ l.special }{ ": " }</strong>{ self.card.special_considerations.clone() }</p>
                { super::findings(&self.result.findings, self.lang, l) }
                <p class="pc-print pc-sign">{ l.signature }{ ": ________________________________" }</p>
                <p class="pc-screen"><button type="button" class="secondary" onclick={link.callback(|_| Msg::Print)}>{ l.print }</button></p>
                <div class="sr-only" id="pc-live" role="status" aria-live="polite">{ self.summary() }</div>
            </div>
        }
    }
}

impl State {
    fn header(&self, l: &'static Labels, link: &Scope<CardApp>) -> Html {
        let c = &self.card;
        let hours = |i: usize, id: &str, label: &str| {
            let (text, bad) = &self.hours[i];
            fields::text(id, label, text, TextOpts { kind: "decimal", error: bad.then_some(l.hours_error), ..Default::default() },
                edit(link, move |s, v| {
                    let parsed = parse_num(&v, 168.0, false);
                    let h = parsed.unwrap_or(None);
                    if i == 0 { s.card.hours_start = h } else { s.card.hours_goal = h }
                    s.hours[i] = (v, parsed.is_err());
                }))
        };
        let date = |id: &str, label: &str, value: &Option<String>, f: fn(&mut State, Option<String>)| {
            fields::text(id, label, value.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() }, edit(link, move |s, v| f(s, opt(v))))
        };
        html! {
            <section class="pc-header" aria-labelledby="pc-h-header">
                <h3 id="pc-h-header">{ l.header }</h3>
                <div class="pc-grid">
                    { fields::text("pc-name", l.name, &c.name, TextOpts::default(), edit(link, |s, v| s.card.name = v)) }
                    { fields::text("pc-caseworker", l.caseworker, &c.caseworker, TextOpts::default(), edit(link, |s, v| s.card.caseworker = v)) }
                    { date("pc-from", l.period_from, &c.offer_period.from, |s, v| s.card.offer_period.from = v) }
                    { date("pc-to", l.period_to, &c.offer_period.to, |s, v| s.card.offer_period.to = v) }
                    { hours(0, "pc-hours-start", l.hours_start) }
                    { hours(1, "pc-hours-goal", l.hours_goal) }
                </div>
            </section>
        }
    }

    fn dates(&self, l: &'static Labels, link: &Scope<CardApp>) -> Html {
        let add = link.callback(|_| {
            Msg::Edit(Box::new(|s: &mut State| {
                s.card.evaluations.push(Evaluation::default());
                s.focus = Some(format!("pc-date-{}", s.card.evaluations.len() - 1));
            }))
        });
        html! {
            <section class="pc-dates pc-screen" aria-labelledby="pc-h-dates">
                <h3 id="pc-h-dates">{ l.dates }</h3>
                <div class="pc-grid">
                    { for self.card.evaluations.iter().enumerate().map(|(k, e)| html! {
                        <fieldset class="pc-col">
                            <legend>{ format!("{} {}", l.date, k + 1) }</legend>
                            { fields::text(&format!("pc-date-{k}"), l.date, e.date.as_deref().unwrap_or(""), TextOpts { kind: "date", ..Default::default() },
                                edit(link, move |s, v| if let Some(e) = s.card.evaluations.get_mut(k) { e.date = opt(v) })) }
                            { fields::text(&format!("pc-by-{k}"), l.by, &e.by, TextOpts::default(),
                                edit(link, move |s, v| if let Some(e) = s.card.evaluations.get_mut(k) { e.by = v })) }
                        </fieldset>
                    }) }
                </div>
                <p><button type="button" class="add" id="pc-add" onclick={add}>{ l.add_date }</button></p>
            </section>
        }
    }

    fn group(&self, g: CardGroup, l: &'static Labels, link: &Scope<CardApp>) -> Html {
        let lang = self.lang;
        let label = g.label();
        let gid = format!("pc-h-{}", g as usize);
        let cols = self.card.evaluations.len();
        html! {
            <section class="pc-group" aria-labelledby={gid.clone()}>
                <h3 id={gid}>{ lang.pick(label.da, label.en) }</h3>
                <table class="pc-print pc-table">
                    <thead><tr><th scope="col">{ l.item }</th>{ for (0..cols).map(|k| html! { <th scope="col">{ self.column(k) }</th> }) }</tr></thead>
                    <tbody>
                        { for self.result.items.iter().filter(|i| i.group == g).map(|i| html! {
                            <tr><th scope="row">{ lang.text(&i.name).to_string() }</th>
                                { for i.scores.iter().map(|s| html! { <td>{ s.map(|s| s.to_string()).unwrap_or_else(|| "–".into()) }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
                <ul class="pc-items pc-screen">
                    { for ITEMS.iter().enumerate().filter(|(_, it)| it.group == g).map(|(n, it)| {
                        let name = lang.pick(it.name.da, it.name.en);
                        let scores = self.result.items.get(n).map(|r| r.scores.clone()).unwrap_or_default();
                        html! {
                            <li class="pc-item" id={format!("pc-item-{}", it.id)}>
                                <h4 id={format!("pc-n-{}", it.id)}>{ name }</h4>
                                <div class="pc-scores">
                                    { for (0..cols).map(|k| {
                                        let id = format!("pc-s-{}-{k}", it.id);
                                        let cur = scores.get(k).copied().flatten().map(|s| s.to_string()).unwrap_or_default();
                                        let item = it.id;
                                        let onchange = edit(link, move |s: &mut State, v: String| {
                                            if let Some(e) = s.card.evaluations.get_mut(k) {
                                                match v.parse::<u8>() {
                                                    Ok(x) => { e.scores.insert(item.to_string(), x); }
                                                    Err(_) => { e.scores.remove(item); }
                                                }
                                            }
                                        });
                                        html! {
                                            <div class="field pc-score">
                                                <label for={id.clone()}><span class="sr-only">{ format!("{name}, ") }</span>{ self.column(k) }</label>
                                                <select id={id.clone()} data-value={cur.clone()} {onchange}>
                                                    <option value="" selected={cur.is_empty()}>{ l.not_scored }</option>
                                                    { for it.levels.iter().map(|lv| html! {
                                                        <option value={lv.score.to_string()} selected={cur == lv.score.to_string()}>
                                                            { format!("{} – {}", lv.score, lang.pick(lv.da, lv.en)) }
                                                        </option>
                                                    }) }
                                                </select>
                                            </div>
                                        }
                                    }) }
                                </div>
                                { self.mini(it.id, name, &scores, l) }
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    }

    /// An item's small chart with its scores as text beside it.
    fn mini(&self, id: &str, name: &str, scores: &[Option<u8>], l: &Labels) -> Html {
        let values: Vec<Option<f64>> = scores.iter().map(|s| s.map(f64::from)).collect();
        let text: Vec<String> = scores.iter().map(|s| s.map_or_else(|| "–".into(), |s| s.to_string())).collect();
        let change = self.result.items.iter().find(|i| i.id == id).and_then(|i| i.change);
        let words = match change {
            Some(c) => format!("{} ({})", text.join(" → "), signed(f64::from(c))),
            None => text.join(" → "),
        };
        html! {
            <div class="pc-mini" id={format!("pc-mini-{id}")}>
                <svg viewBox="0 0 88 28" width="88" height="28" role="img" focusable="false" aria-label={format!("{}: {name}", l.chart_item)}>
                    <line class="pc-axis" x1="4" y1="24" x2="84" y2="24" />
                    { polyline(&points(&values, 88.0, 28.0, 5.0)) }
                </svg>
                <span class="pc-nums">{ words }</span>
            </div>
        }
    }

    /// The totals: the chart over the dates and the table per group and date.
    fn totals(&self, l: &'static Labels) -> Html {
        let ev = &self.result.evaluations;
        let top = ev.iter().map(|e| e.max).fold(0.0, f64::max);
        let values: Vec<Option<f64>> = ev.iter().map(|e| (e.scored > 0).then_some(e.total)).collect();
        let pts = points(&values, 300.0, 110.0, top);
        let desc: Vec<String> = ev.iter().map(|e| format!("{}: {} {} {}", self.column(e.index), num(e.total), l.of, num(e.max))).collect();
        let lang = self.lang;
        html! {
            <section class="pc-totals" aria-labelledby="pc-h-totals">
                <h3 id="pc-h-totals">{ l.totals }</h3>
                <p class="hint">{ l.totals_intro }</p>
                <div class="pc-total-row">
                    <svg class="pc-chart" id="pc-chart" viewBox="0 0 300 130" role="img" focusable="false" aria-labelledby="pc-chart-title pc-chart-desc">
                        <title id="pc-chart-title">{ l.chart_title }</title>
                        <desc id="pc-chart-desc">{ desc.join("; ") }</desc>
                        <line class="pc-axis" x1="4" y1="106" x2="296" y2="106" />
                        { polyline(&pts) }
                        { for ev.iter().zip(points(&ev.iter().map(|e| Some(e.total)).collect::<Vec<_>>(), 300.0, 110.0, top)).map(|(e, (x, y))| html! {
                            <>
                                if e.scored > 0 { <text class="pc-val" x={fmt_1dp(x)} y={fmt_1dp((y - 6.0).max(10.0))}>{ num(e.total) }</text> }
                                <text class="pc-lab" x={fmt_1dp(x)} y="124">{ format!("{}", e.index + 1) }</text>
                            </>
                        }) }
                    </svg>
                    <table class="pc-table" id="pc-totals">
                        <thead><tr><th scope="col">{ l.group }</th>{ for ev.iter().map(|e| html! { <th scope="col">{ self.column(e.index) }</th> }) }</tr></thead>
                        <tbody>
                            { for CardGroup::ALL.iter().enumerate().map(|(g, grp)| html! {
                                <tr><th scope="row">{ lang.pick(grp.label().da, grp.label().en) }</th>
                                    { for ev.iter().map(|e| html! { <td>{ e.groups.get(g).map(|t| format!("{} {} {}", num(t.total), l.of, num(t.max))).unwrap_or_default() }</td> }) }</tr>
                            }) }
                            <tr class="pc-sum"><th scope="row">{ l.total }</th>
                                { for ev.iter().map(|e| html! { <td>{ format!("{} {} {}", num(e.total), l.of, num(e.max)) }</td> }) }</tr>
                        </tbody>
                    </table>
                </div>
                if let Some(o) = &self.result.overall {
                    <p id="pc-change"><strong>{ l.change }{ ": " }</strong>{ format!("{} {}", signed(o.change), l.points) }</p>
                }
                <div class="pc-screen">{ self.hours_line(l) }</div>
            </section>
        }
    }

    fn hours_line(&self, l: &Labels) -> Html {
        let h = &self.result.hours;
        let f = |x: Option<f64>| x.map_or_else(|| "–".into(), num);
        html! { <p class="pc-hours">{ format!("{}: {} · {}: {}", l.hours_start, f(h.start), l.hours_goal, f(h.goal)) }</p> }
    }

}
