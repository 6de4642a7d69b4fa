//! The ABC plan widget's state: the plan as typed (rows with their text areas as written), the
//! host's configuration, the attributes (`today`, `storage-key`), the latest result and small UI
//! state. Shared by the element handle (JS properties) and the Yew component, so `result` is up to
//! date right after `el.plan = …`.
//!
//! Drafts: only with a `storage-key` attribute, the plan (as the contract's JSON) is written to
//! `localStorage[storage-key]` after every change and read back when the attribute is set. Every
//! storage call is guarded: a browser with storage disabled (or full) keeps working without it.

use jobspor_core::abc::{check_abc_plan, parse_plan, AbcConfig, AbcPlan, AbcResult, AbcRow, PlanLetter};
use jobspor_core::InputError;

use crate::dom::{browser_today, parse_num, split_lines};
use crate::i18n::Lang;

/// One row of the plan in the editor: the row plus its two lists as typed (one item a line, so
/// an empty line being typed is not lost).
#[derive(Debug, Clone, PartialEq)]
pub struct RowForm {
    /// Stable key for Yew's list diffing (element ids are by position, like the finding paths).
    pub key: u32,
    pub row: AbcRow,
    pub functions: String,
    pub companies: String,
}

impl RowForm {
    fn new(key: u32, row: AbcRow) -> RowForm {
        RowForm { key, functions: row.functions.join("\n"), companies: row.companies.join("\n"), row }
    }

    pub fn to_row(&self) -> AbcRow {
        AbcRow { functions: split_lines(&self.functions), companies: split_lines(&self.companies), ..self.row.clone() }
    }
}

/// The plan as edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// The plan last set (its `cv` and anything the editor doesn't show are kept).
    pub base: AbcPlan,
    /// Weeks unemployed as typed.
    pub weeks: String,
    pub rows: Vec<RowForm>,
    next_key: u32,
}

impl Default for Form {
    fn default() -> Self {
        Form::from_plan(AbcPlan::default())
    }
}

/// Parses the typed weeks: `Ok(None)` when empty, `Err(())` when not a number from 0 to 5200.
pub fn parse_weeks(text: &str) -> Result<Option<f64>, ()> {
    parse_num(text, 5200.0, false)
}

impl Form {
    /// The editor for a plan; a plan without rows gets seed 004's three lines, Plan A, B and C.
    pub fn from_plan(plan: AbcPlan) -> Form {
        let mut rows: Vec<AbcRow> = plan.rows.clone();
        if rows.is_empty() {
            rows = PlanLetter::ALL.into_iter().map(|l| AbcRow { plan: Some(l), ..AbcRow::default() }).collect();
        }
        let weeks = plan
            .weeks_unemployed
            .map(|w| jobspor_core::track::indicators::fmt_num(w).replace('.', ","))
            .unwrap_or_default();
        let rows: Vec<RowForm> = rows.into_iter().enumerate().map(|(i, r)| RowForm::new(i as u32, r)).collect();
        let next_key = rows.len() as u32;
        Form { base: AbcPlan { rows: Vec::new(), ..plan }, weeks, rows, next_key }
    }

    /// The plan in the contract: the valid weeks (invalid ones count as not stated), the rows
    /// with their lists split into lines, a blank justification as none.
    pub fn to_plan(&self) -> AbcPlan {
        let justification = self.base.justification.clone().filter(|j| !j.trim().is_empty());
        AbcPlan {
            weeks_unemployed: parse_weeks(&self.weeks).unwrap_or(None),
            rows: self.rows.iter().map(RowForm::to_row).collect(),
            justification,
            ..self.base.clone()
        }
    }

    /// Adds a blank row with the first letter no row has yet (else none); returns its index.
    pub fn add_row(&mut self) -> usize {
        let free = PlanLetter::ALL.into_iter().find(|l| !self.rows.iter().any(|r| r.row.plan == Some(*l)));
        self.rows.push(RowForm::new(self.next_key, AbcRow { plan: free, ..AbcRow::default() }));
        self.next_key += 1;
        self.rows.len() - 1
    }

    pub fn remove_row(&mut self, i: usize) {
        if i < self.rows.len() {
            self.rows.remove(i);
        }
    }
}

/// A problem shown at the top of the widget.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The `plan` property could not be used (the form kept its content).
    Plan(InputError),
    /// The `config` property could not be used (the previous configuration stays).
    Config(InputError),
    /// The `today` attribute is not a date (the browser's date is used).
    Today(InputError),
    /// The stored draft could not be read (it was left alone and not used).
    Draft(InputError),
    /// The `render-limit` attribute is not a whole number from 1 to 100,000 (the default is used).
    RenderLimit(InputError),
}

/// What happened to the draft, for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DraftStatus {
    /// No `storage-key`: nothing is stored.
    #[default]
    Off,
    /// Drafts are kept under the key.
    Kept,
    /// The draft was just deleted.
    Cleared,
    /// The browser refused (storage disabled or full).
    Unavailable,
}

/// UI state that is not part of the plan.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    pub errors: Vec<LoadError>,
    pub draft: DraftStatus,
    /// Element id to focus after the next render.
    pub focus: Option<String>,
    /// A newer draft another tab (or another widget with the same key) wrote under the key: the
    /// citizen chooses to load it or keep this one; nothing is written until then (issue 13).
    pub newer_draft: bool,
}

impl Ui {
    /// Replaces the error of the same kind (`None`: removes it).
    pub fn set_error(&mut self, same: fn(&LoadError) -> bool, e: Option<LoadError>) {
        self.errors.retain(|x| !same(x));
        self.errors.extend(e);
    }
}

/// Everything the widget shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub form: Form,
    /// The host's configuration (demand data, thresholds); `today` comes from the attribute.
    pub config: AbcConfig,
    /// The `today` attribute as given (trimmed).
    pub today_attr: Option<String>,
    /// The date in force: a valid `today` attribute, else the browser's date.
    pub today: Option<String>,
    /// The `storage-key` attribute: drafts are kept only with it.
    pub storage_key: Option<String>,
    /// How many rows are rendered (the `render-limit` attribute; every row is checked).
    pub render_limit: usize,
    /// The plan JSON last written to (or read from) storage.
    saved: Option<String>,
    /// The stored text as this widget last read or wrote it (`None`: nothing stored): a different
    /// one under the key means another tab wrote it.
    seen: Option<String>,
    /// A draft that could not be read could not be set aside either: nothing is written under the
    /// key, so it is never overwritten.
    draft_blocked: bool,
    pub result: AbcResult,
    /// The `result` event's detail as JSON (also what the `result` property returns).
    pub detail: String,
    pub ui: Ui,
}

impl Default for State {
    fn default() -> Self {
        let mut s = State {
            lang: Lang::Da,
            form: Form::default(),
            config: AbcConfig::default(),
            today_attr: None,
            today: None,
            storage_key: None,
            render_limit: crate::render_limit::DEFAULT,
            saved: None,
            seen: None,
            draft_blocked: false,
            result: check_abc_plan(&AbcPlan::default(), &AbcConfig::default()),
            detail: String::new(),
            ui: Ui::default(),
        };
        s.resolve_today();
        crate::element::WidgetState::recompute(&mut s);
        s
    }
}

impl State {
    /// The plan JSON (the contract), as the `plan` property and the draft have it.
    pub fn plan_json(&self) -> String {
        serde_json::to_string(&self.form.to_plan()).unwrap_or_else(|_| "null".into())
    }

    /// The configuration the check uses: the host's, with today's date.
    fn effective_config(&self) -> AbcConfig {
        AbcConfig { today: self.today.clone(), ..self.config.clone() }
    }

    /// Works out today's date from the attribute (an invalid one is shown and ignored).
    pub fn resolve_today(&mut self) {
        let attr = self.today_attr.clone();
        let probe = AbcConfig { today: attr.clone(), ..AbcConfig::default() };
        let error = probe.validate().err().map(|mut e| {
            e.path = "today".into();
            LoadError::Today(e)
        });
        let valid = error.is_none();
        self.ui.set_error(|e| matches!(e, LoadError::Today(_)), error);
        self.today = attr.filter(|_| valid).or_else(browser_today);
    }

    /// Sets an attribute (`today`, `storage-key`); false for any other name.
    pub fn set_attr(&mut self, name: &str, value: Option<&str>) -> bool {
        let value = value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
        match name {
            "today" => {
                self.today_attr = value;
                self.resolve_today();
            }
            "storage-key" => {
                self.storage_key = value;
                self.load_draft();
            }
            "render-limit" => {
                let parsed = crate::render_limit::parse(value.as_deref());
                self.render_limit = *parsed.as_ref().unwrap_or(&crate::render_limit::DEFAULT);
                self.ui.set_error(|e| matches!(e, LoadError::RenderLimit(_)), parsed.err().map(LoadError::RenderLimit));
            }
            _ => return false,
        }
        true
    }

    /// With a storage key: takes the stored draft when there is one (else keeps the form and
    /// stores nothing until the next change).
    fn load_draft(&mut self) {
        self.ui.set_error(|e| matches!(e, LoadError::Draft(_)), None);
        self.draft_blocked = false;
        self.ui.newer_draft = false;
        self.seen = None;
        let Some(key) = self.storage_key.clone() else {
            self.ui.draft = DraftStatus::Off;
            self.saved = None;
            return;
        };
        self.ui.draft = DraftStatus::Kept;
        match storage::get(&key) {
            Err(()) => self.ui.draft = DraftStatus::Unavailable,
            Ok(None) => {}
            Ok(Some(json)) => match parse_plan(&json) {
                Ok(plan) => {
                    self.form = Form::from_plan(plan);
                    self.seen = Some(json);
                }
                Err(e) => {
                    // Never overwrite what was not read: the draft is set aside under
                    // `KEY.unreadable` before the next save (issue 13); if that fails, nothing is
                    // written under the key at all.
                    self.draft_blocked = storage::set(&format!("{key}.unreadable"), &json).is_err();
                    self.seen = Some(json.clone());
                    if self.draft_blocked {
                        self.ui.draft = DraftStatus::Unavailable;
                    }
                    self.ui.errors.push(LoadError::Draft(e));
                }
            },
        }
        self.saved = Some(self.plan_json());
    }

    /// Deletes the stored draft and empties the form.
    pub fn clear_draft(&mut self) {
        self.form = Form::default();
        if let Some(key) = &self.storage_key {
            let ok = storage::remove(key).is_ok();
            self.seen = None;
            self.ui.newer_draft = false;
            self.ui.draft = if ok { DraftStatus::Cleared } else { DraftStatus::Unavailable };
            self.saved = Some(self.plan_json());
        }
        self.ui.set_error(|e| matches!(e, LoadError::Draft(_)), None);
    }

    /// Writes the draft when there is a storage key and the plan changed since the last write.
    fn save_draft(&mut self) {
        let Some(key) = &self.storage_key else { return };
        let json = self.plan_json();
        if self.draft_blocked || self.ui.newer_draft || self.saved.as_deref() == Some(json.as_str()) {
            return;
        }
        // Another tab (or widget) wrote a draft since this one last read or wrote it: never
        // overwrite it silently – the citizen chooses (`load_newer_draft`, `keep_this_draft`).
        if let Ok(Some(now)) = storage::get(key) {
            if self.seen.as_deref() != Some(now.as_str()) {
                self.ui.newer_draft = true;
                return;
            }
        }
        let key = key.clone();
        self.write_draft(&key, json);
    }

    fn write_draft(&mut self, key: &str, json: String) {
        let ok = storage::set(key, &json).is_ok();
        self.ui.draft = if ok { DraftStatus::Kept } else { DraftStatus::Unavailable };
        self.seen = if ok { Some(json.clone()) } else { storage::get(key).ok().flatten() };
        self.saved = Some(json);
    }

    /// A `storage` event (another tab changed `localStorage`): a different draft under the key
    /// is offered, not loaded (the citizen may be typing) and not overwritten.
    pub fn storage_changed(&mut self, key: Option<&str>) {
        let Some(mine) = self.storage_key.as_deref() else { return };
        if key.is_some_and(|k| k != mine) {
            return;
        }
        match storage::get(mine) {
            Ok(Some(now)) if self.seen.as_deref() != Some(now.as_str()) => self.ui.newer_draft = true,
            // Deleted elsewhere, or back to what this widget wrote: the next change writes again.
            Ok(None) => {
                self.seen = None;
                self.saved = None;
                self.ui.newer_draft = false;
            }
            _ => {}
        }
    }

    /// The citizen chose the other tab's draft: it replaces the form (an unreadable one is set
    /// aside and shown, as on load).
    pub fn load_newer_draft(&mut self) {
        self.load_draft();
    }

    /// The citizen chose to keep this widget's plan: it is written under the key now, and the
    /// other tab's draft is kept aside under `KEY.replaced`.
    pub fn keep_this_draft(&mut self) {
        self.ui.newer_draft = false;
        let Some(key) = self.storage_key.clone() else { return };
        if let Ok(Some(other)) = storage::get(&key) {
            if storage::set(&format!("{key}.replaced"), &other).is_err() {
                self.ui.draft = DraftStatus::Unavailable;
                return;
            }
        }
        let json = self.plan_json();
        self.write_draft(&key, json);
    }
}

/// The state shared by the element handle and the Yew component.
#[cfg(test)]
pub type Shared = crate::element::Shared<State>;

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "today", "storage-key", "render-limit"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        State::set_attr(self, name, value);
    }

    /// Checks again (and keeps the draft).
    fn check(&mut self) -> String {
        self.save_draft();
        self.result = check_abc_plan(&self.form.to_plan(), &self.effective_config());
        crate::element::to_json(&self.result)
    }

    crate::element::lang_and_detail!();
}

/// `localStorage` with every exception caught (shared with the openings widget).
pub(super) use crate::storage;
