//! The `<jobspor-openings>` Yew view: the entry form, the open places with their ageing (colour,
//! symbol and words), the statistics as bar charts with the figures as tables, import and export
//! (CSV for Danish Excel, demand data for the ABC plan), the list check.

use jobspor_core::openings::csv::{danish_date, openings_from_csv, openings_to_csv};
use jobspor_core::openings::{Ageing, ItemStatus};
use yew::html::Scope;
use yew::prelude::*;

use super::labels::labels;
use super::openings::{EntryError, LoadError, State, RESULTS};
use super::{download, error_banner, findings_list};
use crate::dom::target_value;
use crate::fields::{self, TextOpts};
use crate::i18n::Lang;

pub type Msg = crate::element::Msg<State>;
pub type OpeningsApp = crate::element::App<State>;

impl crate::element::View for State {
    fn take_focus(&mut self) -> Option<String> {
        self.ui.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<OpeningsApp>) -> Html {
        let v = V { s: self, l: labels(self.lang), lang: self.lang, link };
        html! {
            <div class="jsp op" lang={self.lang.code()} ref={root.clone()}>
                <h2 class="title">{ v.l.o_title }</h2>
                <p class="intro">{ v.l.o_intro }</p>
                { v.errors() }
                <p class="sr-only" id="op-status" aria-live="polite">{ self.ui.status.clone() }</p>
                <div class="op-layout">
                    { v.form() }
                    { v.open_list() }
                    { v.statistics() }
                    { v.data() }
                    <section class="panel op-check" aria-labelledby="op-findings-h">
                        { findings_list(v.l.findings, v.l.fix_it, &self.result.findings, self.lang, "op-findings") }
                        if self.result.findings.is_empty() { <p class="ok">{ v.l.no_findings }</p> }
                    </section>
                </div>
            </div>
        }
    }
}

type V<'a> = super::V<'a, State>;

/// A bar's width class (`w1`…`w10`) for `n` of `max`; at least `w1` for a value above 0.
fn width(n: u64, max: u64) -> String {
    if n == 0 || max == 0 {
        return "w0".into();
    }
    format!("w{}", ((n * 10 + max / 2) / max).clamp(1, 10))
}

impl V<'_> {
    fn errors(&self) -> Html {
        let (l, lang) = (self.l, self.lang);
        self.s
            .ui
            .errors
            .iter()
            .map(|e| match e {
                LoadError::List(e) => error_banner(l.list_error, e, lang),
                LoadError::Config(e) => error_banner(l.config_error, e, lang),
                LoadError::Today(e) => error_banner(l.today_error, e, lang),
                LoadError::Draft(e) => error_banner(l.draft_error, e, lang),
                LoadError::Demand(e) => error_banner(l.demand_error, e, lang),
                LoadError::RenderLimit(e) => error_banner(l.limit_error, e, lang),
                LoadError::File => html! { <p class="error banner" role="alert">{ l.file_error }</p> },
                LoadError::Csv(e) => {
                    let kept = e.kept.items.len();
                    let take = self.link.callback(|_| {
                        Msg::Edit(Box::new(|s: &mut State| {
                            let kept = s.ui.errors.iter().find_map(|e| if let LoadError::Csv(c) = e { Some(c.kept.clone()) } else { None });
                            if let Some(k) = kept {
                                s.list.items = k.items;
                                s.ui.set_error(|e| matches!(e, LoadError::Csv(_)), None);
                                s.ui.focus = Some("op-h-open".into());
                            }
                        }))
                    });
                    html! {
                        <div class="error banner" role="alert" id="op-csv-error">
                            <p><strong>{ l.csv_error }{ ": " }</strong>{ if lang == Lang::Da { e.message_da.clone() } else { e.message.clone() } }</p>
                            if kept > 0 {
                                <button type="button" class="secondary" id="op-keep" onclick={take}>{ format!("{} ({kept})", l.keep_before) }</button>
                            }
                        </div>
                    }
                }
            })
            .collect()
    }

    fn input(&self, id: &'static str, label: &str, kind: &'static str, value: &str, error: Option<&'static str>, set: fn(&mut super::openings::Entry, String)) -> Html {
        let oninput = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Ui(Box::new(move |s: &mut State| set(&mut s.entry, v)))
        });
        let hint = (id == "op-date").then_some(self.l.date_hint);
        fields::text(id, label, value, TextOpts { kind, hint, error, autocomplete: Some("off") }, oninput)
    }

    /// A text input with a datalist (the host's list, or the names used so far).
    fn listed(&self, id: &'static str, label: &str, value: &str, options: Vec<String>, set: fn(&mut super::openings::Entry, String)) -> Html {
        let oninput = self.link.callback(move |e: InputEvent| {
            let v = target_value(&e);
            Msg::Ui(Box::new(move |s: &mut State| set(&mut s.entry, v)))
        });
        let list_id = format!("{id}-list");
        html! {
            <div class="field">
                <label for={id}>{ label.to_string() }</label>
                <input id={id} type="text" list={list_id.clone()} autocomplete="off" value={value.to_string()} {oninput} />
                <datalist id={list_id}>{ for options.iter().map(|o| html! { <option value={o.clone()} /> }) }</datalist>
            </div>
        }
    }

    /// The host's list, else the names in the list so far.
    fn options(&self, host: &[String], key: fn(&jobspor_core::openings::Contact) -> &str) -> Vec<String> {
        if !host.is_empty() {
            return host.to_vec();
        }
        let mut v: Vec<String> = self.s.list.items.iter().map(|c| key(c).trim().to_string()).filter(|k| !k.is_empty()).collect();
        v.sort();
        v.dedup();
        v
    }

    fn form(&self) -> Html {
        let (l, s, e) = (self.l, self.s, &self.s.entry);
        let err = |which: EntryError, msg: &'static str| (s.ui.entry_error == Some(which)).then_some(msg);
        let submit = self.link.callback(|ev: SubmitEvent| {
            ev.prevent_default();
            Msg::Edit(Box::new(|s: &mut State| s.register()))
        });
        let words: Vec<String> = RESULTS.iter().map(|(r, _)| self.lang.text(&r.label()).to_string()).collect();
        let results: Vec<(&str, &str)> = std::iter::once(("", l.choose_result))
            .chain(RESULTS.iter().zip(&words).map(|((_, code), w)| (*code, w.as_str())))
            .collect();
        let on_result = self.link.callback(|ev: Event| {
            let v = target_value(&ev);
            Msg::Ui(Box::new(move |s: &mut State| s.entry.result = v))
        });
        let on_region = self.link.callback(|ev: InputEvent| {
            let v = target_value(&ev);
            Msg::Edit(Box::new(move |s: &mut State| s.list.region = v))
        });
        let date_value = if e.date.is_empty() { s.today.as_deref().map(danish_date).unwrap_or_default() } else { e.date.clone() };
        html! {
            <form class="panel op-form" aria-labelledby="op-h-entry" novalidate=true onsubmit={submit}>
                <h3 id="op-h-entry">{ l.entry }</h3>
                <div class="op-grid">
                    { self.input("op-date", l.date, "", &date_value, err(EntryError::Date, l.bad_date), |e, v| e.date = v) }
                    { self.input("op-company", l.company, "", &e.company, err(EntryError::Company, l.need_company), |e, v| e.company = v) }
                    { self.input("op-cvr", l.cvr, "numeric", &e.cvr, None, |e, v| e.cvr = v) }
                    { self.input("op-address", l.address, "", &e.address, None, |e, v| e.address = v) }
                    { self.input("op-phone", l.phone, "tel", &e.phone, None, |e, v| e.phone = v) }
                    { self.input("op-email", l.email, "email", &e.email, None, |e, v| e.email = v) }
                    { self.input("op-contact_person", l.contact_person, "", &e.contact_person, None, |e, v| e.contact_person = v) }
                    { self.listed("op-company_type", l.company_type, &e.company_type, self.options(&s.config.company_types, |c| &c.company_type), |e, v| e.company_type = v) }
                    { fields::select("op-result", l.result, &results, &e.result, on_result) }
                    { self.listed("op-job_function", l.job_function, &e.job_function, self.options(&s.config.job_functions, |c| &c.job_function), |e, v| e.job_function = v) }
                    { self.input("op-places", l.places, "numeric", &e.places, err(EntryError::Places, l.bad_places), |e, v| e.places = v) }
                    { self.input("op-places_filled", l.places_filled, "numeric", &e.places_filled, err(EntryError::PlacesFilled, l.bad_places), |e, v| e.places_filled = v) }
                </div>
                <div class="actions">
                    <button type="submit" id="op-add">{ l.add }</button>
                </div>
                { fields::text("op-region", l.region, &s.list.region, TextOpts { hint: Some(l.region_hint), autocomplete: Some("off"), ..TextOpts::default() }, on_region) }
            </form>
        }
    }

    fn ageing_css(a: Option<Ageing>) -> &'static str {
        match a {
            Some(Ageing::Red) => "op-red",
            Some(Ageing::Yellow) => "op-yellow",
            _ => "op-fresh",
        }
    }

    fn open_list(&self) -> Html {
        let (l, s) = (self.l, self.s);
        let r = &s.result;
        html! {
            <section class="panel op-open" aria-labelledby="op-h-open">
                <h3 id="op-h-open" tabindex="-1">{ format!("{} ({})", l.open_list, r.statistics.open_places) }</h3>
                if r.open.is_empty() {
                    <p id="op-none">{ l.no_open }</p>
                }
                <ul class="list op-items" id="op-items">
                    // The first `render-limit` open contacts (issue 13); every contact is checked.
                    { for r.open.iter().take(s.render_limit).filter_map(|&i| Some((i, s.list.items.get(i)?, r.items.get(i)?))).map(|(i, c, item)| {
                        let fill = self.link.callback(move |_| Msg::Edit(Box::new(move |s: &mut State| s.fill(i, false))));
                        let all = self.link.callback(move |_| Msg::Edit(Box::new(move |s: &mut State| s.fill(i, true))));
                        let remove = self.link.callback(move |_| Msg::Edit(Box::new(move |s: &mut State| s.remove(i))));
                        let label = item.ageing_label.as_ref().map(|t| self.lang.text(t).to_string()).unwrap_or_default();
                        let symbol = item.ageing_symbol.clone().unwrap_or_default();
                        let kind = c.result.map(|r| self.lang.text(&r.label()).to_string()).unwrap_or_default();
                        html! {
                            <li class={classes!("op-item", Self::ageing_css(item.ageing))} data-index={i.to_string()}
                                data-ageing={item.ageing.map(|a| match a { Ageing::Fresh => "fresh", Ageing::Yellow => "yellow", Ageing::Red => "red" })}>
                                <p class="op-item-head">
                                    if !label.is_empty() {
                                        <span class="op-age"><span aria-hidden="true">{ symbol }{ " " }</span>{ label }</span>
                                    }
                                    <strong>{ c.company.clone() }</strong>
                                </p>
                                <p class="op-item-body">
                                    { format!("{} – {} – {kind}", danish_date(&c.date), if c.job_function.is_empty() { "–" } else { &c.job_function }) }
                                    { format!(" – {} {} {}", item.open_places, l.open_of, c.places_or_one()) }
                                    if let Some(d) = item.age_days { { format!(" ({d} {})", l.age_days) } }
                                </p>
                                <div class="actions">
                                    <button type="button" class="secondary" id={format!("op-fill-{i}")} onclick={fill}
                                        aria-label={format!("{}: {}", l.fill_one, c.company)}>{ l.fill_one }</button>
                                    <button type="button" class="secondary" onclick={all} aria-label={format!("{}: {}", l.fill_all, c.company)}>{ l.fill_all }</button>
                                    <button type="button" class="link" onclick={remove} aria-label={format!("{}: {}", l.remove, c.company)}>{ l.remove }</button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
                { crate::render_limit::note(self.lang, "op-limit", s.render_limit, r.open.len(), l.many_open, false) }
                { self.all_contacts() }
            </section>
        }
    }

    fn all_contacts(&self) -> Html {
        let (l, s) = (self.l, self.s);
        if s.list.items.is_empty() {
            return html! {};
        }
        let status = |st: ItemStatus| match st {
            ItemStatus::Open => l.st_open,
            ItemStatus::Filled => l.st_filled,
            ItemStatus::NoOpening => l.st_none,
            ItemStatus::Unknown => l.st_unknown,
        };
        html! {
            <details class="op-all">
                <summary>{ format!("{} ({})", l.all_contacts, s.list.items.len()) }</summary>
                <div class="nr-scroll" tabindex="0" role="region" aria-label={l.all_contacts}>
                <table class="nr-table">
                    <thead><tr>
                        <th scope="col">{ l.date }</th><th scope="col">{ l.company }</th><th scope="col">{ l.company_type }</th>
                        <th scope="col">{ l.job_function }</th><th scope="col" class="nr-n">{ l.places }</th><th scope="col" class="nr-n">{ l.places_filled }</th>
                        <th scope="col">{ l.status }</th>
                    </tr></thead>
                    <tbody>
                        { for s.list.items.iter().zip(&s.result.items).take(s.render_limit).map(|(c, r)| html! {
                            <tr>
                                <td>{ danish_date(&c.date) }</td><th scope="row">{ c.company.clone() }</th><td>{ c.company_type.clone() }</td>
                                <td>{ c.job_function.clone() }</td><td class="nr-n">{ c.places.map_or(String::new(), |p| p.to_string()) }</td>
                                <td class="nr-n">{ c.places_filled.map_or(String::new(), |p| p.to_string()) }</td><td>{ status(r.status) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                { crate::render_limit::note(self.lang, "op-all-limit", s.render_limit, s.list.items.len(), l.many_contacts, false) }
            </details>
        }
    }

    /// A bar chart (the figures are in the text of each bar) and the same figures as a table.
    fn chart(&self, id: &str, title: &str, name: &str, rows: Vec<(String, u64, Vec<String>)>, columns: &[&str]) -> Html {
        let l = self.l;
        let max = rows.iter().map(|r| r.1).max().unwrap_or(0);
        let h = format!("{id}-h");
        // The first `render-limit` groups (10,000 different trades are 10,000 bars).
        let total = rows.len();
        let rows = &rows[..total.min(self.s.render_limit)];
        html! {
            <figure class="op-chart" id={id.to_string()} aria-labelledby={h.clone()}>
                <figcaption id={h.clone()}><h4>{ title.to_string() }</h4></figcaption>
                if rows.is_empty() {
                    <p>{ l.no_data }</p>
                } else {
                    <ul class="list op-bars">
                        { for rows.iter().map(|(k, n, _)| html! {
                            <li class="op-bar-row">
                                <span class="op-bar-k">{ format!("{k}: {n}") }</span>
                                <span class="bar op-bar" aria-hidden="true"><span class={classes!("fill", width(*n, max))}></span></span>
                            </li>
                        }) }
                    </ul>
                    <details class="op-table">
                        <summary>{ l.as_table }{ ": " }{ title.to_string() }</summary>
                        <div class="nr-scroll" tabindex="0" role="region" aria-label={format!("{}: {title}", l.as_table)}>
                        <table class="nr-table">
                            <caption class="sr-only">{ title.to_string() }</caption>
                            <thead><tr>
                                <th scope="col">{ name.to_string() }</th>
                                { for columns.iter().map(|c| html! { <th scope="col" class="nr-n">{ c.to_string() }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for rows.iter().map(|(k, _, cells)| html! {
                                    <tr><th scope="row">{ k.clone() }</th>{ for cells.iter().map(|c| html! { <td class="nr-n">{ c.clone() }</td> }) }</tr>
                                }) }
                            </tbody>
                        </table>
                        </div>
                    </details>
                    { crate::render_limit::note(self.lang, &format!("{id}-limit"), self.s.render_limit, total, l.many_groups, false) }
                }
            </figure>
        }
    }

    fn statistics(&self) -> Html {
        let l = self.l;
        let st = &self.s.result.statistics;
        let groups = |g: &[jobspor_core::openings::Group]| -> Vec<(String, u64, Vec<String>)> {
            g.iter()
                .filter(|g| g.open_places > 0)
                .map(|g| (g.name.clone(), u64::from(g.open_places), vec![g.open_places.to_string(), g.places.to_string(), g.places_filled.to_string(), g.openings.to_string()]))
                .collect()
        };
        let cols = [l.s_open, l.s_places, l.s_filled, l.openings];
        let none: Vec<(String, u64, Vec<String>)> =
            st.no_opening_by_trade.iter().map(|g| (g.name.clone(), g.companies as u64, vec![g.companies.to_string(), g.contacts.to_string()])).collect();
        let facts = [
            (l.s_contacts, st.contacts as u32),
            (l.s_companies, st.companies as u32),
            (l.s_places, st.places),
            (l.s_filled, st.places_filled),
            (l.s_open, st.open_places),
        ];
        html! {
            <section class="panel op-stats" aria-labelledby="op-h-stats">
                <h3 id="op-h-stats">{ l.statistics }</h3>
                <dl class="op-facts" id="op-facts">
                    { for facts.iter().map(|(k, n)| html! { <div><dt>{ *k }</dt><dd>{ n }</dd></div> }) }
                </dl>
                { self.chart("op-by-trade", l.by_trade, l.name_trade, groups(&st.by_trade), &cols) }
                { self.chart("op-by-function", l.by_function, l.name_function, groups(&st.by_function), &cols) }
                { self.chart("op-no-opening", l.no_opening, l.name_trade, none, &[l.s_companies, l.s_contacts]) }
            </section>
        }
    }

    fn data(&self) -> Html {
        let l = self.l;
        let export = self.link.callback(|_| {
            Msg::Ui(Box::new(|s: &mut State| {
                let name = format!("brancheredskab-{}.csv", s.today.clone().unwrap_or_default());
                download(&name, "text/csv;charset=utf-8", &openings_to_csv(&s.list));
                let l = labels(s.lang);
                s.ui.status = format!("{} {name}", l.exported);
            }))
        });
        let demand = self.link.callback(|_| {
            Msg::Ui(Box::new(|s: &mut State| {
                match s.demand() {
                    Ok(d) => {
                        let name = format!("efterspoergsel-{}.json", s.today.clone().unwrap_or_default());
                        download(&name, "application/json", &crate::element::to_json(&d));
                        s.ui.set_error(|e| matches!(e, LoadError::Demand(_)), None);
                        s.ui.status = format!("{} {name}", labels(s.lang).exported);
                    }
                    Err(e) => {
                        s.ui.set_error(|e| matches!(e, LoadError::Demand(_)), Some(LoadError::Demand(e)));
                        s.ui.focus = Some("op-region".into());
                    }
                }
            }))
        });
        html! {
            <section class="panel op-data" aria-labelledby="op-h-data">
                <h3 id="op-h-data">{ l.data }</h3>
                <div class="actions">
                    <button type="button" id="op-export" onclick={export}>{ l.export_csv }</button>
                </div>
                <div class="field">
                    <label for="op-import">{ l.import_csv }</label>
                    <p class="hint" id="op-import-hint">{ l.import_hint }</p>
                    <input id="op-import" type="file" accept=".csv,text/csv" aria-describedby="op-import-hint" onchange={file_callback(self.link)} />
                </div>
                <p class="hint" id="op-demand-hint">{ l.demand_hint }</p>
                <div class="actions">
                    <button type="button" class="secondary" id="op-demand" aria-describedby="op-demand-hint" onclick={demand}>{ l.export_demand }</button>
                </div>
                if let Some(kept) = self.s.ui.draft {
                    <p class="hint">{ if kept { l.draft_kept } else { l.draft_unavailable } }</p>
                }
            </section>
        }
    }
}

/// Loads a CSV text: the list, or the error with the row and column (the list is kept).
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
pub fn load_csv(s: &mut State, text: &str) {
    s.ui.set_error(|e| matches!(e, LoadError::Csv(_) | LoadError::File), None);
    match openings_from_csv(text) {
        Ok(list) => {
            let n = list.items.len();
            s.list.items = list.items;
            s.ui.status = format!("{n} {}", labels(s.lang).imported);
            s.ui.focus = Some("op-h-open".into());
        }
        Err(e) => {
            s.ui.errors.push(LoadError::Csv(Box::new(e)));
            s.ui.focus = Some("op-csv-error".into());
        }
    }
}

/// Reads the chosen file's text and loads it as CSV.
#[cfg(target_arch = "wasm32")]
fn file_callback(link: &Scope<OpeningsApp>) -> Callback<Event> {
    use wasm_bindgen::JsCast;
    let link = link.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|list| list.get(0)) else { return };
        input.set_value("");
        let link = link.clone();
        yew::platform::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            link.send_message(match text {
                Some(text) => Msg::Edit(Box::new(move |s: &mut State| load_csv(s, &text))),
                None => Msg::Ui(Box::new(|s: &mut State| s.ui.errors.push(LoadError::File))),
            });
        });
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn file_callback(_link: &Scope<OpeningsApp>) -> Callback<Event> {
    Callback::noop()
}
