//! Configuration of the ABC plan check: the host's demand data and every threshold of the
//! classification and the search focus, each a documented default a host can override.

use super::demand::{Demand, DemandData};
use crate::InputError;
use serde::{Deserialize, Serialize};

/// Configuration of the ABC plan check. Every field is optional; a host overrides any default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default)]
pub struct AbcConfig {
    /// Demand per region and occupation (STAR's Arbejdsmarkedsbalancen categories), e.g.
    /// `{"Nordjylland": {"Lagermedarbejder": "good"}}`. Default: none – the labour-market
    /// circle is then unknown for every row. `jobspor abc --demand FILE` fills it.
    #[cfg_attr(feature = "ts", tsify(optional, type = "Record<string, Record<string, Demand | string> | string>"))]
    pub demand: DemandData,
    /// When true (the default), a row whose demand is unknown is not classified: its class is
    /// `not_judged` ("ikke vurderet – efterspørgsel ukendt"), because seed 004 warns that demand
    /// "bliver ofte negligeret" (l. 2660) and A, B and C all require it (l. 2835–2836). `false`
    /// classifies such rows on wish and competence alone – a host's choice against the seed.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub require_demand_data: bool,
    /// The region of the demand data to use when the plan's region is empty or not in the data,
    /// e.g. "Hele landet". Default `null`: none.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub fallback_region: Option<String>,
    /// A wish from this up to 10 is strong: the circles point to A (default 7).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub wish_high: u8,
    /// A wish from 1 up to this is low: the circles point to C (default 3). Between `wish_low`
    /// and `wish_high` the wish is medium: B.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub wish_low: u8,
    /// The least demand each letter needs (default A `some`, B `good`, C `good`): seed 004's A is
    /// asked for "i nogen udstrækning", B has "en større efterspørgsel", and C is "i høj grad"
    /// asked for.
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub min_demand: MinDemand,
    /// A weekly share schedule for the search effort on A, B and C, in ascending `from_week`
    /// starting at 0. Default `null`: **none** – the seeds give no shares. Seed 004 moves the focus
    /// per conversation ("Det aftales med borgeren, at de ved næste møde sætter fokus på plan B",
    /// marselisborg-langtidsledighed-guide.txt l. 2909–2912) and seed 003 keeps the jobspor
    /// "ligestillede" (frederikshavn-metodehaandbog.txt l. 1038–1039); the result's `focus` says
    /// that. A host that wants shares by week configures them here, and only then does the result
    /// carry `search_focus` (and AB301 its advice); Jobspor's earlier default, from week 0 A 50 %,
    /// B 30 %, C 20 %, from week 13 40/35/25, from week 26 30/40/30, from week 39 20/40/40, is
    /// [`EARLIER_WEEKLY_SHARES`] (see `docs/abc.md`). An empty list is refused.
    #[cfg_attr(feature = "ts", tsify(optional, type = "FocusStep[] | null"))]
    pub search_focus: Option<Vec<FocusStep>>,
    /// Today's date (`YYYY-MM-DD`), to resolve a row's "when" ("på mandag") and notice a date that
    /// has passed. Default `null`: dates are not compared with today (the CLI fills in the
    /// system date).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub today: Option<String>,
}

/// Jobspor's earlier default weekly share schedule (JSON for `search_focus`), no longer a default
/// because no seed gives shares: a host that wants it passes it in its configuration.
pub const EARLIER_WEEKLY_SHARES: &str = r#"[{"from_week": 0, "A": 50, "B": 30, "C": 20}, {"from_week": 13, "A": 40, "B": 35, "C": 25}, {"from_week": 26, "A": 30, "B": 40, "C": 30}, {"from_week": 39, "A": 20, "B": 40, "C": 40}]"#;

/// The least demand per letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct MinDemand {
    #[serde(rename = "A")]
    pub a: Demand,
    #[serde(rename = "B")]
    pub b: Demand,
    #[serde(rename = "C")]
    pub c: Demand,
}

impl MinDemand {
    pub fn get(&self, letter: super::PlanLetter) -> Demand {
        match letter {
            super::PlanLetter::A => self.a,
            super::PlanLetter::B => self.b,
            super::PlanLetter::C => self.c,
        }
    }
}

impl Default for MinDemand {
    fn default() -> Self {
        MinDemand { a: Demand::Some, b: Demand::Good, c: Demand::Good }
    }
}

/// One step of the search-focus table: from this week on, the suggested shares (percent,
/// summing to 100).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct FocusStep {
    /// The first week of unemployment the step applies to.
    pub from_week: f64,
    /// Percent of the search effort for A.
    #[serde(rename = "A")]
    pub a: u8,
    /// Percent for B.
    #[serde(rename = "B")]
    pub b: u8,
    /// Percent for C.
    #[serde(rename = "C")]
    pub c: u8,
}

impl Default for AbcConfig {
    fn default() -> Self {
        AbcConfig {
            demand: DemandData::default(),
            require_demand_data: true,
            fallback_region: None,
            wish_high: 7,
            wish_low: 3,
            min_demand: MinDemand::default(),
            search_focus: None,
            today: None,
        }
    }
}

impl AbcConfig {
    pub(crate) fn today_date(&self) -> Option<crate::common::Date> {
        self.today.as_deref().and_then(crate::common::Date::parse)
    }

    /// Checks the ranges the contract promises, naming the path of the first problem.
    pub fn validate(&self) -> Result<(), InputError> {
        let bad = |path: &str, en: String, da: String| Err(InputError::new(path, en, da));
        if !(1..=10).contains(&self.wish_low) || !(1..=10).contains(&self.wish_high) || self.wish_low >= self.wish_high {
            let path = if (1..=10).contains(&self.wish_low) { "wish_high" } else { "wish_low" };
            return bad(
                path,
                "wish_low and wish_high must be whole numbers from 1 to 10 with wish_low below wish_high".into(),
                "wish_low og wish_high skal være hele tal fra 1 til 10, og wish_low skal være mindre end wish_high".into(),
            );
        }
        for (letter, d) in [("A", self.min_demand.a), ("B", self.min_demand.b), ("C", self.min_demand.c)] {
            if d == Demand::Unknown {
                return bad(
                    &format!("min_demand.{letter}"),
                    "must be shortage, good, some or poor".into(),
                    "skal være shortage, good, some eller poor".into(),
                );
            }
        }
        let steps = self.search_focus.as_deref().unwrap_or_default();
        if self.search_focus.is_some() && steps.is_empty() {
            return bad("search_focus", "needs at least one step (from_week 0), or null for none".into(), "skal have mindst ét trin (from_week 0) eller være null".into());
        }
        let mut last = -1.0;
        for (i, s) in steps.iter().enumerate() {
            let path = format!("search_focus[{i}]");
            if !(s.from_week.is_finite() && s.from_week > last && s.from_week <= 5200.0) || (i == 0 && s.from_week != 0.0) {
                return bad(
                    &format!("{path}.from_week"),
                    "the steps must start at week 0 and rise (at most 5200)".into(),
                    "trinene skal starte i uge 0 og være stigende (højst 5200)".into(),
                );
            }
            last = s.from_week;
            if u32::from(s.a) + u32::from(s.b) + u32::from(s.c) != 100 {
                return bad(&path, "the shares A, B and C must sum to 100".into(), "andelene A, B og C skal give 100 tilsammen".into());
            }
        }
        if let Some(t) = &self.today {
            if crate::common::Date::parse(t).is_none() {
                return bad("today", format!("not a date of the form YYYY-MM-DD: {t:?}"), format!("ikke en dato på formen ÅÅÅÅ-MM-DD: {t:?}"));
            }
        }
        Ok(())
    }

    /// The step of the configured weekly schedule for `weeks` unemployed (`None` without one).
    pub fn focus_step(&self, weeks: f64) -> Option<(usize, &FocusStep)> {
        self.search_focus.as_deref()?.iter().enumerate().rev().find(|(_, s)| weeks + 1e-9 >= s.from_week)
    }
}
