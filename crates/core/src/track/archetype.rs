//! The nearest local archetype (seed 004: "Arketyper – en tidlig og differentieret indsats").
//!
//! ## Distance
//! Each archetype is a set of indicators A; the person is the set P of indicators that apply
//! to them, restricted to the indicators any configured archetype names (an indicator no
//! archetype mentions says nothing about which archetype is nearest). The similarity is the
//! Jaccard index |A ∩ P| / |A ∪ P| (1 = the same indicators, 0 = none in common), the distance
//! 1 − similarity. The nearest archetype has the highest similarity; ties go to the archetype
//! configured first. With no indicator in common with any archetype there is no nearest one.

use super::config::Archetype;
use super::indicators::TrackIndicator;
use serde::{Deserialize, Serialize};

/// The archetype nearest to the person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ArchetypeMatch {
    /// The archetype's name as configured.
    pub name: String,
    pub description: String,
    /// The recommended early effort, as configured.
    pub early_effort: String,
    /// Jaccard similarity, 0–1 (two decimals).
    pub similarity: f64,
    /// The archetype's indicators that apply to the person.
    pub matched: Vec<TrackIndicator>,
    /// The archetype's indicators that do not.
    pub missing: Vec<TrackIndicator>,
}

pub(crate) fn nearest(archetypes: &[Archetype], present: &[TrackIndicator]) -> Option<ArchetypeMatch> {
    let named = |i: &TrackIndicator| archetypes.iter().any(|a| a.indicators.contains(i));
    let person: Vec<TrackIndicator> = present.iter().copied().filter(named).collect();
    let mut best: Option<(f64, &Archetype)> = None;
    for a in archetypes {
        let mut set = a.indicators.clone();
        set.sort();
        set.dedup();
        let common = set.iter().filter(|i| person.contains(i)).count();
        let union = set.len() + person.len() - common;
        let sim = if union == 0 { 0.0 } else { common as f64 / union as f64 };
        if sim > 0.0 && best.is_none_or(|(b, _)| sim > b) {
            best = Some((sim, a));
        }
    }
    best.map(|(sim, a)| {
        let mut set: Vec<TrackIndicator> = Vec::new();
        for i in &a.indicators {
            if !set.contains(i) {
                set.push(*i);
            }
        }
        let (matched, missing): (Vec<_>, Vec<_>) = set.into_iter().partition(|i| person.contains(i));
        ArchetypeMatch {
            name: a.name.trim().to_string(),
            description: a.description.trim().to_string(),
            early_effort: a.early_effort.trim().to_string(),
            similarity: (sim * 100.0).round() / 100.0,
            matched,
            missing,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use TrackIndicator::*;

    fn a(name: &str, ind: &[TrackIndicator]) -> Archetype {
        Archetype { name: name.into(), indicators: ind.to_vec(), ..Default::default() }
    }

    #[test]
    fn jaccard_over_the_named_indicators_ties_to_the_first() {
        let list = [a("A", &[AgeOverThreshold, UnwillingToChangeTrade]), a("B", &[Unskilled, ShortOrNoExperience, NoNetwork])];
        // NoNetwork and HardBehaviour: HardBehaviour is named by no archetype and is ignored.
        let m = nearest(&list, &[NoNetwork, HardBehaviour, Unskilled]).unwrap();
        assert_eq!(m.name, "B");
        assert_eq!(m.similarity, 0.67);
        assert_eq!(m.matched, vec![Unskilled, NoNetwork]);
        assert_eq!(m.missing, vec![ShortOrNoExperience]);
        // One in common with each: A = 1/3 (A has 2, person 2 named), B = 1/4.
        let m = nearest(&list, &[AgeOverThreshold, NoNetwork]).unwrap();
        assert_eq!((m.name.as_str(), m.similarity), ("A", 0.33));
        // Tie: the first configured wins.
        let tie = [a("X", &[NoNetwork]), a("Y", &[NoNetwork])];
        assert_eq!(nearest(&tie, &[NoNetwork]).unwrap().name, "X");
        assert!(nearest(&list, &[HardBehaviour]).is_none());
        assert!(nearest(&[], &[NoNetwork]).is_none());
    }
}
