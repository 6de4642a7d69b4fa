//! The indsatsplan (issue 17): the sheet citizen and caseworker fill in together (seed 004,
//! Indsatsplan, marselisborg-langtidsledighed-guide.txt:3192–3199 and the sheet :3259–3295;
//! the guidance :3960–4039). A **hovedmål** (the employment goal, which "may stay open": "Kontor
//! og administration / Detailhandel", :3982–3989), the **delmål** on the way there, per delmål the
//! **aktiviteter** – who does what (borger, jobcenter, a-kasse) and when – and the **evaluering**
//! at follow-up with its date.
//!
//! [`check_indsatsplan`] runs every delmål through the SMART check as a goal
//! ([`crate::smart::check_smart`] with [`crate::smart::Kind::Goal`]), finds the occupational areas
//! the hovedmål and each delmål name ([`crate::lexicon::areas_in`]), and runs the rules `IP…`.
//!
//! No CPR number: the seed's sheet has a field for it (:3234–3239); the contract has none, and
//! the citizen's name is free text. See docs/indsatsplan.md.

pub mod rules;

use crate::common::{parse_object, Date, Noun};
use crate::rules::Finding;
use crate::smart::{Kind, SmartOptions, SmartResult};
use crate::{InputError, Text};

contract! {
    /// One indsatsplan: the hovedmål, the delmål with their activities and evaluations.
    #[serde(default)]
    pub struct Indsatsplan {
        /// The citizen's name, free text (no CPR number).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub citizen: String,
        /// The caseworker or consultant (Konsulent), free text.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub consultant: String,
        /// The plan's date (`YYYY-MM-DD`), the sheet's "Dato".
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub date: Option<String>,
        /// Hovedmål: "Hvad er borgerens beskæftigelsesmål?" (:3195). May stay open, e.g.
        /// "Kontor og administration / Detailhandel".
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub main_goal: String,
        /// Delmål: "Hvilke delmål skal indfries for at nå det overordnede beskæftigelsesmål?"
        /// (:3197), in the order they are worked on.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub sub_goals: Vec<SubGoal>,
    }

    /// One delmål with its activities and its evaluation.
    #[serde(default)]
    pub struct SubGoal {
        /// The delmål, one sentence (SMART-checked as a goal).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub goal: String,
        /// "Hvad skal borger og jobcenter iværksætte for at nå de enkelte delmål?" (:3199).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub activities: Vec<Activity>,
        /// The evaluation at follow-up (the sheet's "Evaluering").
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub evaluation: Evaluation,
    }

    /// One activity: what, who does it, when.
    #[serde(default, rename = "PlanActivity")]
    pub struct Activity {
        /// What is done, free text.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub activity: String,
        /// Who does it: `borger`, `jobcenter` or `a-kasse`.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub who: Option<Who>,
        /// When, free text as agreed ("uge 10", "senest 15. februar", "til næste samtale").
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub when: String,
    }

    /// The evaluation of a delmål: when it is due, and what was found.
    #[serde(default, rename = "SubGoalEvaluation")]
    pub struct Evaluation {
        /// The date of the evaluation (`YYYY-MM-DD`).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub date: Option<String>,
        /// The evaluation, free text (empty until it has taken place).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub text: String,
    }

    /// The indsatsplan check's configuration.
    #[serde(default)]
    pub struct IndsatsplanConfig {
        /// Today (`YYYY-MM-DD`): evaluation dates before it are due (`IP006`), and the SMART
        /// check resolves relative times from it. The CLI and the JS API default to the current
        /// date; the core to none (no evaluation is then due).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub today: Option<String>,
    }
}

contract_enum! {
    /// Who does an activity (the seed: "borger og jobcenter", :3199; the a-kasse added for the
    /// a-kasse's own plans).
    pub enum Who {
        /// The citizen.
        Borger,
        /// The jobcentre (caseworker or company consultant).
        Jobcenter,
        /// The unemployment insurance fund.
        #[serde(rename = "a-kasse")]
        AKasse,
    }
}

impl Who {
    /// The word for a message or a print.
    pub fn text(self) -> Text {
        match self {
            Who::Borger => Text::new("borger", "citizen"),
            Who::Jobcenter => Text::new("jobcenter", "jobcentre"),
            Who::AKasse => Text::new("a-kasse", "unemployment fund"),
        }
    }
}

output! {
    /// The indsatsplan's result.
    pub struct IndsatsplanResult {
        /// The occupational areas the hovedmål names (empty: none recognised).
        pub main_goal_areas: Vec<AreaRef>,
        /// One per delmål, in the given order.
        pub sub_goals: Vec<SubGoalResult>,
        pub findings: Vec<Finding>,
    }

    /// One delmål.
    pub struct SubGoalResult {
        pub index: usize,
        /// The SMART check of the delmål as a goal.
        pub smart: SmartResult,
        /// The occupational areas the delmål names.
        pub areas: Vec<AreaRef>,
        /// Whether the delmål leads to the hovedmål's area: `None` when either names no area.
        pub leads_to_main_goal: Option<bool>,
        /// The number of activities.
        pub activities: usize,
        /// The evaluation's date has passed and no evaluation is written.
        pub evaluation_due: bool,
    }

    /// An occupational area (see `jobspor occupation`).
    pub struct AreaRef {
        pub id: String,
        pub name: Text,
    }
}

/// The most delmål and activities per delmål read (the follow-ups' limit); more is refused
/// naming the list.
pub use crate::progress::MAX_ENTRIES;
use crate::progress::at_most;

/// The longest text of one field, in UTF-8 bytes (a goal is a sentence; a pasted document is
/// refused naming the field).
pub const MAX_FIELD_BYTES: usize = 10_000;

fn text_field(value: &str, path: &str) -> Result<(), InputError> {
    if value.len() > MAX_FIELD_BYTES {
        return Err(InputError::new(
            path,
            format!("is too long: {} bytes, at most {MAX_FIELD_BYTES}", value.len()),
            format!("er for lang: {} byte, højst {MAX_FIELD_BYTES}", value.len()),
        ));
    }
    Ok(())
}

impl Indsatsplan {
    /// Checks dates, list lengths and text lengths, naming the path.
    pub fn validate(&self) -> Result<(), InputError> {
        use crate::progress::date_field;
        text_field(&self.citizen, "citizen")?;
        text_field(&self.consultant, "consultant")?;
        date_field(self.date.as_deref(), "date")?;
        text_field(&self.main_goal, "main_goal")?;
        at_most(self.sub_goals.len(), "sub_goals")?;
        for (i, g) in self.sub_goals.iter().enumerate() {
            let p = format!("sub_goals[{i}]");
            text_field(&g.goal, &format!("{p}.goal"))?;
            at_most(g.activities.len(), &format!("{p}.activities"))?;
            for (j, a) in g.activities.iter().enumerate() {
                text_field(&a.activity, &format!("{p}.activities[{j}].activity"))?;
                text_field(&a.when, &format!("{p}.activities[{j}].when"))?;
            }
            date_field(g.evaluation.date.as_deref(), &format!("{p}.evaluation.date"))?;
            text_field(&g.evaluation.text, &format!("{p}.evaluation.text"))?;
        }
        Ok(())
    }
}

impl IndsatsplanConfig {
    pub fn validate(&self) -> Result<(), InputError> {
        crate::progress::date_field(self.today.as_deref(), "today").map(|_| ())
    }
}

const PLAN: Noun = Noun::new("the indsatsplan", "indsatsplanen");
const CONFIG: Noun = Noun::new("the configuration", "konfigurationen");

/// Reads and validates an indsatsplan (JSON).
pub fn parse_indsatsplan(json: &str) -> Result<Indsatsplan, InputError> {
    let p: Indsatsplan = parse_object(json, PLAN)?;
    crate::error::refuse_arrays(json, &[""], &["sub_goals[]", "sub_goals[].activities[]", "sub_goals[].evaluation"])?;
    p.validate()?;
    Ok(p)
}

/// Reads and validates the configuration (JSON).
pub fn parse_config(json: &str) -> Result<IndsatsplanConfig, InputError> {
    let c: IndsatsplanConfig = parse_object(json, CONFIG)?;
    c.validate()?;
    Ok(c)
}

crate::common::check_json! {
    /// The indsatsplan from JSON with an optional configuration (`None` or blank: the defaults).
    check_indsatsplan_json(plan, config) -> IndsatsplanResult = parse_indsatsplan, parse_config => check_indsatsplan;
}

fn area_refs(text: &str) -> Vec<AreaRef> {
    crate::lexicon::areas_in(text).into_iter().map(|a| AreaRef { id: a.id.to_string(), name: Text::new(a.da, a.en) }).collect()
}

/// The SMART results, areas and findings. Never panics; linear in the plan's size.
pub fn check_indsatsplan(plan: &Indsatsplan, config: &IndsatsplanConfig) -> IndsatsplanResult {
    let today = config.today.as_deref().and_then(|d| Date::parse(d.trim()));
    let smart_options = SmartOptions { kind: Kind::Goal, today: today.map(|d| d.to_string()), ..SmartOptions::default() };
    let main_goal_areas = area_refs(&plan.main_goal);
    let sub_goals = plan
        .sub_goals
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let areas = area_refs(&g.goal);
            let leads = (!areas.is_empty() && !main_goal_areas.is_empty()).then(|| areas.iter().any(|a| main_goal_areas.iter().any(|m| m.id == a.id)));
            let eval_date = g.evaluation.date.as_deref().and_then(|d| Date::parse(d.trim()));
            SubGoalResult {
                index: i,
                smart: crate::smart::check_smart(&g.goal, &smart_options),
                areas,
                leads_to_main_goal: leads,
                activities: g.activities.len(),
                evaluation_due: matches!((eval_date, today), (Some(d), Some(t)) if d < t) && !crate::text::filled(&g.evaluation.text),
            }
        })
        .collect::<Vec<_>>();
    let ctx = Ctx { plan, sub_goals: &sub_goals, main_goal_areas: &main_goal_areas };
    let mut findings = Vec::new();
    for rule in rules::RULES {
        (rule.run)(&ctx, &mut findings);
    }
    crate::rules::cap_repeated(&mut findings);
    IndsatsplanResult { main_goal_areas, sub_goals, findings }
}

/// What an indsatsplan rule sees.
pub(crate) struct Ctx<'a> {
    pub plan: &'a Indsatsplan,
    pub sub_goals: &'a [SubGoalResult],
    pub main_goal_areas: &'a [AreaRef],
}

impl Ctx<'_> {
    /// The delmål's name for a message: quoted, or its number.
    pub(crate) fn goal_name(&self, i: usize) -> Text {
        let g = &self.plan.sub_goals[i].goal;
        if crate::text::filled(g) {
            let q = crate::text::quote(g);
            Text::new(format!("delmål {} »{q}«", i + 1), format!("sub-goal {} \"{q}\"", i + 1))
        } else {
            Text::new(format!("delmål {}", i + 1), format!("sub-goal {}", i + 1))
        }
    }

    /// Every activity: (delmål, activity index, activity).
    pub(crate) fn activities(&self) -> impl Iterator<Item = (usize, usize, &Activity)> {
        self.plan.sub_goals.iter().enumerate().flat_map(|(i, g)| g.activities.iter().enumerate().map(move |(j, a)| (i, j, a)))
    }

    /// An activity that has something written (what, who or when): an empty row is not judged.
    pub(crate) fn started(a: &Activity) -> bool {
        crate::text::filled(&a.activity) || a.who.is_some() || crate::text::filled(&a.when)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../../../tests/fixtures/indsatsplan/indsatsplan.json");

    #[test]
    fn round_trips_through_json() {
        let p = parse_indsatsplan(FIXTURE).unwrap();
        let again = parse_indsatsplan(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(p, again);
        assert_eq!(p.sub_goals[1].activities[2].who, Some(Who::AKasse));
        assert!(serde_json::to_string(&p).unwrap().contains(r#""who":"a-kasse""#));
    }

    #[test]
    fn the_example_is_quiet_and_leads_to_the_main_goal() {
        let r = check_indsatsplan_json(FIXTURE, Some(r#"{"today": "2026-03-01"}"#)).unwrap();
        assert!(r.findings.is_empty(), "{:#?}", r.findings);
        let ids: Vec<&str> = r.main_goal_areas.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["kontor", "detail"]);
        assert_eq!(r.sub_goals[0].leads_to_main_goal, Some(true));
        assert_eq!(r.sub_goals[1].smart.met, 5);
    }

    #[test]
    fn bad_input_names_the_field() {
        let err = |json: &str| parse_indsatsplan(json).unwrap_err().path;
        assert_eq!(err(r#"{"sub_goals": [{"evaluation": {"date": "1. maj"}}]}"#), "sub_goals[0].evaluation.date");
        assert!(err(r#"{"sub_goals": [{"activities": [{"who": "chefen"}]}]}"#).starts_with("sub_goals[0].activities[0].who"));
        assert_eq!(err(r#"{"sub_goals": [{"activities": [["x"]]}]}"#), "sub_goals[0].activities[0]");
        assert_eq!(err("[]"), "");
        let long = format!(r#"{{"main_goal": "{}"}}"#, "a".repeat(MAX_FIELD_BYTES + 1));
        assert_eq!(err(&long), "main_goal");
        assert_eq!(parse_config(r#"{"today": "i går"}"#).unwrap_err().path, "today");
        // no CPR field: an unknown key is ignored, never stored
        let p = parse_indsatsplan(r#"{"cpr": "010101-1234", "main_goal": "Lager"}"#).unwrap();
        assert!(!serde_json::to_string(&p).unwrap().contains("010101"));
    }
}
