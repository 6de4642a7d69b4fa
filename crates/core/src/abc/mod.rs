//! The ABC job plan (ABC-jobplan, seed 004; jobspor and Min Plan, seed 003 §5.1–5.2;
//! DOMAIN.md §5): three ways to a job worked on at the same time from the first conversation –
//! **A** ønskejobbet (the wished job), **B** det gode og acceptable job, **C** det nødvendige job.
//!
//! [`check_abc_plan`] judges each row on the three circles of seed 004's model – the citizen's
//! wish (`wish` 1–10), competences (`competence`, or judged from the CV) and the labour market
//! (demand from the host's data, per region and occupation) – and says which letter they point
//! to, or `unrealistic` (see [`classify`] and `docs/abc.md`). The axis between the letters is
//! demand, never the worth of a job. The rules (`rules/`, codes `AB…`) check the plan as a whole
//! (all three letters, not "tre nuancer af rød"), each row's fields (seed 004's columns: job
//! titles/functions, companies/company types, who does what, when) and the circles, and give the
//! search focus by weeks unemployed as advice.

mod classify;
pub mod config;
pub mod demand;
pub mod model;
mod result;
pub mod rules;

pub use config::{AbcConfig, FocusStep, MinDemand};
pub use demand::{Demand, DemandData, RegionDemand};
pub use model::{AbcPlan, AbcRow, Competence, PlanLetter};
pub use result::{AbcClass, AbcResult, Circles, CompetenceCircle, CompetenceSource, ConversationFocus, DemandCircle, RowResult, SearchFocus, WishBand, WishCircle};

use crate::lexicon::Occupation;
use crate::common::{fmt_da, fmt_num, Date};
use crate::smart::TimeInText;
use crate::{InputError, Text};
use demand::RegionIndex;

/// Invented sample demand data (a few regions × about 15 occupations), clearly marked in its
/// `$comment`: **not** STAR's figures. For demos and tests only; a host passes its own data.
pub const SAMPLE_DEMAND: &str = include_str!("../../data/abc-demand-sample.json");

/// Refuses a JSON array or scalar where an object belongs (serde would take an array for a
/// struct); invalid JSON is left to the parser's message.
fn require_object(json: &str, en: &'static str, da: &'static str) -> Result<(), InputError> {
    // A null plan or configuration is an empty one here.
    if json.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}').starts_with("null") {
        return Ok(());
    }
    crate::common::require_object(json, crate::common::Noun::new(en, da))
}

/// Parses and validates a plan, naming the path of the first problem (`rows[1].wish`).
pub fn parse_plan(json: &str) -> Result<AbcPlan, InputError> {
    require_object(json, "the plan", "planen")?;
    let plan: Option<AbcPlan> = InputError::parse_json("the plan", json)?;
    crate::error::refuse_arrays(json, &[""], &["rows[]", "cv"])?;
    crate::error::refuse_arrays(json, &["cv."], crate::error::CV_OBJECTS)?;
    // `null` (also JS `NaN` through JSON) is not a plan: refused like the other checks do.
    let plan = plan.ok_or_else(|| InputError::new("", "the plan must be a JSON object ({ … })", "planen skal være et JSON-objekt ({ … })"))?;
    validate_plan(&plan)?;
    Ok(plan)
}

/// Checks the ranges the contract promises.
pub fn validate_plan(p: &AbcPlan) -> Result<(), InputError> {
    if let Some(w) = p.weeks_unemployed {
        if !(0.0..=5200.0).contains(&w) {
            return Err(InputError::new("weeks_unemployed", "must be a number from 0 to 5200", "skal være et tal fra 0 til 5200"));
        }
    }
    if p.conversation == Some(0) {
        return Err(InputError::new("conversation", "must be a whole number from 1 (the first conversation)", "skal være et helt tal fra 1 (første samtale)"));
    }
    for (i, r) in p.rows.iter().enumerate() {
        if let Some(w) = r.wish {
            if !(1..=10).contains(&w) {
                return Err(InputError::new(
                    format!("rows[{i}].wish"),
                    "must be a whole number from 1 to 10",
                    "skal være et helt tal fra 1 til 10",
                ));
            }
        }
    }
    Ok(())
}

/// Parses and validates a configuration.
pub fn parse_config(json: &str) -> Result<AbcConfig, InputError> {
    require_object(json, "the configuration", "konfigurationen")?;
    let c: Option<AbcConfig> = InputError::parse_json("the configuration", json)?;
    crate::error::refuse_arrays(json, &[""], &["min_demand", "search_focus[]"])?;
    let c = c.unwrap_or_default();
    c.validate()?;
    Ok(c)
}

/// Parses demand data on its own (`jobspor abc --demand FILE`): `{"<region>": {"<occupation>":
/// "shortage" | "good" | "some" | "poor"}}`, `$` keys ignored.
pub fn parse_demand(json: &str) -> Result<DemandData, InputError> {
    require_object(json, "the demand data", "efterspørgselsdata")?;
    InputError::parse_json("the demand data", json)
}

crate::common::check_json! {
    /// Checks a plan given as JSON; `config` may be `None` (or empty) for the defaults.
    check_abc_plan_json(plan, config) -> AbcResult = parse_plan, parse_config => check_abc_plan;
}

/// Checks a plan: each row's class and circles, the findings, the search focus. Never panics;
/// the configuration is used as given (call [`AbcConfig::validate`] for input from outside).
pub fn check_abc_plan(plan: &AbcPlan, config: &AbcConfig) -> AbcResult {
    let ctx = Ctx::new(plan, config);
    let mut findings = Vec::new();
    for rule in rules::RULES {
        (rule.run)(&ctx, &mut findings);
    }
    crate::rules::cap_repeated(&mut findings);
    let focus = conversation_focus(plan.conversation, &ctx.standing_letters());
    AbcResult { rows: ctx.rows.iter().map(RowFacts::result).collect(), findings, search_focus: ctx.focus, focus }
}

// ------------------------------------------------------------------ what the rules see

/// Where the demand data stands for the plan's region.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RegionStatus {
    /// The configuration has no demand data.
    NoData,
    /// The plan names no region (and no fallback region is in the data).
    NoRegion,
    /// The plan's region is not in the data (nor a fallback region).
    NotFound,
    /// The data's region used (as the data writes it); `fallback` when it is `fallback_region`.
    Found { name: String, fallback: bool },
}

/// A row's "when".
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum When {
    Empty,
    /// An ISO date `YYYY-MM-DD`.
    Date(Date),
    /// Text, as the SMART time parser reads it.
    Text(TimeInText),
}

impl When {
    pub(crate) fn date(&self) -> Option<Date> {
        match self {
            When::Date(d) => Some(*d),
            When::Text(t) => t.deadline,
            When::Empty => None,
        }
    }
}

/// What the rules know about one row.
pub(crate) struct RowFacts<'a> {
    pub i: usize,
    pub row: &'a AbcRow,
    /// Nothing filled in: rules skip it.
    pub blank: bool,
    /// The job title is filled in.
    pub titled: bool,
    /// The lexicon's occupation for the title.
    pub title: Option<&'static Occupation>,
    pub band: WishBand,
    pub wish_inferred: bool,
    pub competence: Competence,
    pub competence_source: CompetenceSource,
    pub evidence: Option<String>,
    pub demand: Demand,
    pub no_demand: bool,
    pub matched: Option<String>,
    pub region: Option<String>,
    pub class: AbcClass,
    pub reason: Text,
    pub when: When,
}

impl RowFacts<'_> {
    /// `rows[i].field`.
    pub(crate) fn path(&self, field: &str) -> String {
        if field.is_empty() {
            format!("rows[{}]", self.i)
        } else {
            format!("rows[{}].{field}", self.i)
        }
    }

    /// The title quoted for a message, or "rækken"/"the row" with its number.
    pub(crate) fn name(&self) -> Text {
        if self.titled {
            let q = crate::text::quote(&self.row.occupation);
            Text::new(format!("»{q}«"), format!("\"{q}\""))
        } else {
            Text::new(format!("række {}", self.i + 1), format!("row {}", self.i + 1))
        }
    }

    /// A row that counts for its letter: not blank and with a title or functions.
    pub(crate) fn counts(&self) -> bool {
        !self.blank && (self.titled || self.row.functions.iter().any(|f| crate::text::filled(f)))
    }

    /// AB201: an A with no demand.
    pub(crate) fn a_without_demand(&self) -> bool {
        // Known low demand only: unknown demand is "not judged" (AB205), not a missing demand.
        !self.blank && self.row.plan == Some(PlanLetter::A) && self.demand == Demand::Poor
    }

    /// AB202: a C without the demand a C needs.
    pub(crate) fn c_without_high_demand(&self, c: &AbcConfig) -> bool {
        !self.blank
            && self.row.plan == Some(PlanLetter::C)
            && self.demand != Demand::Unknown
            && !self.demand.at_least(c.min_demand.c)
    }

    fn result(&self) -> RowResult {
        let area = self.title.and_then(|t| crate::lexicon::area(t.area));
        RowResult {
            plan: self.row.plan,
            class: self.class,
            reason: self.reason.clone(),
            circles: Circles {
                wish: WishCircle { value: self.row.wish, band: self.band, inferred: self.wish_inferred },
                competence: CompetenceCircle { level: self.competence, source: self.competence_source, evidence: self.evidence.clone() },
                demand: DemandCircle {
                    level: self.demand,
                    no_demand: self.no_demand,
                    region: self.region.clone(),
                    matched: self.matched.clone(),
                    title: self.title.map(|t| t.title.to_string()),
                    area: area.map(|a| a.id.to_string()),
                    area_name: area.map(|a| Text::new(a.da, a.en)),
                },
            },
        }
    }
}

/// What a rule sees.
pub(crate) struct Ctx<'a> {
    pub plan: &'a AbcPlan,
    pub config: &'a AbcConfig,
    pub rows: Vec<RowFacts<'a>>,
    pub region: RegionStatus,
    pub today: Option<Date>,
    pub focus: Option<SearchFocus>,
}

impl<'a> Ctx<'a> {
    fn new(plan: &'a AbcPlan, config: &'a AbcConfig) -> Ctx<'a> {
        let data = &config.demand;
        let (index, region) = if data.is_empty() {
            (None, RegionStatus::NoData)
        } else {
            let own = data.region(&plan.region).map(|r| (r, false));
            let fallback = || config.fallback_region.as_deref().and_then(|f| data.region(f)).map(|r| (r, true));
            match own.or_else(fallback) {
                Some((r, fallback)) => (Some(RegionIndex::new(r)), RegionStatus::Found { name: r.region.clone(), fallback }),
                None if crate::text::filled(&plan.region) => (None, RegionStatus::NotFound),
                None => (None, RegionStatus::NoRegion),
            }
        };
        let today = config.today_date();
        // The CV is read only when a row needs its competence judged.
        let needs_cv = plan.rows.iter().any(|r| matches!(r.competence, None | Some(Competence::Unknown)) && !r.education);
        let cv = plan.cv.as_ref().filter(|_| needs_cv).map(classify::cv_entries).unwrap_or_default();
        let rows = plan.rows.iter().enumerate().map(|(i, row)| row_facts(i, row, config, index.as_ref(), &cv, today)).collect();
        let focus = plan.weeks_unemployed.and_then(|w| config.focus_step(w).map(|(k, step)| search_focus(w, k, step)));
        Ctx { plan, config, rows, region, today, focus }
    }

    /// The rows that are not blank.
    pub(crate) fn filled_rows(&self) -> impl Iterator<Item = &RowFacts<'a>> {
        self.rows.iter().filter(|r| !r.blank)
    }

    /// The rows with a job title.
    pub(crate) fn titled_rows(&self) -> impl Iterator<Item = &RowFacts<'a>> {
        self.rows.iter().filter(|r| !r.blank && r.titled)
    }

    /// The letters no row counts for.
    pub(crate) fn missing_letters(&self) -> Vec<PlanLetter> {
        PlanLetter::ALL.into_iter().filter(|l| !self.stands(*l)).collect()
    }

    /// The letters some row counts for, in order A, B, C.
    pub(crate) fn standing_letters(&self) -> Vec<PlanLetter> {
        PlanLetter::ALL.into_iter().filter(|l| self.stands(*l)).collect()
    }

    fn stands(&self, l: PlanLetter) -> bool {
        self.rows.iter().any(|r| r.counts() && r.row.plan == Some(l))
    }

    /// The plan gives a justification (for fewer than three ways).
    pub(crate) fn justification(&self) -> Option<&str> {
        self.plan.justification.as_deref().filter(|j| crate::text::filled(j))
    }

    /// " i Nordjylland" / " in Nordjylland" for the data's region, or empty.
    pub(crate) fn in_region(&self) -> (String, String) {
        match &self.region {
            RegionStatus::Found { name, .. } => {
                let q = crate::text::quote(name);
                (format!(" i {q}"), format!(" in {q}"))
            }
            _ => (String::new(), String::new()),
        }
    }
}

/// "A, B og C" / "A, B and C".
pub(crate) fn list(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// How much of a row's "when" the time parser reads.
const MAX_WHEN_CHARS: usize = 1000;

fn row_facts<'a>(
    i: usize,
    row: &'a AbcRow,
    c: &AbcConfig,
    index: Option<&RegionIndex>,
    cv: &[classify::CvEntry],
    today: Option<Date>,
) -> RowFacts<'a> {
    let titled = crate::text::filled(&row.occupation);
    let title = if titled { classify::lookup_title(&row.occupation) } else { None };
    let (band, wish_inferred) = classify::wish_band(row, c);
    let (competence, competence_source, evidence) = classify::competence(row, title, cv);
    let hit = index.and_then(|ix| ix.lookup(&row.occupation, title.map(|t| t.title)));
    let demand = hit.as_ref().map_or(Demand::Unknown, |h| h.level);
    // `no_demand`: the row is not judged on wishes alone – `poor`, or unknown while demand data
    // is required (the default, seed 004 l. 2658–2661).
    let no_demand = demand == Demand::Poor || (demand == Demand::Unknown && c.require_demand_data);
    let region = index.map(|ix| ix.region.region.clone());
    let (class, reason) = classify::classify(
        &classify::Circles {
            occupation: &row.occupation,
            region: region.as_deref(),
            wish: row.wish,
            band,
            competence,
            demand,
            no_demand,
        },
        c,
    );
    let when = if !crate::text::filled(&row.when) {
        When::Empty
    } else if let Some(d) = Date::parse(row.when.trim()) {
        When::Date(d)
    } else {
        // Only the start of a very long text is read (a time is in the first words).
        When::Text(crate::smart::find_time(classify::prefix(&row.when, MAX_WHEN_CHARS), today))
    };
    RowFacts {
        i,
        row,
        blank: row.is_blank(),
        titled,
        title,
        band,
        wish_inferred,
        competence,
        competence_source,
        evidence,
        demand,
        no_demand,
        matched: hit.map(|h| h.key),
        region,
        class,
        reason,
        when,
    }
}

fn search_focus(weeks: f64, k: usize, step: &FocusStep) -> SearchFocus {
    let (a, b, c) = (step.a, step.b, step.c);
    let (w_da, w_en) = (fmt_da(weeks), fmt_num(weeks));
    let message = if k == 0 {
        Text::new(
            format!("Efter {w_da} ugers ledighed: brug cirka {a} % af jobsøgningen på A, {b} % på B og {c} % på C – alle tre sideløbende fra starten."),
            format!("After {w_en} weeks of unemployment: spend about {a} % of the job search on A, {b} % on B and {c} % on C – all three side by side from the start."),
        )
    } else {
        Text::new(
            format!("Efter {w_da} ugers ledighed flytter fokus fra A mod B og C: brug cirka {a} % af jobsøgningen på A, {b} % på B og {c} % på C."),
            format!("After {w_en} weeks of unemployment the focus moves from A towards B and C: spend about {a} % of the job search on A, {b} % on B and {c} % on C."),
        )
    };
    SearchFocus { weeks, step: *step, shifted: k > 0, message }
}

/// The focus per conversation (seed 004: A first, the next conversation "sætter fokus på plan B",
/// then C; seed 003: all jobspor searched side by side, "ligestillede"). The focus moves over the
/// letters that stand only, and stays on the last.
fn conversation_focus(conversation: Option<u32>, standing: &[PlanLetter]) -> ConversationFocus {
    let at = |n: u32| standing.get((n as usize).min(standing.len()).checked_sub(1)?).copied();
    let (current, next) = conversation.map_or((None, None), |n| (at(n), at(n.saturating_add(1))));
    let letters: Vec<&str> = standing.iter().map(|l| l.as_str()).collect();
    let (search_da, search_en) = if letters.is_empty() {
        ("Planen har endnu ingen spor at søge i.".to_string(), "The plan has no tracks to search yet.".to_string())
    } else {
        (
            format!("Søg job inden for {} side om side frem til næste samtale – sporene er ligestillede.", list(&letters, "og")),
            format!("Search for jobs in {} side by side until the next conversation – the tracks are equal.", list(&letters, "and")),
        )
    };
    let (focus_da, focus_en) = match (current.map(PlanLetter::as_str), next.map(PlanLetter::as_str)) {
        (Some(c), Some(n)) if c == n => (format!(" Denne og næste samtale sætter fokus på plan {c}."), format!(" This and the next conversation focus on plan {c}.")),
        (Some(c), Some(n)) => (format!(" Denne samtale sætter fokus på plan {c}, den næste på plan {n}."), format!(" This conversation focuses on plan {c}, the next on plan {n}.")),
        _ if letters.len() > 1 => (
            format!(" Fokus flytter én plan pr. samtale: først {}.", letters.join(", så ")),
            format!(" The focus moves one plan per conversation: first {}.", letters.join(", then ")),
        ),
        _ => (String::new(), String::new()),
    };
    ConversationFocus {
        conversation,
        current,
        next,
        search: standing.to_vec(),
        message: Text::new(search_da + &focus_da, search_en + &focus_en),
    }
}
