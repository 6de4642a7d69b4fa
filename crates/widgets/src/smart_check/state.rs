//! The SMART widget's state: the agreements as typed (each with its kind and latest result), the
//! attributes (`today`, `next-meeting`, `kind`) with their problems, and small UI state. Shared
//! by the element handle (JS properties) and the Yew component, like the CV widget's, so
//! `result` is up to date right after `el.value = …`.
//!
//! Offsets: the results are computed with UTF-16 offsets (`OffsetUnit::Utf16`), so the `result`
//! event's detail slices directly in JavaScript like `checkSmart`'s; the view maps them to byte
//! positions in the Rust `String` it renders with [`utf16_to_bytes`].


use jobspor_core::smart::{check_agreements, check_smart, Criterion, Kind, OffsetUnit, SmartOptions, SmartResult};
use jobspor_core::InputError;
use serde::Serialize;

use crate::dom::browser_today;
use crate::i18n::Lang;

/// One agreement (or goal) in the editor.
#[derive(Debug, Clone)]
pub struct Item {
    /// Stable key for Yew's list diffing (element ids are by position).
    pub key: u32,
    pub text: String,
    /// The kind chosen with the item's toggle (the `kind` attribute overrides it).
    pub kind: Kind,
    /// Whose evidence the text mirror highlights.
    pub show: Criterion,
    pub result: SmartResult,
}

/// A problem with an attribute or the `value` property, shown in the widget.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Today(InputError),
    Meeting(InputError),
    Kind(InputError),
    Value(InputError),
    /// The `render-limit` attribute (the default bound is used).
    RenderLimit(InputError),
}

impl Problem {
    pub fn error(&self) -> &InputError {
        match self {
            Problem::Today(e) | Problem::Meeting(e) | Problem::Kind(e) | Problem::Value(e) | Problem::RenderLimit(e) => e,
        }
    }
}

/// Everything the widget shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    /// The attributes as given (trimmed; `None` when absent or empty).
    pub today_attr: Option<String>,
    pub meeting_attr: Option<String>,
    pub kind_attr: Option<String>,
    /// How many agreements are rendered (the `render-limit` attribute; all are checked).
    pub render_limit: usize,
    /// The kind fixed by a valid `kind` attribute: no per-item toggle then.
    pub fixed_kind: Option<Kind>,
    /// The dates in force: a valid `today` attribute, else the browser's date; a valid
    /// `next-meeting` (not before today), else none.
    pub today: Option<String>,
    pub next_meeting: Option<String>,
    pub problems: Vec<Problem>,
    pub items: Vec<Item>,
    next_key: u32,
    /// The `result` event's detail as JSON (also what the `result` property returns).
    pub detail: String,
    /// Element id to focus after the next render.
    pub focus: Option<String>,
}

/// One agreement's entry in the detail: its text and the SMART result (UTF-16 offsets).
#[derive(Serialize)]
struct ItemDetail<'a> {
    text: &'a str,
    #[serde(flatten)]
    result: &'a SmartResult,
}

/// The `result` event's detail.
#[derive(Serialize)]
struct Detail<'a> {
    /// One per agreement, in the editor's order.
    results: Vec<ItemDetail<'a>>,
    today: Option<&'a str>,
    next_meeting: Option<&'a str>,
    /// Problems with the attributes or the `value` property (shown in the widget too).
    errors: Vec<&'a InputError>,
}

fn clean(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}

impl Default for State {
    fn default() -> Self {
        let mut s = State {
            lang: Lang::Da,
            today_attr: None,
            meeting_attr: None,
            kind_attr: None,
            render_limit: crate::render_limit::DEFAULT,
            fixed_kind: None,
            today: None,
            next_meeting: None,
            problems: Vec::new(),
            items: Vec::new(),
            next_key: 0,
            detail: String::new(),
            focus: None,
        };
        s.resolve();
        s.set_texts(vec![String::new()]);
        crate::element::Widget::recompute(&mut s);
        s
    }
}

impl State {
    /// The kind an item is checked as.
    pub fn kind_of(&self, item: &Item) -> Kind {
        self.fixed_kind.unwrap_or(item.kind)
    }

    /// Sets an attribute (`today`, `next-meeting`, `kind`); false for any other name.
    pub fn set_attr(&mut self, name: &str, value: Option<&str>) -> bool {
        match name {
            "today" => self.today_attr = clean(value),
            "next-meeting" => self.meeting_attr = clean(value),
            "kind" => self.kind_attr = clean(value),
            "render-limit" => {
                self.problems.retain(|p| !matches!(p, Problem::RenderLimit(_)));
                self.render_limit = crate::render_limit::parse(value).unwrap_or_else(|e| {
                    self.problems.push(Problem::RenderLimit(e));
                    crate::render_limit::DEFAULT
                });
                return true;
            }
            _ => return false,
        }
        self.resolve();
        true
    }

    /// Works out the dates and kind in force from the attributes, recording their problems.
    fn resolve(&mut self) {
        self.problems.retain(|p| matches!(p, Problem::Value(_) | Problem::RenderLimit(_)));
        let mut o = SmartOptions { today: self.today_attr.clone(), ..SmartOptions::default() };
        if let Err(e) = o.validate() {
            self.problems.push(Problem::Today(e));
            o.today = None;
        }
        if o.today.is_none() {
            o.today = browser_today();
        }
        o.next_meeting = self.meeting_attr.clone();
        if let Err(e) = o.validate() {
            self.problems.push(Problem::Meeting(e));
            o.next_meeting = None;
        }
        self.today = o.today;
        self.next_meeting = o.next_meeting;
        self.fixed_kind = match self.kind_attr.as_deref().map(str::to_ascii_lowercase).as_deref() {
            None => None,
            Some("agreement") => Some(Kind::Agreement),
            Some("goal") => Some(Kind::Goal),
            Some(_) => {
                let v = self.kind_attr.as_deref().unwrap_or("");
                self.problems.push(Problem::Kind(InputError::new(
                    "kind",
                    format!("{v:?} is neither \"agreement\" nor \"goal\""),
                    format!("{v:?} er hverken \"agreement\" (aftale) eller \"goal\" (jobmål)"),
                )));
                None
            }
        };
    }

    fn new_item(&mut self, text: String) -> Item {
        self.next_key = self.next_key.wrapping_add(1);
        Item {
            key: self.next_key,
            text,
            kind: self.fixed_kind.unwrap_or(Kind::Agreement),
            show: Criterion::Specific,
            result: check_smart("", &SmartOptions::default()),
        }
    }

    /// Replaces every agreement (at least one, possibly empty, stays).
    pub fn set_texts(&mut self, texts: Vec<String>) {
        let texts = if texts.is_empty() { vec![String::new()] } else { texts };
        self.items = texts.into_iter().map(|t| self.new_item(t)).collect();
        self.problems.retain(|p| !matches!(p, Problem::Value(_)));
    }

    /// Records a problem with the `value` property (the agreements stay as they were).
    pub fn value_problem(&mut self, e: InputError) {
        self.problems.retain(|p| !matches!(p, Problem::Value(_)));
        self.problems.push(Problem::Value(e));
    }

    pub fn add_item(&mut self) {
        let item = self.new_item(String::new());
        self.items.push(item);
    }

    pub fn remove_item(&mut self, i: usize) {
        if i < self.items.len() && self.items.len() > 1 {
            self.items.remove(i);
        }
    }

    pub fn texts(&self) -> Vec<&str> {
        self.items.iter().map(|i| i.text.as_str()).collect()
    }

    fn make_detail(&self) -> String {
        crate::element::to_json(&Detail {
            results: self.items.iter().map(|i| ItemDetail { text: &i.text, result: &i.result }).collect(),
            today: self.today.as_deref(),
            next_meeting: self.next_meeting.as_deref(),
            errors: self.problems.iter().map(Problem::error).collect(),
        })
    }

    /// Checks every agreement again.
    fn check_all(&mut self) -> String {
        let mut o = SmartOptions {
            today: self.today.clone(),
            next_meeting: self.next_meeting.clone(),
            // The detail's unit (as `checkSmart`); the mirror gets bytes from the core.
            offsets: OffsetUnit::Utf16,
            ..SmartOptions::default()
        };
        // Goals one by one; the agreements as one list, so a shared time frame ("frem til næste
        // samtale") carries to the agreements below it (seed 003 §5.3, issue 12).
        let mut agreements: Vec<usize> = Vec::new();
        for i in 0..self.items.len() {
            o.kind = self.kind_of(&self.items[i]);
            if o.kind == Kind::Agreement {
                agreements.push(i);
                continue;
            }
            let item = &mut self.items[i];
            item.result = check_smart(&item.text, &o);
        }
        o.kind = Kind::Agreement;
        let texts: Vec<&str> = agreements.iter().map(|&i| self.items[i].text.as_str()).collect();
        let results = check_agreements(&texts, &o);
        for (&i, r) in agreements.iter().zip(results) {
            self.items[i].result = r;
        }
        self.make_detail()
    }
}

/// Maps UTF-16 offsets (any order) to byte offsets in `text` (the core's conversion). An offset
/// inside a character (half a surrogate pair) moves to that character's end; past the end, to
/// the end.
#[cfg(test)]
pub fn utf16_to_bytes(text: &str, offsets: &[usize]) -> Vec<usize> {
    jobspor_core::smart::offsets_to_bytes(text, OffsetUnit::Utf16, offsets)
}

/// A piece of the text mirror: `ev` lists the evidence ranges covering it (none: plain text).
#[derive(Debug, Clone, PartialEq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub ev: Vec<usize>,
}

/// Cuts `text` at every evidence boundary (byte ranges, possibly overlapping).
pub fn segments<'a>(text: &'a str, ranges: &[(usize, usize)]) -> Vec<Segment<'a>> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e) in ranges {
        cuts.extend([s.min(text.len()), e.min(text.len())]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|w| {
            let t = text.get(w[0]..w[1])?;
            let ev = ranges.iter().enumerate().filter(|(_, &(s, e))| s <= w[0] && w[1] <= e).map(|(i, _)| i).collect();
            Some(Segment { text: t, ev })
        })
        .collect()
}

/// The state shared by the element handle and the Yew component.
#[cfg(test)]
pub type Shared = crate::element::Shared<State>;

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "today", "next-meeting", "kind", "render-limit"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        State::set_attr(self, name, value);
    }

    fn check(&mut self) -> String {
        self.check_all()
    }

    crate::element::lang_and_detail!();
}
