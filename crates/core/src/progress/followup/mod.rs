//! The work-placement follow-up (Praktikopfølgningsskemaet, seed 003 §4.2 "Progression mod
//! job", frederikshavn-metodehaandbog.txt:872–926): at each visit, per central task, the
//! employer's score on the 10-point scale, where a new hire would score, the time the citizen
//! spends on it, what the citizen must be able to do to be paid for it, the citizen's own score
//! and the agreement on what to work on. [`check_followup`] gives per task the gaps employer ↔
//! citizen and citizen ↔ new hire, the seed's prompt that applies (employer scored higher / lower
//! than the citizen), the change since the task's last visit, and the findings (rules `PF…`).

pub mod rules;

use super::{at_most, date_field, hours_field, period_field, Period};
use crate::common::{config_or_default, parse_object, Date, Noun};
use crate::rules::Finding;
use crate::{InputError, Text};

contract! {
    /// The follow-up of one work placement (virksomhedspraktik, løntilskud): who, where, the
    /// hours, and the visits. No CPR number: the citizen's name is free text.
    #[serde(default)]
    pub struct PlacementFollowup {
        /// The citizen's name, free text.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub citizen: String,
        /// The company.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub company: String,
        /// The company consultant (virksomhedskonsulent) following up.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub consultant: String,
        /// The kind of placement, free text (virksomhedspraktik, løntilskud …).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub placement: String,
        /// The placement's period.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub period: Period,
        /// Hours per week in the placement now.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub placement_hours: Option<f64>,
        /// Ordinary (paid) hours per week now.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub ordinary_hours: Option<f64>,
        /// The ordinary hours per week aimed at: "Forventningsafstemning i forhold til ordinære
        /// timer fra dag 1" (:882).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub ordinary_hours_goal: Option<f64>,
        /// The follow-up visits, oldest first.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub visits: Vec<Visit>,
    }

    /// One follow-up visit (a conversation with the company and the citizen).
    #[serde(default)]
    pub struct Visit {
        /// The date (`YYYY-MM-DD`).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub date: Option<String>,
        /// The central tasks, as the company names them (:913).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub tasks: Vec<Task>,
        /// A note for the visit.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub note: String,
    }

    /// One central task at one visit (:912–926).
    #[serde(default)]
    pub struct Task {
        /// The task, in the company's words; the same words at the next visit tie the two.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub task: String,
        /// "Hvordan vil du vurdere, at borgeren løser opgave X på 10-pointsskalaen?" (1–10).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub employer_score: Option<u8>,
        /// "Hvor vil du vurdere, at en nyansat vil ligge på 10-pointsskalaen?" (1–10).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub new_hire_score: Option<u8>,
        /// "Hvor lang tid bruger borgeren på opgaven?": hours per week.
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub hours_per_week: Option<f64>,
        /// "Hvad skal borgeren kunne yderligere for at få løn for den udførte opgave/brugte timer?"
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub to_be_paid: String,
        /// The citizen's own score: "Hvordan vil du vurdere, at du har udviklet dig på opgave X?"
        /// (1–10).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub citizen_score: Option<u8>,
        /// The agreement: what the citizen works on to convert placement hours into ordinary hours
        /// (:901–902).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub agreement: String,
    }

    /// The follow-up's configuration.
    #[serde(default)]
    pub struct FollowupConfig {
        /// The gap (points) from which employer and citizen count as scoring differently and a
        /// prompt applies (Jobspor's default 1: any difference; the seed gives no figure).
        #[cfg_attr(feature = "ts", tsify(optional))]
        pub min_gap: Option<u8>,
    }
}

contract_enum! {
    /// Which of the seed's two conditional questions applies (:921–926).
    pub enum PromptKind {
        /// "Hvis arbejdsgiver har vurderet højere end borger".
        EmployerHigher,
        /// "Hvis arbejdsgiver har vurderet lavere end borger".
        EmployerLower,
    }
}

output! {
    /// The follow-up's result.
    pub struct FollowupResult {
        /// One per visit, in the given order.
        pub visits: Vec<VisitResult>,
        /// The seed's questions for the company and for the citizen (the conversation guide).
        pub questions: Questions,
        pub findings: Vec<Finding>,
    }

    /// One visit.
    pub struct VisitResult {
        pub index: usize,
        pub date: Option<String>,
        pub tasks: Vec<TaskResult>,
        /// The hours per week of the tasks with a time.
        pub task_hours: f64,
    }

    /// One task at one visit: the scores, the gaps, the prompt.
    pub struct TaskResult {
        pub index: usize,
        pub task: String,
        pub employer_score: Option<u8>,
        pub new_hire_score: Option<u8>,
        pub citizen_score: Option<u8>,
        /// Employer's score minus the citizen's own (positive: the employer scored higher).
        pub employer_vs_citizen: Option<i32>,
        /// Where a new hire would score minus the employer's score of the citizen (positive:
        /// points still to go to a new hire's level; 0 or less: at or above it).
        pub to_new_hire: Option<i32>,
        /// The seed's question for the citizen that applies, when employer and citizen differ.
        pub prompt: Option<Prompt>,
        /// The latest earlier visit with the same task scored by the employer.
        pub previous_visit: Option<usize>,
        /// The employer's score now minus at `previous_visit`.
        pub change: Option<i32>,
        /// The citizen's own score now minus at `previous_visit` (when both are given).
        pub citizen_change: Option<i32>,
    }

    /// A question of the seed, with its lines.
    pub struct Prompt {
        pub kind: PromptKind,
        pub text: Text,
        pub source: String,
    }

    /// The seed's questions (:912–926).
    pub struct Questions {
        /// "Til virksomhed".
        pub company: Vec<Question>,
        /// "Til borger".
        pub citizen: Vec<Question>,
    }

    /// One question.
    pub struct Question {
        pub text: Text,
        pub source: String,
    }
}

const SEED: &str = "seed 003 §4.2, frederikshavn-metodehaandbog.txt:";

/// The seed's questions (`X`: the task), with their lines: (da, en, lines).
pub const COMPANY_QUESTIONS: [(&str, &str, &str); 5] = [
    ("Hvilke af de opgaver, som borgeren løser til dagligt, vil du vurdere, er de mest centrale?", "Which of the tasks the citizen does every day would you say are the most central?", "913"),
    ("Hvordan vil du vurdere, at borgeren løser opgave X på 10-pointsskalaen?", "How would you score the way the citizen does task X on the 10-point scale?", "914"),
    ("Hvor vil du vurdere, at en nyansat vil ligge på 10-pointsskalaen?", "Where would you say a new hire would be on the 10-point scale?", "915"),
    ("Hvor lang tid bruger borgeren på opgaven?", "How much time does the citizen spend on the task?", "916"),
    ("Hvad skal borgeren kunne yderligere for at få løn for den udførte opgave /brugte timer?", "What more must the citizen be able to do to be paid for the task done / the hours spent?", "917"),
];

/// The citizen's questions: the general one, then the two that depend on who scored higher.
pub const CITIZEN_QUESTIONS: [(&str, &str, &str); 3] = [
    ("Hvordan vil du vurdere, at du har udviklet dig på opgave X?", "How would you say you have developed on task X?", "920"),
    ("Vidste du, at arbejdsgiver faktisk vurderer dig bedre, end du selv gør?", "Did you know that your employer actually rates you higher than you do yourself?", "921–922"),
    (
        "Hvilke aftaler skal vi sammen indgå, så du kan styrke dig på det her punkt til næste gang? Hvad tror du selv, der skal til, før du kunne blive endnu bedre til at løse denne opgave?",
        "Which agreements should we make together so you can get stronger on this point by next time? What do you think it takes for you to get even better at this task?",
        "924–926",
    ),
];

fn question((da, en, lines): (&str, &str, &str)) -> Question {
    Question { text: Text::new(da, en), source: format!("{SEED}{lines}") }
}

/// The seed's questions for the company and the citizen.
pub fn questions() -> Questions {
    Questions { company: COMPANY_QUESTIONS.into_iter().map(question).collect(), citizen: CITIZEN_QUESTIONS.into_iter().map(question).collect() }
}

impl PromptKind {
    /// The seed's question for this case.
    pub fn prompt(self) -> Prompt {
        let q = question(CITIZEN_QUESTIONS[if self == PromptKind::EmployerHigher { 1 } else { 2 }]);
        Prompt { kind: self, text: q.text, source: q.source }
    }
}

/// Which prompt applies to an employer's and a citizen's score (`min_gap` points apart or more).
pub fn prompt_for(employer: Option<u8>, citizen: Option<u8>, min_gap: u8) -> Option<PromptKind> {
    let d = i32::from(employer?) - i32::from(citizen?);
    let gap = i32::from(min_gap.max(1));
    if d >= gap {
        Some(PromptKind::EmployerHigher)
    } else if d <= -gap {
        Some(PromptKind::EmployerLower)
    } else {
        None
    }
}

impl PlacementFollowup {
    /// Checks dates, hours and scores, naming the path.
    pub fn validate(&self) -> Result<(), InputError> {
        period_field(&self.period, "period")?;
        hours_field(self.placement_hours, "placement_hours")?;
        hours_field(self.ordinary_hours, "ordinary_hours")?;
        hours_field(self.ordinary_hours_goal, "ordinary_hours_goal")?;
        at_most(self.visits.len(), "visits")?;
        for (i, v) in self.visits.iter().enumerate() {
            date_field(v.date.as_deref(), &format!("visits[{i}].date"))?;
            at_most(v.tasks.len(), &format!("visits[{i}].tasks"))?;
            for (j, t) in v.tasks.iter().enumerate() {
                let p = format!("visits[{i}].tasks[{j}]");
                super::score_field(t.employer_score, 1, 10, &format!("{p}.employer_score"))?;
                super::score_field(t.new_hire_score, 1, 10, &format!("{p}.new_hire_score"))?;
                super::score_field(t.citizen_score, 1, 10, &format!("{p}.citizen_score"))?;
                hours_field(t.hours_per_week, &format!("{p}.hours_per_week"))?;
            }
        }
        Ok(())
    }
}

impl FollowupConfig {
    pub fn validate(&self) -> Result<(), InputError> {
        super::score_field(self.min_gap, 1, 9, "min_gap")
    }
}

impl Task {
    /// Has a score of anyone.
    pub fn scored(&self) -> bool {
        self.employer_score.is_some() || self.citizen_score.is_some() || self.new_hire_score.is_some()
    }

    /// The task's words, folded for matching across visits.
    fn key(&self) -> String {
        self.task.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
    }
}

const FOLLOWUP: Noun = Noun::new("the follow-up", "opfølgningen");
const CONFIG: Noun = Noun::new("the configuration", "konfigurationen");

/// Reads and validates a follow-up (JSON).
pub fn parse_followup(json: &str) -> Result<PlacementFollowup, InputError> {
    let f: PlacementFollowup = parse_object(json, FOLLOWUP)?;
    crate::error::refuse_arrays(json, &[""], &["period", "visits[]", "visits[].tasks[]"])?;
    f.validate()?;
    Ok(f)
}

/// Reads and validates the configuration (JSON).
pub fn parse_config(json: &str) -> Result<FollowupConfig, InputError> {
    let c: FollowupConfig = parse_object(json, CONFIG)?;
    c.validate()?;
    Ok(c)
}

/// The follow-up from JSON with an optional configuration (`None` or blank: the defaults).
pub fn check_followup_json(followup: &str, config: Option<&str>) -> Result<FollowupResult, InputError> {
    let f = parse_followup(followup)?;
    let c = config_or_default(config, parse_config)?;
    Ok(check_followup(&f, &c))
}

fn diff(a: Option<u8>, b: Option<u8>) -> Option<i32> {
    Some(i32::from(a?) - i32::from(b?))
}

/// The gaps, prompts and changes. Never panics; the task matching is linear per task over the
/// earlier visits.
pub fn check_followup(f: &PlacementFollowup, config: &FollowupConfig) -> FollowupResult {
    let min_gap = config.min_gap.unwrap_or(1);
    // The latest employer-scored visit of each task so far: key → (visit, task).
    let mut last: std::collections::HashMap<String, (usize, usize)> = std::collections::HashMap::new();
    let mut visits = Vec::with_capacity(f.visits.len());
    for (i, v) in f.visits.iter().enumerate() {
        let tasks: Vec<TaskResult> = v
            .tasks
            .iter()
            .enumerate()
            .map(|(j, t)| {
                let prev = last.get(&t.key()).copied().filter(|_| crate::text::filled(&t.task));
                let before = prev.map(|(pi, pj)| &f.visits[pi].tasks[pj]);
                TaskResult {
                    index: j,
                    task: t.task.clone(),
                    employer_score: t.employer_score,
                    new_hire_score: t.new_hire_score,
                    citizen_score: t.citizen_score,
                    employer_vs_citizen: diff(t.employer_score, t.citizen_score),
                    to_new_hire: diff(t.new_hire_score, t.employer_score),
                    prompt: prompt_for(t.employer_score, t.citizen_score, min_gap).map(PromptKind::prompt),
                    previous_visit: prev.map(|p| p.0),
                    change: before.and_then(|b| diff(t.employer_score, b.employer_score)),
                    citizen_change: before.and_then(|b| diff(t.citizen_score, b.citizen_score)),
                }
            })
            .collect();
        for (j, t) in v.tasks.iter().enumerate() {
            if t.employer_score.is_some() && crate::text::filled(&t.task) {
                last.insert(t.key(), (i, j));
            }
        }
        let task_hours = (v.tasks.iter().filter_map(|t| t.hours_per_week).sum::<f64>() * 100.0).round() / 100.0;
        visits.push(VisitResult { index: i, date: v.date.clone(), tasks, task_hours });
    }
    let ctx = Ctx { followup: f, visits: &visits };
    let mut findings = Vec::new();
    for rule in rules::RULES {
        (rule.run)(&ctx, &mut findings);
    }
    crate::rules::cap_repeated(&mut findings);
    FollowupResult { visits, questions: questions(), findings }
}

/// What a follow-up rule sees.
pub(crate) struct Ctx<'a> {
    pub followup: &'a PlacementFollowup,
    pub visits: &'a [VisitResult],
}

impl Ctx<'_> {
    pub(crate) fn date(&self, i: usize) -> Option<Date> {
        self.followup.visits[i].date.as_deref().and_then(|d| Date::parse(d.trim()))
    }

    /// The task's name for a message: quoted, or its number.
    pub(crate) fn task_name(&self, i: usize, j: usize) -> Text {
        let t = &self.followup.visits[i].tasks[j].task;
        if crate::text::filled(t) {
            let q = crate::text::quote(t);
            Text::new(format!("»{q}«"), format!("\"{q}\""))
        } else {
            Text::new(format!("opgave {}", j + 1), format!("task {}", j + 1))
        }
    }

    /// Every task of every visit: (visit, task index, task).
    pub(crate) fn tasks(&self) -> impl Iterator<Item = (usize, usize, &Task)> {
        self.followup.visits.iter().enumerate().flat_map(|(i, v)| v.tasks.iter().enumerate().map(move |(j, t)| (i, j, t)))
    }
}
