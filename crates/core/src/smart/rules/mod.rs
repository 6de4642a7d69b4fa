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

/// A `Text` known at compile time.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct StaticText {
    pub da: &'static str,
    pub en: &'static str,
}

/// Static description of a rule (`jobspor smart --rules`).
#[derive(Debug, Clone, Serialize)]
pub struct RuleMeta {
    /// Stable code, e.g. `SM101`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `concrete-action`.
    pub name: &'static str,
    pub title: StaticText,
    pub criterion: Criterion,
    pub applies: Applies,
    /// True when the rule fires with `met` (it finds what the criterion needs).
    pub positive: bool,
    /// Where the rule comes from.
    pub source: &'static str,
    /// The rule's documentation in Markdown (Danish and English): its doc comment.
    #[serde(serialize_with = "serialize_docs")]
    pub docs: &'static str,
    /// A text the criterion is met for (and a positive rule fires on).
    pub pass_example: &'static str,
    /// A text the criterion is not met for (and a negative rule fires on).
    pub fail_example: &'static str,
}

impl RuleMeta {
    /// The doc comment as Markdown, without the one space each `///` line starts with.
    pub fn docs_markdown(&self) -> String {
        unindent(self.docs)
    }

    /// The kind the examples are checked as.
    pub fn example_kind(&self) -> Kind {
        if self.applies == Applies::Goal {
            Kind::Goal
        } else {
            Kind::Agreement
        }
    }
}

fn unindent(docs: &str) -> String {
    let mut out = String::with_capacity(docs.len());
    for line in docs.lines() {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    out
}

fn serialize_docs<S: serde::Serializer>(docs: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&unindent(docs))
}

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

/// A rule: metadata plus a check of the analysed text.
#[allow(private_interfaces)]
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, a: &Analysis, options: &SmartOptions) -> Option<Outcome>;
}

/// Declares a rule: its doc comment becomes [`RuleMeta::docs`].
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident {
            code: $code:literal,
            name: $slug:literal,
            title: ($title_da:literal, $title_en:literal),
            criterion: $criterion:ident,
            applies: $applies:ident,
            positive: $positive:literal,
            source: $source:literal,
            pass: $pass:literal,
            fail: $fail:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        ///
        /// ## Eksempel / Example
        ///
        #[doc = concat!("Opfyldt / met: «", $pass, "»")]
        ///
        #[doc = concat!("Ikke opfyldt / not met: «", $fail, "»")]
        pub struct $name;

        impl $name {
            pub const META: $crate::smart::rules::RuleMeta = $crate::smart::rules::RuleMeta {
                code: $code,
                name: $slug,
                title: $crate::smart::rules::StaticText { da: $title_da, en: $title_en },
                criterion: $crate::smart::model::Criterion::$criterion,
                applies: $crate::smart::rules::Applies::$applies,
                positive: $positive,
                source: $source,
                docs: concat!($($doc, "\n"),+),
                pass_example: $pass,
                fail_example: $fail,
            };
        }
    };
}

macro_rules! registry {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        $(mod $module;)*
        /// Every SMART rule, in code order.
        pub static RULES: &[&dyn Rule] = &[$(&$module::$rule),*];
        $(
            impl Rule for $module::$rule {
                fn meta(&self) -> &'static RuleMeta {
                    static M: RuleMeta = $module::$rule::META;
                    &M
                }
                fn check(&self, a: &Analysis, options: &SmartOptions) -> Option<Outcome> {
                    $module::$rule::run(a, options)
                }
            }
        )*
    };
}

registry! {
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

/// Looks a rule up by code (`SM101`) or name (`concrete-action`).
pub fn rule(code_or_name: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.meta().code.eq_ignore_ascii_case(code_or_name) || r.meta().name == code_or_name)
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
    o.occ.map(|i| lexicon::occupations()[i].title.to_lowercase())
}

/// Up to three job titles of the first area the text names: "lagermedarbejder, truckfører eller
/// pakkerimedarbejder".
pub(crate) fn titles_of_area(a: &Analysis) -> Option<(String, &'static str)> {
    let (_, id) = a.areas.iter().find(|(f, _)| !f.aside)?;
    let titles: Vec<String> =
        lexicon::occupations().iter().filter(|o| o.area == *id).take(3).map(|o| o.title.to_lowercase()).collect();
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
mod tests;
