//! The gross list (bruttoliste): every CV of a folder or a portal judged by one job order, the
//! ones the search finds first, and for each mandatory criterion how many CVs it hides.
//!
//! ## Order
//! Found CVs by `rank_score` (highest first), then the hidden ones: first those with the right
//! occupation that miss a criterion (fewest criteria missed first, then by `rank_score`), then the
//! wrong occupation, then those Jobnet can't find at all. Ties keep the input order.
//!
//! ## hidden_by
//! For each mandatory criterion the search uses – every mandatory requirement it can judge, and
//! the municipality limit (requirement `null`) – among the CVs that are searchable and have the
//! right occupation: `hidden`, how many miss it, and `only_this`, how many miss only it – the
//! CVs the search would find if the company relaxed that one requirement (made it nice to have).
//! CVs with the wrong occupation or not searchable are counted in `totals`, not here: relaxing a
//! requirement doesn't bring them in.

use super::model::JobOrder;
use super::search::{MatchKind, MatchOptions, Matcher, NiceToHave, Outcome, Scratch};
use crate::cv::model::Cv;

crate::rules::output! {
    /// The gross list of a job order over many CVs.
    pub struct RankResult {
        /// Counts over all CVs.
        pub totals: RankTotals,
        /// Every CV, found ones first (see the docs for the order).
        pub gross_list: Vec<RankEntry>,
        /// Per mandatory criterion: how many CVs it hides, and how many it alone hides.
        pub hidden_by: Vec<HiddenBy>,
    }

    /// Counts over all CVs.
    pub struct RankTotals {
        /// CVs ranked.
        pub cvs: u32,
        /// Found by the search.
        pub found: u32,
        /// Not searchable by Jobnet's own rule (never found).
        pub not_searchable: u32,
        /// Searchable, but no "jeg søger job som" with the order's occupation.
        pub wrong_occupation: u32,
        /// Searchable with the right occupation, but hidden by a mandatory requirement or the
        /// municipality limit.
        pub hidden_by_criteria: u32,
    }

    /// One CV in the gross list.
    pub struct RankEntry {
        /// Index of the CV in the input.
        pub index: usize,
        /// The CV's name when the caller gave one (the CLI: the file name); else `null`.
        #[cfg_attr(feature = "ts", tsify(type = "string | null"))]
        pub id: Option<String>,
        pub found: bool,
        /// 0–100, see `MatchResult.rank_score`.
        pub rank_score: u8,
        pub nice_to_have: NiceToHave,
        /// What hides the CV (empty when found): `cv_not_searchable`, `occupation`,
        /// `municipality` and each mandatory requirement it misses.
        pub blocking: Vec<BlockRef>,
    }

    /// A criterion that hides a CV.
    pub struct BlockRef {
        /// Index into the order's `requirements`; `null` for the CV's searchability, the
        /// occupation and the municipality.
        #[cfg_attr(feature = "ts", tsify(type = "number | null"))]
        pub requirement: Option<usize>,
        pub kind: MatchKind,
    }

    /// How many CVs one mandatory criterion hides.
    pub struct HiddenBy {
        /// Index into the order's `requirements`; `null` for the municipality limit.
        #[cfg_attr(feature = "ts", tsify(type = "number | null"))]
        pub requirement: Option<usize>,
        pub kind: MatchKind,
        /// The requirement's value as written (for the municipality: the codes).
        pub value: String,
        /// Searchable CVs with the right occupation that miss it.
        pub hidden: u32,
        /// Of those, the ones that miss nothing else: found if this were nice to have.
        pub only_this: u32,
    }
}

/// Ranks CVs against a job order: the gross list with `hidden_by` and the totals. Entries have no
/// `id`; a caller that names its CVs sets `gross_list[k].id` from `index`.
pub fn rank_cvs(cvs: &[Cv], order: &JobOrder, options: &MatchOptions) -> RankResult {
    let m = Matcher::new(order, options);
    let mandatory: Vec<usize> = m.mandatory_indices().collect();
    let mut hidden_by: Vec<HiddenBy> = mandatory
        .iter()
        .map(|&i| {
            let r = &order.requirements[i];
            HiddenBy { requirement: Some(i), kind: r.kind.into(), value: r.value_text(), hidden: 0, only_this: 0 }
        })
        .collect();
    if m.limits_municipality() {
        let codes = order.location.search_municipalities.iter().map(|c| c.trim()).collect::<Vec<_>>().join(", ");
        hidden_by.push(HiddenBy { requirement: None, kind: MatchKind::Municipality, value: codes, hidden: 0, only_this: 0 });
    }
    let mut totals = RankTotals { cvs: cvs.len() as u32, found: 0, not_searchable: 0, wrong_occupation: 0, hidden_by_criteria: 0 };
    let mut scratch = Scratch::default();
    // (group, criteria missed, entry); group 0 found, 1 right occupation, 2 wrong occupation, 3 not searchable.
    let mut rows: Vec<(u8, u32, RankEntry)> = Vec::with_capacity(cvs.len());
    for (index, cv) in cvs.iter().enumerate() {
        let o: Outcome = m.evaluate(cv, &mut scratch);
        let mut blocking = Vec::new();
        if !o.searchable {
            blocking.push(BlockRef { requirement: None, kind: MatchKind::CvNotSearchable });
        }
        if !o.occupation {
            blocking.push(BlockRef { requirement: None, kind: MatchKind::Occupation });
        }
        if o.municipality == Some(false) {
            blocking.push(BlockRef { requirement: None, kind: MatchKind::Municipality });
        }
        for (h, &i) in mandatory.iter().enumerate() {
            if scratch.met[i] == Some(false) {
                blocking.push(BlockRef { requirement: Some(i), kind: order.requirements[i].kind.into() });
                if o.searchable && o.occupation {
                    hidden_by[h].hidden += 1;
                }
            }
        }
        let missed = o.failed + u32::from(o.municipality == Some(false));
        let group = if o.found() {
            totals.found += 1;
            0
        } else if !o.searchable {
            totals.not_searchable += 1;
            3
        } else if !o.occupation {
            totals.wrong_occupation += 1;
            2
        } else {
            totals.hidden_by_criteria += 1;
            if missed == 1 {
                let only = match blocking.last() {
                    Some(BlockRef { requirement: Some(i), .. }) => mandatory.iter().position(|x| x == i),
                    _ => Some(mandatory.len()), // the municipality entry
                };
                if let Some(h) = only.and_then(|h| hidden_by.get_mut(h)) {
                    h.only_this += 1;
                }
            }
            1
        };
        if group == 1 && o.municipality == Some(false) {
            if let Some(h) = hidden_by.last_mut().filter(|h| h.requirement.is_none()) {
                h.hidden += 1;
            }
        }
        let entry = RankEntry {
            index,
            id: None,
            found: group == 0,
            rank_score: o.rank_score,
            nice_to_have: NiceToHave { matched: o.nice_matched, total: o.nice_total },
            blocking,
        };
        rows.push((group, missed, entry));
    }
    // Stable: ties keep the input order.
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| if a.0 == 1 { a.1.cmp(&b.1) } else { std::cmp::Ordering::Equal }).then_with(|| b.2.rank_score.cmp(&a.2.rank_score))
    });
    RankResult { totals, gross_list: rows.into_iter().map(|r| r.2).collect(), hidden_by }
}
