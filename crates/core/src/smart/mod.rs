//! The SMART check: is a job goal (jobmål) or an agreement (aftale) **S**pecifik, **M**ålbar,
//! **A**ttraktiv, **R**ealistisk and **T**idsbestemt? DOMAIN.md §3; seed 003 §3.3, §5.2, §5.3;
//! seed 002 §6.2.
//!
//! [`check_smart`] analyses one text with a small Danish analyser of its own (see `analyse`), runs
//! the rules in [`rules::RULES`], and gives each criterion a verdict (`met`, `partly`, `missing`),
//! the words that carry it, a message and a concrete suggestion. A criterion's verdict is the worst
//! verdict of the rules that fired for it; `rules` lists them.
//!
//! ## Offsets
//! Evidence ranges are in the unit [`SmartOptions::offsets`] asks for: Unicode scalar values by
//! default (the CLI), UTF-16 code units in the JS API (so `text.slice(start, end)` works), or
//! UTF-8 bytes. The result says which in `offsets`.

mod analyse;
pub mod config;
/// Dates, at their old path (`smart::date::Date`).
pub use crate::common::date;
pub mod model;
pub mod rules;

pub use config::{ExtraVocabulary, SmartOptions};
pub use date::Date;
pub use model::{Criteria, Criterion, CriterionResult, Evidence, FiredRule, Kind, OffsetUnit, SharedTime, SmartResult, Verdict};

use crate::lexicon::tokens::OffsetMap;
use crate::{InputError, Text};
use analyse::{Analysis, Span};
use rules::{Outcome, RULES};

/// The longest text [`check_smart_json`] takes, in UTF-8 bytes (2 MiB: a goal or an agreement
/// is a few lines; a pasted document is refused as input error `text` instead of taking seconds).
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

/// Refuses a text over [`MAX_TEXT_BYTES`] (input error `text`): every host calls it before
/// [`check_smart`] on text from outside ([`check_smart_json`] does).
pub fn check_text_length(text: &str) -> Result<(), InputError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(InputError::new(
            "text",
            format!("the text is too long: {} bytes, at most {MAX_TEXT_BYTES} (2 MiB)", text.len()),
            format!("teksten er for lang: {} byte, højst {MAX_TEXT_BYTES} (2 MiB)", text.len()),
        ));
    }
    Ok(())
}

/// Parses SMART options from JSON (every field optional), naming the path of the first problem.
pub fn parse_options(json: &str) -> Result<SmartOptions, InputError> {
    let trimmed = json.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if !trimmed.is_empty() && !trimmed.starts_with('{') && serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok() {
        return Err(InputError::new(
            "",
            "the options must be a JSON object ({ … })",
            "indstillingerne skal være et JSON-objekt ({ … })",
        ));
    }
    let opts: SmartOptions = InputError::parse_json("the options", json)?;
    crate::error::refuse_arrays(json, &[""], &["vocabulary"])?;
    opts.validate()?;
    Ok(opts)
}

/// Checks a text with options given as JSON (`None` or empty for the defaults).
pub fn check_smart_json(text: &str, options: Option<&str>) -> Result<SmartResult, InputError> {
    check_text_length(text)?;
    let options = crate::common::config_or_default(options, parse_options)?;
    Ok(check_smart(text, &options))
}

/// Checks one goal or agreement. Never panics; linear in the text's length. Options are used as
/// given: call [`SmartOptions::validate`] first for input from outside (invalid dates are ignored).
pub fn check_smart(text: &str, options: &SmartOptions) -> SmartResult {
    let a = Analysis::new(text, options);
    let mut criteria: Vec<(Criterion, Verdict, Vec<(Span, &'static str)>, Text, Text, Vec<FiredRule>)> = Vec::new();
    for c in Criterion::ALL {
        let mut fired: Vec<(&'static rules::RuleMeta, Outcome)> = Vec::new();
        for rule in RULES {
            let m = rule.meta();
            if m.criterion != c || !m.applies.includes(options.kind) || options.is_disabled(m.code) {
                continue;
            }
            if let Some(o) = (rule.run)(&a, options) {
                fired.push((m, o));
            }
        }
        let verdict = fired.iter().map(|(_, o)| o.verdict).min().unwrap_or(Verdict::Missing);
        // The deciding rule speaks: the first with the worst verdict in code order, except that a
        // hedge (SM105) yields to a structural problem with the same verdict.
        let decider = fired
            .iter()
            .enumerate()
            .filter(|(_, (_, o))| o.verdict == verdict)
            .min_by_key(|(_, (m, _))| m.code == "SM105")
            .map(|(i, _)| i);
        let (message, suggestion) = match decider {
            Some(d) => (fired[d].1.message.clone(), std::mem::replace(&mut fired[d].1.suggestion, Text::new("", ""))),
            None => (
                Text::new("Ingen regel kunne vurdere kriteriet.", "No rule could judge this criterion."),
                Text::new("Slå reglerne for kriteriet til igen.", "Switch the criterion's rules back on."),
            ),
        };
        let mut evidence: Vec<(Span, &'static str)> = fired.iter().flat_map(|(_, o)| o.evidence.iter().copied()).collect();
        evidence.sort();
        evidence.dedup_by(|x, y| x.0 == y.0);
        evidence.truncate(options.max_evidence);
        let rules = fired
            .into_iter()
            .map(|(m, o)| FiredRule { code: m.code.into(), name: m.name.into(), verdict: o.verdict, message: o.message })
            .collect();
        criteria.push((c, verdict, evidence, message, suggestion, rules));
    }

    let offsets = options.offsets;
    let map = OffsetMap::new(
        text,
        criteria.iter().flat_map(|c| c.2.iter().flat_map(|(s, _)| [s.start, s.end])).collect(),
    );
    let to_unit = |b: usize| match offsets {
        OffsetUnit::Utf8 => b,
        OffsetUnit::Unicode => map.chars(b),
        OffsetUnit::Utf16 => map.utf16(b),
    };
    let mut results = criteria.into_iter().map(|(_, verdict, evidence, message, suggestion, rules)| CriterionResult {
        verdict,
        evidence: evidence
            .into_iter()
            .map(|(s, what)| Evidence {
                start: to_unit(s.start),
                end: to_unit(s.end),
                text: text.get(s.start..s.end).unwrap_or("").to_string(),
                feature: what.to_string(),
                against: counts_against(what),
            })
            .collect(),
        message,
        suggestion,
        rules,
    });
    let mut next = || results.next().expect("five criteria");
    let criteria = Criteria { specific: next(), measurable: next(), attractive: next(), realistic: next(), time_bound: next() };
    let met = Criterion::ALL.iter().filter(|c| criteria.get(**c).verdict == Verdict::Met).count() as u8;
    SmartResult {
        kind: options.kind,
        met,
        deadline: a.deadline().map(|d| d.to_string()),
        criteria,
        offsets,
        today: a.today.map(|d| d.to_string()),
        shared_time: None,
    }
}

/// Whether evidence of this `feature` speaks against its criterion (`Evidence::against`).
pub fn counts_against(feature: &str) -> bool {
    matches!(feature, "hedge" | "vague_amount" | "vague_time" | "external_motive" | "outcome")
}

/// Offsets of `text` in `unit` as byte offsets, in the order given (one pass over the text). An
/// offset inside a character (half a UTF-16 surrogate pair) moves to that character's end; one
/// past the end, to the end.
pub fn offsets_to_bytes(text: &str, unit: OffsetUnit, offsets: &[usize]) -> Vec<usize> {
    let width = |c: char| match unit {
        OffsetUnit::Unicode => 1,
        OffsetUnit::Utf16 => c.len_utf16(),
        OffsetUnit::Utf8 => c.len_utf8(),
    };
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![text.len(); offsets.len()];
    let mut chars = text.chars();
    let (mut at, mut byte) = (0usize, 0usize);
    for i in order {
        while at < offsets[i] {
            let Some(c) = chars.next() else { break };
            at += width(c);
            byte += c.len_utf8();
        }
        out[i] = byte;
    }
    out
}

impl SmartResult {
    /// The same result with every evidence offset in `unit`: UTF-8 bytes for a renderer that
    /// slices the Rust string, UTF-16 units for JavaScript. `text` is the text it was checked on.
    pub fn with_offsets(&self, text: &str, unit: OffsetUnit) -> SmartResult {
        let mut r = self.clone();
        let c = &mut r.criteria;
        let mut all = [&mut c.specific, &mut c.measurable, &mut c.attractive, &mut c.realistic, &mut c.time_bound];
        let offsets: Vec<usize> = all.iter().flat_map(|c| c.evidence.iter().flat_map(|e| [e.start, e.end])).collect();
        let bytes = offsets_to_bytes(text, self.offsets, &offsets);
        let map = OffsetMap::new(text, bytes.clone());
        let mut next = bytes.into_iter().map(|b| match unit {
            OffsetUnit::Utf8 => b,
            OffsetUnit::Unicode => map.chars(b),
            OffsetUnit::Utf16 => map.utf16(b),
        });
        for c in all.iter_mut() {
            for e in &mut c.evidence {
                e.start = next.next().unwrap_or(e.start);
                e.end = next.next().unwrap_or(e.end);
            }
        }
        r.offsets = unit;
        r
    }
}

/// Checks a list of agreements made together (under one "Aftalen er:", seed 003 §5.3). Each item
/// is checked on its own, except that a shared time frame – "frem til næste samtale" (a meeting
/// anchor) – carries to the items below it that state no time of their own: their Tidsbestemt is
/// met, with `shared_time` naming the item it comes from. A specific date or weekday ("på
/// mandag") belongs to its own item and does not carry.
pub fn check_agreements(items: &[&str], options: &SmartOptions) -> Vec<SmartResult> {
    let mut frame: Option<(usize, String, Option<String>)> = None;
    let mut out = Vec::with_capacity(items.len());
    for (i, text) in items.iter().enumerate() {
        let mut r = check_smart(text, options);
        let own = r.criteria.time_bound.rules.iter().any(|x| x.code == "SM501");
        if let Some(e) = r.criteria.time_bound.evidence.iter().find(|e| e.feature == "meeting").filter(|_| own) {
            frame = Some((i, e.text.clone(), r.deadline.clone()));
        } else if r.criteria.time_bound.verdict == Verdict::Missing && r.criteria.time_bound.rules.iter().all(|x| x.code == "SM505") {
            // Only an item that states no time at all ("snart" is a time of its own, too vague).
            if let Some((from, words, deadline)) = &frame {
                let tb = &mut r.criteria.time_bound;
                tb.verdict = Verdict::Met;
                tb.message = Text::new(
                    format!("Den fælles tidsramme fra aftale {} gælder også her: \"{words}\".", from + 1),
                    format!("The shared time frame of agreement {} applies here too: \"{words}\".", from + 1),
                );
                tb.suggestion = Text::new("Behold den fælles tidsramme.", "Keep the shared time frame.");
                r.deadline = deadline.clone();
                r.met = Criterion::ALL.iter().filter(|c| r.criteria.get(**c).verdict == Verdict::Met).count() as u8;
                r.shared_time = Some(SharedTime { from_item: *from, text: words.clone() });
            }
        }
        out.push(r);
    }
    out
}

/// [`check_agreements`] with options given as JSON (`None` or empty for the defaults).
pub fn check_agreements_json(items: &[&str], options: Option<&str>) -> Result<Vec<SmartResult>, InputError> {
    for text in items {
        check_text_length(text)?;
    }
    let options = crate::common::config_or_default(options, parse_options)?;
    Ok(check_agreements(items, &options))
}

/// What the SMART check's time parser finds in a short text, such as the "when" of an ABC job
/// plan's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeInText {
    /// A time one can follow up on: a point in time ("den 15. maj", "uge 12", "frem til næste
    /// samtale", "inden for 3 måneder") or a recurring time ("hver uge").
    pub followable: bool,
    /// Only a loose or vague time ("til sommer", "hurtigst muligt", "på sigt").
    pub vague: bool,
    /// The deadline resolved against `today`: the earliest point in time (see
    /// [`SmartResult::deadline`]).
    pub deadline: Option<Date>,
}

/// Finds the time a short text names, resolved against `today` (`None`: dates that need today,
/// like "på mandag", stay unresolved but still count). Runs only the time scan of the analyser.
pub fn find_time(text: &str, today: Option<Date>) -> TimeInText {
    let options = SmartOptions { today: today.map(|d| d.to_string()), ..SmartOptions::default() };
    let a = Analysis::times_only(text, &options);
    let followable = a.times.iter().any(|t| t.kind.is_deadline() || t.kind == analyse::TimeKind::Recurring);
    TimeInText { followable, vague: !followable && !a.times.is_empty(), deadline: a.deadline() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(kind: Kind) -> SmartOptions {
        SmartOptions {
            kind,
            today: Some("2026-05-06".into()),
            next_meeting: Some("2026-05-27".into()),
            ..SmartOptions::default()
        }
    }

    #[test]
    fn seed_model_agreements_get_five_of_five() {
        for text in [
            "At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.",
            "På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.",
        ] {
            let r = check_smart(text, &opts(Kind::Agreement));
            assert_eq!(r.met, 5, "{text}: {r:#?}");
        }
    }

    #[test]
    fn find_time_resolves_against_today() {
        let today = Date::parse("2026-05-06");
        let t = find_time("senest den 15. maj", today);
        assert!(t.followable && !t.vague);
        assert_eq!(t.deadline, Date::parse("2026-05-15"));
        assert!(find_time("hver uge", today).followable);
        assert!(find_time("frem til næste samtale", None).followable);
        let vague = find_time("hurtigst muligt", today);
        assert!(!vague.followable && vague.vague);
        assert_eq!(find_time("når jeg har tid til det", today), TimeInText { followable: false, vague: false, deadline: None });
    }

    #[test]
    fn offsets_in_every_unit() {
        let text = "🙂 Søg job som kok på mandag";
        for (unit, expect) in [(OffsetUnit::Unicode, 2), (OffsetUnit::Utf16, 3), (OffsetUnit::Utf8, 5)] {
            let o = SmartOptions { offsets: unit, ..opts(Kind::Agreement) };
            let r = check_smart(text, &o);
            let e = r.criteria.specific.evidence.iter().find(|e| e.feature == "action").expect("action");
            assert_eq!((e.start, e.text.as_str()), (expect, "Søg"), "{unit:?}");
        }
    }
}
