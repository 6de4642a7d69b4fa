//! The track widget's state: the questionnaire (as typed), the configuration (with the
//! caseworker's override), the latest result, the ticked actions and small UI state. Shared by
//! the element handle (JS properties) and the Yew component, like the CV widget's.

use std::collections::BTreeSet;

use jobspor_core::track::{assign_track, Track, TrackConfig, TrackProfile, TrackResult};
use jobspor_core::InputError;
use serde::Serialize;

use crate::i18n::Lang;

pub use crate::dom::parse_num;

fn fmt_num(x: Option<f64>) -> String {
    x.map(|x| jobspor_core::track::indicators::fmt_num(x).replace('.', ","))
        .unwrap_or_default()
}

/// The number fields: (profile field, maximum, whole numbers only).
pub const NUMBERS: [(&str, f64, bool); 4] = [
    ("age", 130.0, true),
    ("education_last_used_years_ago", 100.0, false),
    ("weeks_unemployed", 5200.0, false),
    ("benefit_weeks_last_52", 52.0, false),
];

/// The questionnaire: the profile as edited plus the number fields as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Form {
    /// The profile; its four number fields are replaced from `numbers` by [`Form::to_profile`].
    pub profile: TrackProfile,
    /// Parallel to [`NUMBERS`].
    pub numbers: [String; 4],
}

impl Form {
    pub fn from_profile(profile: TrackProfile) -> Form {
        let p = &profile;
        let numbers = [
            p.age.map(f64::from),
            p.education_last_used_years_ago,
            p.weeks_unemployed,
            p.benefit_weeks_last_52,
        ]
        .map(fmt_num);
        Form { profile, numbers }
    }

    /// The profile with the valid number fields; invalid ones count as not stated.
    pub fn to_profile(&self) -> TrackProfile {
        let mut p = self.profile.clone();
        let v: Vec<Option<f64>> = NUMBERS
            .iter()
            .zip(&self.numbers)
            .map(|((_, max, whole), t)| parse_num(t, *max, *whole).unwrap_or(None))
            .collect();
        p.age = v[0].map(|a| a as u32);
        p.education_last_used_years_ago = v[1];
        p.weeks_unemployed = v[2];
        p.benefit_weeks_last_52 = v[3];
        p
    }
}

/// Where a load error came from.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Profile(InputError),
    Config(InputError),
}

/// UI state that is not part of the profile.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    pub override_open: bool,
    pub override_track: Option<Track>,
    pub override_reason: String,
    pub override_empty: bool,
    pub error: Option<LoadError>,
    /// Element id to focus after the next render.
    pub focus: Option<String>,
}

/// Everything the widget shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub form: Form,
    /// The configuration; `override_track` is the caseworker's choice made in the widget.
    pub config: TrackConfig,
    pub result: TrackResult,
    /// Ids of the ticked actions.
    pub checked: BTreeSet<String>,
    /// The `result` event's detail as JSON (also what the `result` property returns).
    pub detail: String,
    pub ui: Ui,
}

/// The `result` event's detail: the result plus the ticked actions of the shown checklists.
#[derive(Serialize)]
struct Detail<'a> {
    #[serde(flatten)]
    result: &'a TrackResult,
    checked: Vec<&'a str>,
}

impl Default for State {
    fn default() -> Self {
        let form = Form::default();
        let config = TrackConfig::default();
        let result = assign_track(&form.to_profile(), &config);
        let mut s = State {
            lang: Lang::Da,
            form,
            config,
            result,
            checked: BTreeSet::new(),
            detail: String::new(),
            ui: Ui::default(),
        };
        crate::element::Widget::recompute(&mut s);
        s
    }
}

impl State {
    /// The ticked actions among the start phase's and the track's checklists, in list order.
    pub fn shown_checked(&self) -> Vec<&str> {
        let r = &self.result;
        r.start_phase
            .core_elements
            .iter()
            .chain(&r.core_elements)
            .flat_map(|e| &e.actions)
            .filter(|a| self.checked.contains(&a.id))
            .map(|a| a.id.as_str())
            .collect()
    }

}

/// The state shared by the element handle and the Yew component.
#[cfg(test)]
pub type Shared = crate::element::Shared<State>;

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang"];

    /// Assesses again.
    fn check(&mut self) -> String {
        self.result = assign_track(&self.form.to_profile(), &self.config);
        crate::element::to_json(&Detail { result: &self.result, checked: self.shown_checked() })
    }

    crate::element::lang_and_detail!();
}
