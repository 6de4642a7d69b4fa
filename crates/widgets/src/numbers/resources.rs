//! `<jobspor-resources>`: the resource calculator (Ressourceberegner, seed 004) – the seed's four
//! fields, both frequency tables and the "Årsværk" table in the seed's layout, the covering cell
//! of the chosen scenario at the chosen conversations per day (marked with a symbol and words, not
//! colour alone), the capacity figure, the seed's warnings; a polite live region sums up each
//! change; a one-page print view.

use jobspor_core::resources::{calculate_resources, CapacityStatus, Cell, ResourceConfig, ResourceInput, ResourceResult};
use jobspor_core::common::fmt_shortest;
use jobspor_core::InputError;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::labels;
use super::{error_banner, findings_list, num_da};
use crate::dom::{parse_num, target_value};
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

/// The four fields (and the 39-week share) as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub citizens: String,
    pub days: String,
    pub weeks: String,
    /// Percent, as typed ("30").
    pub intensified: String,
    /// Percent, as typed; blank: not known.
    pub still: String,
    /// The chosen conversations per day.
    pub per_day: u32,
    /// The scenario whose covering cell is marked: the whole group's frequencies first, then the
    /// intensified ones.
    pub scenario: usize,
}

impl Default for Form {
    /// The seed's worked example (330 citizens, 3 days, 44 weeks, 30 %), 5 conversations a day and
    /// the intensified effort twice a month.
    fn default() -> Self {
        Form::from_input(&ResourceInput { per_day: Some(5), ..ResourceInput::new(330.0, 3.0, 44.0, 0.30) }, 3)
    }
}

/// A number as the field shows it (Danish decimal comma).
fn typed(x: f64) -> String {
    jobspor_core::common::fmt_da(x)
}

impl Form {
    pub fn from_input(i: &ResourceInput, scenario: usize) -> Form {
        Form {
            citizens: typed(i.citizens),
            days: typed(i.days),
            weeks: typed(i.weeks),
            intensified: typed(i.intensified * 100.0),
            still: i.still_unemployed_39_weeks.map(|s| typed(s * 100.0)).unwrap_or_default(),
            per_day: i.per_day.unwrap_or(5),
            scenario,
        }
    }

    /// The input in the contract, or the first field's error (path = the contract's field).
    pub fn to_input(&self, base: &ResourceInput) -> Result<ResourceInput, InputError> {
        let num = |path: &str, text: &str, max: f64, required: bool| -> Result<Option<f64>, InputError> {
            match parse_num(text, max, false) {
                Ok(None) if required => Err(InputError::new(path, "is required", "skal udfyldes")),
                Ok(x) => Ok(x),
                Err(()) => {
                    // Not `f64`'s Display, which would link core's float formatter.
                    let max = fmt_shortest(max);
                    Err(InputError::new(path, format!("must be a number from 0 to {max}"), format!("skal være et tal fra 0 til {max}")))
                }
            }
        };
        let input = ResourceInput {
            citizens: num("citizens", &self.citizens, 1e8, true)?.unwrap_or(0.0),
            days: num("days", &self.days, 7.0, true)?.unwrap_or(0.0),
            weeks: num("weeks", &self.weeks, 53.0, true)?.unwrap_or(0.0),
            intensified: num("intensified", &self.intensified, 100.0, true)?.unwrap_or(0.0) / 100.0,
            still_unemployed_39_weeks: num("still_unemployed_39_weeks", &self.still, 100.0, false)?.map(|s| s / 100.0),
            per_day: Some(self.per_day),
            target: base.target,
        };
        input.validate()?;
        Ok(input)
    }
}

pub use crate::element::LoadError;

/// Everything the calculator shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub form: Form,
    /// The input last set by the host (its `target` is kept).
    pub base: ResourceInput,
    pub config: ResourceConfig,
    /// The latest valid calculation.
    pub result: ResourceResult,
    /// The field that keeps the form from being calculated.
    pub error: Option<InputError>,
    pub load_errors: Vec<LoadError>,
    pub detail: String,
}

impl Default for State {
    fn default() -> Self {
        let form = Form::default();
        let config = ResourceConfig::default();
        let base = ResourceInput::default();
        let input = form.to_input(&base).unwrap_or_default();
        let mut s = State {
            lang: Lang::Da,
            result: calculate_resources(&input, &config),
            form,
            base,
            config,
            error: None,
            load_errors: Vec::new(),
            detail: String::new(),
        };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

impl State {
    /// The input in force (the last valid one while a field is being fixed).
    pub fn input(&self) -> &ResourceInput {
        &self.result.input
    }

    /// Number of scenarios (frequencies of the whole group, then of the intensified effort).
    pub fn scenarios(&self) -> usize {
        self.result.whole_group.len() + self.result.intensified.rows.len()
    }

    /// The chosen scenario's name, conversations a year and covering cell.
    pub fn chosen(&self) -> Option<(String, u64, Option<&Cell>)> {
        let r = &self.result;
        let n = r.whole_group.len();
        let (l, lang) = (labels(self.lang), self.lang);
        if let Some(w) = r.whole_group.get(self.form.scenario) {
            return Some((format!("{}: {}", l.s_whole, lang.text(&w.label)), w.conversations, w.cover.chosen.as_ref()));
        }
        let i = r.intensified.rows.get(self.form.scenario.checked_sub(n)?)?;
        Some((format!("{}: {}", l.s_int, lang.text(&i.label)), i.total, i.cover.chosen.as_ref()))
    }

    /// Takes a property's value or shows its error in place of the previous one of its kind.
    pub fn load(&mut self, e: Result<(), LoadError>, same: fn(&LoadError) -> bool) {
        super::set_error(&mut self.load_errors, same, e.err());
    }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang"];

    /// Calculates again; the detail is the `ResourceResult`, or the `InputError` of the field
    /// being fixed.
    fn check(&mut self) -> String {
        match self.form.to_input(&self.base) {
            Ok(input) => {
                self.error = None;
                self.result = calculate_resources(&input, &self.config);
                if self.form.scenario >= self.scenarios() {
                    self.form.scenario = 0;
                }
                crate::element::to_json(&self.result)
            }
            Err(e) => {
                let json = crate::element::to_json(&e);
                self.error = Some(e);
                json
            }
        }
    }

    crate::element::lang_and_detail!();
}

/// A message to the app.
pub type Msg = crate::element::Msg<State>;
/// The app: the kit's component over the calculator's state.
pub type ResourcesApp = crate::element::App<State>;

impl crate::element::View for State {
    const PRINT: fn() = crate::dom::print;
    const FOCUS_AFTER_RENDER: fn(&web_sys::Element, &str) = |_, _| {};

    fn view(&self, root: &NodeRef, link: &Scope<ResourcesApp>) -> Html {
        let v = V { s: self, l: labels(self.lang), lang: self.lang, link };
        html! {
            <div class="jsp nr" lang={self.lang.code()} ref={root.clone()}>
                <h2 class="title nr-screen">{ v.l.r_title }</h2>
                <h2 class="title nr-print">{ v.l.r_print_title }</h2>
                <p class="intro nr-screen">{ v.l.r_intro }</p>
                { for self.load_errors.iter().map(|e| match e {
                    LoadError::Value(e) => error_banner(v.l.value_error, e, self.lang),
                    LoadError::Config(e) => error_banner(v.l.config_error, e, self.lang),
                }) }
                <div class="nr-layout">
                    { v.form() }
                    { v.results() }
                </div>
            </div>
        }
    }
}

type V<'a> = super::V<'a, State>;

impl V<'_> {
    fn field(&self, path: &'static str, label: &str, hint: Option<&str>, value: &str, set: fn(&mut Form, String)) -> Html {
        let oninput = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s: &mut State| set(&mut s.form, v)))
        });
        let error = self.s.error.as_ref().filter(|e| e.path == path).map(|e| if self.lang == Lang::Da { e.message_da.as_str() } else { e.message.as_str() });
        let id = format!("nr-{path}");
        fields::text(&id, label, value, TextOpts { kind: "decimal", hint, error, autocomplete: Some("off") }, oninput)
    }

    fn form(&self) -> Html {
        let (l, s, f) = (self.l, self.s, &self.s.form);
        let per_day: Vec<(String, String)> = (1..=s.config.per_day_max).map(|p| (p.to_string(), p.to_string())).collect();
        let per_day_opts: Vec<(&str, &str)> = per_day.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let on_per_day = self.link.callback(|e: Event| {
            let v = target_value(&e).parse::<u32>().unwrap_or(1);
            Msg::Edit(Box::new(move |s: &mut State| s.form.per_day = v))
        });
        let r = &s.result;
        let mut scen: Vec<(String, String)> = Vec::new();
        for (i, w) in r.whole_group.iter().enumerate() {
            scen.push((i.to_string(), format!("{}: {} – {} {}", l.s_whole, self.lang.text(&w.label), w.conversations, l.samtaler)));
        }
        for (j, row) in r.intensified.rows.iter().enumerate() {
            scen.push(((r.whole_group.len() + j).to_string(), format!("{}: {} – {} {}", l.s_int, self.lang.text(&row.label), row.total, l.samtaler)));
        }
        let scen_opts: Vec<(&str, &str)> = scen.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let on_scen = self.link.callback(|e: Event| {
            let v = target_value(&e).parse::<usize>().unwrap_or(0);
            Msg::Edit(Box::new(move |s: &mut State| s.form.scenario = v))
        });
        html! {
            <form class="panel nr-form" aria-labelledby="nr-h-fields" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h3 id="nr-h-fields">{ l.r_fields }</h3>
                <div class="nr-grid">
                    { self.field("citizens", l.citizens, None, &f.citizens, |f, v| f.citizens = v) }
                    { self.field("days", l.days, None, &f.days, |f, v| f.days = v) }
                    { self.field("weeks", l.weeks, Some(l.weeks_hint), &f.weeks, |f, v| f.weeks = v) }
                    { self.field("intensified", l.intensified, Some(l.intensified_hint), &f.intensified, |f, v| f.intensified = v) }
                </div>
                { self.field("still_unemployed_39_weeks", l.still, Some(l.still_hint), &f.still, |f, v| f.still = v) }
                <fieldset>
                    <legend>{ l.choose }</legend>
                    { fields::select("nr-per-day", l.per_day, &per_day_opts, &f.per_day.to_string(), on_per_day) }
                    { fields::select("nr-scenario", l.scenario, &scen_opts, &f.scenario.to_string(), on_scen) }
                </fieldset>
                <div class="actions">
                    <button type="button" id="nr-print" onclick={self.link.callback(|_| Msg::Print)}>{ l.r_print }</button>
                </div>
            </form>
        }
    }

    /// "5 pr. dag: 5 årsværk (3300)" for a covering cell.
    fn cell_words(&self, c: &Cell) -> String {
        let l = self.l;
        match (c.years, c.conversations) {
            (Some(y), Some(n)) => format!("{y} ({} {}; {n})", num_da(c.years_exact, self.lang), if self.lang == Lang::Da { "præcist" } else { "exactly" }),
            _ => format!("> {} – {}", self.s.config.years_max, l.beyond),
        }
    }

    fn summary(&self) -> String {
        let (l, s) = (self.l, self.s);
        let i = s.input();
        let mut out = format!(
            "{}: {}; {}: {}; {}: {}; {}: {} %.",
            l.citizens, fmt_shortest(i.citizens), l.days, num_da(i.days, self.lang), l.weeks, num_da(i.weeks, self.lang),
            l.int_share, num_da(i.intensified * 100.0, self.lang)
        );
        if let Some((name, n, cell)) = s.chosen() {
            out.push_str(&format!(" {name}: {n} {} – {} {} {}: ", l.samtaler, l.years_at, s.form.per_day, l.per_day_short));
            out.push_str(&cell.map_or_else(String::new, |c| self.cell_words(c)));
            out.push('.');
        }
        out
    }

    fn results(&self) -> Html {
        let (l, s) = (self.l, self.s);
        let r = &s.result;
        let i = s.input();
        let chosen_col = |c: &Option<&Cell>| c.and_then(|c| c.years);
        let chosen = s.chosen();
        let mark_col = chosen.as_ref().and_then(|(_, _, c)| chosen_col(c));
        let facts = [
            (l.citizens, fmt_shortest(i.citizens)),
            (l.days, num_da(i.days, self.lang)),
            (l.weeks, num_da(i.weeks, self.lang)),
            (l.int_share, format!("{} %", num_da(i.intensified * 100.0, self.lang))),
        ];
        let cap = &r.capacity;
        let (cap_class, cap_word, cap_symbol) = match cap.status {
            CapacityStatus::Within => ("nr-cap-ok", l.cap_within, "✓"),
            CapacityStatus::Above => ("nr-cap-above", l.cap_above, "!"),
            CapacityStatus::Unknown => ("nr-cap-unknown", l.cap_unknown, "?"),
        };
        html! {
            <section class="panel nr-results" aria-labelledby="nr-h-results">
                <h3 id="nr-h-results" class="sr-only">{ l.r_title }</h3>
                <dl class="nr-facts nr-print">
                    { for facts.iter().map(|(k, v)| html! { <div><dt>{ *k }</dt><dd>{ v.clone() }</dd></div> }) }
                </dl>
                if s.error.is_some() { <p class="hint nr-stale nr-screen">{ l.figures_old }</p> }
                <p class="nr-live" id="nr-live" aria-live="polite">{ self.summary() }</p>
                { self.freq_table("nr-whole", l.whole_group, &[l.frequency, l.conversations],
                    r.whole_group.iter().map(|w| (&w.label, vec![w.conversations], &w.cover.chosen)).collect(), 0) }
                <p class="nr-share">{ format!("{}: {} % = {} {}", l.int_share, num_da(r.intensified.share * 100.0, self.lang), num_da(r.intensified.citizens, self.lang), l.int_citizens) }</p>
                { self.freq_table("nr-int", l.int_group, &[l.int_frequency, l.intensive, l.on_time, l.total],
                    r.intensified.rows.iter().map(|w| (&w.label, vec![w.intensive, w.on_time, w.total], &w.cover.chosen)).collect(), r.whole_group.len()) }
                { self.years_table(mark_col) }
                <div class={classes!("nr-capacity", cap_class)} id="nr-capacity">
                    <h4>{ l.capacity }</h4>
                    <p><span class="tag"><span aria-hidden="true">{ cap_symbol }{" "}</span>{ cap_word }</span>{" "}{ self.lang.text(&cap.message) }</p>
                </div>
                <div class="nr-warnings">
                    <h4>{ l.warnings }</h4>
                    <ul>{ for r.warnings.iter().map(|w| html! { <li>{ self.lang.text(w) }</li> }) }</ul>
                </div>
                { findings_list(l.remarks, l.fix_it, &r.findings, self.lang, "nr-findings") }
            </section>
        }
    }

    /// A frequency table: per frequency its name, its figures and the covering cell at the chosen
    /// conversations per day; the chosen scenario's row marked in words. `first`: the scenario
    /// number of its first row.
    #[allow(clippy::type_complexity)]
    fn freq_table(&self, id: &str, caption: &str, heads: &[&str], rows: Vec<(&jobspor_core::Text, Vec<u64>, &Option<Cell>)>, first: usize) -> Html {
        let (l, s) = (self.l, self.s);
        let h = format!("{id}-h");
        html! {
            <div class="nr-scroll" tabindex="0" role="region" aria-labelledby={h.clone()}>
            <table class="nr-table" id={id.to_string()}>
                <caption id={h}>{ caption.to_string() }</caption>
                <thead><tr>
                    { for heads.iter().enumerate().map(|(i, t)| html! { <th scope="col" class={classes!((i > 0).then_some("nr-n"))}>{ t.to_string() }</th> }) }
                    <th scope="col">{ format!("{} ({} {})", l.years_at, s.form.per_day, l.per_day_short) }</th>
                </tr></thead>
                <tbody>
                    { for rows.into_iter().enumerate().map(|(k, (label, figures, cover))| {
                        let on = s.form.scenario == first + k;
                        html! {
                            <tr class={classes!(on.then_some("nr-chosen"))}>
                                <th scope="row">{ self.lang.text(label) }{ self.chosen_tag(on) }</th>
                                { for figures.iter().map(|n| html! { <td class="nr-n">{ n }</td> }) }
                                <td>{ cover.as_ref().map_or_else(String::new, |c| self.cell_words(c)) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
        }
    }

    fn chosen_tag(&self, on: bool) -> Html {
        if on {
            html! { <span class="nr-tag">{ " ◆ " }{ self.l.chosen_row }</span> }
        } else {
            html! {}
        }
    }

    /// The Årsværk table in the seed's layout: full-time years across, conversations per day
    /// down; the covering cell of the chosen scenario in the chosen row is marked.
    fn years_table(&self, mark_col: Option<u32>) -> Html {
        let (l, s) = (self.l, self.s);
        let t = &s.result.years_table;
        let chosen = s.chosen();
        html! { <>
            <div class="nr-scroll" tabindex="0" role="region" aria-labelledby="nr-h-years">
            <table class="nr-table nr-years" id="nr-years">
                <caption id="nr-h-years">{ l.years_title }{ ": " }<span class="nr-cap-sub">{ l.years_caption }</span></caption>
                <thead>
                    <tr>
                        <th scope="col">{ l.per_day_head }</th>
                        { for t.years.iter().map(|y| html! { <th scope="col" class="nr-n">{ y }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for t.per_day.iter().zip(&t.cells).map(|(p, row)| {
                        let this_row = *p == s.form.per_day;
                        html! {
                            <tr class={classes!(this_row.then_some("nr-row-chosen"))}>
                                <th scope="row">{ p }{ if this_row { html! { <span class="sr-only">{ format!(" ({})", l.chosen_row) }</span> } } else { html! {} } }</th>
                                { for t.years.iter().zip(row).map(|(y, n)| {
                                    let mark = this_row && mark_col == Some(*y);
                                    if mark {
                                        html! {
                                            <td class="nr-n nr-mark" id="nr-mark">
                                                <span aria-hidden="true">{ "◆ " }</span>{ n }
                                                <span class="sr-only">{ format!(" – {} {}", l.covers, chosen.as_ref().map_or(0, |c| c.1)) }</span>
                                            </td>
                                        }
                                    } else {
                                        html! { <td class="nr-n">{ n }</td> }
                                    }
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            <p class="nr-legend" id="nr-legend">
                <span aria-hidden="true">{ "◆ " }</span>{ l.covering }{ ": " }
                { match &chosen {
                    Some((name, n, Some(c))) => format!("{name} – {n} {} {} {} {}: {}", l.samtaler, l.years_at, s.form.per_day, l.per_day_short, self.cell_words(c)),
                    _ => String::from("–"),
                } }
            </p>
        </> }
    }
}
