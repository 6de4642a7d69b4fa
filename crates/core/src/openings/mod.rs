//! Brancheredskab (seed 004, "Viden om det lokale arbejdsmarked" –
//! marselisborg-langtidsledighed-guide.txt:4042–4160): the company consultants' register of
//! contacts, openings and work placements. Open items stay visible until filled; after 1 week
//! they turn yellow, after 2 weeks red (:4101–4103); filled items leave the list but stay in the
//! statistics. The statistics give the current places by trade (company type) and job function,
//! and the contacted companies without an opening (:4133–4137).
//!
//! [`check_openings`] gives each item's status and ageing, the statistics and the findings
//! (rules `OP…`); [`csv`] reads and writes the list for Danish Excel; [`demand`] turns the
//! current openings into the ABC plan's demand data. See docs/openings.md.

pub mod csv;
pub mod demand;
pub mod rules;

use crate::common::{config_or_default, parse_object, Date, Noun};
use crate::rules::Finding;
use crate::{InputError, Text};

contract! {
    /// The list of contacts (faneblad 1).
    #[serde(default)]
    pub struct OpeningsList {
        /// The job centre's region or municipality, as the demand data names it (for
        /// [`demand::openings_to_demand`]). Optional.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub region: String,
        /// The contacts, in the order registered.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub items: Vec<Contact>,
    }

    /// One contact with a company, registered at once (seed 004, :4105–4125).
    #[serde(default)]
    pub struct Contact {
        /// Dato: `YYYY-MM-DD`.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub date: String,
        /// Virksomhedens navn.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub company: String,
        /// CVR-nummer: 8 digits.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub cvr: String,
        /// Adresse.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub address: String,
        /// Telefonnummer.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub phone: String,
        /// E-mailadresse.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub email: String,
        /// Kontaktperson.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub contact_person: String,
        /// Virksomhedstype (from the host's list): the trade the statistics group by.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub company_type: String,
        /// Resultatet af kontakten. `null`: not registered.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub result: Option<ContactResult>,
        /// Jobfunktion (from the host's list), e.g. "Lagermedarbejder".
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub job_function: String,
        /// Antal pladser. `null` for an opening counts as 1.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub places: Option<u32>,
        /// Antal besatte pladser. `null`: 0.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub places_filled: Option<u32>,
    }

    /// The configuration: today and the ageing thresholds.
    #[serde(default)]
    pub struct OpeningsConfig {
        /// Today (`YYYY-MM-DD`), for the ageing and dates in the future. `null`: no ageing (the CLI
        /// fills in the system date).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub today: Option<String>,
        /// An open item turns yellow after this many weeks (seed: 1). `null`: 1.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub yellow_weeks: Option<f64>,
        /// An open item turns red after this many weeks (seed: 2). `null`: 2.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub red_weeks: Option<f64>,
        /// The host's list of company types (the seed's "bruttoliste"). Empty (default): any.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub company_types: Vec<String>,
        /// The host's list of job functions (the seed's "bruttoliste"). Empty (default): any.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub job_functions: Vec<String>,
    }
}

contract_enum! {
    /// Resultatet af kontakten (seed 004: ingen åbning, ordinær åbning, praktikplads).
    pub enum ContactResult {
        /// Ingen åbning.
        NoOpening,
        /// Ordinær åbning.
        OrdinaryOpening,
        /// Praktikplads.
        WorkPlacement,
    }

    /// An item's place in the list.
    pub enum ItemStatus {
        /// An opening with places not yet filled: on the list.
        Open,
        /// Every place filled: off the list, still in the statistics.
        Filled,
        /// A contact without an opening (statistics only).
        NoOpening,
        /// No result registered.
        Unknown,
    }

    /// The ageing of an open item.
    pub enum Ageing {
        /// Less than `yellow_weeks`.
        Fresh,
        /// From `yellow_weeks` (seed: after 1 week).
        Yellow,
        /// From `red_weeks` (seed: after 2 weeks).
        Red,
    }
}

impl ContactResult {
    /// The seed's words.
    pub fn label(self) -> Text {
        match self {
            ContactResult::NoOpening => Text::new("Ingen åbning", "No opening"),
            ContactResult::OrdinaryOpening => Text::new("Ordinær åbning", "Ordinary opening"),
            ContactResult::WorkPlacement => Text::new("Praktikplads", "Work placement"),
        }
    }

    pub fn is_opening(self) -> bool {
        self != ContactResult::NoOpening
    }
}

impl Ageing {
    /// The text beside the colour (never colour alone).
    pub fn label(self) -> Text {
        match self {
            Ageing::Fresh => Text::new("Ny", "New"),
            Ageing::Yellow => Text::new("Gul: over 1 uge", "Yellow: over 1 week"),
            Ageing::Red => Text::new("Rød: over 2 uger", "Red: over 2 weeks"),
        }
    }

    /// The symbol beside the colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Ageing::Fresh => "●",
            Ageing::Yellow => "▲",
            Ageing::Red => "■",
        }
    }
}

impl Contact {
    /// Places, an opening without a number counting as 1.
    pub fn places_or_one(&self) -> u32 {
        self.places.unwrap_or(1)
    }

    /// Places not yet filled (0 for a contact without an opening).
    pub fn open_places(&self) -> u32 {
        match self.result {
            Some(r) if r.is_opening() => self.places_or_one().saturating_sub(self.places_filled.unwrap_or(0)),
            _ => 0,
        }
    }

    pub fn status(&self) -> ItemStatus {
        match self.result {
            None => ItemStatus::Unknown,
            Some(ContactResult::NoOpening) => ItemStatus::NoOpening,
            Some(_) if self.open_places() > 0 => ItemStatus::Open,
            Some(_) => ItemStatus::Filled,
        }
    }

    /// The date, when it is one.
    pub fn date(&self) -> Option<Date> {
        Date::parse(self.date.trim())
    }
}

impl OpeningsConfig {
    pub fn today_date(&self) -> Option<Date> {
        self.today.as_deref().and_then(Date::parse)
    }

    /// (yellow, red) in days.
    pub fn thresholds_days(&self) -> (i64, i64) {
        let days = |w: Option<f64>, d: f64| (w.unwrap_or(d) * 7.0).round() as i64;
        (days(self.yellow_weeks, 1.0), days(self.red_weeks, 2.0))
    }

    /// Checks the ranges, naming the field.
    pub fn validate(&self) -> Result<(), InputError> {
        if let Some(t) = &self.today {
            if Date::parse(t).is_none() {
                return Err(InputError::new("today", format!("not a date of the form YYYY-MM-DD: {t:?}"), format!("ikke en dato på formen ÅÅÅÅ-MM-DD: {t:?}")));
            }
        }
        for (name, w) in [("yellow_weeks", self.yellow_weeks), ("red_weeks", self.red_weeks)] {
            if let Some(w) = w {
                if !(w.is_finite() && (0.0..=520.0).contains(&w)) {
                    return Err(InputError::new(name, "must be a number of weeks from 0 to 520", "skal være et antal uger fra 0 til 520"));
                }
            }
        }
        let (y, r) = self.thresholds_days();
        if r < y {
            return Err(InputError::new("red_weeks", "must not be less than yellow_weeks", "må ikke være mindre end yellow_weeks"));
        }
        Ok(())
    }
}

output! {
    /// The result: each item's status and ageing, the statistics, the findings.
    pub struct OpeningsResult {
        /// One per item, in the list's order.
        pub items: Vec<ItemResult>,
        /// The indices of the open items (the list on screen), oldest first.
        pub open: Vec<usize>,
        /// Faneblad 2.
        pub statistics: Statistics,
        pub findings: Vec<Finding>,
    }

    /// One item's status.
    pub struct ItemResult {
        pub index: usize,
        pub status: ItemStatus,
        /// Places not yet filled.
        pub open_places: u32,
        /// Days since the date (`null` without today or a valid date).
        pub age_days: Option<i64>,
        /// The ageing of an open item (`null` for the others, or without today).
        pub ageing: Option<Ageing>,
        /// The ageing in words (beside the colour).
        pub ageing_label: Option<Text>,
        /// The ageing's symbol (beside the colour).
        pub ageing_symbol: Option<String>,
    }

    /// The statistics: every item counts, filled ones too.
    pub struct Statistics {
        /// Contacts registered.
        pub contacts: usize,
        /// Different companies contacted (by CVR, else name).
        pub companies: usize,
        /// Places in openings, filled and not.
        pub places: u32,
        pub places_filled: u32,
        /// Current places: not yet filled.
        pub open_places: u32,
        /// By trade (company type), most current places first.
        pub by_trade: Vec<Group>,
        /// By job function, most current places first.
        pub by_function: Vec<Group>,
        /// Contacted companies without an opening, by trade, most first.
        pub no_opening_by_trade: Vec<NoOpeningGroup>,
    }

    /// Places in one trade or job function.
    pub struct Group {
        /// The trade or function as written ("(ikke angivet)" when blank).
        pub name: String,
        /// Current places: not yet filled.
        pub open_places: u32,
        pub places: u32,
        pub places_filled: u32,
        /// Items with an opening.
        pub openings: usize,
    }

    /// Contacts without an opening in one trade.
    pub struct NoOpeningGroup {
        pub name: String,
        /// Different companies.
        pub companies: usize,
        pub contacts: usize,
    }
}

const LIST: Noun = Noun::new("the openings list", "listen over åbninger");
const CONFIG: Noun = Noun::new("the configuration", "konfigurationen");

/// Parses the list, naming the path of the first problem (`items[2].places`).
pub fn parse_openings(json: &str) -> Result<OpeningsList, InputError> {
    let list = parse_object(json, LIST)?;
    crate::error::refuse_arrays(json, &[""], &["items[]"])?;
    Ok(list)
}

/// Parses and validates a configuration.
pub fn parse_config(json: &str) -> Result<OpeningsConfig, InputError> {
    let c: OpeningsConfig = parse_object(json, CONFIG)?;
    c.validate()?;
    Ok(c)
}

/// Checks a list given as JSON; `config` may be `None` (or blank) for the defaults.
pub fn check_openings_json(list: &str, config: Option<&str>) -> Result<OpeningsResult, InputError> {
    let l = parse_openings(list)?;
    let c = config_or_default(config, parse_config)?;
    Ok(check_openings(&l, &c))
}

/// The blank name of a group.
const NOT_GIVEN: &str = "(ikke angivet)";

fn group_name(s: &str) -> String {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.is_empty() {
        NOT_GIVEN.to_string()
    } else {
        t
    }
}

/// Ageing of an item `age` days old.
pub fn ageing(age_days: i64, config: &OpeningsConfig) -> Ageing {
    let (yellow, red) = config.thresholds_days();
    if age_days >= red {
        Ageing::Red
    } else if age_days >= yellow {
        Ageing::Yellow
    } else {
        Ageing::Fresh
    }
}

/// Checks the list: statuses, ageing, statistics, findings. Never panics.
pub fn check_openings(list: &OpeningsList, config: &OpeningsConfig) -> OpeningsResult {
    let today = config.today_date();
    let items: Vec<ItemResult> = list
        .items
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let status = c.status();
            let age_days = match (today, c.date()) {
                (Some(t), Some(d)) => Some(t.unix_days() - d.unix_days()),
                _ => None,
            };
            let ageing = age_days.filter(|_| status == ItemStatus::Open).map(|a| ageing(a.max(0), config));
            ItemResult {
                index,
                status,
                open_places: c.open_places(),
                age_days,
                ageing,
                ageing_label: ageing.map(Ageing::label),
                ageing_symbol: ageing.map(|a| a.symbol().to_string()),
            }
        })
        .collect();
    let mut open: Vec<usize> = items.iter().filter(|i| i.status == ItemStatus::Open).map(|i| i.index).collect();
    open.sort_by_key(|&i| (list.items[i].date(), i));
    let statistics = statistics(list);
    let ctx = Ctx { list, config, today, items: &items };
    let mut findings = Vec::new();
    for rule in rules::RULES {
        (rule.run)(&ctx, &mut findings);
    }
    crate::rules::cap_repeated(&mut findings);
    OpeningsResult { items, open, statistics, findings }
}

fn company_key(c: &Contact) -> String {
    let cvr: String = c.cvr.chars().filter(|c| !c.is_whitespace()).collect();
    if cvr.is_empty() {
        c.company.trim().to_lowercase()
    } else {
        cvr
    }
}

/// The groups by name, case-insensitively: one hash look-up per item (a scan of the groups per
/// item made 100,000 different trades quadratic).
#[derive(Default)]
struct GroupIndex(std::collections::HashMap<String, usize>);

impl GroupIndex {
    /// The index of the group `name`, or `next` (registered) when it is new.
    fn at(&mut self, name: &str, next: usize) -> usize {
        *self.0.entry(name.to_lowercase()).or_insert(next)
    }
}

fn groups(list: &OpeningsList, key: impl Fn(&Contact) -> &str) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut index = GroupIndex::default();
    for c in list.items.iter().filter(|c| c.result.is_some_and(ContactResult::is_opening)) {
        let name = group_name(key(c));
        let at = index.at(&name, out.len());
        if at == out.len() {
            out.push(Group { name, open_places: 0, places: 0, places_filled: 0, openings: 0 });
        }
        let g = &mut out[at];
        g.open_places = g.open_places.saturating_add(c.open_places());
        g.places = g.places.saturating_add(c.places_or_one());
        g.places_filled = g.places_filled.saturating_add(c.places_filled.unwrap_or(0).min(c.places_or_one()));
        g.openings += 1;
    }
    out.sort_by(|a, b| b.open_places.cmp(&a.open_places).then(b.places.cmp(&a.places)));
    out
}

/// A sum of places that stops at `u32::MAX` (two items of 4,294,967,295 places overflowed).
fn sum(places: impl Iterator<Item = u32>) -> u32 {
    places.fold(0, u32::saturating_add)
}

fn statistics(list: &OpeningsList) -> Statistics {
    let openings = || list.items.iter().filter(|c| c.result.is_some_and(ContactResult::is_opening));
    let mut companies: Vec<String> = list.items.iter().map(company_key).filter(|k| !k.is_empty()).collect();
    companies.sort();
    companies.dedup();
    // (name, the companies seen, contacts); a company counts once per trade.
    let mut none: Vec<(String, std::collections::HashSet<String>, usize)> = Vec::new();
    let mut index = GroupIndex::default();
    for c in list.items.iter().filter(|c| c.result == Some(ContactResult::NoOpening)) {
        let name = group_name(&c.company_type);
        let at = index.at(&name, none.len());
        if at == none.len() {
            none.push((name, Default::default(), 0));
        }
        none[at].1.insert(company_key(c));
        none[at].2 += 1;
    }
    let mut no_opening_by_trade: Vec<NoOpeningGroup> = none.into_iter().map(|(name, cos, contacts)| NoOpeningGroup { name, companies: cos.len(), contacts }).collect();
    no_opening_by_trade.sort_by(|a, b| b.companies.cmp(&a.companies).then(b.contacts.cmp(&a.contacts)));
    Statistics {
        contacts: list.items.len(),
        companies: companies.len(),
        places: sum(openings().map(Contact::places_or_one)),
        places_filled: sum(openings().map(|c| c.places_filled.unwrap_or(0).min(c.places_or_one()))),
        open_places: sum(openings().map(Contact::open_places)),
        by_trade: groups(list, |c| &c.company_type),
        by_function: groups(list, |c| &c.job_function),
        no_opening_by_trade,
    }
}

/// What a rule sees.
pub(crate) struct Ctx<'a> {
    pub list: &'a OpeningsList,
    pub config: &'a OpeningsConfig,
    pub today: Option<Date>,
    pub items: &'a [ItemResult],
}

impl Ctx<'_> {
    /// `items[i].field`.
    pub(crate) fn path(i: usize, field: &str) -> String {
        format!("items[{i}].{field}")
    }

    /// "Kontakt 3 (Firma A/S)" / "Contact 3 (Firma A/S)".
    pub(crate) fn name(&self, i: usize) -> Text {
        let c = &self.list.items[i];
        let n = i + 1;
        if crate::text::filled(&c.company) {
            let q = crate::text::quote(&c.company);
            Text::new(format!("Kontakt {n} (»{q}«)"), format!("Contact {n} (\"{q}\")"))
        } else {
            Text::new(format!("Kontakt {n}"), format!("Contact {n}"))
        }
    }
}

#[cfg(test)]
mod tests;
