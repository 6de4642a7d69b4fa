//! The plan check on a realistic three-jobspor plan with a six-week joblog
//! (tests/fixtures/plan/realistic-*.json), and on bad input.
//!
//! Hand count of the joblog (today 2026-04-15, a Wednesday; "krav til jobsøgning" 3 a week from
//! Monday 2026-03-02; `planned` entries don't count; entries without a jobspor id are read from
//! their title: Salling Group "Lagermedarbejder" → lager, Netto "Butiksmedarbejder" → butik,
//! Restaurant Havnen "Kok" → none):
//!
//! | week     | lager | butik | chauffoer | none | total |
//! |----------|-------|-------|-----------|------|-------|
//! | 2026-W10 | 2     | 1     | 1         | 0    | 4     |
//! | 2026-W11 | 1     | 2     | 0         | 0    | 3     |
//! | 2026-W12 | 1     | 1     | 0         | 1    | 3     |
//! | 2026-W13 | 2     | 0     | 0         | 0    | 2     |
//! | 2026-W14 | 3     | 0     | 0         | 0    | 3     |
//! | 2026-W15 | 1     | 0     | 0         | 0    | 1     |
//! | 2026-W16 | 0     | 1     | 0         | 0    | 1 (this week, not judged) |
//!
//! Seeded inconsistencies, and nothing else: Chauffør is not in the CV's "Jeg søger job som"
//! (PL201); the CV agreement serves no jobspor (PL301); the Kok application is in no jobspor
//! (PL401); weeks 13 and 15 have fewer than 3 (PL402 twice); the DSV chauffør application agreed
//! by 20 March is not in the joblog (PL403); Coop's follow-up of 8 April has passed (PL404);
//! weeks 13–15 are all lager (PL405).

use jobspor_core::plan::{check_plan, check_plan_json, parse_options, parse_plan, JoblogEntry, PlanOptions};
use std::collections::BTreeMap;

const PLAN: &str = include_str!("../../../tests/fixtures/plan/realistic-plan.json");
const OPTIONS: &str = include_str!("../../../tests/fixtures/plan/realistic-options.json");

fn counts(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn the_realistic_plan_counts_by_hand_and_flags_exactly_the_seeded_inconsistencies() {
    let r = check_plan_json(PLAN, Some(OPTIONS)).unwrap();
    let weeks: Vec<(&str, u32, bool)> = r.summary.weeks.iter().map(|w| (w.week.as_str(), w.applications, w.complete)).collect();
    assert_eq!(
        weeks,
        [("2026-W10", 4, true), ("2026-W11", 3, true), ("2026-W12", 3, true), ("2026-W13", 2, true), ("2026-W14", 3, true), ("2026-W15", 1, true), ("2026-W16", 1, false)]
    );
    let by: Vec<BTreeMap<String, u32>> = r.summary.weeks.iter().map(|w| w.by_jobspor.clone()).collect();
    assert_eq!(by[0], counts(&[("lager", 2), ("butik", 1), ("chauffoer", 1)]));
    assert_eq!(by[1], counts(&[("lager", 1), ("butik", 2), ("chauffoer", 0)]));
    assert_eq!(by[2], counts(&[("lager", 1), ("butik", 1), ("chauffoer", 0), ("", 1)]));
    assert_eq!(by[3], counts(&[("lager", 2), ("butik", 0), ("chauffoer", 0)]));
    assert_eq!(by[4], counts(&[("lager", 3), ("butik", 0), ("chauffoer", 0)]));
    assert_eq!(by[5], counts(&[("lager", 1), ("butik", 0), ("chauffoer", 0)]));
    assert_eq!(by[6], counts(&[("lager", 0), ("butik", 1), ("chauffoer", 0)]));
    assert_eq!(r.summary.by_jobspor, counts(&[("lager", 10), ("butik", 5), ("chauffoer", 1), ("", 1)]));
    assert!(r.summary.weeks.iter().all(|w| w.required == Some(3.0)));

    let found: Vec<(&str, &str)> = r.findings.iter().map(|f| (f.code.as_str(), f.path.as_str())).collect();
    assert_eq!(
        found,
        [
            ("PL201", "jobspor[2].title"),
            ("PL301", "agreements[1].jobspor"),
            ("PL401", "joblog[8].jobspor"),
            ("PL402", "joblog"),
            ("PL402", "joblog"),
            ("PL403", "agreements[3]"),
            ("PL404", "joblog[13].follow_up"),
            ("PL405", "joblog"),
        ],
        "{:#?}",
        r.findings
    );
    assert!(r.findings[3].message.en.contains("2026-W13") && r.findings[4].message.en.contains("2026-W15"));
    assert!(r.findings[7].message.en.contains("3 weeks from 2026-W13"), "{}", r.findings[7].message.en);
    // The agreements as matched: Salling Group by 13 March (entry 1), Bilka by Friday 13 March
    // (entry 5); the CV agreement asks no application; DSV has none.
    let m: Vec<(bool, Vec<usize>)> = r.agreements.iter().map(|a| (a.asks_application, a.entries.clone())).collect();
    assert_eq!(m, [(true, vec![1]), (false, vec![]), (true, vec![5]), (true, vec![])]);
    assert_eq!(r.agreements[2].deadline.as_deref(), Some("2026-03-13"));
    // The conversation prompts: two short weeks, no chauffør-less prompt (1 application), DSV.
    let prompts: Vec<&str> = r.summary.prompts.iter().map(|p| p.en.as_str()).collect();
    assert_eq!(prompts.len(), 3, "{prompts:#?}");
    assert!(prompts[0].starts_with("Week 2026-W13: 2 of 3") && prompts[1].starts_with("Week 2026-W15: 1 of 3") && prompts[2].contains("DSV"));
}

#[test]
fn bad_input_gives_an_error_or_a_finding_never_a_panic() {
    // Empty plan, no options: findings, no panic.
    let r = check_plan_json("{}", None).unwrap();
    let codes: Vec<&str> = r.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["PL001", "PL101"]);
    assert!(r.summary.weeks.is_empty());
    // null and an array.
    assert!(check_plan_json("[]", None).unwrap_err().to_string().contains("JSON object"));
    // A date that is no date names its path.
    let e = check_plan_json("{}", Some(r#"{"joblog": [{"date": "5. marts"}]}"#)).unwrap_err();
    assert_eq!(e.path, "joblog[0].date");
    let e = check_plan_json(r#"{"agreements": [{"text": "x", "date": "i går"}]}"#, None).unwrap_err();
    assert_eq!(e.path, "agreements[0].date");
    // Dates out of order and unknown jobspor ids: findings.
    let r = check_plan_json(
        PLAN,
        Some(r#"{"today": "2026-03-10", "joblog": [{"date": "2026-03-20", "employer": "Coop", "title": "Lagermedarbejder", "jobspor": "lagr", "follow_up": "2026-03-01"}]}"#),
    )
    .unwrap();
    let codes: Vec<&str> = r.findings.iter().map(|f| f.code.as_str()).collect();
    assert!(codes.contains(&"PL005") && codes.iter().filter(|c| **c == "PL406").count() == 2, "{codes:?}");
    // 10,000 entries: read; over the limit: an error naming the joblog.
    let entries: Vec<JoblogEntry> = (0..10_000)
        .map(|i| JoblogEntry { date: format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28), employer: format!("Firma {i}"), title: "Lagermedarbejder".into(), ..JoblogEntry::default() })
        .collect();
    let plan = parse_plan(PLAN).unwrap();
    let options = PlanOptions { joblog: entries, today: Some("2026-12-31".into()), ..PlanOptions::default() };
    let r = check_plan(&plan, &options);
    assert_eq!(r.summary.by_jobspor["lager"], 10_000);
    let too_many = format!(r#"{{"max_entries": 10, "joblog": [{}]}}"#, [r#"{"date": "2026-03-02"}"#; 11].join(","));
    assert_eq!(parse_options(&too_many).unwrap_err().path, "joblog");
    // Far-apart dates: at most 260 weeks are counted.
    let r = check_plan_json("{}", Some(r#"{"today": "2026-03-02", "joblog": [{"date": "1900-01-01"}]}"#)).unwrap();
    assert_eq!(r.summary.weeks.len(), 260);
}

#[test]
fn a_thousand_entries_check_fast_enough_to_print() {
    let plan = parse_plan(PLAN).unwrap();
    let base = parse_options(OPTIONS).unwrap();
    let joblog: Vec<JoblogEntry> = (0..1000).map(|i| base.joblog[i % base.joblog.len()].clone()).collect();
    let options = PlanOptions { joblog, ..base };
    let t = std::time::Instant::now();
    let r = check_plan(&plan, &options);
    println!("plan check of a 1,000-entry joblog: {:?} (debug build; `jobspor bench plan` for release)", t.elapsed());
    assert!(r.summary.by_jobspor.values().sum::<u32>() > 900);
}

#[test]
fn odd_but_valid_input_never_panics() {
    let patches = [
        r#"{"plan": {"jobspor": [{"id": "", "title": ""}, {"id": "", "title": "🙂"}], "agreements": [{"text": "", "jobspor": [""]}]}}"#,
        r#"{"plan": {"search_requirement": {"applications": 0, "period_weeks": 0}}}"#,
        r#"{"plan": {"search_requirement": {"applications": 1000, "period_weeks": 520, "from": "0001-01-01"}}, "options": {"today": "9999-12-31"}}"#,
        r#"{"plan": {"search_requirement": {"from": "9999-12-31"}}, "options": {"today": "0001-01-01"}}"#,
        r#"{"plan": {"agreements": [{"text": "Søg stillingen hos   inden", "date": "9999-12-31", "deadline": "0001-01-01"}]}}"#,
        r#"{"plan": {"job_goal": "lagermedarbejder lagermedarbejder kok kok", "jobspor": []}}"#,
        r#"{"options": {"one_jobspor_weeks": 0, "joblog": [{"date": "2026-03-02", "jobspor": ""}, {"date": "2026-03-02", "status": "planned", "follow_up": "0001-01-01"}]}}"#,
        r#"{"options": {"cv": {"job_wishes": [{"occupation": ""}, {"occupation": "x"}]}, "demand": {"A": {"Lagermedarbejder": "poor"}, "B": {}}}}"#,
    ];
    for patch in patches {
        let patch: serde_json::Value = serde_json::from_str(patch).unwrap();
        let mut plan: serde_json::Value = serde_json::from_str(PLAN).unwrap();
        let mut options: serde_json::Value = serde_json::from_str(OPTIONS).unwrap();
        if !patch["plan"].is_null() {
            jobspor_core::rules::merge_patch(&mut plan, &patch["plan"]);
        }
        if !patch["options"].is_null() {
            jobspor_core::rules::merge_patch(&mut options, &patch["options"]);
        }
        let r = check_plan_json(&plan.to_string(), Some(&options.to_string())).unwrap_or_else(|e| panic!("{patch}: {e}"));
        assert!(r.summary.weeks.len() <= 260, "{patch}");
    }
}
