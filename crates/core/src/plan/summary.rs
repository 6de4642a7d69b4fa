//! The applications per ISO week and jobspor, the periods of "krav til jobsøgning", and the
//! summary for the next conversation.

use super::model::{PlanSummary, WeekSummary};
use super::{t, Ctx};
use crate::common::Date;
use std::collections::BTreeMap;

/// The most weeks counted (the last ones): five years.
const MAX_WEEKS: i64 = 260;

/// One ISO week of the joblog.
pub(crate) struct Week {
    pub monday: Date,
    pub total: u32,
    /// Applications per jobspor (index).
    pub by: Vec<u32>,
    /// Applications in no jobspor.
    pub none: u32,
    /// Applications of the requirement's kind (all when it names none).
    pub of_kind: u32,
    pub complete: bool,
}

impl Week {
    pub(crate) fn label(&self) -> String {
        let (y, w) = self.monday.iso_week();
        format!("{y}-W{w:02}")
    }
}

/// One period of the requirement.
pub(crate) struct Period {
    pub first: usize,
    pub weeks: usize,
    pub made: u32,
    pub asked: u32,
}

pub(crate) fn weeks(ctx: &Ctx) -> Vec<Week> {
    let apps: Vec<_> = ctx.applications().collect();
    let from = ctx.plan.search_requirement.as_ref().and_then(|r| r.from.as_deref()).and_then(|d| Date::parse(d.trim()));
    let first = from.or_else(|| apps.iter().map(|e| e.date).min());
    let last = ctx.today.or_else(|| apps.iter().map(|e| e.date).max());
    let (Some(first), Some(last)) = (first, last) else { return Vec::new() };
    let (mut start, end) = (first.monday(), last.monday());
    if end < start {
        return Vec::new();
    }
    if (end.unix_days() - start.unix_days()) / 7 >= MAX_WEEKS {
        start = end.add_days(-7 * (MAX_WEEKS - 1));
    }
    let n = ((end.unix_days() - start.unix_days()) / 7 + 1) as usize;
    let kind = ctx.plan.search_requirement.as_ref().and_then(|r| r.kind);
    let mut weeks: Vec<Week> = (0..n)
        .map(|k| {
            let monday = start.add_days(7 * k as i64);
            let complete = ctx.today.is_none_or(|t| monday.sunday() < t);
            Week { monday, total: 0, by: vec![0; ctx.jobspor.len()], none: 0, of_kind: 0, complete }
        })
        .collect();
    for e in apps {
        let d = e.date.unix_days() - start.unix_days();
        if d < 0 || d / 7 >= n as i64 {
            continue;
        }
        let w = &mut weeks[(d / 7) as usize];
        w.total += 1;
        match e.jobspor {
            Some(j) => w.by[j] += 1,
            None => w.none += 1,
        }
        if kind.is_none_or(|k| k == e.entry.how) {
            w.of_kind += 1;
        }
    }
    weeks
}

/// The complete periods of the requirement (none without one).
pub(crate) fn periods(ctx: &Ctx) -> Vec<Period> {
    let Some(r) = &ctx.plan.search_requirement else { return Vec::new() };
    if r.applications == 0 {
        return Vec::new();
    }
    let len = r.period_weeks.max(1) as usize;
    let mut out = Vec::new();
    let mut first = 0;
    while first + len <= ctx.weeks.len() {
        let ws = &ctx.weeks[first..first + len];
        if ws.iter().all(|w| w.complete) {
            out.push(Period { first, weeks: len, made: ws.iter().map(|w| w.of_kind).sum(), asked: r.applications });
        }
        first += len;
    }
    out
}

pub(crate) fn summary(ctx: &Ctx) -> PlanSummary {
    let id = |j: usize| ctx.jobspor[j].spor.id.clone();
    let required = ctx.plan.search_requirement.as_ref().filter(|r| r.applications > 0).map(|r| r.applications as f64 / r.period_weeks.max(1) as f64);
    let weeks = ctx
        .weeks
        .iter()
        .map(|w| {
            let mut by: BTreeMap<String, u32> = BTreeMap::new();
            for (j, n) in w.by.iter().enumerate() {
                *by.entry(id(j)).or_default() += n;
            }
            if w.none > 0 {
                by.insert(String::new(), w.none);
            }
            WeekSummary { week: w.label(), monday: w.monday.to_string(), applications: w.total, by_jobspor: by, required, complete: w.complete }
        })
        .collect();
    let mut by_jobspor: BTreeMap<String, u32> = ctx.jobspor.iter().map(|j| (j.spor.id.clone(), 0)).collect();
    for e in ctx.applications() {
        *by_jobspor.entry(e.jobspor.map(id).unwrap_or_default()).or_default() += 1;
    }
    let mut prompts = Vec::new();
    for p in periods(ctx).iter().filter(|p| p.made < p.asked) {
        let w = &ctx.weeks[p.first];
        prompts.push(t(
            format!("Uge {}: {} af {} ansøgninger. Hvad stod i vejen, og hvad skal der til næste gang?", w.label(), p.made, p.asked),
            format!("Week {}: {} of {} applications. What got in the way, and what will help next time?", w.label(), p.made, p.asked),
        ));
    }
    for j in &ctx.jobspor {
        if by_jobspor.get(&j.spor.id).copied().unwrap_or(0) == 0 && !ctx.weeks.is_empty() {
            prompts.push(t(
                format!("Ingen ansøgninger i jobsporet {}. Er sporet stadig realistisk, og hvilke virksomheder kan borgeren kontakte?", j.name()),
                format!("No applications in the jobspor {}. Is it still realistic, and which employers could the citizen contact?", j.name_en()),
            ));
        }
    }
    for (i, a) in ctx.agreements.iter().enumerate() {
        let due = a.deadline.zip(ctx.today).is_some_and(|(d, t)| d < t);
        if a.asks_application && due && !ctx.applications().any(|e| e.fulfils(ctx, i)) {
            let text = crate::text::quote(&ctx.plan.agreements[i].text);
            prompts.push(t(
                format!("Aftalen »{text}«: er stillingen søgt? Den står ikke i jobloggen."),
                format!("The agreement \"{text}\": was the job applied for? It is not in the joblog."),
            ));
        }
    }
    PlanSummary { weeks, by_jobspor, prompts }
}
