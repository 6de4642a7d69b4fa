//! The resource calculator (Ressourceberegner, "Kapacitetsudnyttelse", seed 004 –
//! marselisborg-langtidsledighed-guide.txt:4284–4444): how many conversations a year a group of
//! citizens needs at each frequency, how many full-time years (årsværk) they take at 1–8
//! conversations a day, and the capacity rule (the share given an intensified effort should not
//! be much more than the share still unemployed after 39 weeks, :510–525).
//!
//! Four fields are the seed's (:4426–4432): citizens, days with conversations per week, weeks
//! per full-time year, share needing an intensified effort. Everything else is a documented
//! default a host overrides ([`ResourceConfig`]). See docs/resources.md.

pub mod rules;

use crate::common::{config_or_default, parse_object, Noun};
use crate::rules::Finding;
use crate::{InputError, Text};

contract! {
    /// The calculator's input: the seed's four editable fields, and what the host adds.
    #[serde(deny_unknown_fields)]
    pub struct ResourceInput {
        /// Antal borgere: the number of citizens (a whole number ≥ 0).
        pub citizens: f64,
        /// Antal dage med samtaler: days with conversations per week (more than 0, at most 7).
        pub days: f64,
        /// Antal uger pr. årsværk: weeks per full-time year (more than 0, at most 53; the seed:
        /// "typisk 43-44").
        pub weeks: f64,
        /// Andel med behov for intensiveret indsats: the share needing an intensified effort,
        /// from 0 to 1 (0.30 for 30 %).
        pub intensified: f64,
        /// The host's share (0–1) still unemployed after 39 weeks (the survival curve), for the
        /// capacity figure. `null`: not known.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub still_unemployed_39_weeks: Option<f64>,
        /// The chosen conversations per day (1 up to the table's rows): the covering cell of
        /// each scenario in that row is given. `null`: none chosen.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub per_day: Option<u32>,
        /// A target number of conversations a year of the host's own; its covering cells are
        /// given beside the scenarios'. `null`: none.
        #[serde(default)]
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub target: Option<f64>,
    }

}

output! {
    /// The calculator's configuration: the seed's frequencies and table size as defaults.
    #[serde(default)]
    #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
    pub struct ResourceConfig {
        /// Conversations a year for the whole group (seed: rettidighed 4, every other month 6,
        /// every month 12).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub whole_group: Vec<f64>,
        /// Conversations a year for the intensified share (seed: twice a month 24, monthly 12,
        /// every other month 6).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub intensified: Vec<f64>,
        /// Conversations a year for the others, on time (seed: rettidighed, 4).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub on_time: f64,
        /// The Årsværk table's rows: conversations per day 1 up to this (seed: 8).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub per_day_max: u32,
        /// The Årsværk table's columns: full-time years 1 up to this (seed: 9).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub years_max: u32,
        /// "Not much more than" the share still unemployed after 39 weeks, in percentage points
        /// as a share (Jobspor's default 0.05 = 5 points; the seed gives no figure).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub capacity_tolerance: f64,
        /// The typical weeks per full-time year, `[from, to]` (seed: 43–44).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub typical_weeks: [f64; 2],
    }
}

impl Default for ResourceConfig {
    fn default() -> Self {
        ResourceConfig {
            whole_group: vec![4.0, 6.0, 12.0],
            intensified: vec![24.0, 12.0, 6.0],
            on_time: 4.0,
            per_day_max: 8,
            years_max: 9,
            capacity_tolerance: 0.05,
            typical_weeks: [43.0, 44.0],
        }
    }
}

output! {
    /// The whole calculation.
    pub struct ResourceResult {
        /// The input as used.
        pub input: ResourceInput,
        /// "Generelt for hele målgruppen": conversations a year for everyone at each frequency.
        pub whole_group: Vec<WholeGroupRow>,
        /// "Intensiveret for en andel af målgruppen".
        pub intensified: Intensified,
        /// The "Årsværk" table.
        pub years_table: YearsTable,
        /// The covering cells of the host's `target`, when given.
        pub target: Option<Cover>,
        /// The capacity figure: the intensified share against the share still unemployed after
        /// 39 weeks.
        pub capacity: Capacity,
        /// The seed's warnings, to show next to the result.
        pub warnings: Vec<Text>,
        /// What the rules noticed.
        pub findings: Vec<Finding>,
    }

    /// One frequency for the whole group.
    pub struct WholeGroupRow {
        pub label: Text,
        /// Conversations per citizen a year.
        pub frequency: f64,
        /// Conversations a year (citizens × frequency, rounded to whole conversations).
        pub conversations: u64,
        pub cover: Cover,
    }

    /// The intensified share.
    pub struct Intensified {
        /// The share (as given).
        pub share: f64,
        /// Citizens given the intensified effort (citizens × share, to two decimals).
        pub citizens: f64,
        /// The others (on time).
        pub others: f64,
        /// One row per frequency of the intensified effort.
        pub rows: Vec<IntensifiedRow>,
    }

    /// One frequency of the intensified effort.
    pub struct IntensifiedRow {
        pub label: Text,
        pub frequency: f64,
        /// Antal intensive samtaler.
        pub intensive: u64,
        /// Antal rettidige samtaler: the others at the on-time frequency.
        pub on_time: u64,
        /// Antal samtaler samlet.
        pub total: u64,
        pub cover: Cover,
    }

    /// Conversations per day × full-time years → conversations a year (per day × days × weeks ×
    /// years).
    pub struct YearsTable {
        /// The rows: conversations per day, 1 up to `per_day_max`.
        pub per_day: Vec<u32>,
        /// The columns: full-time years, 1 up to `years_max`.
        pub years: Vec<u32>,
        /// `cells[row][column]`: conversations a year.
        pub cells: Vec<Vec<u64>>,
    }

    /// The cells of the Årsväerk table that cover a number of conversations.
    pub struct Cover {
        /// The conversations to cover.
        pub conversations: u64,
        /// Per row (conversations per day 1, 2, …): the fewest whole full-time years whose cell
        /// covers them; `null` beyond the table.
        pub years: Vec<Option<u32>>,
        /// Per row: the exact full-time years (conversations ÷ (per day × days × weeks)).
        pub years_exact: Vec<f64>,
        /// The covering cell in the row of the chosen `per_day`, when one is chosen.
        pub chosen: Option<Cell>,
    }

    /// One cell of the table.
    pub struct Cell {
        pub per_day: u32,
        /// `null` when the row does not reach it within the table.
        pub years: Option<u32>,
        pub years_exact: f64,
        /// The cell's conversations (`null` beyond the table).
        pub conversations: Option<u64>,
    }

    /// The capacity rule.
    pub struct Capacity {
        /// The intensified share.
        pub intensified: f64,
        /// The host's share still unemployed after 39 weeks (`null`: not given).
        pub still_unemployed_39_weeks: Option<f64>,
        /// Intensified minus still unemployed, in percentage points (`null`: not known).
        pub difference_points: Option<f64>,
        pub status: CapacityStatus,
        pub message: Text,
    }
}

contract_enum! {
    /// Where the intensified share stands against the share still unemployed after 39 weeks.
    pub enum CapacityStatus {
        /// Not much more (within the tolerance).
        Within,
        /// Much more: more than the tolerance above.
        Above,
        /// The host gave no 39-week figure.
        Unknown,
    }
}

/// The seed's warnings (marselisborg-langtidsledighed-guide.txt:4439–4444).
pub fn warnings() -> Vec<Text> {
    vec![
        Text::new(
            "Beregningerne giver kun en indikation af det forventede ressourceforbrug – arbejd ikke helt stringent efter dem.",
            "The calculation only gives an indication of the expected use of resources – do not follow it to the letter.",
        ),
        Text::new(
            "Læg administrationstid, ekstra samtaler m.v. til: samtalerne er ikke hele arbejdsdagen.",
            "Add administration time, extra conversations etc.: the conversations are not the whole working day.",
        ),
        Text::new(
            "Nogle samtaler tager længere tid end andre; lad der være plads til at rette løbende til.",
            "Some conversations take longer than others; leave room to adjust as you go.",
        ),
        Text::new(
            "Brug beregningen som baggrund for en dialog om, hvordan arbejdsdagen kan tilrettelægges.",
            "Use the calculation as the background for a dialogue on how the working day can be planned.",
        ),
    ]
}

const INPUT: Noun = Noun::new("the calculator's input", "beregnerens input");
const CONFIG: Noun = Noun::new("the configuration", "konfigurationen");

fn bad(path: &str, en: &str, da: &str) -> InputError {
    InputError::new(path, en, da)
}

/// A number in `[lo, hi]` (`lo` itself allowed when `lo_open` is false).
fn range(path: &str, x: f64, lo: f64, lo_open: bool, hi: f64) -> Result<(), InputError> {
    let ok = x.is_finite() && (if lo_open { x > lo } else { x >= lo }) && x <= hi;
    if ok {
        return Ok(());
    }
    let (lo_en, lo_da) = if lo_open { ("more than", "større end") } else { ("from", "fra") };
    let (lo, hi) = (crate::common::fmt_num(lo), crate::common::fmt_num(hi));
    Err(bad(path, &format!("must be a number {lo_en} {lo} up to {hi}"), &format!("skal være et tal {lo_da} {lo} til og med {hi}")))
}

/// A share from 0 to 1, with the hint a percentage needs.
fn share(path: &str, x: f64) -> Result<(), InputError> {
    if x.is_finite() && (0.0..=1.0).contains(&x) {
        return Ok(());
    }
    Err(bad(path, "must be a share from 0 to 1 (0.30 for 30 %)", "skal være en andel fra 0 til 1 (0,30 for 30 %)"))
}

impl ResourceInput {
    /// The input from the seed's four fields.
    pub fn new(citizens: f64, days: f64, weeks: f64, intensified: f64) -> Self {
        ResourceInput { citizens, days, weeks, intensified, ..Default::default() }
    }

    /// Checks the ranges the contract promises, naming the field.
    pub fn validate(&self) -> Result<(), InputError> {
        range("citizens", self.citizens, 0.0, false, 1e8)?;
        if self.citizens.fract() != 0.0 {
            return Err(bad("citizens", "must be a whole number", "skal være et helt tal"));
        }
        range("days", self.days, 0.0, true, 7.0)?;
        range("weeks", self.weeks, 0.0, true, 53.0)?;
        share("intensified", self.intensified)?;
        if let Some(s) = self.still_unemployed_39_weeks {
            share("still_unemployed_39_weeks", s)?;
        }
        if let Some(p) = self.per_day {
            if p == 0 || p > 100 {
                return Err(bad("per_day", "must be a whole number from 1 to 100", "skal være et helt tal fra 1 til 100"));
            }
        }
        if let Some(t) = self.target {
            range("target", t, 0.0, false, 1e12)?;
        }
        Ok(())
    }
}

impl ResourceConfig {
    /// Checks the configuration's ranges, naming the field.
    pub fn validate(&self) -> Result<(), InputError> {
        for (name, list) in [("whole_group", &self.whole_group), ("intensified", &self.intensified)] {
            for (i, f) in list.iter().enumerate() {
                range(&format!("{name}[{i}]"), *f, 0.0, false, 366.0)?;
            }
            if list.len() > 20 {
                return Err(bad(name, "at most 20 frequencies", "højst 20 frekvenser"));
            }
        }
        range("on_time", self.on_time, 0.0, false, 366.0)?;
        if !(1..=50).contains(&self.per_day_max) {
            return Err(bad("per_day_max", "must be a whole number from 1 to 50", "skal være et helt tal fra 1 til 50"));
        }
        if !(1..=100).contains(&self.years_max) {
            return Err(bad("years_max", "must be a whole number from 1 to 100", "skal være et helt tal fra 1 til 100"));
        }
        range("capacity_tolerance", self.capacity_tolerance, 0.0, false, 1.0)?;
        range("typical_weeks[0]", self.typical_weeks[0], 0.0, false, 53.0)?;
        range("typical_weeks[1]", self.typical_weeks[1], self.typical_weeks[0], false, 53.0)?;
        Ok(())
    }
}

/// Parses and validates the input (`{"citizens": 330, "days": 3, "weeks": 44, "intensified": 0.3}`).
pub fn parse_input(json: &str) -> Result<ResourceInput, InputError> {
    let i: ResourceInput = parse_object(json, INPUT)?;
    i.validate()?;
    Ok(i)
}

/// Parses and validates a configuration.
pub fn parse_config(json: &str) -> Result<ResourceConfig, InputError> {
    let c: ResourceConfig = parse_object(json, CONFIG)?;
    c.validate()?;
    Ok(c)
}

/// The calculation from JSON; `config` may be `None` (or blank) for the seed's defaults.
pub fn calculate_resources_json(input: &str, config: Option<&str>) -> Result<ResourceResult, InputError> {
    let i = parse_input(input)?;
    let c = config_or_default(config, parse_config)?;
    Ok(calculate_resources(&i, &c))
}

/// The seed's name for a frequency (conversations a year).
pub fn frequency_label(f: f64) -> Text {
    let n = crate::common::fmt_num(f);
    match n.as_str() {
        "4" => Text::new("Rettidighed (4)", "On time (4)"),
        "6" => Text::new("Hver anden måned (6)", "Every other month (6)"),
        "12" => Text::new("Hver måned (12)", "Every month (12)"),
        "24" => Text::new("To gange i måneden (24)", "Twice a month (24)"),
        _ => Text::new(format!("{} samtaler om året", crate::common::fmt_da(f)), format!("{n} conversations a year")),
    }
}

fn whole(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        x.round() as u64
    } else {
        0
    }
}

fn two_decimals(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The table's cell for `per_day` conversations a day and `years` full-time years.
pub fn cell(input: &ResourceInput, per_day: u32, years: u32) -> u64 {
    whole(f64::from(per_day) * input.days * input.weeks * f64::from(years))
}

/// The cells covering `conversations` (see [`Cover`]).
pub fn cover(input: &ResourceInput, config: &ResourceConfig, conversations: u64) -> Cover {
    let one = |p: u32| -> Cell {
        let per_year = f64::from(p) * input.days * input.weeks;
        let exact = if per_year > 0.0 { conversations as f64 / per_year } else { f64::INFINITY };
        let years = (1..=config.years_max).find(|y| cell(input, p, *y) >= conversations);
        Cell {
            per_day: p,
            years,
            years_exact: if exact.is_finite() { two_decimals(exact) } else { 0.0 },
            conversations: years.map(|y| cell(input, p, y)),
        }
    };
    let cells: Vec<Cell> = (1..=config.per_day_max).map(one).collect();
    Cover {
        conversations,
        years: cells.iter().map(|c| c.years).collect(),
        years_exact: cells.iter().map(|c| c.years_exact).collect(),
        chosen: input.per_day.map(one),
    }
}

/// The whole calculation and the findings. Never panics; the input and configuration are used
/// as given (call their `validate` for input from outside).
pub fn calculate_resources(input: &ResourceInput, config: &ResourceConfig) -> ResourceResult {
    let n = input.citizens;
    let whole_group = config
        .whole_group
        .iter()
        .map(|&f| {
            let conversations = whole(n * f);
            WholeGroupRow { label: frequency_label(f), frequency: f, conversations, cover: cover(input, config, conversations) }
        })
        .collect();
    let share = input.intensified;
    let (intensive_n, others_n) = (n * share, n * (1.0 - share));
    let on_time = whole(others_n * config.on_time);
    let rows = config
        .intensified
        .iter()
        .map(|&f| {
            let intensive = whole(intensive_n * f);
            let total = intensive + on_time;
            IntensifiedRow { label: frequency_label(f), frequency: f, intensive, on_time, total, cover: cover(input, config, total) }
        })
        .collect();
    let years_table = YearsTable {
        per_day: (1..=config.per_day_max).collect(),
        years: (1..=config.years_max).collect(),
        cells: (1..=config.per_day_max).map(|p| (1..=config.years_max).map(|y| cell(input, p, y)).collect()).collect(),
    };
    let mut result = ResourceResult {
        input: input.clone(),
        whole_group,
        intensified: Intensified { share, citizens: two_decimals(intensive_n), others: two_decimals(others_n), rows },
        years_table,
        target: input.target.map(|t| cover(input, config, whole(t))),
        capacity: capacity(input, config),
        warnings: warnings(),
        findings: Vec::new(),
    };
    let mut findings = Vec::new();
    let ctx = Ctx { input, config, result: &result };
    for rule in rules::RULES {
        (rule.run)(&ctx, &mut findings);
    }
    result.findings = findings;
    result
}

fn capacity(input: &ResourceInput, config: &ResourceConfig) -> Capacity {
    let share = input.intensified;
    let pct = |x: f64| crate::common::fmt_num(x * 100.0);
    let pct_da = |x: f64| crate::common::fmt_da(x * 100.0);
    match input.still_unemployed_39_weeks {
        None => Capacity {
            intensified: share,
            still_unemployed_39_weeks: None,
            difference_points: None,
            status: CapacityStatus::Unknown,
            message: Text::new(
                format!("{} % får en intensiveret indsats. Angiv andelen, der stadig er ledige efter 39 uger, for at sammenligne.", pct_da(share)),
                format!("{} % get an intensified effort. Give the share still unemployed after 39 weeks to compare.", pct(share)),
            ),
        },
        Some(s) => {
            let diff = two_decimals((share - s) * 100.0);
            let above = share - s > config.capacity_tolerance + 1e-9;
            let (da, en) = if above {
                (
                    format!("{} % får en intensiveret indsats – mere end de {} %, der stadig er ledige efter 39 uger ({} procentpoint over).", pct_da(share), pct_da(s), crate::common::fmt_da(diff)),
                    format!("{} % get an intensified effort – more than the {} % still unemployed after 39 weeks ({} percentage points above).", pct(share), pct(s), crate::common::fmt_num(diff)),
                )
            } else {
                (
                    format!("{} % får en intensiveret indsats; {} % er stadig ledige efter 39 uger.", pct_da(share), pct_da(s)),
                    format!("{} % get an intensified effort; {} % are still unemployed after 39 weeks.", pct(share), pct(s)),
                )
            };
            Capacity {
                intensified: share,
                still_unemployed_39_weeks: Some(s),
                difference_points: Some(diff),
                status: if above { CapacityStatus::Above } else { CapacityStatus::Within },
                message: Text::new(da, en),
            }
        }
    }
}

/// What a rule sees.
pub(crate) struct Ctx<'a> {
    pub input: &'a ResourceInput,
    pub config: &'a ResourceConfig,
    pub result: &'a ResourceResult,
}

#[cfg(test)]
mod tests;
