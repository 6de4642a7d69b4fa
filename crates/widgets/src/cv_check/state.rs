//! The CV widget's state: the form (as typed), the options, the latest result, and small UI
//! state. It lives in an `Rc<Shared>` that both the element handle (JS properties) and the Yew
//! component use, so a property set from JavaScript is checked synchronously and `result` is
//! up to date right after `el.cv = …`.


use jobspor_core::cv::{
    check_cv, model::JobWish, Breakdown, Cv, CvOptions, CvResult, Finding, Override,
};
use jobspor_core::InputError;
use serde::Serialize;

use crate::dom::{split_lines, split_list};
use crate::i18n::Lang;

/// Citizen (default) or caseworker mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Citizen,
    Caseworker,
}

impl Mode {
    pub fn from_attr(value: Option<&str>) -> Mode {
        match value {
            Some(v) if v.trim().eq_ignore_ascii_case("caseworker") => Mode::Caseworker,
            _ => Mode::Citizen,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Mode::Citizen => "citizen",
            Mode::Caseworker => "caseworker",
        }
    }
}

/// A "Jeg søger job som" entry's fields that are typed as free text and parsed on each change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WishText {
    /// Qualifications as typed: separated by commas, semicolons or new lines.
    pub qualifications: String,
    /// Years as typed ("6", "2,5", "").
    pub years: String,
}

/// The form: the CV as edited, plus the parts kept as typed text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Form {
    /// The CV; `job_wishes[i].qualifications`/`experience_years` and `certificates` are
    /// replaced from the typed text by [`Form::to_cv`].
    pub cv: Cv,
    /// Parallel to `cv.job_wishes`.
    pub wishes: Vec<WishText>,
    /// Certificates, one per line.
    pub certificates: String,
}


/// Years as typed ("6", "2,5", ",5", "05", "+3"): a number ≥ 0, else not stated – what
/// `str::parse` read, through [`crate::dom::float_syntax`] (serde_json's number parser), whose
/// float parser was in the CV module for this alone (it paid for the render bound, issue 13).
fn parse_years(text: &str) -> Option<f64> {
    crate::dom::float_syntax(&text.trim().replace(',', ".")).filter(|y| y.is_finite() && *y >= 0.0)
}

fn fmt_years(y: Option<f64>) -> String {
    match y {
        Some(y) if y.fract() == 0.0 && y.abs() < 1e9 => format!("{}", y as i64),
        // `f64`'s Display text without it (it links core's float formatter).
        Some(y) => jobspor_core::common::fmt_shortest(y),
        None => String::new(),
    }
}

impl Form {
    pub fn from_cv(cv: Cv) -> Form {
        let wishes = cv
            .job_wishes
            .iter()
            .map(|w| WishText {
                qualifications: w.qualifications.join(", "),
                years: fmt_years(w.experience_years),
            })
            .collect();
        let certificates = cv.certificates.join("\n");
        Form {
            cv,
            wishes,
            certificates,
        }
    }

    pub fn to_cv(&self) -> Cv {
        let mut cv = self.cv.clone();
        for (i, w) in cv.job_wishes.iter_mut().enumerate() {
            if let Some(t) = self.wishes.get(i) {
                w.qualifications = split_list(&t.qualifications);
                w.experience_years = parse_years(&t.years);
            }
        }
        cv.certificates = split_lines(&self.certificates);
        cv
    }

    pub fn add_wish(&mut self) {
        self.cv.job_wishes.push(JobWish::default());
        self.wishes.push(WishText::default());
    }

    pub fn remove_wish(&mut self, i: usize) {
        if i < self.cv.job_wishes.len() {
            self.cv.job_wishes.remove(i);
        }
        if i < self.wishes.len() {
            self.wishes.remove(i);
        }
    }
}

/// Where a load error came from.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The `cv` property (shown at the top of the widget).
    Property(InputError),
    /// The `options` property.
    Options(InputError),
    /// The JSON textarea or file (shown next to it).
    Json(InputError),
    /// The file could not be read.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    File,
}

/// UI state that is not part of the CV.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    /// The finding whose override form is open: (code, path).
    pub override_open: Option<(String, String)>,
    pub override_reason: String,
    /// The override form was submitted without a reason.
    pub override_empty: bool,
    /// The JSON textarea's content.
    pub json_text: String,
    /// The last load problem, if any.
    pub error: Option<LoadError>,
    /// The JSON area loaded a CV successfully.
    pub json_loaded: bool,
    /// Element id to focus after the next render.
    pub focus: Option<String>,
}

/// Everything the widget shows.
#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    pub mode: Mode,
    pub form: Form,
    pub options: CvOptions,
    pub result: CvResult,
    /// The `result` event's detail as JSON (also what the `result` property returns).
    pub detail: String,
    pub ui: Ui,
    /// The job order the CV is searched with (`jobOrder` property) and the search's result.
    #[cfg(feature = "match")]
    pub job_match: super::job_match::JobMatch,
    /// How many entries of each list (and findings) are rendered: the `render-limit` attribute
    /// (issue 13); the check runs on all.
    pub render_limit: usize,
    /// A `render-limit` attribute that can't be used (the default is used).
    pub render_limit_error: Option<InputError>,
}

/// The `result` event's detail: the result plus the overrides in force and the mode.
/// Findings that were overridden stay in `findings` (with `overridden` set to the reason).
#[derive(Serialize)]
struct Detail<'a> {
    searchable: bool,
    findability: u8,
    selection: u8,
    findings: &'a [Finding],
    breakdown: &'a Breakdown,
    overrides: &'a [Override],
    mode: &'static str,
    /// The search simulation with the `jobOrder` set (`null`: none).
    #[cfg(feature = "match")]
    #[serde(rename = "match")]
    job_match: Option<&'a jobspor_core::joborder::MatchResult>,
}

impl Default for State {
    fn default() -> Self {
        let form = Form::default();
        let options = CvOptions::default();
        let result = check_cv(&form.to_cv(), &options);
        let mut s = State {
            lang: Lang::Da,
            mode: Mode::Citizen,
            form,
            options,
            result,
            detail: String::new(),
            ui: Ui::default(),
            #[cfg(feature = "match")]
            job_match: Default::default(),
            render_limit: crate::render_limit::DEFAULT,
            render_limit_error: None,
        };
        s.detail = s.make_detail();
        s
    }
}

impl State {
    fn make_detail(&self) -> String {
        let r = &self.result;
        crate::element::to_json(&Detail {
            searchable: r.searchable,
            findability: r.findability,
            selection: r.selection,
            findings: &r.findings,
            breakdown: &r.breakdown,
            overrides: &self.options.overrides,
            mode: self.mode.code(),
            #[cfg(feature = "match")]
            job_match: self.job_match.result.as_ref(),
        })
    }

    /// Adds (or replaces) the override of one finding.
    pub fn add_override(&mut self, code: &str, path: &str, reason: &str) {
        self.remove_override(code, path);
        self.options.overrides.push(Override {
            rule: code.to_string(),
            path: Some(path.to_string()),
            reason: reason.trim().to_string(),
        });
    }

    /// Removes the override(s) that cover one finding.
    pub fn remove_override(&mut self, code: &str, path: &str) {
        self.options.overrides.retain(|o| {
            !(o.rule.eq_ignore_ascii_case(code) && o.path.as_deref().is_none_or(|p| p == path))
        });
    }
}

/// The state shared by the element handle and the Yew component.
#[cfg(test)]
pub type Shared = crate::element::Shared<State>;

impl crate::element::Widget for State {
    const ATTRIBUTES: &'static [&'static str] = &["lang", "mode", "render-limit"];

    fn set_attr(&mut self, name: &str, value: Option<&str>) {
        match name {
            "mode" => self.mode = Mode::from_attr(value),
            "render-limit" => {
                let parsed = crate::render_limit::parse(value);
                self.render_limit = *parsed.as_ref().unwrap_or(&crate::render_limit::DEFAULT);
                self.render_limit_error = parsed.err();
            }
            _ => {}
        }
    }

    /// Checks the CV again (and searches it with the job order).
    fn check(&mut self) -> String {
        let cv = self.form.to_cv();
        self.result = check_cv(&cv, &self.options);
        #[cfg(feature = "match")]
        self.job_match.recompute(&cv);
        self.make_detail()
    }

    crate::element::lang_and_detail!();
}

#[cfg(test)]
mod years_tests {
    /// The years as the form shows them: what `format!("{y}")` wrote before, without `f64`'s
    /// Display (whole numbers below 10^9 as integers, the rest with the shortest digits).
    #[test]
    fn fmt_years_writes_what_display_wrote() {
        for y in [0.0f64, 2.0, 2.5, 0.1, 1.0 / 3.0, 0.1 + 0.2, 12.25, 999_999_999.0, 1e9, 1.5e9, 1e-7, 1e21, 123.456] {
            let old = if y.fract() == 0.0 && y < 1e9 { format!("{}", y as i64) } else { format!("{y}") };
            assert_eq!(super::fmt_years(Some(y)), old, "{y:e}");
        }
        assert_eq!(super::fmt_years(Some(2.5)), "2.5");
        assert_eq!(super::fmt_years(Some(1e-7)), "0.0000001");
        assert_eq!(super::fmt_years(None), "");
    }
}
