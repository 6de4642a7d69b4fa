//! The SMART rules: one rule per file, one registry ([`RULES`]).
//!
//! Each rule judges one criterion. A *positive* rule fires with `met` when it finds what the
//! criterion needs (a deadline, a concrete action); the others fire with `partly` or `missing`
//! when something is lacking or wrong. A criterion's verdict is the worst verdict of the rules
//! that fired for it, so every verdict names the rules behind it. The doc comment of each rule
//! *is* its documentation (what it checks, why with the seed passage, how to fix), and its
//! passing and failing example texts run as tests (`examples_run_as_tests`).
//!
//! Codes are stable: `SM1xx` Specifik, `SM2xx` Målbar, `SM3xx` Attraktiv, `SM4xx` Realistisk,
//! `SM5xx` Tidsbestemt. A code is never reused or renumbered.

use super::analyse::{Analysis, Span};
use super::config::SmartOptions;
use super::date::Date;
use super::model::{Criterion, Kind, Verdict};
use crate::lexicon;
use crate::lexicon::danish::ActionClass;
use crate::Text;
use serde::Serialize;

/// Which kinds of text a rule judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Applies {
    Both,
    Goal,
    Agreement,
}

impl Applies {
    pub fn includes(self, kind: Kind) -> bool {
        match self {
            Applies::Both => true,
            Applies::Goal => kind == Kind::Goal,
            Applies::Agreement => kind == Kind::Agreement,
        }
    }
}

/// What a SMART rule adds to the common [`crate::rules::RuleMeta`].
#[derive(Debug, Clone)]
pub struct Extra {
    pub criterion: Criterion,
    pub applies: Applies,
    /// True when the rule fires with `met` (it finds what the criterion needs).
    pub positive: bool,
}

impl crate::rules::Extra for Extra {
    const BLANK: Self = Extra { criterion: Criterion::Specific, applies: Applies::Both, positive: false };
    const HAS_SEVERITY: bool = false;
    fn serialize_fields<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        s.serialize_field("criterion", &self.criterion)?;
        s.serialize_field("applies", &self.applies)?;
        s.serialize_field("positive", &self.positive)
    }
    /// SMART published its examples as `pass_example` (a text the criterion is met for) and
    /// `fail_example` (one it is not met for): a positive rule fires on the first, the others on
    /// the second.
    fn pass_fail(&self, fires: &'static str, quiet: &'static str) -> Option<(&'static str, &'static str)> {
        Some(if self.positive { (fires, quiet) } else { (quiet, fires) })
    }
}

/// The names `declare_rule!` takes as values of SMART's fields.
mod values {
    pub use super::Applies::*;
    pub use crate::smart::model::Criterion::*;
}

pub use crate::rules::StaticText;

/// Static description of a SMART rule (`jobspor smart rules`).
pub type RuleMeta = crate::rules::RuleMeta<Extra>;

impl RuleMeta {
    /// The kind the examples are checked as.
    pub fn example_kind(&self) -> Kind {
        if self.applies == Applies::Goal {
            Kind::Goal
        } else {
            Kind::Agreement
        }
    }

    /// A text the criterion is met for (and a positive rule fires on).
    pub fn pass_example(&self) -> &'static str {
        if self.positive { self.fires_example } else { self.quiet_example }
    }

    /// A text the criterion is not met for (and a negative rule fires on).
    pub fn fail_example(&self) -> &'static str {
        if self.positive { self.quiet_example } else { self.fires_example }
    }
}

/// The function every SMART rule's `run` is.
pub(crate) type Run = fn(&Analysis, &SmartOptions) -> Option<Outcome>;

/// What a rule found.
#[derive(Debug, Clone)]
#[allow(private_interfaces)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Byte ranges and what they are (`action`, `deadline`, …).
    pub evidence: Vec<(Span, &'static str)>,
    pub message: Text,
    pub suggestion: Text,
}

impl Outcome {
    pub(crate) fn new(verdict: Verdict, message: Text, suggestion: Text) -> Outcome {
        Outcome { verdict, evidence: Vec::new(), message, suggestion }
    }

    pub(crate) fn with(mut self, evidence: impl IntoIterator<Item = (Span, &'static str)>) -> Outcome {
        self.evidence.extend(evidence);
        self
    }
}

crate::rules::registry! {
    Run;
    sm101_concrete_action::ConcreteAction,
    sm102_job_title::JobTitle,
    sm103_object_not_concrete::ObjectNotConcrete,
    sm104_no_action::NoAction,
    sm105_hedge::Hedge,
    sm106_not_a_job_title::NotAJobTitle,
    sm201_countable::Countable,
    sm202_vague_amount::VagueAmount,
    sm203_not_counted::NotCounted,
    sm204_nothing_to_count::NothingToCount,
    sm205_goal_checkable::GoalCheckable,
    sm206_goal_not_checkable::GoalNotCheckable,
    sm301_personal_why::PersonalWhy,
    sm302_linked_to_job::LinkedToJob,
    sm303_external_motive::ExternalMotive,
    sm304_no_why::NoWhy,
    sm401_own_action::OwnAction,
    sm402_job_goal::JobGoal,
    sm403_outcome_by_others::OutcomeByOthers,
    sm404_implausible_amount::ImplausibleAmount,
    sm405_too_soon::TooSoon,
    sm406_nothing_to_judge::NothingToJudge,
    sm501_deadline::Deadline,
    sm502_recurring::Recurring,
    sm503_season::Season,
    sm504_vague_time::VagueTime,
    sm505_no_time::NoTime,
    sm506_deadline_passed::DeadlinePassed,
    sm507_weekday_date_mismatch::WeekdayDateMismatch,
}

// ---------------------------------------------------------------- helpers for messages

/// Concrete objects the main actions are about (empty without actions). Browsing ("kigge på
/// jobnet") needs more than a job site.
pub(crate) fn concrete_for_actions(a: &Analysis) -> Vec<(Span, &'static str)> {
    if a.main_actions().next().is_none() {
        return Vec::new();
    }
    let doing = a.main_actions().any(|x| x.class != ActionClass::Browse);
    a.concrete_objects(doing)
}

/// What makes an agreement countable, most telling first: "alle …", a number, a frequency, a
/// deliverable, or one (non-browsing) action aimed at a named target.
pub(crate) fn countable(a: &Analysis) -> Vec<(Span, &'static str)> {
    let mut ev: Vec<(Span, &'static str)> = Vec::new();
    ev.extend(Analysis::main(&a.universals).map(|f| (f.span, "universal")));
    ev.extend(a.quantities.iter().filter(|q| !q.f.aside && q.value > 0.0).map(|q| (q.f.span, "quantity")));
    ev.extend(a.frequencies.iter().filter(|f| !f.f.aside).map(|f| (f.f.span, "frequency")));
    ev.extend(Analysis::main(&a.deliverables).map(|f| (f.span, "deliverable")));
    if a.main_actions().any(|x| x.class != ActionClass::Browse && !x.nominal) {
        ev.extend(a.named_targets());
    }
    ev
}

/// "Skriv et antal …", with the text's job title when it has one.
pub(crate) fn count_suggestion(a: &Analysis) -> Text {
    match first_title(a) {
        Some(t) => Text::new(
            format!("Skriv et antal eller \"alle\": fx \"3 stillinger som {t} om ugen\" eller \"alle opslåede stillinger som {t}\"."),
            format!("Add a number or \"all\": e.g. \"3 stillinger som {t} om ugen\" (3 {t} jobs a week) or \"alle opslåede stillinger som {t}\" (every advertised {t} job)."),
        ),
        None => Text::new(
            "Skriv et antal, en hyppighed eller et resultat: fx \"3 ansøgninger om ugen\" eller \"en liste over 10 virksomheder\".",
            "Add a number, a frequency or a result: e.g. \"3 ansøgninger om ugen\" (3 applications a week) or \"en liste over 10 virksomheder\" (a list of 10 employers).",
        ),
    }
}

/// The first occupation in the main clause, lower case ("lagermedarbejder").
pub(crate) fn first_title(a: &Analysis) -> Option<String> {
    let o = a.main_occupations().next()?;
    o.occ.map(|i| lexicon::recognise::title(i).to_lowercase())
}

/// Up to three job titles of the first area the text names: "lagermedarbejder, truckfører eller
/// pakkerimedarbejder".
pub(crate) fn titles_of_area(a: &Analysis) -> Option<(String, &'static str)> {
    let (_, id) = a.areas.iter().find(|(f, _)| !f.aside)?;
    let titles: Vec<String> =
        (0..lexicon::recognise::count()).filter(|&i| lexicon::recognise::area(i) == *id).take(3).map(|i| lexicon::recognise::title(i).to_lowercase()).collect();
    let area = lexicon::area(id)?;
    Some((join_or(&titles), area.da))
}

pub(crate) fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} eller {last}", rest.join(", ")),
    }
}

const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// "27. maj" / "27 May".
pub(crate) fn day_text(d: Date) -> Text {
    let (_, m, day) = d.ymd();
    Text::new(
        format!("{day}. {}", lexicon::danish::MONTHS[m as usize - 1]),
        format!("{day} {}", MONTHS_EN[m as usize - 1]),
    )
}

/// A time to suggest: "frem til næste samtale (27. maj)" when the next meeting is known.
pub(crate) fn suggested_time(a: &Analysis) -> Text {
    match a.meeting {
        Some(m) => {
            let d = day_text(m);
            Text::new(format!("\"frem til næste samtale ({})\"", d.da), format!("\"frem til næste samtale\" (until the next meeting, {})", d.en))
        }
        None => Text::new(
            "\"inden den 15. maj\", \"på mandag\" eller \"frem til næste samtale\"",
            "\"inden den 15. maj\" (by 15 May), \"på mandag\" (on Monday) or \"frem til næste samtale\" (until the next meeting)",
        ),
    }
}

#[cfg(test)]
pub(crate) mod tests;
