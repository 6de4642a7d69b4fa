//! The plan in one piece (issue 16) as custom elements of the `plan` module (the JS shim in
//! `pkg-config/plan.js` defines them):
//!
//! `<jobspor-joblog>` – the citizen keeps the joblog on a phone:
//! - attributes: `lang` (`da` default, `en`), `today` (`YYYY-MM-DD`; default the browser's date),
//!   `storage-key` (opt-in: the joblog is kept in `localStorage` under it);
//! - properties: `value` (read/write, `JoblogEntry[]`), `plan` (read/write, `MinPlan`: its
//!   jobspor are the choices, its "krav til jobsøgning" the week's target), `result`;
//! - events: `result` after every change (`detail` = `{joblog, week, by_jobspor}`), and
//!   `jobspor-change` after the user's own edits – a host hands `detail.joblog` to
//!   `<jobspor-plan>`'s `joblog` (see www/plan.js).
//!
//! `<jobspor-plan>` – Min Plan with the chain check live and the conversation summary:
//! - attributes: `lang`, `today`, `mode` (`citizen` default, `caseworker`: overrule a finding
//!   with a reason), `storage-key`;
//! - properties: `value` (read/write, `MinPlan`), `options` (read/write, `PlanOptions`: the CV,
//!   the demand data, thresholds), `joblog` (read/write, `JoblogEntry[]`), `result` (read-only:
//!   the `PlanResult` with `overrides` and `mode`);
//! - event: `result` after every change.

mod joblog;
mod labels;
mod plan;

#[cfg(test)]
mod tests;

use jobspor_core::plan::{JoblogEntry, MinPlan};
use jobspor_core::InputError;
use wasm_bindgen::prelude::*;

use crate::element::to_json;
use crate::storage;
pub(crate) use joblog::State as JoblogState;
use joblog::{JoblogApp, Msg as JoblogMsg};
pub(crate) use plan::State as PlanState;
use plan::{Msg as PlanMsg, PlanApp};
use joblog::week_no as joblog_week_no;

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
/** `<jobspor-joblog>`'s result: the joblog, this week's count and the count per jobspor. */
export interface JoblogResult {
  joblog: JoblogEntry[];
  week: JoblogWeek;
  /** Applications per jobspor id over the whole joblog (`""`: in no jobspor). */
  by_jobspor: Record<string, number>;
}
/** This week (today's ISO week) in the joblog. */
export interface JoblogWeek {
  /** ISO week, e.g. `2026-W15`. */
  week: string;
  monday: string;
  applications: number;
  /** Applications asked per week ("krav til jobsøgning"), `null` without one. */
  required: number | null;
  by_jobspor: Record<string, number>;
}
"#;

crate::element::element! {
    /// The Rust side of `<jobspor-joblog>`.
    JoblogElement(JoblogApp, JoblogState, JoblogMsg), result: "JoblogResult | null";
    /// The joblog (an array in the `JoblogEntry` contract).
    value: "JoblogEntry[] | null" = |s| to_json(&s.joblog);
    /// Replaces the joblog (`null`: empty). Invalid input keeps it and shows the error naming
    /// the field.
    set_value: "JoblogEntry[] | string | null | undefined" = ("the joblog", "jobloggen", jobspor_core::plan::parse_joblog) |s, v| s.joblog = v.unwrap_or_default(); clears load_error;

    /// The plan whose jobspor the entries are tied to.
    plan: "MinPlan | null" = |s| to_json(&s.plan);
    /// Replaces the plan (`null`: none).
    set_plan: "MinPlan | string | null | undefined" = ("the plan", "planen", jobspor_core::plan::parse_plan) |s, p| s.plan = p.unwrap_or_default(); keeps load_error;
}

crate::element::element! {
    /// The Rust side of `<jobspor-plan>`.
    PlanElement(PlanApp, PlanState, PlanMsg), result: "(PlanResult & { overrides: Override[]; mode: \"citizen\" | \"caseworker\" }) | null";
    /// Min Plan (a plain object in the `MinPlan` contract).
    value: "MinPlan | null" = |s| to_json(&s.plan);
    /// Replaces the plan (`null`: empty). Invalid input keeps it and shows the error.
    set_value: "MinPlan | string | null | undefined" = ("the plan", "planen", jobspor_core::plan::parse_plan) |s, p| s.plan = p.unwrap_or_default(); clears load_error;

    /// The options in force (the CV, demand data, thresholds; `joblog` and `today` come from
    /// the `joblog` property and the `today` attribute).
    options: "PlanOptions | null" = |s| to_json(&s.options);
    /// Replaces the options (`null`: the defaults); invalid options are shown and ignored. A
    /// `joblog` in them replaces the joblog.
    set_options: "PlanOptions | string | null | undefined" = ("the options", "indstillingerne", jobspor_core::plan::parse_options) |s, o| s.set_options(o.unwrap_or_default()); keeps load_error;

    /// The joblog the chain is checked with.
    joblog: "JoblogEntry[] | null" = |s| to_json(&s.options.joblog);
    /// Replaces the joblog (e.g. from `<jobspor-joblog>`'s `jobspor-change`).
    set_joblog: "JoblogEntry[] | string | null | undefined" = ("the joblog", "jobloggen", jobspor_core::plan::parse_joblog) |s, v| s.options.joblog = v.unwrap_or_default(); keeps load_error;
}

/// The stylesheet of the plan widgets, appended to the widgets' shared one in this module's
/// build only.
pub const CSS: &str = include_str!("plan.css");

/// What happened to the draft, for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DraftStatus {
    /// No `storage-key`: nothing is stored.
    #[default]
    Off,
    Kept,
    /// The browser refused (storage disabled or full).
    Unavailable,
}

/// A draft kept in `localStorage` only with the host's `storage-key` (as the ABC plan does): read
/// when the key is set, written after every change; a stored draft that can't be read is set
/// aside under `KEY.unreadable` and never overwritten.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub key: Option<String>,
    saved: Option<String>,
    blocked: bool,
    pub status: DraftStatus,
    pub error: Option<InputError>,
}

impl Draft {
    /// Sets the key (`None`: off) and returns the stored draft, parsed, when there is one.
    pub fn set_key<T>(&mut self, key: Option<String>, current: String, parse: fn(&str) -> Result<T, InputError>) -> Option<T> {
        *self = Draft { key: key.clone(), ..Draft::default() };
        let key = key?;
        self.status = DraftStatus::Kept;
        self.saved = Some(current);
        match storage::get(&key) {
            Err(()) => self.status = DraftStatus::Unavailable,
            Ok(None) => {}
            Ok(Some(json)) => match parse(&json) {
                Ok(v) => {
                    self.saved = Some(json);
                    return Some(v);
                }
                Err(e) => {
                    self.blocked = storage::set(&format!("{key}.unreadable"), &json).is_err();
                    if self.blocked {
                        self.status = DraftStatus::Unavailable;
                    }
                    self.error = Some(e);
                }
            },
        }
        None
    }

    /// Writes `json` when there is a key and it changed since the last write.
    pub fn save(&mut self, json: String) {
        let Some(key) = &self.key else { return };
        if self.blocked || self.saved.as_deref() == Some(json.as_str()) {
            return;
        }
        self.status = if storage::set(key, &json).is_ok() { DraftStatus::Kept } else { DraftStatus::Unavailable };
        self.saved = Some(json);
    }
}

/// A valid `today` attribute, else the browser's date.
fn resolve_today(attr: Option<&str>) -> Option<String> {
    attr.map(str::trim).filter(|t| jobspor_core::common::Date::parse(t).is_some()).map(str::to_string).or_else(crate::dom::browser_today)
}

/// A typed text, trimmed; `None` when blank.
fn opt(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// The jobspor's title (or id) for `id`; the "no jobspor" label for `""`.
fn spor_name<'a>(plan: &'a MinPlan, id: &'a str, none: &'a str) -> &'a str {
    if id.is_empty() {
        return none;
    }
    plan.jobspor.iter().find(|j| j.id == id).map(|j| if j.title.trim().is_empty() { j.id.as_str() } else { j.title.as_str() }).unwrap_or(id)
}

/// The draft status line and a stored draft's read error.
fn draft_line(d: &Draft, lang: crate::i18n::Lang, l: &labels::Labels) -> yew::Html {
    use yew::html;
    html! {
        <>
            if let Some(e) = &d.error {
                <p class="error banner" role="alert"><strong>{ l.draft_error }{ ": " }</strong><code>{ e.path.clone() }</code>{ " " }
                    { if lang == crate::i18n::Lang::Da { e.message_da.clone() } else { e.message.clone() } }</p>
            }
            { match d.status {
                DraftStatus::Off => html! {},
                DraftStatus::Kept => html! { <p class="hint draft">{ l.draft_kept }</p> },
                DraftStatus::Unavailable => html! { <p class="hint draft">{ l.draft_unavailable }</p> },
            } }
        </>
    }
}

/// A property's read error, at the top.
fn load_error(e: Option<&InputError>, lang: crate::i18n::Lang, l: &labels::Labels) -> yew::Html {
    use yew::html;
    match e {
        Some(e) => html! {
            <p class="error banner" role="alert"><strong>{ l.value_error }{ ": " }</strong><code>{ e.path.clone() }</code>{ " " }
                { if lang == crate::i18n::Lang::Da { e.message_da.clone() } else { e.message.clone() } }</p>
        },
        None => html! {},
    }
}

/// The joblog as JSON (its draft and the plan's).
fn joblog_json(j: &[JoblogEntry]) -> String {
    to_json(j)
}

/// A number with at most one decimal (comma in Danish), without float formatting (which would add
/// ~10 KB of code to the module: nothing else here formats floats).
fn num(x: f64, lang: crate::i18n::Lang) -> String {
    let t = (x * 10.0).round() as i64;
    let sep = if lang == crate::i18n::Lang::Da { ',' } else { '.' };
    if t % 10 == 0 {
        (t / 10).to_string()
    } else {
        format!("{}{}{}{}", if t < 0 { "-" } else { "" }, (t / 10).abs(), sep, (t % 10).abs())
    }
}

/// An SVG coordinate with one decimal, likewise.
fn px(x: f64) -> String {
    num(x, crate::i18n::Lang::En)
}
