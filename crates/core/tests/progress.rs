//! The progression card and the work-placement follow-up (issue 18): a card filled in by hand,
//! counted by hand; the per-task gaps and which of the seed's prompts applies; every level text
//! and question against the seed's lines; and hostile input (bad types name their path, never a
//! panic).
//!
//! Hand count of tests/fixtures/progress/card.json (equal weights, each item 1–5):
//!
//! | item              | group        | 2026-03-06 | 2026-04-03 | 2026-05-22 |
//! |-------------------|--------------|-----------:|-----------:|-----------:|
//! | meeting_times     | personal     | 3 | 4 | 5 |
//! | attendance        | personal     | 3 | 4 | 4 |
//! | workplace_norms   | personal     | 3 | 3 | 4 |
//! | adapting_learning | personal     | 2 | 3 | 4 |
//! | concentration     | professional | 2 | 3 | 4 |
//! | understanding     | professional | 3 | 3 | 4 |
//! | output            | professional | 2 | 3 | 3 |
//! | quality           | professional | 3 | 3 | 4 |
//! | independence      | professional | 2 | 2 | 3 |
//! | flexibility       | professional | 2 | 3 | 3 |
//! | cooperation       | social       | 3 | 4 | 4 |
//! | danish            | social       | 4 | 4 | 4 |
//! | interest          | social       | 3 | 4 | 5 |
//! | personal          |              | 11 | 14 | 17 |
//! | professional      |              | 14 | 17 | 21 |
//! | social            |              | 10 | 12 | 13 |
//! | Samlet antal point |             | 35 | 43 | 51 (of 65) |
//!
//! With weights attendance 2 and quality 3 (the rest 1): 35 + 3 + 2·3 = 44 of 80 at the first
//! date, 51 + 4 + 2·4 = 63 at the last.

use jobspor_core::progress::card::{self, CardGroup, ITEMS};
use jobspor_core::progress::followup::{self, PromptKind};
use jobspor_core::progress::{check_followup_json, check_progress_card_json};
use jobspor_core::InputError;

const CARD: &str = include_str!("../../../tests/fixtures/progress/card.json");
const FOLLOWUP: &str = include_str!("../../../tests/fixtures/progress/followup.json");
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

#[test]
fn the_hand_counted_card_totals_per_date_and_group() {
    let r = check_progress_card_json(CARD, None).unwrap();
    let totals: Vec<(f64, f64, usize)> = r.evaluations.iter().map(|e| (e.total, e.max, e.scored)).collect();
    assert_eq!(totals, [(35.0, 65.0, 13), (43.0, 65.0, 13), (51.0, 65.0, 13)]);
    let groups: Vec<Vec<f64>> = r.evaluations.iter().map(|e| e.groups.iter().map(|g| g.total).collect()).collect();
    assert_eq!(groups, [[11.0, 14.0, 10.0], [14.0, 17.0, 12.0], [17.0, 21.0, 13.0]]);
    let maxes: Vec<f64> = r.evaluations[0].groups.iter().map(|g| g.max).collect();
    assert_eq!(maxes, [20.0, 30.0, 15.0]);
    assert_eq!(r.evaluations[0].groups.iter().map(|g| g.group).collect::<Vec<_>>(), CardGroup::ALL);
    assert_eq!(r.evaluations[0].groups[0].label.da, "Personlige kompetencer");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn the_hand_counted_progress_per_item_and_in_total() {
    let r = check_progress_card_json(CARD, None).unwrap();
    let steps: Vec<(usize, usize, f64, usize)> = r.progress.iter().map(|s| (s.from, s.to, s.change, s.compared)).collect();
    assert_eq!(steps, [(0, 1, 8.0, 13), (1, 2, 8.0, 13)]);
    let per_group: Vec<Vec<f64>> = r.progress.iter().map(|s| s.groups.iter().map(|g| g.change).collect()).collect();
    assert_eq!(per_group, [[3.0, 3.0, 2.0], [3.0, 4.0, 1.0]]);
    assert_eq!(r.progress[0].up, ["meeting_times", "attendance", "adapting_learning", "concentration", "output", "flexibility", "cooperation", "interest"]);
    assert!(r.progress[0].down.is_empty());
    let overall = r.overall.as_ref().unwrap();
    assert_eq!((overall.from, overall.to, overall.change), (0, 2, 16.0));
    assert_eq!(overall.from_date.as_deref(), Some("2026-03-06"));
    let item = |id: &str| r.items.iter().find(|i| i.id == id).unwrap();
    assert_eq!((item("meeting_times").changes.clone(), item("meeting_times").change), (vec![Some(1), Some(1)], Some(2)));
    assert_eq!((item("attendance").changes.clone(), item("attendance").change), (vec![Some(1), Some(0)], Some(1)));
    assert_eq!((item("danish").changes.clone(), item("danish").change), (vec![Some(0), Some(0)], Some(0)));
    // The seed's words for each score.
    assert_eq!(item("attendance").levels[0].as_ref().unwrap().da, "Enkelte forsømmelser");
    assert_eq!(item("attendance").levels[1].as_ref().unwrap().da, "Sygefravær mellem 5 – 10 %");
    assert_eq!((r.hours.start, r.hours.goal, r.hours.increase), (Some(10.0), Some(25.0), Some(15.0)));
}

#[test]
fn weights_are_configuration() {
    let r = check_progress_card_json(CARD, Some(r#"{"weights": {"attendance": 2, "quality": 3}}"#)).unwrap();
    let totals: Vec<(f64, f64)> = r.evaluations.iter().map(|e| (e.total, e.max)).collect();
    assert_eq!(totals[0], (44.0, 80.0));
    assert_eq!(totals[2], (63.0, 80.0));
    // attendance +1 (×2), quality ±0 from the first to the second date: 8 − 1 + 2 = 9.
    assert_eq!(r.progress[0].change, 9.0);
    assert_eq!(r.items.iter().find(|i| i.id == "quality").unwrap().weight, 3.0);
    // Equal weights by default; a weight of 0 leaves the item out of the total.
    let r = check_progress_card_json(CARD, Some(r#"{"weights": {"danish": 0}}"#)).unwrap();
    assert_eq!((r.evaluations[0].total, r.evaluations[0].max), (31.0, 60.0));
}

#[test]
fn partly_scored_columns_compare_only_the_items_scored_at_both() {
    let card = r#"{"hours_goal": 20, "evaluations": [
        {"date": "2026-03-06", "scores": {"attendance": 2, "quality": 4}},
        {"date": "2026-04-03", "scores": {"attendance": 4}},
        {"date": "2026-05-01"}]}"#;
    let r = check_progress_card_json(card, None).unwrap();
    assert_eq!((r.evaluations[1].total, r.evaluations[1].max, r.evaluations[1].scored), (4.0, 5.0, 1));
    assert_eq!((r.progress[0].change, r.progress[0].compared), (2.0, 1));
    assert_eq!((r.progress[1].change, r.progress[1].compared), (0.0, 0));
    // The overall step runs from the first to the last column with scores.
    assert_eq!(r.overall.as_ref().map(|o| (o.from, o.to)), Some((0, 1)));
    let codes: Vec<&str> = r.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["PC003"]);
    assert_eq!(r.findings[0].path, "evaluations[2].scores");
}

#[test]
fn the_card_rules_fire_where_they_should() {
    let card = r#"{"evaluations": [
        {"date": "2026-04-03", "scores": {"attendance": 4, "quality": 2}},
        {"scores": {"attendance": 3}},
        {"date": "2026-03-06", "scores": {"attendance": 2, "quality": 3}}]}"#;
    let r = check_progress_card_json(card, None).unwrap();
    let found: Vec<(&str, &str)> = r.findings.iter().map(|f| (f.code.as_str(), f.path.as_str())).collect();
    assert_eq!(
        found,
        [
            ("PC001", "hours_goal"),
            ("PC002", "evaluations[1].date"),
            ("PC004", "evaluations[2].date"),
            ("PC101", "evaluations[1].scores.attendance"),
            ("PC101", "evaluations[2].scores.attendance"),
        ]
    );
    // A fall is a prompt: information, never an error.
    assert!(r.findings.iter().filter(|f| f.code == "PC101").all(|f| f.severity == jobspor_core::Severity::Info));
    assert!(r.findings[3].message.da.contains("Fremmøde: faldet fra 4 til 3"), "{}", r.findings[3].message.da);
}

#[test]
fn the_followup_gaps_and_the_prompt_per_task() {
    let r = check_followup_json(FOLLOWUP, None).unwrap();
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    let first: Vec<(&str, Option<i32>, Option<i32>, Option<PromptKind>)> =
        r.visits[0].tasks.iter().map(|t| (t.task.as_str(), t.employer_vs_citizen, t.to_new_hire, t.prompt.as_ref().map(|p| p.kind))).collect();
    assert_eq!(
        first,
        [
            ("Varemodtagelse", Some(-2), Some(2), Some(PromptKind::EmployerLower)),
            ("Plukning af ordrer", Some(2), Some(-1), Some(PromptKind::EmployerHigher)),
            ("Oprydning", Some(0), Some(0), None),
        ]
    );
    let second: Vec<(Option<i32>, Option<PromptKind>, Option<usize>, Option<i32>, Option<i32>)> =
        r.visits[1].tasks.iter().map(|t| (t.employer_vs_citizen, t.prompt.as_ref().map(|p| p.kind), t.previous_visit, t.change, t.citizen_change)).collect();
    assert_eq!(second, [(Some(0), None, Some(0), Some(2), Some(0)), (Some(2), Some(PromptKind::EmployerHigher), Some(0), Some(1), Some(1))]);
    assert_eq!((r.visits[0].task_hours, r.visits[1].task_hours), (20.0, 18.0));
    // The prompts are the seed's words, with its lines.
    let higher = r.visits[0].tasks[1].prompt.as_ref().unwrap();
    assert_eq!(higher.text.da, "Vidste du, at arbejdsgiver faktisk vurderer dig bedre, end du selv gør?");
    assert!(higher.source.ends_with("frederikshavn-metodehaandbog.txt:921–922"), "{}", higher.source);
    let lower = r.visits[0].tasks[0].prompt.as_ref().unwrap();
    assert!(lower.text.da.starts_with("Hvilke aftaler skal vi sammen indgå"), "{}", lower.text.da);
    assert!(lower.source.ends_with(":924–926"));
    assert_eq!((r.questions.company.len(), r.questions.citizen.len()), (5, 3));
}

#[test]
fn the_prompt_needs_both_scores_and_the_configured_gap() {
    assert_eq!(followup::prompt_for(Some(7), None, 1), None);
    assert_eq!(followup::prompt_for(None, Some(7), 1), None);
    assert_eq!(followup::prompt_for(Some(5), Some(4), 1), Some(PromptKind::EmployerHigher));
    assert_eq!(followup::prompt_for(Some(5), Some(4), 2), None);
    assert_eq!(followup::prompt_for(Some(2), Some(5), 3), Some(PromptKind::EmployerLower));
    let r = check_followup_json(FOLLOWUP, Some(r#"{"min_gap": 3}"#)).unwrap();
    assert!(r.visits.iter().flat_map(|v| &v.tasks).all(|t| t.prompt.is_none()));
}

#[test]
fn the_followup_rules_fire_where_they_should() {
    let f = r#"{"visits": [
        {"date": "2026-03-10", "tasks": [{"task": "Varemodtagelse", "employer_score": 6, "citizen_score": 6}]},
        {"tasks": [{"task": "VAREMODTAGELSE", "employer_score": 4, "agreement": "x", "to_be_paid": "y"}]},
        {"date": "2026-05-01", "tasks": [{"task": "Oprydning"}]}]}"#;
    let r = check_followup_json(f, None).unwrap();
    let found: Vec<(&str, &str)> = r.findings.iter().map(|f| (f.code.as_str(), f.path.as_str())).collect();
    assert_eq!(
        found,
        [
            ("PF001", "visits[0].tasks[0].agreement"),
            ("PF001", "visits[2].tasks[0].agreement"),
            ("PF002", "ordinary_hours_goal"),
            ("PF003", "visits[1].date"),
            ("PF004", "visits[2].tasks"),
            ("PF005", "visits[0].tasks[0].to_be_paid"),
            ("PF101", "visits[1].tasks[0].employer_score"),
        ]
    );
    assert!(r.findings[6].message.da.contains("fra 6 til 4"), "{}", r.findings[6].message.da);
}

/// A level's or question's text as the seed prints it at `lines` (`1699–1701`): the lines joined,
/// hyphenation at a line end undone, the weight digits the extraction scattered at line ends and on
/// lines of their own dropped, the leading score (or bullet) taken off.
fn seed_text(seed: &[&str], lines: &str, lead: &str) -> String {
    let (a, b) = match lines.split_once('–') {
        Some((a, b)) => (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap()),
        None => (lines.parse().unwrap(), lines.parse().unwrap()),
    };
    let mut out = String::new();
    for line in &seed[a - 1..b] {
        let mut l = line.replace(['\u{a0}'], " ").trim().replace('‐', "-");
        while l.len() > 2 && l.as_bytes()[l.len() - 1].is_ascii_digit() && l.as_bytes()[l.len() - 2] == b' ' {
            l.truncate(l.len() - 2);
        }
        if l.is_empty() || l.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if out.ends_with('-') && l.starts_with(|c: char| c.is_lowercase()) {
            out.pop();
        } else if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&l);
    }
    out.strip_prefix(lead).unwrap_or(&out).trim().to_string()
}

fn read_seed(name: &str) -> Option<String> {
    // The seeds live beside the repository (../shared/seeds); a checkout without them checks the
    // citations' form only.
    std::fs::read_to_string(format!("{ROOT}/../shared/seeds/{name}")).ok()
}

#[test]
fn every_level_text_carries_its_seed_citation() {
    assert_eq!(ITEMS.len(), 13);
    let per_group = |g: CardGroup| ITEMS.iter().filter(|i| i.group == g).count();
    assert_eq!((per_group(CardGroup::Personal), per_group(CardGroup::Professional), per_group(CardGroup::Social)), (4, 6, 3));
    let seed = read_seed("discus-laeringskatalog-matchning.txt");
    let seed_lines: Vec<&str> = seed.as_deref().map(|s| s.lines().collect()).unwrap_or_default();
    let prefix = "seed 002 appendix F, discus-laeringskatalog-matchning.txt:";
    let mut checked = 0;
    for item in ITEMS {
        assert_eq!(item.levels.map(|l| l.score), [5, 4, 3, 2, 1], "{}", item.id);
        for level in item.levels {
            let lines = level.source.strip_prefix(prefix).unwrap_or_else(|| panic!("{} {}: {}", item.id, level.score, level.source));
            assert!(lines.split('–').all(|n| n.parse::<usize>().is_ok_and(|n| (1665..=1985).contains(&n))), "{}: {lines}", item.id);
            assert!(!level.da.is_empty() && !level.en.is_empty());
            if !seed_lines.is_empty() {
                assert_eq!(seed_text(&seed_lines, lines, &format!("{} ", level.score)), level.da, "{} level {} at {lines}", item.id, level.score);
                checked += 1;
            }
        }
    }
    println!("level texts checked against the seed: {checked} of 65");
    // The same citations travel into the result: the level's words for a score.
    let card = card::parse_card(r#"{"evaluations": [{"date": "2026-03-06", "scores": {"danish": 2}}]}"#).unwrap();
    let r = card::check_progress_card(&card, &Default::default());
    assert_eq!(r.items.iter().find(|i| i.id == "danish").unwrap().levels[0].as_ref().unwrap().da, ITEMS[11].levels[3].da);
}

#[test]
fn every_followup_question_is_the_seeds() {
    let seed = read_seed("frederikshavn-metodehaandbog.txt");
    let Some(seed) = seed else { return };
    let lines: Vec<&str> = seed.lines().collect();
    for (da, _, at) in followup::COMPANY_QUESTIONS.iter().chain(followup::CITIZEN_QUESTIONS.iter()) {
        let text = seed_text(&lines, at, "");
        // The seed's lines start with a bullet glyph and, for the two conditional questions, the
        // condition in brackets.
        let text = text.trim_start_matches(|c: char| !c.is_alphabetic() && c != '(');
        let text = match text.find(") ") {
            Some(i) if text.starts_with('(') => &text[i + 2..],
            _ => text,
        };
        assert_eq!(text.replace("10- points", "10-points"), *da, "at {at}");
    }
}

/// (input, the path the error names)
fn bad_cards() -> Vec<(String, &'static str)> {
    let mut v: Vec<(String, &'static str)> = [
        ("null", ""),
        ("[]", ""),
        ("7", ""),
        ("{", ""),
        (r#"{"name": 7}"#, "name"),
        (r#"{"name": ["x"]}"#, "name"),
        (r#"{"hours_goal": "25"}"#, "hours_goal"),
        (r#"{"hours_goal": -1}"#, "hours_goal"),
        (r#"{"hours_start": 169}"#, "hours_start"),
        (r#"{"hours_start": 1e400}"#, "hours_start"),
        (r#"{"offer_period": "marts"}"#, "offer_period"),
        (r#"{"offer_period": {"from": "2026-13-01"}}"#, "offer_period.from"),
        (r#"{"offer_period": {"from": "2026-05-01", "to": "2026-04-01"}}"#, "offer_period.to"),
        (r#"{"evaluations": 7}"#, "evaluations"),
        (r#"{"evaluations": [7]}"#, "evaluations[0]"),
        (r#"{"evaluations": [{"date": "2026-02-30"}]}"#, "evaluations[0].date"),
        (r#"{"evaluations": [{"date": 20260301}]}"#, "evaluations[0].date"),
        (r#"{"evaluations": [{"scores": []}]}"#, "evaluations[0].scores"),
        (r#"{"evaluations": [{"scores": {"attendance": 6}}]}"#, "evaluations[0].scores.attendance"),
        (r#"{"evaluations": [{"scores": {"attendance": 0}}]}"#, "evaluations[0].scores.attendance"),
        (r#"{"evaluations": [{"scores": {"attendance": -1}}]}"#, "evaluations[0].scores.attendance"),
        (r#"{"evaluations": [{"scores": {"attendance": 3.5}}]}"#, "evaluations[0].scores.attendance"),
        (r#"{"evaluations": [{"scores": {"attendance": "4"}}]}"#, "evaluations[0].scores.attendance"),
        (r#"{"evaluations": [{"scores": {"attendance": null}}]}"#, "evaluations[0].scores.attendance"),
        (r#"{"evaluations": [{}, {"scores": {"cpr": 4}}]}"#, "evaluations[1].scores.cpr"),
        (r#"{"special_considerations": {"a": 1}}"#, "special_considerations"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b))
    .collect();
    let many = vec![r#"{"date": "2026-03-06"}"#; 1001].join(",");
    v.push((format!(r#"{{"evaluations": [{many}]}}"#), "evaluations"));
    v
}

/// `None` when `r` is an error at `path` (with a Danish message, when `danish`), else what went
/// wrong with the input `what`.
fn error_at<T>(r: Result<T, InputError>, path: &str, what: &str, danish: bool) -> Option<String> {
    match r {
        Err(e) if e.path == path && (!danish || !e.message_da.is_empty()) => None,
        other => Some(format!("{what:.80}: expected an error at {path:?}, got {:?}", other.map(|_| "a result").map_err(|e| e.path))),
    }
}

#[test]
fn bad_cards_name_their_path() {
    let mut wrong = Vec::new();
    for (input, path) in bad_cards() {
        wrong.extend(error_at(check_progress_card_json(&input, None), path, &input, true));
    }
    for (config, path) in [(r#"{"weights": {"attendance": -1}}"#, "weights.attendance"), (r#"{"weights": {"x": 1}}"#, "weights.x"), (r#"{"weights": []}"#, "weights"), ("[]", "")] {
        wrong.extend(error_at(check_progress_card_json("{}", Some(config)), path, &format!("config {config}"), false));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn bad_followups_name_their_path() {
    let cases = [
        ("[]", ""),
        (r#"{"citizen": 7}"#, "citizen"),
        (r#"{"ordinary_hours_goal": true}"#, "ordinary_hours_goal"),
        (r#"{"placement_hours": 200}"#, "placement_hours"),
        (r#"{"period": {"to": "i morgen"}}"#, "period.to"),
        (r#"{"visits": {}}"#, "visits"),
        (r#"{"visits": [{"date": "2026-02-29"}]}"#, "visits[0].date"),
        (r#"{"visits": [{"tasks": [{"employer_score": 11}]}]}"#, "visits[0].tasks[0].employer_score"),
        (r#"{"visits": [{"tasks": [{"employer_score": "7"}]}]}"#, "visits[0].tasks[0].employer_score"),
        (r#"{"visits": [{"tasks": [{}, {"citizen_score": 0}]}]}"#, "visits[0].tasks[1].citizen_score"),
        (r#"{"visits": [{"tasks": [{"new_hire_score": 300}]}]}"#, "visits[0].tasks[0].new_hire_score"),
        (r#"{"visits": [{"tasks": [{"hours_per_week": -2}]}]}"#, "visits[0].tasks[0].hours_per_week"),
        (r#"{"visits": [{"tasks": [{"agreement": ["a"]}]}]}"#, "visits[0].tasks[0].agreement"),
    ];
    let mut wrong = Vec::new();
    for (input, path) in cases {
        wrong.extend(error_at(check_followup_json(input, None), path, input, true));
    }
    for (config, path) in [(r#"{"min_gap": 0}"#, "min_gap"), (r#"{"min_gap": "1"}"#, "min_gap")] {
        wrong.extend(error_at(check_followup_json("{}", Some(config)), path, &format!("config {config}"), false));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn hostile_input_gives_a_result_never_a_panic() {
    let mb = "æ".repeat(512 * 1024);
    let deep = format!("{{\"x\": {}1{}}}", "[".repeat(10_000), "]".repeat(10_000));
    let html = "<script>alert(1)</script>";
    let cards = [
        serde_json::json!({"name": mb, "caseworker": html, "special_considerations": "\u{202e}x\u{200b}"}).to_string(),
        deep.clone(),
        "\u{feff}{}".to_string(),
        // A CPR number or an origin given anyway is not read, and not echoed.
        r#"{"cpr": "010101-1234", "origin": "x", "ethnicity": "y"}"#.to_string(),
        serde_json::json!({"evaluations": vec![serde_json::json!({"date": "2026-03-06", "scores": {"attendance": 1}}); 1000]}).to_string(),
    ];
    for c in &cards {
        let r = check_progress_card_json(c, None).unwrap_or_else(|e| panic!("{:.60}: {e}", c));
        let out = serde_json::to_string(&r).unwrap();
        assert!(!out.contains("010101") && !out.contains("ethnicity"));
    }
    // 1000 columns where every one falls by nothing: 999 steps, and the falls capped per rule.
    let falling: Vec<serde_json::Value> = (0..1000).map(|i| serde_json::json!({"date": "2026-03-06", "scores": {"attendance": if i % 2 == 0 { 5 } else { 1 }}})).collect();
    let r = check_progress_card_json(&serde_json::json!({"hours_goal": 1, "evaluations": falling}).to_string(), None).unwrap();
    assert_eq!(r.progress.len(), 999);
    assert_eq!(r.findings.iter().filter(|f| f.code == "PC101").count(), 21, "20 and one summary");
    for f in [deep, "\u{feff}{}".to_string(), serde_json::json!({"citizen": mb, "visits": [{"tasks": vec![serde_json::json!({"task": html, "employer_score": 10, "citizen_score": 1}); 1000]}]}).to_string()] {
        let r = check_followup_json(&f, None).unwrap_or_else(|e| panic!("{:.60}: {e}", f));
        serde_json::to_string(&r).unwrap();
    }
}
