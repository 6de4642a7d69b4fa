//! The progression card (Progressionskort, seed 002 appendix F,
//! discus-laeringskatalog-matchning.txt:1665–1985): the card's contract, its thirteen items
//! ([`items::ITEMS`]) with the seed's wording for every level, the weights as configuration
//! (equal by default: the seed's weight digits are garbled in the text extraction), and
//! [`check_progress_card`]: totals per date and per group ("Samlet antal point. (Den totale
//! sum)", :1975), progress per item and in total between dates, and the findings (rules `PC…`).

pub mod items;
pub mod rules;

pub use items::{item, items, items_markdown, CardGroup, Item, ItemInfo, Level, LevelInfo, ITEMS};

use super::{at_most, date_field, hours_field, period_field, Period};
use crate::common::{config_or_default, parse_object, Date, Noun};
use crate::rules::Finding;
use crate::{InputError, Text};
use std::collections::BTreeMap;

contract! {
    /// One progression card: the header, the scores at each date, "Særlige hensyn". No CPR
    /// number: the seed's card has a "Cpr. nr." box (:1667); Jobspor leaves it out on purpose.
    #[serde(default)]
    pub struct ProgressCard {
        /// Navn: the citizen's name, free text.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub name: String,
        /// Tilbudsperiode: the offer's period.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub offer_period: Period,
        /// Timer pr. uge v. tilbudsstart: hours per week at the start.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub hours_start: Option<f64>,
        /// Timer pr. uge ved ophør (Målsætning): the hours per week aimed at by the end.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub hours_goal: Option<f64>,
        /// Sagsbehandler: the caseworker.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub caseworker: String,
        /// The date columns (the seed's card has three; any number is read), left to right.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub evaluations: Vec<Evaluation>,
        /// Særlige oplysninger/hensyn: special information and considerations.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub special_considerations: String,
    }

    /// One date column: the date, who scored, and a score 1–5 per item (by the item's id).
    #[serde(default)]
    pub struct Evaluation {
        /// Dato (`YYYY-MM-DD`).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub date: Option<String>,
        /// Vurderingen udført af: who scored (medarbejder, mentor, the company's contact).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub by: String,
        /// Scores 1–5 by item id (`attendance`, `quality`, … – see `jobspor progress-card rules`
        /// and docs/progress.md); an item left out is not scored at this date.
        #[cfg_attr(feature = "ts", tsify(optional, type = "Record<string, number>"))]
        pub scores: BTreeMap<String, u8>,
        /// A note for this date (signature, remarks).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub note: String,
    }

    /// The card's configuration: the weights (the "Vægt" column).
    #[serde(default)]
    pub struct ProgressConfig {
        /// A weight per item id (from 0 to 100); an item left out weighs 1. The seed's card has a
        /// weight column, but its digits are garbled in the text extraction, so Jobspor's default
        /// is equal weights – not the seed's.
        #[cfg_attr(feature = "ts", tsify(optional, type = "Record<string, number>"))]
        pub weights: BTreeMap<String, f64>,
    }
}

impl ProgressConfig {
    /// The weight of an item (1 unless configured).
    pub fn weight(&self, id: &str) -> f64 {
        self.weights.get(id).copied().unwrap_or(1.0)
    }

    /// Checks the weights, naming the item.
    pub fn validate(&self) -> Result<(), InputError> {
        for (id, w) in &self.weights {
            let path = format!("weights.{id}");
            if item(id).is_none() {
                return Err(unknown_item(&path, id));
            }
            if !(w.is_finite() && (0.0..=100.0).contains(w)) {
                return Err(InputError::new(path, "must be a weight from 0 to 100", "skal være en vægt fra 0 til 100"));
            }
        }
        Ok(())
    }
}

fn unknown_item(path: &str, id: &str) -> InputError {
    let ids: Vec<&str> = ITEMS.iter().map(|i| i.id).collect();
    InputError::new(
        path,
        format!("unknown item {:?}; one of {}", crate::text::quote(id), ids.join(", ")),
        format!("ukendt punkt {:?}; et af {}", crate::text::quote(id), ids.join(", ")),
    )
}

impl ProgressCard {
    /// Checks dates, hours, scores and item ids, naming the path.
    pub fn validate(&self) -> Result<(), InputError> {
        period_field(&self.offer_period, "offer_period")?;
        hours_field(self.hours_start, "hours_start")?;
        hours_field(self.hours_goal, "hours_goal")?;
        at_most(self.evaluations.len(), "evaluations")?;
        for (i, e) in self.evaluations.iter().enumerate() {
            date_field(e.date.as_deref(), &format!("evaluations[{i}].date"))?;
            for (id, s) in &e.scores {
                let path = format!("evaluations[{i}].scores.{id}");
                if item(id).is_none() {
                    return Err(unknown_item(&path, id));
                }
                super::score_field(Some(*s), 1, 5, &path)?;
            }
        }
        Ok(())
    }
}

output! {
    /// The card's result: per item, per date, the progress between dates, and the findings.
    pub struct ProgressResult {
        /// One per item, in the seed's order.
        pub items: Vec<CardItem>,
        /// One per date column, in the card's order.
        pub evaluations: Vec<EvaluationResult>,
        /// The progress from each date column to the next.
        pub progress: Vec<Step>,
        /// The progress from the first scored column to the last (`null` with fewer than two).
        pub overall: Option<Step>,
        /// The hours per week at the start and the goal.
        pub hours: CardHours,
        pub findings: Vec<Finding>,
    }

    /// One item over the dates.
    pub struct CardItem {
        pub id: String,
        pub group: CardGroup,
        pub name: Text,
        pub weight: f64,
        /// The score at each date column (`null`: not scored).
        pub scores: Vec<Option<u8>>,
        /// The seed's words for each score (`null`: not scored).
        pub levels: Vec<Option<Text>>,
        /// The change from each column to the next (`null` unless scored at both).
        pub changes: Vec<Option<i32>>,
        /// The change from the first scored column to the last (`null` with fewer than two).
        pub change: Option<i32>,
    }

    /// One date column's totals.
    pub struct EvaluationResult {
        pub index: usize,
        pub date: Option<String>,
        /// "Samlet antal point": the sum of weight × score over the items scored.
        pub total: f64,
        /// The most the items scored could give (weight × 5).
        pub max: f64,
        /// Items scored.
        pub scored: usize,
        /// The same per group, in the seed's order.
        pub groups: Vec<GroupTotal>,
    }

    /// A group's total at one date.
    pub struct GroupTotal {
        pub group: CardGroup,
        pub label: Text,
        pub total: f64,
        pub max: f64,
        pub scored: usize,
    }

    /// The progress between two date columns, over the items scored at both.
    pub struct Step {
        pub from: usize,
        pub to: usize,
        pub from_date: Option<String>,
        pub to_date: Option<String>,
        /// Items scored at both columns.
        pub compared: usize,
        /// Weighted points gained (negative: lost) over those items.
        pub change: f64,
        /// The same per group.
        pub groups: Vec<GroupChange>,
        /// Items that went up, and that went down (ids).
        pub up: Vec<String>,
        pub down: Vec<String>,
    }

    /// A group's change between two columns.
    pub struct GroupChange {
        pub group: CardGroup,
        pub change: f64,
        pub compared: usize,
    }

    /// The hours per week.
    pub struct CardHours {
        pub start: Option<f64>,
        pub goal: Option<f64>,
        /// Goal minus start (`null` unless both are given).
        pub increase: Option<f64>,
    }
}

const CARD: Noun = Noun::new("the progression card", "progressionskortet");
const CONFIG: Noun = Noun::new("the configuration", "konfigurationen");

/// Reads and validates a card (JSON).
pub fn parse_card(json: &str) -> Result<ProgressCard, InputError> {
    let c: ProgressCard = parse_object(json, CARD)?;
    crate::error::refuse_arrays(json, &[""], &["offer_period", "evaluations[]"])?;
    c.validate()?;
    Ok(c)
}

/// Reads and validates the configuration (JSON).
pub fn parse_config(json: &str) -> Result<ProgressConfig, InputError> {
    let c: ProgressConfig = parse_object(json, CONFIG)?;
    c.validate()?;
    Ok(c)
}

/// The card from JSON with an optional configuration (`None` or blank: equal weights).
pub fn check_progress_card_json(card: &str, config: Option<&str>) -> Result<ProgressResult, InputError> {
    let c = parse_card(card)?;
    let cfg = config_or_default(config, parse_config)?;
    Ok(check_progress_card(&c, &cfg))
}

/// Weighted points with two decimals (so 0.1 + 0.2 prints as 0.3).
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The step from column `a` to column `b`.
fn step(card: &ProgressCard, config: &ProgressConfig, a: usize, b: usize) -> Step {
    let (ea, eb) = (&card.evaluations[a], &card.evaluations[b]);
    let mut groups: Vec<GroupChange> = CardGroup::ALL.iter().map(|&group| GroupChange { group, change: 0.0, compared: 0 }).collect();
    let (mut change, mut compared, mut up, mut down) = (0.0, 0, Vec::new(), Vec::new());
    for it in ITEMS {
        let (Some(&x), Some(&y)) = (ea.scores.get(it.id), eb.scores.get(it.id)) else { continue };
        let d = config.weight(it.id) * (f64::from(y) - f64::from(x));
        change += d;
        compared += 1;
        let g = &mut groups[it.group as usize];
        g.change += d;
        g.compared += 1;
        if y > x {
            up.push(it.id.to_string());
        } else if y < x {
            down.push(it.id.to_string());
        }
    }
    for g in &mut groups {
        g.change = round2(g.change);
    }
    Step { from: a, to: b, from_date: ea.date.clone(), to_date: eb.date.clone(), compared, change: round2(change), groups, up, down }
}

/// The card's totals and progress. Never panics; linear in the dates × items.
pub fn check_progress_card(card: &ProgressCard, config: &ProgressConfig) -> ProgressResult {
    let n = card.evaluations.len();
    let items: Vec<CardItem> = ITEMS
        .iter()
        .map(|it| {
            let scores: Vec<Option<u8>> = card.evaluations.iter().map(|e| e.scores.get(it.id).copied()).collect();
            let levels = scores.iter().map(|s| s.and_then(|s| it.level(s)).map(|l| Text::new(l.da, l.en))).collect();
            let changes = (1..n).map(|k| Some(i32::from(scores[k]?) - i32::from(scores[k - 1]?))).collect();
            let scored: Vec<u8> = scores.iter().flatten().copied().collect();
            let change = (scored.len() >= 2).then(|| i32::from(scored[scored.len() - 1]) - i32::from(scored[0]));
            CardItem { id: it.id.into(), group: it.group, name: Text::new(it.name.da, it.name.en), weight: config.weight(it.id), scores, levels, changes, change }
        })
        .collect();
    let evaluations = card
        .evaluations
        .iter()
        .enumerate()
        .map(|(index, e)| {
            let mut groups: Vec<GroupTotal> = CardGroup::ALL
                .iter()
                .map(|&group| GroupTotal { group, label: Text::new(group.label().da, group.label().en), total: 0.0, max: 0.0, scored: 0 })
                .collect();
            for it in ITEMS {
                if let Some(&s) = e.scores.get(it.id) {
                    let (w, g) = (config.weight(it.id), &mut groups[it.group as usize]);
                    g.total += w * f64::from(s);
                    g.max += w * 5.0;
                    g.scored += 1;
                }
            }
            for g in &mut groups {
                g.total = round2(g.total);
                g.max = round2(g.max);
            }
            EvaluationResult {
                index,
                date: e.date.clone(),
                total: round2(groups.iter().map(|g| g.total).sum()),
                max: round2(groups.iter().map(|g| g.max).sum()),
                scored: groups.iter().map(|g| g.scored).sum(),
                groups,
            }
        })
        .collect();
    let progress = (1..n).map(|k| step(card, config, k - 1, k)).collect();
    let scored_columns: Vec<usize> = (0..n).filter(|&k| !card.evaluations[k].scores.is_empty()).collect();
    let overall = match scored_columns.as_slice() {
        [first, .., last] => Some(step(card, config, *first, *last)),
        _ => None,
    };
    let hours = CardHours {
        start: card.hours_start,
        goal: card.hours_goal,
        increase: card.hours_start.zip(card.hours_goal).map(|(s, g)| round2(g - s)),
    };
    let ctx = Ctx { card, items: &items };
    let mut findings = Vec::new();
    for rule in rules::RULES {
        (rule.run)(&ctx, &mut findings);
    }
    crate::rules::cap_repeated(&mut findings);
    ProgressResult { items, evaluations, progress, overall, hours, findings }
}

/// What a card rule sees.
pub(crate) struct Ctx<'a> {
    pub card: &'a ProgressCard,
    pub items: &'a [CardItem],
}

impl Ctx<'_> {
    /// The column's date, when it is one.
    pub(crate) fn date(&self, i: usize) -> Option<Date> {
        self.card.evaluations[i].date.as_deref().and_then(|d| Date::parse(d.trim()))
    }

    /// "the column 2" in words: its date, or its number.
    pub(crate) fn column(&self, i: usize) -> Text {
        match self.date(i) {
            Some(d) => Text::new(format!("kolonnen {}", d), format!("the column {}", d)),
            None => Text::new(format!("kolonne {}", i + 1), format!("column {}", i + 1)),
        }
    }
}
