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
use super::view::CvView;
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
    let mut r = Ranker::new(&m);
    for cv in cvs {
        r.push(&m, cv);
    }
    r.finish(order)
}

/// The compact gross list of [`Ranker::finish_compact`]: one entry per CV in gross-list order,
/// as parallel columns (the browser's typed arrays), and no texts.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CompactRank {
    pub totals: RankTotals,
    pub hidden_by: Vec<HiddenBy>,
    /// What each blocking code means: code `k` is `codes[k]` (0 the CV's searchability, 1 the
    /// occupation, 2 the municipality, `3 + i` the order's `requirements[i]`).
    pub codes: Vec<BlockRef>,
    /// The input index of each CV, in gross-list order.
    pub index: Vec<u32>,
    /// 1 when found, else 0.
    pub found: Vec<u8>,
    /// The `rank_score` (0–100).
    pub score: Vec<u8>,
    /// The blocking codes of entry `k` are `blocking[blocking_offsets[k]..blocking_offsets[k + 1]]`.
    pub blocking_offsets: Vec<u32>,
    pub blocking: Vec<u32>,
}

/// Blocking codes of the compact result: the CV isn't searchable, the occupation, the municipality;
/// `CODE_REQUIREMENT + i` is the order's requirement `i`.
pub const CODE_NOT_SEARCHABLE: u32 = 0;
pub const CODE_OCCUPATION: u32 = 1;
pub const CODE_MUNICIPALITY: u32 = 2;
pub const CODE_REQUIREMENT: u32 = 3;

/// One CV of a [`Ranker`]: its group (0 found, 1 right occupation, 2 wrong occupation, 3 not
/// searchable), the criteria it misses, and its blocking codes in the ranker's `codes`.
struct Row {
    group: u8,
    score: u8,
    missed: u32,
    index: u32,
    nice: (u32, u32),
    codes: (u32, u32),
}

/// The gross list built one CV at a time (a stream of CVs, none kept): [`Ranker::push`] each CV
/// with the same [`Matcher`], then [`Ranker::finish`] (the [`RankResult`]) or
/// [`Ranker::finish_compact`]. Keeps about 30 bytes per CV.
pub struct Ranker {
    mandatory: Vec<usize>,
    hidden_by: Vec<HiddenBy>,
    totals: RankTotals,
    rows: Vec<Row>,
    codes: Vec<u32>,
    scratch: Scratch,
    /// The search view of the CV being judged, reused from CV to CV.
    view: CvView,
}

impl Ranker {
    /// An empty gross list for the matcher's order.
    pub fn new(m: &Matcher) -> Ranker {
        let order = m.order();
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
        let totals = RankTotals { cvs: 0, found: 0, not_searchable: 0, wrong_occupation: 0, hidden_by_criteria: 0 };
        Ranker { mandatory, hidden_by, totals, rows: Vec::new(), codes: Vec::new(), scratch: Scratch::default(), view: CvView::default() }
    }

    /// CVs pushed so far.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when no CV was pushed.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Judges the next CV (its index is the number pushed before it). `m` is the matcher the
    /// ranker was made with (or one of the same order and options).
    pub fn push(&mut self, m: &Matcher, cv: &Cv) {
        let mut view = std::mem::take(&mut self.view);
        view.fill(cv);
        self.push_view(m, &view);
        self.view = view;
    }

    /// [`Ranker::push`] of a CV's JSON text read into the search view: `false` (nothing pushed)
    /// when the view refuses the text (see [`CvView::read`]).
    pub(crate) fn push_json(&mut self, m: &Matcher, json: &str) -> bool {
        let mut view = std::mem::take(&mut self.view);
        let read = view.read(json);
        if read {
            self.push_view(m, &view);
        }
        self.view = view;
        read
    }

    /// [`Ranker::push`] of each CV of a JSON array's text read into the search view: `false`
    /// when the view refuses the text – then nothing of it is pushed (the CVs before the one
    /// refused are taken back).
    pub(crate) fn push_array(&mut self, m: &Matcher, json: &str) -> bool {
        let (rows, codes, totals, hidden_by) = (self.rows.len(), self.codes.len(), self.totals.clone(), self.hidden_by.clone());
        let mut view = std::mem::take(&mut self.view);
        let read = view.read_array(json, &mut |v| self.push_view(m, v));
        self.view = view;
        if !read {
            self.rows.truncate(rows);
            self.codes.truncate(codes);
            self.totals = totals;
            self.hidden_by = hidden_by;
        }
        read
    }

    fn push_view(&mut self, m: &Matcher, cv: &CvView) {
        let o: Outcome = m.evaluate(cv, &mut self.scratch);
        let from = self.codes.len() as u32;
        if !o.searchable {
            self.codes.push(CODE_NOT_SEARCHABLE);
        }
        if !o.occupation {
            self.codes.push(CODE_OCCUPATION);
        }
        if o.municipality == Some(false) {
            self.codes.push(CODE_MUNICIPALITY);
        }
        for (h, &i) in self.mandatory.iter().enumerate() {
            if self.scratch.met[i] == Some(false) {
                self.codes.push(CODE_REQUIREMENT + i as u32);
                if o.searchable && o.occupation {
                    self.hidden_by[h].hidden += 1;
                }
            }
        }
        let missed = o.failed + u32::from(o.municipality == Some(false));
        let t = &mut self.totals;
        t.cvs += 1;
        let group = if o.found() {
            t.found += 1;
            0
        } else if !o.searchable {
            t.not_searchable += 1;
            3
        } else if !o.occupation {
            t.wrong_occupation += 1;
            2
        } else {
            t.hidden_by_criteria += 1;
            if missed == 1 {
                let only = match self.codes.last() {
                    Some(&c) if c >= CODE_REQUIREMENT => self.mandatory.iter().position(|&x| x as u32 == c - CODE_REQUIREMENT),
                    _ => Some(self.mandatory.len()), // the municipality entry
                };
                if let Some(h) = only.and_then(|h| self.hidden_by.get_mut(h)) {
                    h.only_this += 1;
                }
            }
            1
        };
        if group == 1 && o.municipality == Some(false) {
            if let Some(h) = self.hidden_by.last_mut().filter(|h| h.requirement.is_none()) {
                h.hidden += 1;
            }
        }
        let index = self.rows.len() as u32;
        self.rows.push(Row { group, score: o.rank_score, missed, index, nice: (o.nice_matched, o.nice_total), codes: (from, self.codes.len() as u32) });
    }

    /// The rows in gross-list order. Stable: ties keep the input order.
    fn sorted(&mut self) {
        self.rows.sort_by(|a, b| {
            a.group.cmp(&b.group).then_with(|| if a.group == 1 { a.missed.cmp(&b.missed) } else { std::cmp::Ordering::Equal }).then_with(|| b.score.cmp(&a.score))
        });
    }

    /// What a blocking code means, for the order.
    fn block_ref(order: &JobOrder, code: u32) -> BlockRef {
        match code {
            CODE_NOT_SEARCHABLE => BlockRef { requirement: None, kind: MatchKind::CvNotSearchable },
            CODE_OCCUPATION => BlockRef { requirement: None, kind: MatchKind::Occupation },
            CODE_MUNICIPALITY => BlockRef { requirement: None, kind: MatchKind::Municipality },
            c => {
                let i = (c - CODE_REQUIREMENT) as usize;
                BlockRef { requirement: Some(i), kind: order.requirements[i].kind.into() }
            }
        }
    }

    /// The gross list ([`rank_cvs`]'s result). `order` is the matcher's order.
    pub fn finish(mut self, order: &JobOrder) -> RankResult {
        self.sorted();
        let codes = &self.codes;
        let gross_list = self
            .rows
            .iter()
            .map(|r| RankEntry {
                index: r.index as usize,
                id: None,
                found: r.group == 0,
                rank_score: r.score,
                nice_to_have: NiceToHave { matched: r.nice.0, total: r.nice.1 },
                blocking: codes[r.codes.0 as usize..r.codes.1 as usize].iter().map(|&c| Self::block_ref(order, c)).collect(),
            })
            .collect();
        RankResult { totals: self.totals, gross_list, hidden_by: self.hidden_by }
    }

    /// The gross list as columns ([`CompactRank`]). `order` is the matcher's order.
    pub fn finish_compact(mut self, order: &JobOrder) -> CompactRank {
        self.sorted();
        let n = self.rows.len();
        let mut out = CompactRank {
            totals: self.totals,
            hidden_by: self.hidden_by,
            codes: (0..CODE_REQUIREMENT + order.requirements.len() as u32).map(|c| Self::block_ref(order, c)).collect(),
            index: Vec::with_capacity(n),
            found: Vec::with_capacity(n),
            score: Vec::with_capacity(n),
            blocking_offsets: Vec::with_capacity(n + 1),
            blocking: Vec::with_capacity(self.codes.len()),
        };
        out.blocking_offsets.push(0);
        for r in &self.rows {
            out.index.push(r.index);
            out.found.push(u8::from(r.group == 0));
            out.score.push(r.score);
            out.blocking.extend_from_slice(&self.codes[r.codes.0 as usize..r.codes.1 as usize]);
            out.blocking_offsets.push(out.blocking.len() as u32);
        }
        out
    }
}
