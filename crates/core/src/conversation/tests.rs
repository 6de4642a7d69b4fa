//! The guides' citations against the seeds, the host contract, the summary.

use super::*;
use crate::smart::Verdict;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A seed file beside the repository (../shared/seeds); a checkout without the seeds checks the
/// citations' form only.
fn read_seed(name: &str) -> Option<String> {
    std::fs::read_to_string(format!("{ROOT}/../../../shared/seeds/{name}")).ok()
}

/// Letters and digits only, lower case: the seeds' text is broken over lines (sometimes inside
/// a word, with or without a hyphen), with bullets, curly quotes and damaged glyphs.
fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

const SEEDS: [&str; 3] = ["marselisborg-langtidsledighed-guide.txt", "frederikshavn-metodehaandbog.txt", "discus-laeringskatalog-matchning.txt"];

/// `file:line` or `file:first–last` (after an optional "seed …, " prefix): the file and lines.
fn citation(source: &str) -> (&'static str, usize, usize) {
    let (file, lines) = source.rsplit_once(':').unwrap_or_else(|| panic!("no file:line in {source:?}"));
    let file = SEEDS.into_iter().find(|s| file.ends_with(s)).unwrap_or_else(|| panic!("{source:?} cites no seed file"));
    let mut n = lines.split('–').map(|n| n.parse::<usize>().unwrap_or_else(|_| panic!("bad lines in {source:?}")));
    let a = n.next().unwrap_or(0);
    let b = n.next().unwrap_or(a);
    assert!(a >= 1 && b >= a && b - a <= 140, "{source:?}");
    (file, a, b)
}

/// Every cited thing: (where, Danish text, source).
fn cited(g: &ConversationGuides) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut step = |at: String, s: &Step, out: &mut Vec<(String, String, String)>| {
        out.push((at.clone(), s.title.da.clone(), s.source.clone()));
        for (i, p) in s.prompts.iter().enumerate() {
            out.push((format!("{at}.prompts[{i}]"), p.text.da.clone(), p.source.clone()));
        }
    };
    for guide in &g.guides {
        for phase in &guide.phases {
            let at = format!("{}/{}", guide.id, phase.id);
            out.push((at.clone(), phase.title.da.clone(), phase.source.clone()));
            for p in phase.purpose.iter().chain(&phase.attention) {
                out.push((format!("{at} attention"), p.text.da.clone(), p.source.clone()));
            }
            for s in &phase.steps {
                step(format!("{at}/{}", s.id), s, &mut out);
            }
        }
    }
    for t in [&g.gamemaster, &g.ugu] {
        for s in &t.parts {
            step(format!("{}/{}", t.id, s.id), s, &mut out);
        }
    }
    out
}

#[test]
fn every_step_and_prompt_cites_the_seed_line_that_holds_its_text() {
    let g = default_guides();
    g.validate().unwrap();
    let all = cited(&g);
    assert!(all.len() > 140, "{}", all.len());
    let seeds: Vec<(&str, Option<Vec<String>>)> = SEEDS.iter().map(|s| (*s, read_seed(s).map(|t| t.lines().map(String::from).collect()))).collect();
    let mut checked = 0;
    for (at, da, source) in &all {
        assert!(!source.is_empty(), "{at} has no citation");
        let (file, a, b) = citation(source);
        let Some(Some(lines)) = seeds.iter().find(|(f, _)| *f == file).map(|(_, l)| l) else { continue };
        assert!(b <= lines.len(), "{at}: {source} is past the end of {file}");
        let text = letters(&lines[a - 1..b].join(" "));
        assert!(text.contains(&letters(da)), "{at}: {source} does not hold {da:?}");
        checked += 1;
    }
    println!("steps and prompts checked against the seeds: {checked} of {}", all.len());
}

#[test]
fn the_first_conversation_has_the_seeds_three_phases_and_help_questions() {
    let g = default_guides();
    let first = g.guide("first").unwrap();
    let phases: Vec<&str> = first.phases.iter().map(|p| p.title.da.as_str()).collect();
    assert_eq!(phases, ["Indledning", "Udfordring & Afklaring", "Afrunding og aftaler"]);
    assert_eq!(first.minutes, Some(45));
    let fokus_a = first.phases[1].steps.iter().find(|s| s.id == "fokus-a").unwrap();
    assert_eq!(fokus_a.prompts[0].text.da, "Hvilket job ønsker du?");
    assert!(fokus_a.prompts.iter().all(|p| p.kind == GuidePromptKind::Question));
    let embeds: Vec<&str> = first.phases.iter().flat_map(|p| &p.steps).filter_map(|s| s.embed.as_deref()).collect();
    assert_eq!(embeds, ["time", "abc-plan", "cv-prompts", "agreements", "next-focus"]);
    assert!(g.guide("later").is_some() && g.guide("unemployed").is_some());
    let timeout = g.gamemaster.parts.iter().find(|p| p.id == "timeout").unwrap();
    assert!(timeout.prompts.iter().any(|p| p.kind == GuidePromptKind::Phrasing && p.text.da.starts_with("Lad os lige vende tilbage")));
    assert_eq!(g.ugu.parts.len(), 3);
}

#[test]
fn a_host_replaces_the_guides_and_bad_guides_name_the_field() {
    let own = r#"{"guides": [{"id": "kort", "title": {"da": "Kort samtale", "en": "Short"}, "minutes": 20,
        "phases": [{"id": "alt", "title": {"da": "Alt", "en": "All"}, "steps": [{"id": "a", "title": {"da": "Aftaler", "en": "Agreements"}, "embed": "agreements"}]}]}]}"#;
    let g = parse_guides(own).unwrap();
    assert_eq!(g.guides[0].phases[0].steps[0].embed.as_deref(), Some("agreements"));
    let round = parse_guides(&serde_json::to_string(&default_guides()).unwrap()).unwrap();
    assert_eq!(round, default_guides());
    let err = |json: &str| parse_guides(json).unwrap_err().path;
    assert_eq!(err(r#"{"guides": []}"#), "guides");
    assert_eq!(err(&own.replace(r#""id": "a""#, r#""id": "A b""#)), "guides[0].phases[0].steps[0].id");
    assert_eq!(err(&own.replace(r#""da": "Aftaler""#, r#""da": " ""#)), "guides[0].phases[0].steps[0].title.da");
    assert_eq!(err(&own.replace(r#""minutes": 20"#, r#""minutes": 0"#)), "guides[0].minutes");
    assert_eq!(err(&own.replace(r#""minutes": 20"#, r#""minutes": -1"#)), "guides[0].minutes");
    assert_eq!(err(r#"{"guides": [[]]}"#), "guides[0]");
    assert_eq!(err("[]"), "");
}

#[test]
fn the_summary_smart_checks_every_agreement_and_groups_who_does_what() {
    let record = r#"{"guide": "first", "date": "2026-05-06", "minutes_agreed": 45, "minutes_used": 50, "next_meeting": "2026-05-27",
        "notes": [{"step": "indledning/formaal", "note": "Borgeren vil gerne i butik"}, {"step": "udfordring/fokus-a", "note": " "}],
        "agreements": [
            {"text": "Du søger nogle job", "who": "borger"},
            {"text": "Du søger 3 stillinger som ekspedient i Aalborg inden 20. maj, fordi du gerne vil arbejde med kunder"},
            {"text": ""},
            {"text": "Jobcentret sender dig 5 jobopslag som butiksassistent senest 12. maj", "who": "jobcenter"}
        ],
        "next_focus": "Plan B"}"#;
    let s = summarise_json(record, Some(r#"{"today": "2026-05-06"}"#)).unwrap();
    assert_eq!(s.agreements.len(), 3);
    let vague = &s.agreements[0].smart;
    assert!(vague.met < 5 && vague.criteria.measurable.verdict != Verdict::Met, "{vague:#?}");
    assert_eq!(s.agreements[1].smart.met, 5, "{:#?}", s.agreements[1].smart);
    assert_eq!(s.agreements[1].who, Who::Borger);
    assert_eq!(s.who_does_what.iter().map(|w| (w.who, w.agreements.clone())).collect::<Vec<_>>(), [(Who::Borger, vec![0, 1]), (Who::Jobcenter, vec![2])]);
    assert_eq!(s.notes.len(), 1);
    assert_eq!(s.next_focus, "Plan B");
    assert!(s.smart_agreements >= 1);
    let err = |json: &str| parse_record(json).unwrap_err().path;
    assert_eq!(err(r#"{"agreements": [{"who": "chef"}]}"#).split(':').next().unwrap_or(""), "agreements[0].who");
    assert_eq!(err(r#"{"date": "i dag"}"#), "date");
    assert_eq!(err(r#"{"agreements": [["x"]]}"#), "agreements[0]");
}
