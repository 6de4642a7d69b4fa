//! `<jobspor-openings>`'s state: the list (brancheredskab, seed 004) with the entry form as typed,
//! the host's configuration, `today` and `storage-key`, the latest result and small UI state.
//! The list leaves through the `value` property and the `change` event (after every edit by the
//! user); it is stored only with the host's `storage-key` (as the ABC widget's draft).

use jobspor_core::openings::csv::{iso_date, CsvError};
use jobspor_core::openings::demand::{openings_to_demand, DemandOptions};
use jobspor_core::openings::{check_openings, parse_openings, Contact, ContactResult, OpeningsConfig, OpeningsList, OpeningsResult};
use jobspor_core::InputError;

use crate::dom::{browser_today, parse_num};
use crate::i18n::Lang;
use crate::storage;

/// The entry form as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    pub date: String,
    pub company: String,
    pub cvr: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub contact_person: String,
    pub company_type: String,
    /// `""`, `no_opening`, `ordinary_opening` or `work_placement`.
    pub result: String,
    pub job_function: String,
    pub places: String,
    pub places_filled: String,
}

/// The result choices: contract code and the core's label.
pub const RESULTS: [(ContactResult, &str); 3] = [
    (ContactResult::NoOpening, "no_opening"),
    (ContactResult::OrdinaryOpening, "ordinary_opening"),
    (ContactResult::WorkPlacement, "work_placement"),
];

/// What is wrong with the entry form: (field, which message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    Company,
    Date,
    Places,
    PlacesFilled,
}

impl Entry {
    /// The contact, or the first field to fix. A blank date is today's.
    pub fn to_contact(&self, today: Option<&str>) -> Result<Contact, EntryError> {
        if self.company.trim().is_empty() {
            return Err(EntryError::Company);
        }
        let date = match self.date.trim() {
            "" => today.unwrap_or_default().to_string(),
            d => iso_date(d).ok_or(EntryError::Date)?,
        };
        let n = |t: &str, e| parse_num(t, 10000.0, true).map(|x| x.map(|x| x as u32)).map_err(|_| e);
        let result = RESULTS.iter().find(|(_, c)| *c == self.result).map(|(r, _)| *r);
        Ok(Contact {
            date,
            company: self.company.trim().into(),
            cvr: self.cvr.trim().into(),
            address: self.address.trim().into(),
            phone: self.phone.trim().into(),
            email: self.email.trim().into(),
            contact_person: self.contact_person.trim().into(),
            company_type: self.company_type.trim().into(),
            result,
            job_function: self.job_function.trim().into(),
            places: n(&self.places, EntryError::Places)?,
            places_filled: n(&self.places_filled, EntryError::PlacesFilled)?,
        })
    }
}

/// A problem shown at the top.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    List(InputError),
    Config(InputError),
    Today(InputError),
    Draft(InputError),
    Demand(InputError),
    Csv(Box<CsvError>),
    File,
    /// The `render-limit` attribute (the default bound is used).
    RenderLimit(InputError),
}

/// Small UI state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    pub errors: Vec<LoadError>,
    pub entry_error: Option<EntryError>,
    /// The last action, announced in the polite live region.
    pub status: String,
    /// Element id to focus after the next render.
    pub focus: Option<String>,
    /// Storage: `None` off, `Some(true)` kept, `Some(false)` unavailable.
    pub draft: Option<bool>,
}

impl Ui {
    /// Replaces the error of the same kind (`None`: removes it).
    pub fn set_error(&mut self, same: fn(&LoadError) -> bool, e: Option<LoadError>) {
        super::set_error(&mut self.errors, same, e);
    }
}

/// Everything the openings widget shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub list: OpeningsList,
    pub entry: Entry,
    /// The host's configuration (`today` comes from the attribute).
    pub config: OpeningsConfig,
    /// The date in force: a valid `today` attribute, else the browser's date.
    pub today: Option<String>,
    pub storage_key: Option<String>,
    /// How many contacts (and groups) are rendered: the `render-limit` attribute; all are checked.
    pub render_limit: usize,
    /// The list JSON last stored (or read).
    saved: Option<String>,
    /// The list JSON the host last knows (set by it, or sent in a `change` event).
    seen: String,
    /// The `change` event to dispatch after this change.
    event: Option<String>,
    pub result: OpeningsResult,
    pub detail: String,
    pub ui: Ui,
}

impl Default for State {
    fn default() -> Self {
        let list = OpeningsList::default();
        let mut s = State {
            lang: Lang::Da,
            seen: crate::element::to_json(&list),
            result: check_openings(&list, &OpeningsConfig::default()),
            list,
            entry: Entry::default(),
            config: OpeningsConfig::default(),
            today: browser_today(),
            storage_key: None,
            render_limit: crate::render_limit::DEFAULT,
            saved: None,
            event: None,
            detail: String::new(),
            ui: Ui::default(),
        };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

impl State {
    pub fn list_json(&self) -> String {
        crate::element::to_json(&self.list)
    }

    /// The configuration the check uses: the host's, with today's date.
    pub fn effective_config(&self) -> OpeningsConfig {
        OpeningsConfig { today: self.today.clone(), ..self.config.clone() }
    }

    /// Replaces the list from the host: no `change` event for it.
    pub fn set_list(&mut self, list: OpeningsList) {
        self.list = list;
        self.seen = self.list_json();
    }

    /// The current openings as ABC demand data (the list's region).
    pub fn demand(&self) -> Result<jobspor_core::abc::DemandData, InputError> {
        openings_to_demand(&self.list, &DemandOptions::default())
    }

    /// Registers the typed contact; keeps the date, empties the rest and focuses the company.
    pub fn register(&mut self) {
        match self.entry.to_contact(self.today.as_deref()) {
            Err(e) => {
                self.ui.entry_error = Some(e);
                self.ui.focus = Some(
                    match e {
                        EntryError::Company => "op-company",
                        EntryError::Date => "op-date",
                        EntryError::Places => "op-places",
                        EntryError::PlacesFilled => "op-places_filled",
                    }
                    .into(),
                );
            }
            Ok(c) => {
                self.ui.entry_error = None;
                let n = self.list.items.len() + 1;
                let (da, en) = (format!("Kontakt {n} ({}) registreret.", c.company), format!("Contact {n} ({}) registered.", c.company));
                self.ui.status = self.lang.pick_owned(da, en);
                self.list.items.push(c);
                self.entry = Entry { date: self.entry.date.clone(), ..Entry::default() };
                self.ui.focus = Some("op-company".into());
            }
        }
    }

    /// One more place filled in item `i` (all of them with `all`); a filled item leaves the list.
    pub fn fill(&mut self, i: usize, all: bool) {
        let Some(c) = self.list.items.get_mut(i) else { return };
        let places = c.places_or_one();
        let filled = c.places_filled.unwrap_or(0);
        c.places_filled = Some(if all { places } else { (filled + 1).min(places) });
        if c.open_places() == 0 {
            let name = c.company.clone();
            self.ui.status = self.lang.pick_owned(
                format!("{name}: {}", super::labels::labels(Lang::Da).filled_now),
                format!("{name}: {}", super::labels::labels(Lang::En).filled_now),
            );
            self.ui.focus = Some("op-h-open".into());
        } else {
            self.ui.focus = Some(format!("op-fill-{i}"));
        }
    }

    /// Deletes item `i`.
    pub fn remove(&mut self, i: usize) {
        if i < self.list.items.len() {
            let c = self.list.items.remove(i);
            self.ui.status = self.lang.pick_owned(
                format!("{}: {}", c.company, super::labels::labels(Lang::Da).removed),
                format!("{}: {}", c.company, super::labels::labels(Lang::En).removed),
            );
            self.ui.focus = Some("op-h-open".into());
        }
    }

    /// Works out today's date from the attribute (an invalid one is shown and ignored).
    pub fn set_today(&mut self, value: Option<&str>) {
        let probe = OpeningsConfig { today: value.map(str::to_string), ..OpeningsConfig::default() };
        let error = probe.validate().err().map(LoadError::Today);
        let valid = error.is_none();
        self.ui.set_error(|e| matches!(e, LoadError::Today(_)), error);
        self.today = value.filter(|_| valid).map(str::to_string).or_else(browser_today);
    }

    /// With a storage key: takes the stored list when there is one.
    fn load_draft(&mut self) {
        self.ui.set_error(|e| matches!(e, LoadError::Draft(_)), None);
        let Some(key) = self.storage_key.clone() else {
            self.ui.draft = None;
            self.saved = None;
            return;
        };
        self.ui.draft = Some(true);
        match storage::get(&key) {
            Err(()) => self.ui.draft = Some(false),
            Ok(None) => {}
            Ok(Some(json)) => match parse_openings(&json) {
                Ok(list) => self.set_list(list),
                Err(e) => self.ui.errors.push(LoadError::Draft(e)),
            },
        }
        self.saved = Some(self.list_json());
    }

    /// Writes the list when there is a storage key and it changed since the last write.
    fn save_draft(&mut self, json: &str) {
        let Some(key) = &self.storage_key else { return };
        if self.saved.as_deref() == Some(json) {
            return;
        }
        self.ui.draft = Some(storage::set(key, json).is_ok());
        self.saved = Some(json.to_string());
    }
}

impl Lang {
    /// Picks the language's half of two owned texts.
    pub fn pick_owned(self, da: String, en: String) -> String {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "today", "storage-key", "render-limit"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match name {
            "today" => self.set_today(value),
            "render-limit" => {
                let parsed = crate::render_limit::parse(value);
                self.render_limit = *parsed.as_ref().unwrap_or(&crate::render_limit::DEFAULT);
                self.ui.set_error(|e| matches!(e, LoadError::RenderLimit(_)), parsed.err().map(LoadError::RenderLimit));
            }
            "storage-key" => {
                self.storage_key = value.map(str::to_string);
                self.load_draft();
            }
            _ => {}
        }
    }

    /// Checks again, keeps the list (with a storage key) and notes a `change` for the host.
    fn check(&mut self) -> String {
        let json = self.list_json();
        self.save_draft(&json);
        if json != self.seen {
            self.seen.clone_from(&json);
            self.event = Some(json);
        }
        self.result = check_openings(&self.list, &self.effective_config());
        crate::element::to_json(&self.result)
    }

    fn take_event(&mut self) -> Option<(&'static str, String)> {
        self.event.take().map(|j| ("change", j))
    }

    crate::element::lang_and_detail!();
}
