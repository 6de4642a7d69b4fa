//! The job-order widget's state: the order as edited (with the number and list fields kept as
//! typed), the latest result and small UI state. Shared by the element handle (JS properties) and
//! the Yew component, like the other widgets'.

use jobspor_core::joborder::{
    check_job_order, JobOrder, JobOrderResult, Requirement, RequirementKind, RequirementValue,
};
use jobspor_core::InputError;
use serde::Serialize;

use crate::dom::{parse_num, split_lines, split_list};
use crate::i18n::Lang;

/// A whole number as typed: `Ok(None)` when empty, `Err(())` when not a whole number ≥ 0.
pub fn parse_count(text: &str) -> Result<Option<u32>, ()> {
    parse_num(text, f64::from(u32::MAX), true).map(|n| n.map(|n| n as u32))
}

/// A number of years as typed ("2", "2,5"): `Ok(None)` when empty, `Err(())` when not a number
/// from 0 to 80.
pub fn parse_years(text: &str) -> Result<Option<f64>, ()> {
    parse_num(text, 80.0, false)
}

fn fmt_years(x: f64) -> String {
    jobspor_core::track::indicators::fmt_num(x).replace('.', ",")
}

/// The order form: the order as edited plus the fields kept as typed text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Form {
    /// The order; the fields below replace their counterparts in [`Form::to_order`].
    pub order: JobOrder,
    /// `company.employees` as typed.
    pub employees: String,
    /// `positions` as typed.
    pub positions: String,
    /// `personal_competences`, one per line.
    pub competences: String,
    /// `alternative_titles`, separated by commas or lines.
    pub alt_titles: String,
    /// `location.search_municipalities`, separated by commas or spaces.
    pub search_municipalities: String,
    /// Parallel to `order.requirements`: the years of an `experience_years` requirement as typed.
    pub years: Vec<String>,
}

impl Form {
    pub fn from_order(order: JobOrder) -> Form {
        let count = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        let years = order
            .requirements
            .iter()
            .map(|r| match r.value {
                Some(RequirementValue::Number(x)) if r.kind == RequirementKind::ExperienceYears => fmt_years(x),
                _ => String::new(),
            })
            .collect();
        Form {
            employees: count(order.company.employees),
            positions: count(order.positions),
            competences: order.personal_competences.join("\n"),
            alt_titles: order.alternative_titles.join(", "),
            search_municipalities: order.location.search_municipalities.join(", "),
            years,
            order,
        }
    }

    /// The order with the typed fields; numbers that are not valid count as not stated.
    pub fn to_order(&self) -> JobOrder {
        let mut o = self.order.clone();
        o.company.employees = parse_count(&self.employees).unwrap_or(None);
        o.positions = parse_count(&self.positions).unwrap_or(None);
        o.personal_competences = split_lines(&self.competences);
        o.alternative_titles = split_list(&self.alt_titles);
        o.location.search_municipalities = split_list(&self.search_municipalities.replace(' ', ","));
        for (r, typed) in o.requirements.iter_mut().zip(&self.years) {
            if r.kind == RequirementKind::ExperienceYears {
                r.value = parse_years(typed).unwrap_or(None).map(RequirementValue::Number);
            }
        }
        o
    }

    pub fn add_requirement(&mut self) {
        self.order.requirements.push(Requirement {
            kind: RequirementKind::Qualification,
            value: None,
            mandatory: Some(true),
        });
        self.years.push(String::new());
    }

    pub fn remove_requirement(&mut self, i: usize) {
        self.years.resize(self.order.requirements.len(), String::new());
        if i < self.years.len() {
            self.order.requirements.remove(i);
            self.years.remove(i);
        }
    }

    /// Changes a requirement's kind; a value that the new kind doesn't take is dropped (a
    /// criminal record requirement means a clean record: `true`).
    pub fn set_kind(&mut self, i: usize, kind: RequirementKind) {
        let Some(r) = self.order.requirements.get_mut(i) else {
            return;
        };
        if r.kind == kind {
            return;
        }
        let text_kind = |k: RequirementKind| {
            matches!(
                k,
                RequirementKind::Qualification | RequirementKind::Certificate | RequirementKind::Language
            )
        };
        let keep = text_kind(r.kind) && text_kind(kind);
        r.kind = kind;
        if !keep {
            r.value = (kind == RequirementKind::CriminalRecord).then_some(RequirementValue::Bool(true));
        }
        if let Some(y) = self.years.get_mut(i) {
            y.clear();
        }
    }

    /// Counts of (mandatory, nice to have) requirements.
    pub fn counts(&self) -> (usize, usize) {
        let reqs = &self.order.requirements;
        let mandatory = reqs.iter().filter(|r| r.mandatory == Some(true)).count();
        let nice = reqs.iter().filter(|r| r.mandatory == Some(false)).count();
        (mandatory, nice)
    }
}

/// Everything the widget shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub form: Form,
    pub result: JobOrderResult,
    /// The `result` event's detail as JSON (also what the `result` property returns).
    pub detail: String,
    /// The last `value` that could not be read (shown at the top of the widget).
    pub error: Option<InputError>,
    /// Element id to focus after the next render.
    pub focus: Option<String>,
    /// How many requirements (and findings) are rendered: the `render-limit` attribute (issue
    /// 13); the check runs on all.
    pub render_limit: usize,
    /// A `render-limit` attribute that can't be used (the default is used).
    pub render_limit_error: Option<InputError>,
}

/// The `result` event's detail: the check's result plus the order as filled in (so a host hears
/// of every change, and can keep a draft).
#[derive(Serialize)]
struct Detail<'a> {
    #[serde(flatten)]
    result: &'a JobOrderResult,
    order: &'a JobOrder,
}

impl Default for State {
    fn default() -> Self {
        let mut s = State {
            lang: Lang::Da,
            form: Form::default(),
            result: check_job_order(&JobOrder::default()),
            detail: String::new(),
            error: None,
            focus: None,
            render_limit: crate::render_limit::DEFAULT,
            render_limit_error: None,
        };
        crate::element::WidgetState::recompute(&mut s);
        s
    }
}

/// The state shared by the element handle and the Yew component.
#[cfg(test)]
pub type Shared = crate::element::Shared<State>;

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "render-limit"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        if name == "render-limit" {
            let parsed = crate::render_limit::parse(value);
            self.render_limit = *parsed.as_ref().unwrap_or(&crate::render_limit::DEFAULT);
            self.render_limit_error = parsed.err();
        }
    }

    /// Checks the order again.
    fn check(&mut self) -> String {
        let order = self.form.to_order();
        self.result = check_job_order(&order);
        crate::element::to_json(&Detail { result: &self.result, order: &order })
    }

    crate::element::lang_and_detail!();
}
