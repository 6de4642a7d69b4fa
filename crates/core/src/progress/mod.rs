//! Following progress (issue 18): the two follow-up tools of the seeds that were still paper.
//!
//! - [`card`] – the **progression card** (Progressionskort, seed 002 appendix F,
//!   discus-laeringskatalog-matchning.txt:1665–1985, "Eksempel fra Jobcenter Aarhus"): thirteen
//!   items in three groups (personal, professional, social), each scored 5–1 with the seed's
//!   wording for every level, at several dates; totals per date and per group, progress per
//!   item and in total between dates. Check `progress-card`, rules `PC…`.
//! - [`followup`] – the **work-placement follow-up** (Praktikopfølgningsskemaet, seed 003 §4.2
//!   "Progression mod job", frederikshavn-metodehaandbog.txt:872–926): per central task the
//!   employer's score on the 10-point scale, where a new hire would score, the time the citizen
//!   spends, what the citizen must be able to do to be paid for it, the citizen's own score and
//!   an agreement; the gaps and the seed's prompt that applies. Check `placement-followup`,
//!   rules `PF…`.
//!
//! Neither has a CPR field: the citizen's name is free text. See docs/progress.md.

pub mod card;
pub mod followup;

pub use card::{check_progress_card, check_progress_card_json, parse_card, parse_config, ProgressCard, ProgressConfig, ProgressResult};
pub use followup::{check_followup, check_followup_json, parse_followup, PlacementFollowup, FollowupResult};

use crate::common::Date;
use crate::InputError;

contract! {
    /// A period (Tilbudsperiode): from and to, `YYYY-MM-DD`; either may be missing.
    #[serde(default)]
    pub struct Period {
        /// The first day (`YYYY-MM-DD`).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub from: Option<String>,
        /// The last day (`YYYY-MM-DD`).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub to: Option<String>,
    }
}

/// A filled date field must be `YYYY-MM-DD`; blank or missing is allowed (rules notice it).
pub(crate) fn date_field(value: Option<&str>, path: &str) -> Result<Option<Date>, InputError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => Date::parse(v).map(Some).ok_or_else(|| InputError::new(path, "must be a date YYYY-MM-DD", "skal være en dato ÅÅÅÅ-MM-DD")),
    }
}

/// The period's two dates, checked, `to` not before `from`.
pub(crate) fn period_field(p: &Period, path: &str) -> Result<(), InputError> {
    let from = date_field(p.from.as_deref(), &format!("{path}.from"))?;
    let to = date_field(p.to.as_deref(), &format!("{path}.to"))?;
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(InputError::new(format!("{path}.to"), "must not be before from", "må ikke ligge før from"));
        }
    }
    Ok(())
}

/// Hours per week: a number from 0 to 168 when given.
pub(crate) fn hours_field(value: Option<f64>, path: &str) -> Result<(), InputError> {
    match value {
        Some(h) if !(h.is_finite() && (0.0..=168.0).contains(&h)) => {
            Err(InputError::new(path, "must be hours per week from 0 to 168", "skal være timer pr. uge fra 0 til 168"))
        }
        _ => Ok(()),
    }
}

/// A score on a scale `lo..=hi` when given.
pub(crate) fn score_field(value: Option<u8>, lo: u8, hi: u8, path: &str) -> Result<(), InputError> {
    match value {
        Some(s) if !(lo..=hi).contains(&s) => Err(InputError::new(path, format!("must be a whole number from {lo} to {hi}"), format!("skal være et helt tal fra {lo} til {hi}"))),
        _ => Ok(()),
    }
}

/// The most dates (evaluations, visits) and items per date read; more is refused naming the list.
pub const MAX_ENTRIES: usize = 1000;

pub(crate) fn at_most(len: usize, path: &str) -> Result<(), InputError> {
    if len > MAX_ENTRIES {
        return Err(InputError::new(path, format!("has {len} entries; at most {MAX_ENTRIES} are read"), format!("har {len} linjer; der læses højst {MAX_ENTRIES}")));
    }
    Ok(())
}

/// A finding of a missing hours goal (the card's `PC001`, the follow-up's `PF002`).
pub(crate) fn no_hours_goal<X>(meta: &crate::rules::RuleMeta<X>, path: &str, what: crate::Text, out: &mut Vec<crate::rules::Finding>) {
    out.push(meta.finding(
        path,
        crate::Text::new(format!("Der er intet mål for {}.", what.da), format!("There is no goal for {}.", what.en)),
        crate::Text::new(
            format!("Aftal fra dag 1, hvor mange {} forløbet sigter mod, og skriv målet.", what.da),
            format!("Agree from day 1 how many {} the placement aims at, and write the goal down.", what.en),
        ),
    ));
}

#[cfg(test)]
mod tests {
    /// The example inputs of both checks are quiet, and every rule cites a seed line.
    #[test]
    fn the_examples_are_quiet_and_every_rule_cites_a_seed_line() {
        let card = super::card::rules::tests::check_example("{}");
        assert!(card.findings.is_empty(), "{:#?}", card.findings);
        let followup = super::followup::rules::tests::check_example("{}");
        assert!(followup.findings.is_empty(), "{:#?}", followup.findings);
        let sources = super::card::rules::RULES.iter().map(|r| r.meta).chain(super::followup::rules::RULES.iter().map(|r| r.meta));
        for m in sources {
            assert!(m.source.contains(".txt:"), "{} cites no seed line", m.code);
        }
    }
}
