//! "Ville du blive fundet til dette job?" – the CV widget's search simulation (feature `match`):
//! with a job order set (`jobOrder` property), the widget shows whether a Jobnet search made from
//! it would find the CV, what hides it with the fix for each, the nice-to-haves met and the rank
//! score, updated with every edit of the CV. Reasons and fixes come from the core.
//!
//! The search itself runs in the job-order module (`matchCv` of `joborder.js`), which the package's
//! `jobspor.js` loads on first use and hands to the widget as `jobOrderMatcher`: the matcher, the
//! job-order parser and the occupation lexicon would take the CV module over its size budget
//! (about 40 KB gzip), and a page without job orders shouldn't pay for them. Until the matcher is
//! there, the section says it is loading.

use std::rc::Rc;

use jobspor_core::cv::model::Cv;
use jobspor_core::joborder::{MatchKind, MatchResult};
use jobspor_core::InputError;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use yew::html::Scope;
use yew::prelude::*;

use super::view::{CvCheck, Msg};
use crate::i18n::Lang;

crate::i18n::labels! {
    title: "Ville du blive fundet til dette job?", "Would you be found for this job?";
    job: "Jobordre:", "Job order:";
    at: "hos", "at";
    untitled: "(uden stillingsbetegnelse)", "(no job title)";
    loading: "Indlæser søgningen …", "Loading the search …";
    found: "Fundet i søgningen:", "Found by the search:";
    found_hint: "Dit CV opfylder jobordrens ufravigelige krav i de felter, Jobnet søger i.", "Your CV meets the job order's mandatory requirements in the fields Jobnet searches.";
    blocking: "Det skjuler dit CV", "What hides your CV";
    mandatory: "Ufravigeligt krav", "Mandatory requirement";
    k_cv: "Jobnets regel", "Jobnet's rule";
    k_occupation: "Stillingsbetegnelse", "Job title";
    k_municipality: "Bopælskommune", "Municipality";
    k_qualification: "kvalifikation", "qualification";
    k_certificate: "certifikat", "certificate";
    k_experience_years: "års erfaring", "years of experience";
    k_education_level: "uddannelsesniveau", "education level";
    k_driving_licence: "kørekort", "driving licence";
    k_language: "sprog", "language";
    k_criminal_record: "straffeattest", "criminal record";
    nice: "Gerne-krav opfyldt:", "Nice-to-haves met:";
    of: "af", "of";
    rank: "Placering blandt de fundne (rank score):", "Rank among those found (rank score):";
    of_100: "af 100", "of 100";
    order_error: "Jobordren kunne ikke bruges", "The job order could not be used";
}

/// The search: `(cv_json, order_json)` → the result, or the input error (a bad order).
pub type MatchFn = Rc<dyn Fn(&str, &str) -> Result<MatchResult, InputError>>;

/// The matcher and the JS value it came from (what the `jobOrderMatcher` getter returns).
#[derive(Clone)]
pub struct Matcher {
    pub call: MatchFn,
    pub js: JsValue,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matcher")
    }
}

impl Matcher {
    /// A JS function `(cv, order) => MatchResult | InputError` (the package's `matchCv`). When
    /// it has a `matchJson` property, a function `(cvJson, orderJson) => string` giving the same
    /// as JSON text (`jobspor.js` sets one that parses the order once: a `JobOrderMatcher`),
    /// the widget calls that instead – no objects built and read back on every keystroke.
    #[cfg(target_arch = "wasm32")]
    pub fn from_js(f: js_sys::Function) -> Matcher {
        use wasm_bindgen::JsCast;
        let js: JsValue = f.clone().into();
        let text = js_sys::Reflect::get(&f, &JsValue::from_str("matchJson")).ok().and_then(|t| t.dyn_into::<js_sys::Function>().ok());
        let call: MatchFn = Rc::new(move |cv: &str, order: &str| {
            let (cv, order) = (JsValue::from_str(cv), JsValue::from_str(order));
            let json = match &text {
                Some(t) => t.call2(&JsValue::NULL, &cv, &order).ok().and_then(|s| s.as_string()).unwrap_or_default(),
                None => {
                    let r = f.call2(&JsValue::NULL, &cv, &order).unwrap_or(JsValue::NULL);
                    js_sys::JSON::stringify(&r).ok().and_then(|s| s.as_string()).unwrap_or_default()
                }
            };
            match serde_json::from_str::<MatchResult>(&json) {
                Ok(m) => Ok(m),
                Err(_) => Err(serde_json::from_str::<InputError>(&json)
                    .unwrap_or_else(|_| InputError::new("", "the search gave no result", "søgningen gav intet resultat"))),
            }
        });
        Matcher { call, js }
    }
}

/// What the section shows of the order: its title and the company (read once the matcher has
/// accepted the order, so the types are right; `null` is empty).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderInfo {
    pub title: Option<String>,
    pub company: Option<CompanyInfo>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CompanyInfo {
    pub name: Option<String>,
}

/// The job order set on the widget and the latest search result.
#[derive(Debug, Clone, Default)]
pub struct JobMatch {
    /// The order in force (JSON text): the last one the matcher accepted.
    pub order: Option<String>,
    /// An order set but not yet searched with (no matcher yet).
    pub pending: Option<String>,
    pub info: OrderInfo,
    pub result: Option<MatchResult>,
    /// The last `jobOrder` the matcher refused (the previous order stays in use).
    pub error: Option<InputError>,
    pub matcher: Option<Matcher>,
}

impl JobMatch {
    /// Sets the order (JSON text; `None` removes it): searched with at the next recompute.
    pub fn set_order(&mut self, json: Option<String>) {
        match json {
            Some(j) => self.pending = Some(j),
            None => *self = JobMatch { matcher: self.matcher.take(), ..JobMatch::default() },
        }
    }

    /// The order as set (pending or in force), for the `jobOrder` getter.
    pub fn order_json(&self) -> Option<&str> {
        self.pending.as_deref().or(self.order.as_deref())
    }

    /// True when the section is shown.
    pub fn active(&self) -> bool {
        self.order.is_some() || self.pending.is_some() || self.error.is_some()
    }

    /// Searches again with the CV as it is now.
    pub fn recompute(&mut self, cv: &Cv) {
        let Some(m) = self.matcher.clone() else { return };
        if self.order.is_none() && self.pending.is_none() {
            return;
        }
        let cv = serde_json::to_string(cv).unwrap_or_else(|_| "{}".into());
        if let Some(p) = self.pending.take() {
            match (m.call)(&cv, &p) {
                Ok(r) => {
                    self.info = serde_json::from_str(&p).unwrap_or_default();
                    self.order = Some(p);
                    self.result = Some(r);
                    self.error = None;
                    return;
                }
                Err(e) => self.error = Some(e),
            }
        }
        if let Some(o) = &self.order {
            self.result = (m.call)(&cv, o).ok();
        }
    }
}

/// The section, or nothing when no job order is set.
pub fn section(m: &JobMatch, lang: Lang, link: &Scope<CvCheck>, limit: usize) -> Html {
    if !m.active() {
        return html! {};
    }
    let (l, cv) = (labels(lang), lang.labels());
    let error = m.error.as_ref().map(|e| {
        let msg = if lang == Lang::Da { &e.message_da } else { &e.message };
        html! {
            <p class="error banner" role="alert"><strong>{ l.order_error }{": "}</strong>
                if !e.path.is_empty() { <code>{ e.path.clone() }</code>{": "} }
                { msg.clone() }</p>
        }
    });
    let job = m.order.as_ref().map(|_| {
        let title = m.info.title.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or(l.untitled);
        let company = m.info.company.as_ref().and_then(|c| c.name.as_deref()).map(str::trim).filter(|c| !c.is_empty());
        html! {
            <p class="cm-job">{ l.job }{" "}<strong>{ title.to_string() }</strong>
                if let Some(c) = company { {" "}{ l.at }{" "}{ c.to_string() } }
            </p>
        }
    });
    let loading = m.matcher.is_none() && m.pending.is_some();
    let body = match (&m.order, &m.result) {
        _ if loading => html! { <p class="hint" role="status">{ l.loading }</p> },
        (Some(_), Some(r)) => {
            // The first `render-limit` (issue 13); the heading counts all.
            let items = r.blocking[..r.blocking.len().min(limit)].iter().enumerate().map(|(n, b)| {
                let tag = match b.kind {
                    MatchKind::CvNotSearchable => l.k_cv.to_string(),
                    MatchKind::Occupation => l.k_occupation.to_string(),
                    MatchKind::Municipality => l.k_municipality.to_string(),
                    k => format!("{}: {}", l.mandatory, kind_label(l, k)),
                };
                // The core names the CV field that fixes it.
                let path = b.cv_path.clone().unwrap_or_default();
                let msg_id = format!("cm-m-{n}");
                html! {
                    <li class="finding sev-error" data-kind={kind_code(b.kind)}>
                        <p class="sev"><span class="tag">{ tag }</span>
                            if !b.value.is_empty() { {" "}<strong>{ b.value.clone() }</strong> }
                            if let Some(rule) = &b.rule { {" "}<span class="code">{ rule.clone() }</span> }
                        </p>
                        <p class="msg" id={msg_id.clone()}>{ lang.text(&b.reason).to_string() }</p>
                        <p class="fix"><strong>{ cv.how_to_fix }</strong>{" "}{ lang.text(&b.fix).to_string() }</p>
                        if !path.is_empty() {
                            <div class="actions">
                                <button type="button" class="link" aria-describedby={msg_id}
                                    onclick={link.callback(move |_| Msg::Focus(path.clone()))}>{ cv.go_to_field }</button>
                            </div>
                        }
                    </li>
                }
            });
            html! { <>
                <p class={classes!("cm-found", if r.found { "yes" } else { "no" })} id="match-found">
                    { l.found }{" "}<strong>{ if r.found { cv.yes } else { cv.no } }</strong>
                </p>
                if r.found { <p class="hint">{ l.found_hint }</p> }
                if !r.blocking.is_empty() {
                    <h4 id="h-match-blocking">{ format!("{} ({})", l.blocking, r.blocking.len()) }</h4>
                    <ul class="list cm-blocking" aria-labelledby="h-match-blocking">{ for items }</ul>
                    { crate::render_limit::text_note(lang, "match-blocking-limit", limit, r.blocking.len(), cv.entries_n) }
                }
                <p id="match-nice">{ l.nice }{" "}<strong>{ format!("{} {} {}", r.nice_to_have.matched, l.of, r.nice_to_have.total) }</strong></p>
                <p id="match-rank">{ l.rank }{" "}<strong>{ r.rank_score.to_string() }</strong>{" "}{ l.of_100 }</p>
                { for r.notes.iter().map(|t| html! { <p class="hint cm-note">{ lang.text(t).to_string() }</p> }) }
            </> }
        }
        _ => html! {},
    };
    html! {
        <section class="cm-match panel" id="match" aria-labelledby="h-match">
            <h3 id="h-match">{ l.title }</h3>
            { for error }
            { for job }
            <div class="cm-live" aria-live="polite">{ body }</div>
        </section>
    }
}

fn kind_label(l: &Labels, k: MatchKind) -> &'static str {
    match k {
        MatchKind::Qualification => l.k_qualification,
        MatchKind::Certificate => l.k_certificate,
        MatchKind::ExperienceYears => l.k_experience_years,
        MatchKind::EducationLevel => l.k_education_level,
        MatchKind::DrivingLicence => l.k_driving_licence,
        MatchKind::Language => l.k_language,
        MatchKind::CriminalRecord => l.k_criminal_record,
        MatchKind::CvNotSearchable => l.k_cv,
        MatchKind::Occupation => l.k_occupation,
        MatchKind::Municipality => l.k_municipality,
    }
}

fn kind_code(k: MatchKind) -> &'static str {
    match k {
        MatchKind::CvNotSearchable => "cv_not_searchable",
        MatchKind::Occupation => "occupation",
        MatchKind::Municipality => "municipality",
        MatchKind::Qualification => "qualification",
        MatchKind::Certificate => "certificate",
        MatchKind::ExperienceYears => "experience_years",
        MatchKind::EducationLevel => "education_level",
        MatchKind::DrivingLicence => "driving_licence",
        MatchKind::Language => "language",
        MatchKind::CriminalRecord => "criminal_record",
    }
}
