//! The `<jobspor-abc-plan>` Yew component: the plan form (seed 004's table: Plan A/B/C × job
//! title/functions, companies/company types, who does what, when, plus the wish and competence
//! circles), the three circles as an accessible SVG, the live plan check and the plan as a
//! one-page sheet for print (the citizen's "vandrejournal").

use jobspor_core::abc::rules::rule_meta;
use jobspor_core::abc::{AbcClass, AbcRow, Competence, Demand, PlanLetter, RowResult, WishBand};
use jobspor_core::{InputError, Severity, Text};
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::state::{parse_weeks, DraftStatus, LoadError, State};
use crate::dom::{field_id, target_checked, target_value};
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

/// Properties: the state shared with the element handle.
#[cfg(test)]
pub type Props = crate::element::Props<State>;


/// A message to the app (the kit's: refresh, edit, UI change, focus, print).
pub type Msg = crate::element::Msg<State>;

/// The app: the kit's component over this widget's state.
pub type AbcPlanApp = crate::element::App<State>;

impl crate::element::View for State {
    const FOCUS: fn(&web_sys::Element, &str) = crate::dom::focus_path;
    const PRINT: fn() = crate::dom::print;
    const WATCH_STORAGE: bool = true;

    fn storage_changed(&mut self, key: Option<&str>) {
        State::storage_changed(self, key);
    }

    fn take_focus(&mut self) -> Option<String> {
        self.ui.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<AbcPlanApp>) -> Html {
        let s = self;
        let v = V { s: &s, l: labels(s.lang), lang: s.lang, link: link };
        html! {
            <div class="jsp abc" part="base" lang={s.lang.code()} ref={root.clone()}>
                <h2 class="title abc-screen">{ v.l.title }</h2>
                <div class="abc-print-head">
                    <h2 class="title">{ v.l.print_title }</h2>
                    <p>{ v.l.print_hint }</p>
                </div>
                <p class="intro abc-screen">{ v.l.intro }</p>
                { v.errors() }
                { v.newer_draft() }
                <div class="abc-layout">
                    { v.form() }
                    { v.model() }
                    { v.check() }
                    { v.sheet() }
                </div>
            </div>
        }
    }
}

/// The competence choices: contract code and label (`""`: not judged).
const COMPETENCES: [(Option<Competence>, &str); 5] = [
    (None, ""),
    (Some(Competence::Full), "full"),
    (Some(Competence::Partial), "partial"),
    (Some(Competence::Trainable), "trainable"),
    (Some(Competence::None), "none"),
];

fn competence_label(l: &Labels, c: Option<Competence>) -> &'static str {
    match c {
        Some(Competence::Full) => l.comp_full,
        Some(Competence::Partial) => l.comp_partial,
        Some(Competence::Trainable) => l.comp_trainable,
        Some(Competence::None) => l.comp_none,
        Some(Competence::Unknown) | None => l.comp_unknown,
    }
}

fn competence_code(c: Option<Competence>) -> &'static str {
    COMPETENCES.iter().find(|(x, _)| *x == c).map_or("", |(_, code)| code)
}

/// `A`, `B`, `C` or the words for "unrealistic".
pub fn class_text(l: &Labels, c: AbcClass) -> &'static str {
    match c.letter() {
        Some(letter) => letter.as_str(),
        None if c == AbcClass::NotJudged => l.class_not_judged,
        None => l.class_unrealistic,
    }
}

/// The CSS class of a row's class (border and badge colour, always next to the text).
pub fn class_css(c: AbcClass) -> &'static str {
    match c {
        AbcClass::A => "abc-k-a",
        AbcClass::B => "abc-k-b",
        AbcClass::C => "abc-k-c",
        AbcClass::Unrealistic => "abc-k-u",
        AbcClass::NotJudged => "abc-k-u abc-k-n",
    }
}

/// Where a row's marker stands in the three circles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// In all three circles: the circles point to A.
    All,
    /// Competences and labour market, on the rim of the wishes: B.
    WishRim,
    /// Competences and labour market, outside the wishes: C.
    CompMarket,
    /// Wishes and competences, outside the labour market.
    WishComp,
    /// Competences only.
    Comp,
    /// Wishes only.
    Wish,
    /// Wishes and labour market, outside the competences.
    WishMarket,
    /// The labour market only.
    Market,
    /// Outside all three.
    None,
}

impl Zone {
    /// The zone of a classified row: A, B and C by their letter; an unrealistic row by its
    /// circles (outside the labour market unless the missing competences are the reason).
    pub fn of(r: &RowResult) -> Zone {
        let c = &r.circles;
        let wish = c.wish.band != WishBand::Low;
        let comp = c.competence.level != Competence::None;
        match r.class {
            AbcClass::A => Zone::All,
            AbcClass::B => Zone::WishRim,
            AbcClass::C => Zone::CompMarket,
            // Not judged: the labour-market circle is unknown – outside it, like a row without demand.
            AbcClass::Unrealistic | AbcClass::NotJudged => {
                let market = !comp && c.demand.level != jobspor_core::abc::Demand::Poor;
                match (wish, comp, market) {
                    (true, true, _) => Zone::WishComp,
                    (false, true, _) => Zone::Comp,
                    (true, false, true) => Zone::WishMarket,
                    (false, false, true) => Zone::Market,
                    (true, false, false) => Zone::Wish,
                    (false, false, false) => Zone::None,
                }
            }
        }
    }

    /// The zone's anchor in the SVG's coordinates (viewBox 0 0 380 322).
    fn point(self) -> (f64, f64) {
        match self {
            Zone::All => (190.0, 160.0),
            Zone::WishRim => (214.0, 187.0),
            Zone::CompMarket => (262.0, 214.0),
            Zone::WishComp => (190.0, 84.0),
            Zone::Comp => (292.0, 110.0),
            Zone::Wish => (88.0, 110.0),
            Zone::WishMarket => (128.0, 206.0),
            Zone::Market => (190.0, 282.0),
            Zone::None => (34.0, 290.0),
        }
    }

    /// Where it is, in words.
    fn words(self, l: &Labels) -> &'static str {
        match self {
            Zone::All => l.z_all,
            Zone::WishRim => l.z_wish_rim,
            Zone::CompMarket => l.z_comp_market,
            Zone::WishComp => l.z_wish_comp,
            Zone::Comp => l.z_comp,
            Zone::Wish => l.z_wish,
            Zone::WishMarket => l.z_wish_market,
            Zone::Market => l.z_market,
            Zone::None => l.z_none,
        }
    }
}

/// One row's marker: its index, zone and position.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub row: usize,
    pub zone: Zone,
    pub x: f64,
    pub y: f64,
}

/// The markers of the rows that are not blank: each at its zone's anchor, several in one zone
/// side by side (three a line).
pub fn markers(rows: &[AbcRow], results: &[RowResult]) -> Vec<Marker> {
    let shown: Vec<(usize, Zone)> = results
        .iter()
        .enumerate()
        .filter(|(i, _)| rows.get(*i).is_some_and(|r| !r.is_blank()))
        .map(|(i, r)| (i, Zone::of(r)))
        .collect();
    shown
        .iter()
        .map(|&(i, zone)| {
            let same: Vec<usize> = shown.iter().filter(|(_, z)| *z == zone).map(|(j, _)| *j).collect();
            let k = same.iter().position(|j| *j == i).unwrap_or(0);
            let line = k / 3;
            let in_line = (same.len() - line * 3).min(3);
            let (x0, y0) = zone.point();
            let dx = (k % 3) as f64 - (in_line as f64 - 1.0) / 2.0;
            Marker { row: i, zone, x: x0 + dx * 32.0, y: y0 + line as f64 * 32.0 }
        })
        .collect()
}

/// A number for an SVG attribute (whole pixels are enough).
fn px(x: f64) -> String {
    format!("{}", x.round() as i64)
}

/// The view's context.
struct V<'a> {
    s: &'a State,
    l: &'static Labels,
    lang: Lang,
    link: &'a Scope<AbcPlanApp>,
}

impl V<'_> {
    fn t<'t>(&self, t: &'t Text) -> &'t str {
        self.lang.text(t)
    }

    fn error_text(&self, e: &InputError) -> Html {
        let msg = if self.lang == Lang::Da { &e.message_da } else { &e.message };
        html! { <>
            if !e.path.is_empty() { { self.l.field } {" "}<code>{ e.path.clone() }</code>{": "} }
            { msg.clone() }
        </> }
    }

    fn errors(&self) -> Html {
        let l = self.l;
        self.s
            .ui
            .errors
            .iter()
            .map(|e| {
                let (title, e) = match e {
                    LoadError::Plan(e) => (l.plan_error, e),
                    LoadError::Config(e) => (l.config_error, e),
                    LoadError::Today(e) => (l.today_error, e),
                    LoadError::Draft(e) => (l.draft_error, e),
                    LoadError::RenderLimit(e) => (l.limit_error, e),
                };
                html! { <p class="error banner abc-screen" role="alert"><strong>{ title }{": "}</strong>{ self.error_text(e) }</p> }
            })
            .collect()
    }

    /// Another tab saved a newer draft: load it or keep this one (issue 13).
    fn newer_draft(&self) -> Html {
        if !self.s.ui.newer_draft {
            return html! {};
        }
        let l = self.l;
        let load = self.link.callback(|_| {
            Msg::Edit(Box::new(|s| {
                s.load_newer_draft();
                s.ui.focus = Some("abc-draft".into());
            }))
        });
        let keep = self.link.callback(|_| {
            Msg::Edit(Box::new(|s| {
                s.keep_this_draft();
                s.ui.focus = Some("abc-draft".into());
            }))
        });
        html! {
            <div class="banner abc-screen" role="alert" id="abc-newer">
                <p><strong>{ l.newer_draft }</strong>{" "}{ l.newer_draft_hint }</p>
                <div class="actions">
                    <button type="button" id="abc-newer-load" onclick={load}>{ l.newer_draft_load }</button>
                    <button type="button" class="secondary" id="abc-newer-keep" onclick={keep}>{ l.newer_draft_keep }</button>
                </div>
            </div>
        }
    }

    /// The row's marker label: its letter (or "?") and number, e.g. `A1`.
    fn marker_label(&self, i: usize) -> String {
        let letter = self.s.form.rows.get(i).and_then(|r| r.row.plan).map_or("?", PlanLetter::as_str);
        format!("{letter}{}", i + 1)
    }

    /// "Række 1 (Plan A, Grafiker)".
    fn row_name(&self, i: usize) -> String {
        let l = self.l;
        let row = self.s.form.rows.get(i).map(|r| &r.row);
        let mut parts = Vec::new();
        if let Some(p) = row.and_then(|r| r.plan) {
            parts.push(format!("{} {}", l.plan_letter, p.as_str()));
        }
        if let Some(o) = row.map(|r| r.occupation.trim()).filter(|o| !o.is_empty()) {
            parts.push(o.to_string());
        }
        if parts.is_empty() {
            format!("{} {}", l.row, i + 1)
        } else {
            format!("{} {} ({})", l.row, i + 1, parts.join(", "))
        }
    }

    /// One row in words for the SVG's description: the three circles, where the marker stands
    /// and the class.
    fn row_words(&self, i: usize, m: &Marker, r: &RowResult) -> String {
        let l = self.l;
        let c = &r.circles;
        let wish = match c.wish.value {
            Some(w) => format!("{} {w} {}", l.wish_short.to_lowercase(), l.wish_of),
            None => format!("{} {}", l.wish_short.to_lowercase(), l.wish_not_stated),
        };
        let (in_da, in_en) = match &c.demand.region {
            Some(reg) => (format!(" i {reg}"), format!(" in {reg}")),
            None => (String::new(), String::new()),
        };
        let demand: Text = c.demand.level.there_is(&in_da, &in_en);
        format!(
            "{} {} – {}: {}, {}, {}. {}: {} {}.",
            l.marker,
            self.marker_label(i),
            self.row_name(i),
            wish,
            self.t(&c.competence.level.label()),
            self.t(&demand),
            m.zone.words(l),
            l.points_to_short.to_lowercase(),
            class_text(l, r.class),
        )
    }

    // ---------- the three circles ----------

    fn svg(&self) -> Html {
        let l = self.l;
        // The first `render-limit` rows only (issue 13): `markers` compares the rows of a zone.
        let rows: Vec<AbcRow> = self.s.form.rows.iter().take(self.s.render_limit).map(|r| r.to_row()).collect();
        let marks = markers(&rows, &self.s.result.rows[..rows.len().min(self.s.result.rows.len())]);
        let mut desc = vec![l.svg_desc.to_string()];
        if marks.is_empty() {
            desc.push(l.svg_no_rows.to_string());
        }
        for m in &marks {
            if let Some(r) = self.s.result.rows.get(m.row) {
                desc.push(self.row_words(m.row, m, r));
            }
        }
        let circle = |class: &'static str, cx: &'static str, cy: &'static str| {
            html! { <circle class={classes!("abc-c", class)} cx={cx} cy={cy} r="90" /> }
        };
        html! {
            <svg class="abc-svg" id="abc-svg" viewBox="0 0 380 322" role="img" focusable="false"
                aria-labelledby="abc-svg-title" aria-describedby="abc-svg-desc">
                <title id="abc-svg-title">{ l.svg_title }</title>
                <desc id="abc-svg-desc">{ desc.join(" ") }</desc>
                { circle("abc-c-wish", "140", "135") }
                { circle("abc-c-comp", "240", "135") }
                { circle("abc-c-market", "190", "220") }
                <text class="abc-c-label" x="4" y="30">{ l.c_wishes }</text>
                <text class="abc-c-label abc-end" x="376" y="30">{ l.c_competences }</text>
                <text class="abc-c-label abc-end" x="376" y="317">{ l.c_market }</text>
                { for marks.iter().map(|m| {
                    let class = self.s.result.rows.get(m.row).map_or("", |r| class_css(r.class));
                    html! {
                        <g class={classes!("abc-marker", class)} data-row={m.row.to_string()}>
                            <circle cx={px(m.x)} cy={px(m.y)} r="15" />
                            <text x={px(m.x)} y={px(m.y + 4.5)}>{ self.marker_label(m.row) }</text>
                        </g>
                    }
                }) }
            </svg>
        }
    }

    fn model(&self) -> Html {
        let l = self.l;
        let rows = &self.s.form.rows;
        html! {
            <section class="abc-model panel" part="model" aria-labelledby="abc-h-model">
                <h3 id="abc-h-model">{ l.model }</h3>
                <p class="hint abc-screen">{ l.model_hint }</p>
                <div class="abc-model-body">
                    { self.svg() }
                    <ul class="list abc-legend" id="abc-legend">
                        { for self.s.result.rows.iter().take(self.s.render_limit).enumerate().filter(|(i, _)| rows.get(*i).is_some_and(|r| !r.to_row().is_blank())).map(|(i, r)| html! {
                            <li class={classes!("abc-legend-item", class_css(r.class))}>
                                <span class="abc-dot" aria-hidden="true">{ self.marker_label(i) }</span>
                                <span class="abc-legend-text">{ self.row_name(i) }{" – "}{ l.points_to }{" "}<strong>{ class_text(l, r.class) }</strong></span>
                            </li>
                        }) }
                    </ul>
                </div>
            </section>
        }
    }

    // ---------- the form ----------

    /// A text field of row `i`.
    fn text_input(&self, id: String, label: &str, hint: Option<&str>, value: &str, set: fn(&mut AbcRow, String), i: usize) -> Html {
        let oninput = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| {
                if let Some(r) = s.form.rows.get_mut(i) {
                    set(&mut r.row, v);
                }
            }))
        });
        fields::text(&id, label, value, TextOpts { hint, autocomplete: Some("off"), ..TextOpts::default() }, oninput)
    }

    fn list_input(&self, id: String, label: &str, value: &str, functions: bool, i: usize) -> Html {
        let oninput = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| {
                if let Some(r) = s.form.rows.get_mut(i) {
                    if functions {
                        r.functions = v;
                    } else {
                        r.companies = v;
                    }
                }
            }))
        });
        fields::area(&id, label, value, 3, None, oninput)
    }

    fn row(&self, i: usize) -> Html {
        let (l, s) = (self.l, self.s);
        let Some(rf) = s.form.rows.get(i) else { return html! {} };
        let row = &rf.row;
        let id = |f: &str| field_id(&format!("rows[{i}].{f}"));
        let n = i + 1;
        let result = s.result.rows.get(i).filter(|_| !rf.to_row().is_blank());
        let letter = row.plan.map_or("", PlanLetter::as_str);
        let on_letter = self.link.callback(move |e: Event| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| {
                if let Some(r) = s.form.rows.get_mut(i) {
                    r.row.plan = PlanLetter::ALL.into_iter().find(|l| l.as_str() == v);
                }
            }))
        });
        let on_comp = self.link.callback(move |e: Event| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| {
                if let Some(r) = s.form.rows.get_mut(i) {
                    r.row.competence = COMPETENCES.iter().find(|(_, c)| *c == v).and_then(|(x, _)| *x);
                }
            }))
        });
        let on_wish = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| {
                if let Some(r) = s.form.rows.get_mut(i) {
                    r.row.wish = v.trim().parse::<u8>().ok().filter(|w| (1..=10).contains(w));
                }
            }))
        });
        let on_education = self.link.callback(move |e: Event| {
            let on = target_checked(&e);
            Msg::Edit(Box::new(move |s| {
                if let Some(r) = s.form.rows.get_mut(i) {
                    r.row.education = on;
                }
            }))
        });
        let remove = self.link.callback(move |_| {
            Msg::Edit(Box::new(move |s| {
                s.form.remove_row(i);
                s.ui.focus = Some(if s.form.rows.is_empty() {
                    "abc-add".into()
                } else {
                    field_id(&format!("rows[{}].plan", i.min(s.form.rows.len() - 1)))
                });
            }))
        });
        let wish_text = row.wish.map_or_else(|| l.wish_not_stated.to_string(), |w| format!("{w} {}", l.wish_of));
        let wish_id = id("wish");
        let choose = self.l.choose.to_string();
        // "A – ønskejobbet": the core's name of the letter without its own "(A)".
        let names: Vec<String> = PlanLetter::ALL
            .into_iter()
            .map(|p| format!("{} – {}", p.as_str(), self.t(&p.label()).trim_end_matches(&format!(" ({})", p.as_str()))))
            .collect();
        let mut letters: Vec<(&str, &str)> = vec![("", choose.as_str())];
        letters.extend(PlanLetter::ALL.into_iter().zip(&names).map(|(p, n)| (p.as_str(), n.as_str())));
        let comps: Vec<(&str, &str)> = COMPETENCES.iter().map(|(c, code)| (*code, competence_label(l, *c))).collect();
        html! {
            <li class={classes!("abc-row", result.map(|r| class_css(r.class)))} key={rf.key}>
                <fieldset id={field_id(&format!("rows[{i}]"))}>
                    <legend>{ format!("{} {n}", l.row) }</legend>
                    if let Some(r) = result {
                        <p class="abc-class" id={format!("abc-class-{i}")}>
                            <span class="abc-badge">{ l.points_to }{" "}<strong>{ class_text(l, r.class) }</strong></span>
                            {" "}<span class="abc-reason">{ self.t(&r.reason) }</span>
                        </p>
                    }
                    <div class="abc-fields">
                        <div class="abc-f-plan">
                            { fields::select(&id("plan"), l.plan_letter, &letters, letter, on_letter) }
                        </div>
                        <div class="abc-f-occ">
                            { self.text_input(id("occupation"), l.occupation, None, &row.occupation, |r, v| r.occupation = v, i) }
                        </div>
                        { self.list_input(id("functions"), l.functions, &rf.functions, true, i) }
                        { self.list_input(id("companies"), l.companies, &rf.companies, false, i) }
                        { self.text_input(id("who"), l.who, None, &row.who, |r, v| r.who = v, i) }
                        { self.text_input(id("when"), l.when, Some(l.when_hint), &row.when, |r, v| r.when = v, i) }
                        <div class="field abc-f-wish">
                            <label for={wish_id.clone()}>{ l.wish }</label>
                            <div class="abc-range">
                                <input id={wish_id.clone()} type="range" min="1" max="10" step="1"
                                    class={classes!(row.wish.is_none().then_some("abc-unset"))}
                                    value={row.wish.unwrap_or(5).to_string()} aria-valuetext={wish_text.clone()} oninput={on_wish} />
                                <output for={wish_id.clone()} id={format!("{wish_id}-value")} class="abc-value">{ wish_text }</output>
                            </div>
                        </div>
                        { fields::select(&id("competence"), l.competence, &comps, competence_code(row.competence), on_comp) }
                        { self.text_input(id("upskilling"), l.upskilling, Some(l.upskilling_hint), &row.upskilling, |r, v| r.upskilling = v, i) }
                        <div class="abc-f-edu">{ fields::check(&id("education"), l.education, row.education, on_education) }</div>
                    </div>
                    <div class="actions">
                        <button type="button" class="secondary abc-remove" id={format!("abc-remove-{i}")} onclick={remove}>{ format!("{} {n}", l.remove_row) }</button>
                    </div>
                </fieldset>
            </li>
        }
    }

    /// Which conversation about the plan this is: sets the focus per conversation (seed 004).
    fn conversation(&self) -> Html {
        let l = self.l;
        let on_conversation = self.link.callback(|e: Event| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| s.form.base.conversation = v.parse().ok().filter(|n| *n >= 1)))
        });
        let options = [("", l.conv_none), ("1", l.conv_1), ("2", l.conv_2), ("3", l.conv_3), ("4", l.conv_4)];
        let current = self.s.form.base.conversation.map(|n| n.min(4).to_string()).unwrap_or_default();
        fields::select(&field_id("conversation"), l.conversation, &options, &current, on_conversation)
    }

    fn situation(&self) -> Html {
        let (l, s) = (self.l, self.s);
        let weeks_bad = parse_weeks(&s.form.weeks).is_err();
        let on_weeks = self.link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| s.form.weeks = v))
        });
        let on_region = self.link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| s.form.base.region = v))
        });
        let weeks_id = field_id("weeks_unemployed");
        let region_id = field_id("region");
        html! {
            <fieldset class="abc-situation">
                <legend>{ l.situation }</legend>
                { fields::text(&weeks_id, l.weeks, &s.form.weeks,
                    TextOpts { kind: "decimal", error: weeks_bad.then_some(l.weeks_bad), autocomplete: Some("off"), ..TextOpts::default() }, on_weeks) }
                <div class="field">
                    <label for={region_id.clone()}>{ l.region }</label>
                    <p class="hint" id="abc-region-hint">{ l.region_hint }</p>
                    <input id={region_id} type="text" list="abc-regions" autocomplete="off" value={s.form.base.region.clone()}
                        aria-describedby="abc-region-hint" oninput={on_region} />
                    <datalist id="abc-regions">
                        { for s.config.demand.regions.iter().map(|r| html! { <option value={r.region.clone()} /> }) }
                    </datalist>
                </div>
            </fieldset>
        }
    }

    fn form(&self) -> Html {
        let (l, s) = (self.l, self.s);
        let add = self.link.callback(|_| {
            Msg::Edit(Box::new(|s| {
                let i = s.form.add_row();
                s.ui.focus = Some(field_id(&format!("rows[{i}].plan")));
            }))
        });
        let on_just = self.link.callback(|e: InputEvent| {
            let v = target_value(&e);
            Msg::Edit(Box::new(move |s| s.form.base.justification = Some(v)))
        });
        let clear = self.link.callback(|_| {
            Msg::Edit(Box::new(|s| {
                s.clear_draft();
                s.ui.focus = Some("abc-draft".into());
            }))
        });
        let just_id = field_id("justification");
        let draft = match s.ui.draft {
            DraftStatus::Off => None,
            DraftStatus::Kept => Some(l.draft_kept),
            DraftStatus::Cleared => Some(l.draft_cleared),
            DraftStatus::Unavailable => Some(l.draft_unavailable),
        };
        html! {
            <form class="abc-form panel" part="form" aria-labelledby="abc-h-plan" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h3 id="abc-h-plan">{ l.plan }</h3>
                { self.situation() }
                <ol class="list abc-rows">
                    // The first `render-limit` rows (issue 13); every row is checked.
                    { for (0..s.form.rows.len().min(s.render_limit)).map(|i| self.row(i)) }
                </ol>
                // Seen here; announced by the check's live region (one live region in the widget).
                { crate::render_limit::note(self.lang, "abc-limit", s.render_limit, s.form.rows.len(), l.many_rows, false) }
                <div class="actions" id="f-rows">
                    <button type="button" class="add" id="abc-add" onclick={add}>{ l.add_row }</button>
                </div>
                { fields::area(&just_id, l.justification, s.form.base.justification.as_deref().unwrap_or(""), 3, None, on_just) }
                { self.conversation() }
                <div class="actions">
                    <button type="button" id="abc-print" onclick={self.link.callback(|_| Msg::Print)}>{ l.print }</button>
                    if s.storage_key.is_some() {
                        <button type="button" class="secondary" id="abc-clear" onclick={clear}>{ l.draft_clear }</button>
                    }
                </div>
                if let Some(d) = draft {
                    <p class="hint abc-draft" id="abc-draft" tabindex="-1">{ d }</p>
                }
            </form>
        }
    }

    // ---------- the live check ----------

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::Error => self.l.sev_error,
            Severity::Warning => self.l.sev_warning,
            Severity::Info => self.l.sev_info,
        }
    }

    fn check(&self) -> Html {
        let (l, r) = (self.l, &self.s.result);
        let n = r.findings.len();
        html! {
            <section class="abc-check panel" part="result" aria-labelledby="abc-h-check">
                <h3 id="abc-h-check">{ l.check }</h3>
                <div class="abc-live" id="abc-live" aria-live="polite">
                    if n == 0 {
                        <p class="ok" id="abc-count">{ l.no_findings }</p>
                    } else {
                        <p class="counts" id="abc-count">{ format!("{n} {}", if n == 1 { l.n_finding } else { l.n_findings }) }</p>
                    }
                    if let Some(t) = crate::render_limit::message(self.lang, self.s.render_limit, self.s.form.rows.len(), l.many_rows) {
                        <p class="sr-only" id="abc-limit-live">{ t }</p>
                    }
                    <ul class="list abc-findings">
                        { for r.findings.iter().map(|f| {
                            let sev = match f.severity {
                                Severity::Error => "sev-error",
                                Severity::Warning => "sev-warning",
                                Severity::Info => "sev-info",
                            };
                            let title = rule_meta(&f.code).map(|m| self.lang.pick(m.title.da, m.title.en)).unwrap_or("");
                            let path = f.path.clone();
                            let go = self.link.callback(move |_| Msg::Focus(path.clone()));
                            html! {
                                <li class={classes!("finding", sev)} data-code={f.code.clone()} data-path={f.path.clone()}>
                                    <p><span class="tag">{ self.severity(f.severity) }</span>{" "}<span class="code">{ f.code.clone() }</span>{" "}<strong>{ title }</strong></p>
                                    <p>{ self.t(&f.message) }</p>
                                    <p class="fix"><strong>{ l.how_to_fix }</strong>{" "}{ self.t(&f.fix) }</p>
                                    if !f.path.is_empty() {
                                        <button type="button" class="link" onclick={go}>{ l.go_to_field }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                    { self.focus() }
                </div>
            </section>
        }
    }

    fn focus(&self) -> Html {
        let l = self.l;
        // Shares only from a host's weekly schedule (none by default: no seed gives them).
        let focus = &self.s.result.focus;
        let bar = |letter: &str, pct: u8| {
            let w = format!("w{}", ((pct as usize + 5) / 10).clamp(0, 10));
            html! {
                <div class="abc-share">
                    <span class="abc-share-k">{ format!("{letter} {pct} %") }</span>
                    <div class="bar" aria-hidden="true"><div class={classes!("fill", w)}></div></div>
                </div>
            }
        };
        html! {
            <div class="abc-focus" id="abc-focus">
                <h4>{ l.search_focus }</h4>
                <p id="abc-focus-text">{ self.t(&focus.message) }</p>
                if let Some(f) = &self.s.result.search_focus {
                    <p>{ l.weekly_shares }{" "}{ self.t(&f.message) }</p>
                    { bar("A", f.step.a) }{ bar("B", f.step.b) }{ bar("C", f.step.c) }
                }
            </div>
        }
    }

    // ---------- the sheet (seed 004's form; printed on one A4 page) ----------

    fn sheet(&self) -> Html {
        let (l, s) = (self.l, self.s);
        let plan = s.form.to_plan();
        let dash = l.not_stated;
        let list = |items: &[String]| -> Html {
            if items.is_empty() {
                html! { <span>{ dash }</span> }
            } else {
                html! { <ul>{ for items.iter().map(|x| html! { <li>{ x.clone() }</li> }) }</ul> }
            }
        };
        let text = |t: &str| if t.trim().is_empty() { dash.to_string() } else { t.trim().to_string() };
        let mut facts: Vec<(&str, String)> = vec![
            (l.region, text(&plan.region)),
            (l.weeks, plan.weeks_unemployed.map_or_else(|| dash.to_string(), |w| jobspor_core::track::indicators::fmt_num(w).replace('.', if self.lang == Lang::Da { "," } else { "." }))),
        ];
        if let Some(t) = &s.today {
            facts.push((l.printed, t.clone()));
        }
        html! {
            <section class="abc-sheet panel" part="sheet" aria-labelledby="abc-h-sheet">
                <h3 id="abc-h-sheet">{ l.sheet }</h3>
                <dl class="abc-facts">
                    { for facts.into_iter().map(|(k, v)| html! { <div><dt>{ k }</dt><dd>{ v }</dd></div> }) }
                </dl>
                <div class="abc-scroll" tabindex="0" role="region" aria-labelledby="abc-h-sheet">
                <table class="abc-table">
                    <thead>
                        <tr>
                            <th scope="col" class="abc-col-plan">{ l.plan_letter }</th>
                            <th scope="col">{ l.functions_short }</th>
                            <th scope="col">{ l.companies_short }</th>
                            <th scope="col">{ l.who }</th>
                            <th scope="col" class="abc-col-when">{ l.when }</th>
                            <th scope="col" class="abc-col-class">{ l.points_to_short }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for plan.rows.iter().take(s.render_limit).enumerate().map(|(i, row)| {
                            let result = s.result.rows.get(i).filter(|_| !row.is_blank());
                            html! {
                                <tr class={classes!(result.map(|r| class_css(r.class)))}>
                                    <th scope="row" class="abc-col-plan">{ format!("{} {}", l.plan_letter, row.plan.map_or("?", PlanLetter::as_str)) }</th>
                                    <td>
                                        <strong>{ text(&row.occupation) }</strong>
                                        if !row.functions.is_empty() { { list(&row.functions) } }
                                        if row.education || !row.upskilling.trim().is_empty() {
                                            <p class="abc-small">{ l.upskilling_short }{": "}{ text(&row.upskilling) }</p>
                                        }
                                    </td>
                                    <td>{ list(&row.companies) }</td>
                                    <td>{ text(&row.who) }</td>
                                    <td class="abc-col-when">{ text(&row.when) }</td>
                                    <td class="abc-col-class">
                                        if let Some(r) = result {
                                            <strong>{ class_text(l, r.class) }</strong>
                                            <span class="abc-small">{ format!(" ({} {}; {}; {})",
                                                l.wish_short.to_lowercase(),
                                                r.circles.wish.value.map_or_else(|| dash.to_string(), |w| format!("{w}/10")),
                                                self.t(&r.circles.competence.level.label()),
                                                self.t(&demand_label(r.circles.demand.level))) }</span>
                                        } else { { dash } }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                </div>
                if let Some(j) = plan.justification.as_ref() {
                    <p class="abc-just"><strong>{ l.justification_short }{": "}</strong>{ j.clone() }</p>
                }
                <p class="abc-print-focus"><strong>{ l.search_focus }{": "}</strong>{ self.t(&s.result.focus.message) }
                    if let Some(f) = &s.result.search_focus {
                        {" "}{ self.t(&f.message) }
                    }
                </p>
                <p class="abc-sign">
                    <span>{ l.name }{": "}<span class="abc-line"></span></span>
                    <span>{ l.date }{": "}<span class="abc-line"></span></span>
                    <span>{ l.signature }{": "}<span class="abc-line"></span></span>
                </p>
            </section>
        }
    }
}

/// Arbejdsmarkedsbalancen's words for a demand level (from the core).
fn demand_label(d: Demand) -> Text {
    d.label()
}
