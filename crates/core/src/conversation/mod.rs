//! The conversation itself (issue 17): the seeds' conversation guides as data, and the summary a
//! conversation ends in.
//!
//! - [`default_guides`]: the **first conversation** and the **later conversations** of seed 004's
//!   samtaleguide (marselisborg-langtidsledighed-guide.txt:2843–2973, 3116–3160) in three phases –
//!   *Indledning*, *Udfordring & Afklaring*, *Afrunding og aftaler* – with their steps, questions
//!   and points of attention; seed 002 appendix A's guide for the unemployed
//!   (discus-laeringskatalog-matchning.txt:1290–1360); seed 003's **GameMaster** (contract,
//!   time-out, close, with model phrasings; frederikshavn-metodehaandbog.txt:61–231) and **UGU**
//!   (:233–273). Every phase, step and prompt carries its seed citation (`file:line`); a test reads
//!   the seeds and checks that the cited lines hold the text. The data is
//!   `crates/core/data/conversation-guides.json`; a host replaces it with its own guides (same
//!   contract, [`parse_guides`], schema `conversation-guides`).
//! - [`summarise`]: a conversation's record (notes per step, agreements, next focus) into the
//!   summary for Min Plan: each agreement SMART-checked
//!   ([`crate::smart::check_agreements`]), who does what.
//!
//! See docs/conversation.md.

use crate::common::{parse_object, Noun};
use crate::indsatsplan::Who;
use crate::smart::{SmartOptions, SmartResult};
use crate::{InputError, Text};

/// The seeds' guides, as shipped (JSON; the contract [`ConversationGuides`]).
pub const DEFAULT_GUIDES_JSON: &str = include_str!("../../data/conversation-guides.json");

contract! {
    /// The guides a conversation can follow, and the two techniques that run through every
    /// conversation (GameMaster, UGU).
    #[serde(default)]
    pub struct ConversationGuides {
        /// The guides, e.g. `first`, `later`, `unemployed`.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub guides: Vec<Guide>,
        /// GameMaster (seed 003 §3.1): the contract, time-out and close, with model phrasings.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub gamemaster: Technique,
        /// UGU (seed 003 §3.2): Undersøg – Giv – Undersøg, for advice.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub ugu: Technique,
    }

    /// One guide: its phases in order.
    #[serde(default)]
    pub struct Guide {
        /// A stable id (`first`, `later`, `unemployed`, or a host's own).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub id: String,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub title: Text,
        /// Where the guide comes from (seed and lines, or the host's own source).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub source: String,
        /// The agreed time the guide suggests, in minutes (GameMaster's example: "Vi har 45 min.
        /// til rådighed", frederikshavn-metodehaandbog.txt:162).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub minutes: Option<u32>,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub phases: Vec<Phase>,
    }

    /// One phase (Indledning, Udfordring & Afklaring, Afrunding og aftaler).
    #[serde(default, rename = "GuidePhase")]
    pub struct Phase {
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub id: String,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub title: Text,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub source: String,
        /// What the phase is for.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub purpose: Option<GuidePrompt>,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub steps: Vec<Step>,
        /// The phase's points of attention (Opmærksomhedspunkter).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub attention: Vec<GuidePrompt>,
    }

    /// One step of a phase (or one part of a technique).
    #[serde(default, rename = "GuideStep")]
    pub struct Step {
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub id: String,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub title: Text,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub source: String,
        /// Questions, items, model phrasings and points for the step.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub prompts: Vec<GuidePrompt>,
        /// A piece the step calls for, shown by `<jobspor-conversation>`: `time` (the agreed
        /// time), `abc-plan` (a `<jobspor-abc-plan>` child), `cv-prompts`, `agreements` (SMART-
        /// checked), `next-focus`, `agreements-review`. Unknown values are kept and ignored.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub embed: Option<String>,
    }

    /// One prompt: what to say, ask or keep in mind, with its source.
    #[serde(default)]
    pub struct GuidePrompt {
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub kind: GuidePromptKind,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub text: Text,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub source: String,
    }

    /// A technique (GameMaster, UGU): its parts, each a step with prompts.
    #[serde(default)]
    pub struct Technique {
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub id: String,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub title: Text,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub source: String,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub parts: Vec<Step>,
    }

    /// What was said and agreed in one conversation: the input of [`summarise`].
    #[serde(default)]
    pub struct ConversationRecord {
        /// The guide followed (its id).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub guide: String,
        /// The date (`YYYY-MM-DD`).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub date: Option<String>,
        /// The agreed time, in minutes.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub minutes_agreed: Option<u32>,
        /// The time used, in minutes.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub minutes_used: Option<u32>,
        /// Short notes per step.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub notes: Vec<StepNote>,
        /// The agreements written at Afrunding og aftaler, in order.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub agreements: Vec<Agreement>,
        /// The focus of the next conversation ("plan B").
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub next_focus: String,
        /// The next conversation's date (`YYYY-MM-DD`): "frem til næste samtale" resolves to it.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub next_meeting: Option<String>,
    }

    /// A note on one step.
    #[serde(default)]
    pub struct StepNote {
        /// `phase-id/step-id`.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub step: String,
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub note: String,
    }

    /// One agreement: what, and who does it.
    #[serde(default, rename = "ConversationAgreement")]
    pub struct Agreement {
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub text: String,
        /// Who does it (default: the citizen).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub who: Option<Who>,
    }

    /// The summary's configuration.
    #[serde(default, rename = "ConversationSummaryConfig")]
    pub struct SummaryConfig {
        /// Today (`YYYY-MM-DD`) for the SMART check's dates (the JS API: the current date).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub today: Option<String>,
    }
}

contract_enum! {
    /// What a prompt is.
    pub enum GuidePromptKind {
        /// A question to ask.
        Question,
        /// An item to cover (agenda, roles).
        Item,
        /// A model phrasing (GameMaster's "Formuleringer").
        Phrasing,
        /// A point of attention for the caseworker.
        Attention,
    }
}

impl Default for GuidePromptKind {
    fn default() -> Self {
        GuidePromptKind::Item
    }
}

output! {
    /// The summary for Min Plan and the host's case system.
    pub struct ConversationSummary {
        pub guide: String,
        pub date: Option<String>,
        pub minutes_agreed: Option<u32>,
        pub minutes_used: Option<u32>,
        /// The notes that have text.
        pub notes: Vec<StepNote>,
        /// The agreements, each with its SMART result.
        pub agreements: Vec<AgreementResult>,
        /// How many agreements meet all five SMART criteria.
        pub smart_agreements: usize,
        pub next_focus: String,
        pub next_meeting: Option<String>,
        /// Who does what: the agreements grouped by who (borger first).
        pub who_does_what: Vec<WhoDoesWhat>,
    }

    /// One agreement and its SMART check.
    pub struct AgreementResult {
        pub index: usize,
        pub text: String,
        pub who: Who,
        pub smart: SmartResult,
    }

    /// One party's agreements.
    pub struct WhoDoesWhat {
        pub who: Who,
        pub name: Text,
        /// The agreements' indexes.
        pub agreements: Vec<usize>,
    }
}

/// The longest text of one field, in UTF-8 bytes.
pub const MAX_TEXT_BYTES: usize = 10_000;
/// The most entries of one list (guides, phases, steps, prompts, notes, agreements).
pub const MAX_ENTRIES: usize = 200;

fn text(value: &str, path: &str) -> Result<(), InputError> {
    if value.len() > MAX_TEXT_BYTES {
        return Err(InputError::new(path, format!("is too long: {} bytes, at most {MAX_TEXT_BYTES}", value.len()), format!("er for lang: {} byte, højst {MAX_TEXT_BYTES}", value.len())));
    }
    Ok(())
}

fn list(len: usize, path: &str) -> Result<(), InputError> {
    if len > MAX_ENTRIES {
        return Err(InputError::new(path, format!("has {len} entries; at most {MAX_ENTRIES} are read"), format!("har {len} linjer; der læses højst {MAX_ENTRIES}")));
    }
    Ok(())
}

fn id(value: &str, path: &str) -> Result<(), InputError> {
    if value.is_empty() || value.len() > 64 || !value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return Err(InputError::new(path, "must be an id of a-z, 0-9 and -, 1–64 characters", "skal være et id af a-z, 0-9 og -, 1–64 tegn"));
    }
    Ok(())
}

fn bilingual(t: &Text, path: &str) -> Result<(), InputError> {
    if !crate::text::filled(&t.da) {
        return Err(InputError::new(format!("{path}.da"), "must not be empty", "må ikke være tom"));
    }
    text(&t.da, &format!("{path}.da"))?;
    text(&t.en, &format!("{path}.en"))
}

fn prompt(p: &GuidePrompt, path: &str) -> Result<(), InputError> {
    bilingual(&p.text, &format!("{path}.text"))?;
    text(&p.source, &format!("{path}.source"))
}

fn step(s: &Step, path: &str) -> Result<(), InputError> {
    id(&s.id, &format!("{path}.id"))?;
    bilingual(&s.title, &format!("{path}.title"))?;
    text(&s.source, &format!("{path}.source"))?;
    list(s.prompts.len(), &format!("{path}.prompts"))?;
    for (i, p) in s.prompts.iter().enumerate() {
        prompt(p, &format!("{path}.prompts[{i}]"))?;
    }
    Ok(())
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>, path: &str) -> Result<(), InputError> {
    let mut seen = std::collections::HashSet::new();
    for (i, v) in ids.enumerate() {
        if !seen.insert(v) {
            return Err(InputError::new(format!("{path}[{i}].id"), format!("repeats the id {v:?}"), format!("gentager id'et {v:?}")));
        }
    }
    Ok(())
}

impl Technique {
    fn validate(&self, path: &str) -> Result<(), InputError> {
        list(self.parts.len(), &format!("{path}.parts"))?;
        for (i, s) in self.parts.iter().enumerate() {
            step(s, &format!("{path}.parts[{i}]"))?;
        }
        unique(self.parts.iter().map(|s| s.id.as_str()), &format!("{path}.parts"))
    }
}

impl ConversationGuides {
    /// Ids, titles, lengths and uniqueness, naming the path of the first problem.
    pub fn validate(&self) -> Result<(), InputError> {
        if self.guides.is_empty() {
            return Err(InputError::new("guides", "must have at least one guide", "skal have mindst én guide"));
        }
        list(self.guides.len(), "guides")?;
        for (g, guide) in self.guides.iter().enumerate() {
            let gp = format!("guides[{g}]");
            id(&guide.id, &format!("{gp}.id"))?;
            bilingual(&guide.title, &format!("{gp}.title"))?;
            text(&guide.source, &format!("{gp}.source"))?;
            if guide.minutes.is_some_and(|m| !(1..=600).contains(&m)) {
                return Err(InputError::new(format!("{gp}.minutes"), "must be from 1 to 600 minutes", "skal være fra 1 til 600 minutter"));
            }
            if guide.phases.is_empty() {
                return Err(InputError::new(format!("{gp}.phases"), "must have at least one phase", "skal have mindst én fase"));
            }
            list(guide.phases.len(), &format!("{gp}.phases"))?;
            for (p, phase) in guide.phases.iter().enumerate() {
                let pp = format!("{gp}.phases[{p}]");
                id(&phase.id, &format!("{pp}.id"))?;
                bilingual(&phase.title, &format!("{pp}.title"))?;
                text(&phase.source, &format!("{pp}.source"))?;
                if let Some(purpose) = &phase.purpose {
                    prompt(purpose, &format!("{pp}.purpose"))?;
                }
                list(phase.steps.len(), &format!("{pp}.steps"))?;
                for (s, st) in phase.steps.iter().enumerate() {
                    step(st, &format!("{pp}.steps[{s}]"))?;
                }
                unique(phase.steps.iter().map(|s| s.id.as_str()), &format!("{pp}.steps"))?;
                list(phase.attention.len(), &format!("{pp}.attention"))?;
                for (a, at) in phase.attention.iter().enumerate() {
                    prompt(at, &format!("{pp}.attention[{a}]"))?;
                }
            }
            unique(guide.phases.iter().map(|p| p.id.as_str()), &format!("{gp}.phases"))?;
        }
        unique(self.guides.iter().map(|g| g.id.as_str()), "guides")?;
        self.gamemaster.validate("gamemaster")?;
        self.ugu.validate("ugu")
    }

    /// A guide by id.
    pub fn guide(&self, id: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.id == id)
    }
}

const GUIDES: Noun = Noun::new("the guides", "guiderne");
const RECORD: Noun = Noun::new("the conversation", "samtalen");
const CONFIG: Noun = Noun::new("the configuration", "konfigurationen");

/// Reads and validates a host's guides (JSON, the contract of [`ConversationGuides`]).
pub fn parse_guides(json: &str) -> Result<ConversationGuides, InputError> {
    let g: ConversationGuides = parse_object(json, GUIDES)?;
    crate::error::refuse_arrays(
        json,
        &[""],
        &[
            "guides[]",
            "guides[].title",
            "guides[].phases[]",
            "guides[].phases[].title",
            "guides[].phases[].purpose",
            "guides[].phases[].steps[]",
            "guides[].phases[].steps[].title",
            "guides[].phases[].steps[].prompts[]",
            "guides[].phases[].attention[]",
            "gamemaster",
            "ugu",
        ],
    )?;
    g.validate()?;
    Ok(g)
}

/// The seeds' guides (first conversation, later conversations, seed 002's guide; GameMaster and
/// UGU).
pub fn default_guides() -> ConversationGuides {
    // The shipped data is checked by the tests; a broken file would be a build defect.
    serde_json::from_str(DEFAULT_GUIDES_JSON).unwrap_or_default()
}

impl ConversationRecord {
    pub fn validate(&self) -> Result<(), InputError> {
        use crate::progress::date_field;
        text(&self.guide, "guide")?;
        date_field(self.date.as_deref(), "date")?;
        date_field(self.next_meeting.as_deref(), "next_meeting")?;
        list(self.notes.len(), "notes")?;
        for (i, n) in self.notes.iter().enumerate() {
            text(&n.step, &format!("notes[{i}].step"))?;
            text(&n.note, &format!("notes[{i}].note"))?;
        }
        list(self.agreements.len(), "agreements")?;
        for (i, a) in self.agreements.iter().enumerate() {
            text(&a.text, &format!("agreements[{i}].text"))?;
        }
        text(&self.next_focus, "next_focus")
    }
}

/// Reads and validates a conversation's record (JSON).
pub fn parse_record(json: &str) -> Result<ConversationRecord, InputError> {
    let r: ConversationRecord = parse_object(json, RECORD)?;
    crate::error::refuse_arrays(json, &[""], &["notes[]", "agreements[]"])?;
    r.validate()?;
    Ok(r)
}

/// Reads and validates the summary's configuration (JSON).
pub fn parse_summary_config(json: &str) -> Result<SummaryConfig, InputError> {
    let c: SummaryConfig = parse_object(json, CONFIG)?;
    crate::progress::date_field(c.today.as_deref(), "today")?;
    Ok(c)
}

crate::common::check_json! {
    /// [`summarise`] from JSON.
    summarise_json(record, config) -> ConversationSummary = parse_record, parse_summary_config => summarise;
}

/// The summary: the agreements that have text, SMART-checked together (a shared "frem til næste
/// samtale" carries, [`crate::smart::check_agreements`]), who does what, the notes with text.
pub fn summarise(record: &ConversationRecord, config: &SummaryConfig) -> ConversationSummary {
    let options = SmartOptions { today: config.today.clone(), next_meeting: record.next_meeting.clone(), ..SmartOptions::default() };
    let written: Vec<&Agreement> = record.agreements.iter().filter(|a| crate::text::filled(&a.text)).collect();
    let texts: Vec<&str> = written.iter().map(|a| a.text.trim()).collect();
    let results = crate::smart::check_agreements(&texts, &options);
    let agreements: Vec<AgreementResult> = written
        .iter()
        .zip(results)
        .enumerate()
        .map(|(i, (a, smart))| AgreementResult { index: i, text: a.text.trim().to_string(), who: a.who.unwrap_or(Who::Borger), smart })
        .collect();
    let who_does_what = [Who::Borger, Who::Jobcenter, Who::AKasse]
        .into_iter()
        .map(|w| WhoDoesWhat { who: w, name: w.text(), agreements: agreements.iter().filter(|a| a.who == w).map(|a| a.index).collect() })
        .filter(|w| !w.agreements.is_empty())
        .collect();
    ConversationSummary {
        guide: record.guide.clone(),
        date: record.date.clone(),
        minutes_agreed: record.minutes_agreed,
        minutes_used: record.minutes_used,
        notes: record.notes.iter().filter(|n| crate::text::filled(&n.note)).cloned().collect(),
        smart_agreements: agreements.iter().filter(|a| a.smart.met == 5).count(),
        agreements,
        next_focus: record.next_focus.trim().to_string(),
        next_meeting: record.next_meeting.clone(),
        who_does_what,
    }
}

#[cfg(test)]
mod tests;
