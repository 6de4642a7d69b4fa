//! The SMART check against the labelled corpus in `tests/fixtures/smart/cases.json`, the seed's
//! model agreements, the options contract, offsets, and robustness on odd input.

use jobspor_core::smart::{check_smart, check_smart_json, parse_options, Criterion, Kind, OffsetUnit, SmartOptions, Verdict};
use serde_json::Value;
use std::time::Instant;

const CASES: &str = include_str!("../../../tests/fixtures/smart/cases.json");

fn mark(v: Verdict) -> char {
    match v {
        Verdict::Met => '+',
        Verdict::Partly => '~',
        Verdict::Missing => '-',
    }
}

fn base(kind: Kind) -> SmartOptions {
    SmartOptions { kind, today: Some("2026-05-06".into()), next_meeting: Some("2026-05-27".into()), ..SmartOptions::default() }
}

struct Report {
    n: usize,
    agree: [usize; 5],
    deadline: usize,
    text: String,
}

const NAMES: [&str; 5] = ["specific", "measurable", "attractive", "realistic", "time_bound"];

/// Runs a labelled corpus and reports agreement per criterion and the disagreements.
fn run_corpus(title: &str, json: &str) -> Report {
    let corpus: Value = serde_json::from_str(json).unwrap();
    let cases = corpus["cases"].as_array().unwrap();
    let mut agree = [0usize; 5];
    let mut deadline_agree = 0;
    let mut mismatches = Vec::new();
    for c in cases {
        let text = c["text"].as_str().unwrap();
        let kind = match c.get("kind").and_then(Value::as_str) {
            Some("goal") => Kind::Goal,
            _ => Kind::Agreement,
        };
        let mut o = SmartOptions {
            kind,
            today: corpus["today"].as_str().map(String::from),
            next_meeting: corpus["next_meeting"].as_str().map(String::from),
            ..SmartOptions::default()
        };
        if let Some(m) = c.get("next_meeting") {
            o.next_meeting = m.as_str().map(String::from);
        }
        let r = check_smart(text, &o);
        let got: String = Criterion::ALL.iter().map(|k| mark(r.criteria.get(*k).verdict)).collect();
        let expect = c["expect"].as_str().unwrap();
        for (k, (g, e)) in got.chars().zip(expect.chars()).enumerate() {
            if g == e {
                agree[k] += 1;
            }
        }
        let dl = c["deadline"].as_str().map(String::from);
        if dl == r.deadline {
            deadline_agree += 1;
        }
        if got != expect || dl != r.deadline {
            mismatches.push(format!(
                "#{:<3} {:<9} expect {expect} got {got}  deadline {:?}/{:?}  {text}",
                c["id"],
                format!("{kind:?}"),
                dl,
                r.deadline
            ));
        }
    }
    let n = cases.len();
    let mut text = format!("\n{title}: {n} texts\n");
    for (k, name) in NAMES.iter().enumerate() {
        text += &format!("  {name:<11} {:>5.1} % ({}/{n})\n", 100.0 * agree[k] as f64 / n as f64, agree[k]);
    }
    text += &format!("  {:<11} {:>5.1} % ({deadline_agree}/{n})\n", "deadline", 100.0 * deadline_agree as f64 / n as f64);
    text += &format!("  all five + deadline right: {}/{n}\n", n - mismatches.len());
    for m in &mismatches {
        text += &format!("  {m}\n");
    }
    println!("{text}");
    Report { n, agree, deadline: deadline_agree, text }
}

#[test]
fn corpus_agreement_is_at_least_90_percent_per_criterion() {
    let r = run_corpus("SMART corpus (tests/fixtures/smart/cases.json)", CASES);
    assert!(r.n >= 150, "the corpus has {} cases", r.n);
    for (k, name) in NAMES.iter().enumerate() {
        assert!(r.agree[k] as f64 / r.n as f64 >= 0.9, "{name} agreement below 90 %:{}", r.text);
    }
    assert!(r.deadline as f64 / r.n as f64 >= 0.9, "deadline agreement below 90 %:{}", r.text);
}

/// Texts never used for tuning: an honest estimate on new text, with a regression floor only.
#[test]
fn held_out_agreement() {
    let r = run_corpus("SMART held-out set (tests/fixtures/smart/holdout.json)", include_str!("../../../tests/fixtures/smart/holdout.json"));
    for (k, name) in NAMES.iter().enumerate() {
        assert!(r.agree[k] as f64 / r.n as f64 >= 0.7, "{name} held-out agreement below the 70 % floor:{}", r.text);
    }
}

#[test]
fn the_seed_model_agreements() {
    // seed 003 §5.3: models of good agreements. The first two get 5/5; the third has no why and
    // no job title (Attraktiv partly) but passes S, M, R and T as the issue requires.
    for (text, met) in [
        ("At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.", 5),
        ("På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.", 5),
        ("At du orienterer dig på jobnet.dk, inden den XX, og at du udarbejder en liste over relevante vikarbureauer.", 4),
    ] {
        let r = check_smart(text, &base(Kind::Agreement));
        assert_eq!(r.met, met, "{text}\n{}", serde_json::to_string_pretty(&r).unwrap());
        for c in [Criterion::Specific, Criterion::Measurable, Criterion::Realistic, Criterion::TimeBound] {
            assert_eq!(r.criteria.get(c).verdict, Verdict::Met, "{text}: {c:?}");
        }
    }
    let r = check_smart("At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.", &base(Kind::Agreement));
    assert_eq!(r.deadline.as_deref(), Some("2026-05-27"));
    let r = check_smart("På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.", &base(Kind::Agreement));
    assert_eq!(r.deadline.as_deref(), Some("2026-05-11"));
}

#[test]
fn result_contract_field_names() {
    let r = check_smart_json("Du søger 2 stillinger som kok om ugen", Some(r#"{"today": "2026-05-06"}"#)).unwrap();
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["kind"], "agreement");
    assert!(v["met"].as_u64().unwrap() <= 5);
    assert!(v["deadline"].is_null() || v["deadline"].is_string());
    for c in ["specific", "measurable", "attractive", "realistic", "time_bound"] {
        let c = &v["criteria"][c];
        assert!(["met", "partly", "missing"].contains(&c["verdict"].as_str().unwrap()));
        for e in c["evidence"].as_array().unwrap() {
            assert!(e["start"].is_u64() && e["end"].is_u64() && e["text"].is_string());
        }
        for k in ["message", "suggestion"] {
            assert!(c[k]["da"].as_str().is_some_and(|s| !s.is_empty()) && c[k]["en"].is_string());
        }
        assert!(!c["rules"].as_array().unwrap().is_empty(), "every verdict names its rules");
    }
    assert_eq!(v["offsets"], "unicode");
}

#[test]
fn empty_text_is_all_missing() {
    for text in ["", "   ", ".", "!!!", "\n\n"] {
        for kind in [Kind::Agreement, Kind::Goal] {
            let r = check_smart(text, &base(kind));
            assert_eq!(r.met, 0, "{text:?}");
            for c in Criterion::ALL {
                assert_eq!(r.criteria.get(c).verdict, Verdict::Missing, "{text:?} {kind:?} {c:?}");
            }
        }
    }
}

#[test]
fn evidence_offsets_slice_the_text_in_every_unit() {
    let text = "🙂 På mandag ringer du til Bæredygtig Æblehave ApS ift. job som gartner, fordi du elsker æbler 🍏";
    for unit in [OffsetUnit::Unicode, OffsetUnit::Utf16, OffsetUnit::Utf8] {
        let r = check_smart(text, &SmartOptions { offsets: unit, ..base(Kind::Agreement) });
        assert_eq!(r.offsets, unit);
        for c in Criterion::ALL {
            for e in &r.criteria.get(c).evidence {
                let sliced = match unit {
                    OffsetUnit::Utf8 => text[e.start..e.end].to_string(),
                    OffsetUnit::Unicode => text.chars().skip(e.start).take(e.end - e.start).collect(),
                    OffsetUnit::Utf16 => {
                        let u: Vec<u16> = text.encode_utf16().collect();
                        String::from_utf16(&u[e.start..e.end]).unwrap()
                    }
                };
                assert_eq!(sliced, e.text, "{unit:?}");
            }
        }
    }
}

#[test]
fn options_are_validated_with_paths() {
    for (json, path) in [
        (r#"{"today": "15/5"}"#, "today"),
        (r#"{"today": "2026-02-30"}"#, "today"),
        (r#"{"kind": "wish"}"#, "kind"),
        (r#"{"next_meeting": "2026-01-01", "today": "2026-05-06"}"#, "next_meeting"),
        (r#"{"max_applications_per_week": 0}"#, "max_applications_per_week"),
        (r#"{"max_contacts_per_week": -1}"#, "max_contacts_per_week"),
        (r#"{"disabled": ["SM999"]}"#, "disabled[0]"),
        (r#"{"vocabulary": {"occupations": ["", "x"]}}"#, "vocabulary.occupations[0]"),
        (r#"{"offsets": "utf32"}"#, "offsets"),
        (r#"{"todya": "2026-05-06"}"#, "todya"),
    ] {
        let e = parse_options(json).unwrap_err();
        assert_eq!(e.path, path, "{json}: {e}");
        assert_eq!(e.error, "invalid_input");
    }
    assert!(parse_options("[]").unwrap_err().message.contains("JSON object"));
    assert!(parse_options("{}").is_ok());
    assert!(parse_options(r#"{"today": null, "next_meeting": null, "disabled": null}"#).is_ok());
}

#[test]
fn thresholds_and_vocabulary_are_configurable() {
    let text = "Du søger 10 stillinger om ugen som lagermedarbejder";
    let strict = SmartOptions { max_applications_per_week: 5, ..base(Kind::Agreement) };
    assert_eq!(check_smart(text, &strict).criteria.realistic.verdict, Verdict::Missing);
    assert_eq!(check_smart(text, &base(Kind::Agreement)).criteria.realistic.verdict, Verdict::Met);

    let goal = "Havnearbejder på Skagen Fiskerihavn";
    let plain = check_smart("Fiskeskipperassistent", &base(Kind::Goal));
    assert_ne!(plain.criteria.specific.verdict, Verdict::Met);
    let mut o = base(Kind::Goal);
    o.vocabulary.occupations = vec!["Fiskeskipperassistent".into()];
    assert_eq!(check_smart("Fiskeskipperassistent", &o).criteria.specific.verdict, Verdict::Met);
    assert_eq!(check_smart(goal, &base(Kind::Goal)).criteria.specific.verdict, Verdict::Met);

    let disabled = SmartOptions { disabled: vec!["SM105".into()], ..base(Kind::Agreement) };
    let r = check_smart("Du søger måske 3 stillinger som kok om ugen", &disabled);
    assert!(!r.criteria.specific.rules.iter().any(|f| f.code == "SM105"));
}

#[test]
fn relative_times_resolve_from_today_and_the_meeting() {
    let cases = [
        ("Ring til XXX i morgen", "2026-05-07"),
        ("Ring til XXX på fredag", "2026-05-08"),
        ("Ring til XXX inden for 3 måneder", "2026-08-06"),
        ("Ring til XXX de næste 14 dage", "2026-05-20"),
        ("Ring til XXX i næste uge", "2026-05-17"),
        ("Ring til XXX inden udgangen af juni", "2026-06-30"),
        ("Ring til XXX i uge 22", "2026-05-31"),
        ("Ring til XXX den 15. maj", "2026-05-15"),
        ("Ring til XXX d. 3/6", "2026-06-03"),
        ("Ring til XXX senest 2026-05-15", "2026-05-15"),
        ("Ring til XXX inden næste møde", "2026-05-27"),
        ("Ring til XXX 14/11", "2026-11-14"),
        ("Ring til XXX inden 3/2", "2027-02-03"),
        ("Ring til XXX inden jul", "2026-12-24"),
        ("Ring til XXX om 2 uger", "2026-05-20"),
        ("Ring til XXX mandag i næste uge", "2026-05-11"),
    ];
    for (text, expect) in cases {
        let r = check_smart(text, &base(Kind::Agreement));
        assert_eq!(r.deadline.as_deref(), Some(expect), "{text}");
        assert_eq!(r.criteria.time_bound.verdict, Verdict::Met, "{text}");
    }
    // Without today nothing relative resolves, but the text is still time-bound.
    let r = check_smart("Ring til XXX på fredag", &SmartOptions::default());
    assert_eq!((r.deadline, r.criteria.time_bound.verdict), (None, Verdict::Met));
    let r = check_smart("Ring til XXX senest 2026-05-15", &SmartOptions::default());
    assert_eq!(r.deadline.as_deref(), Some("2026-05-15"));
    for vague in ["Ring til XXX hurtigst muligt", "Ring til XXX snart"] {
        assert_eq!(check_smart(vague, &base(Kind::Agreement)).criteria.time_bound.verdict, Verdict::Missing, "{vague}");
    }
}

#[test]
fn no_panics_on_odd_input() {
    let odd = [
        "\u{0}\u{1}\u{7f}",
        "İİİ ǅ ß ﬀ \u{300}\u{301}",
        "🙂🙂🙂 👩‍👩‍👧 🇩🇰",
        "...,,,;;;!!!???///---",
        "d. d. d. . . pr. pr. mdr.",
        "15/ /5 2026-- -05 -15 31/2 29/2-2027 0/0 99/99 2026-13-45 uge 0 uge 99 uge 53-52",
        "inden for inden for de næste næste næste uge uge",
        "XX/XX/XXXX inden den XX d. XX",
        "99999999999999999999 stillinger om ugen",
        "femogtyvetusind ogtyve og og og",
        "'''' ’’ ' a' 'a",
        "ApS A/S I/S / S",
        "\u{202e}Du søger 3 stillinger\u{202c}",
        "hver hver hver anden anden",
        "Du søger 3 stillinger som lagermedarbejder om ugen, fordi",
        "fordi fordi for at så jeg kan da jeg gerne vil ellers jf. ifølge",
        "Uge 53 i 2027",
    ];
    for text in odd {
        for kind in [Kind::Agreement, Kind::Goal] {
            let r = check_smart(text, &base(kind));
            assert!(r.met <= 5);
            let _ = check_smart(text, &SmartOptions { kind, ..SmartOptions::default() });
        }
    }
    // every prefix of a tricky text, cut on char boundaries
    let tricky = "På mandag d. 11/5-24/5 2026 ringer du ca. 2-3 gange/uge til XXX A/S ift. 15. maj, fordi 🙂";
    for (i, _) in tricky.char_indices() {
        let _ = check_smart(&tricky[..i], &base(Kind::Agreement));
    }
}

#[test]
fn a_megabyte_is_fast_and_safe() {
    let unit = "Du søger 3 stillinger som lagermedarbejder om ugen frem til næste samtale, fordi du vil. ";
    let big = unit.repeat(1_000_000 / unit.len() + 1);
    let t = Instant::now();
    let r = check_smart(&big, &base(Kind::Agreement));
    let took = t.elapsed();
    assert!(r.criteria.specific.evidence.len() <= 20, "evidence is capped");
    // A figure, not a timed assertion (the machine may be loaded): `cargo xtask bench` has the goals.
    eprintln!("1 MB agreement: {took:?}");
    let junk = "æ🙂x.".repeat(250_000);
    let t = Instant::now();
    let _ = check_smart(&junk, &base(Kind::Goal));
    eprintln!("1 MB of junk: {:?}", t.elapsed());
}

#[test]
fn with_offsets_converts_between_every_unit_and_lands_on_the_same_text() {
    let t = "🙂 I dag søger du 3 stillinger som pædagogmedhjælper i Århus inden fredag 😀";
    let opts = |offsets| SmartOptions { offsets, today: Some("2026-05-06".into()), ..SmartOptions::default() };
    let direct: Vec<_> = [OffsetUnit::Unicode, OffsetUnit::Utf16, OffsetUnit::Utf8].map(|u| check_smart(t, &opts(u))).to_vec();
    let mut ranges = 0;
    for from in &direct {
        for to in &direct {
            // Converting a result gives what checking in that unit gives.
            assert_eq!(from.with_offsets(t, to.offsets), *to, "{:?} → {:?}", from.offsets, to.offsets);
        }
    }
    let bytes = &direct[2];
    for c in Criterion::ALL {
        for e in &bytes.criteria.get(c).evidence {
            assert_eq!(&t[e.start..e.end], e.text, "{c:?}: UTF-8 offsets slice the Rust string");
            ranges += 1;
        }
    }
    assert!(ranges >= 5, "{ranges} evidence ranges");
    assert_ne!(direct[1], direct[2], "🙂 makes UTF-16 and UTF-8 offsets differ");
    // Half a surrogate pair moves to the character's end; past the end, to the end; any order.
    assert_eq!(jobspor_core::smart::offsets_to_bytes("🙂ø", OffsetUnit::Utf16, &[3, 1, 99, 2]), vec![6, 4, 6, 4]);
}

#[test]
fn evidence_says_whether_it_counts_against() {
    let r = check_smart("prøv at søge nogle job", &SmartOptions::default());
    let ev = &r.criteria.get(Criterion::Specific).evidence;
    let marks: Vec<(&str, bool)> = ev.iter().map(|e| (e.text.as_str(), e.against)).collect();
    assert_eq!(marks, [("prøv at", true), ("søge", false), ("nogle", true)], "{ev:?}");
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["criteria"]["specific"]["evidence"][0]["against"], true);
    // A result without the field (an older version's) still reads, as `false`.
    let mut old = json.clone();
    old["criteria"]["specific"]["evidence"][0].as_object_mut().unwrap().remove("against");
    let back: jobspor_core::smart::SmartResult = serde_json::from_value(old).unwrap();
    assert!(!back.criteria.specific.evidence[0].against);
}

/// Issue 12: seed 003 §5.3 (frederikshavn-metodehaandbog.txt l. 1117–1127) lists four model
/// agreements under one "Aftalen er:". Checked as that list, all four pass S, M, R and T: the shared
/// time frame of the first ("frem til næste samtale", l. 1118–1119) carries to the third (l.
/// 1124–1125), whose object is the job ad ("jf. stillingsopslag xxx"), not the job it runs
/// parallel to.
#[test]
fn the_four_seed_model_agreements_as_one_list() {
    let items = [
        "At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.",
        "At du orienterer dig på jobnet.dk, inden den XX, og at du udarbejder en liste over relevante vikarbureauer.",
        "At du parallelt med stillingen som lagermedarbejder søger arbejde inden for detailbranchen, hvor der er gode beskæftigelsesmuligheder jf. stillingsopslag xxx",
        "På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.",
    ];
    let rs = jobspor_core::smart::check_agreements(&items, &base(Kind::Agreement));
    for (text, r) in items.iter().zip(&rs) {
        for c in [Criterion::Specific, Criterion::Measurable, Criterion::Realistic, Criterion::TimeBound] {
            assert_eq!(r.criteria.get(c).verdict, Verdict::Met, "{text}: {c:?}\n{}", serde_json::to_string_pretty(r).unwrap());
        }
    }
    let third = &rs[2];
    assert_eq!(third.shared_time.as_ref().map(|s| (s.from_item, s.text.as_str())), Some((0, "frem til næste samtale")));
    assert_eq!(third.deadline.as_deref(), Some("2026-05-27"));
    // Specific on the job ad, not on "stillingen" it runs parallel to.
    let s: Vec<&str> = third.criteria.specific.evidence.iter().map(|e| e.text.as_str()).collect();
    assert!(!s.contains(&"stillingen") && !s.contains(&"lagermedarbejder") && s.iter().any(|t| t.contains("xxx")), "{s:?}");
    // A specific weekday belongs to its own item; on its own, the third has no time.
    assert!(rs[3].shared_time.is_none());
    let alone = check_smart(items[2], &base(Kind::Agreement));
    assert_eq!(alone.criteria.time_bound.verdict, Verdict::Missing);
    assert!(alone.shared_time.is_none());
}

/// Issue 12: a day and month without a year is the next such date. Seed 003 §3.3
/// (frederikshavn-metodehaandbog.txt): "der skal være en deadline for, hvornår målet skal være nået"
/// – a deadline lies ahead. "inden 1. september" written on 2026-11-23 is 2027-09-01; a date only a
/// few days past may be a typo, and the check says so; a weekday that does not match the date is
/// flagged.
#[test]
fn a_date_without_a_year_is_the_next_such_date() {
    let opts = |today: &str| SmartOptions { today: Some(today.into()), ..base(Kind::Agreement) };
    let r = check_smart("Du søger 3 stillinger som ekspedient inden 1. september", &opts("2026-11-23"));
    assert_eq!(r.deadline.as_deref(), Some("2027-09-01"));
    assert!(!r.criteria.time_bound.rules.iter().any(|x| x.code == "SM506"), "not overdue");
    let r = check_smart("Du søger 3 stillinger som ekspedient inden den 3/4", &opts("2026-11-23"));
    assert_eq!(r.deadline.as_deref(), Some("2027-04-03"));
    // Three days past: this year's, passed – and perhaps a typo.
    let r = check_smart("Du søger 3 stillinger som ekspedient inden 20/11", &opts("2026-11-23"));
    assert_eq!(r.deadline.as_deref(), Some("2026-11-20"));
    let sm506 = r.criteria.time_bound.rules.iter().find(|x| x.code == "SM506").expect("passed");
    assert!(sm506.message.da.contains("måske en tastefejl"), "{}", sm506.message.da);
    // "torsdag d. 14/11": 14 November 2026 is a Saturday.
    let r = check_smart("Du ringer til Netto om stillingen som ekspedient torsdag d. 14/11", &opts("2026-11-10"));
    let sm507 = r.criteria.time_bound.rules.iter().find(|x| x.code == "SM507").expect("weekday mismatch flagged");
    assert!(sm507.message.da.contains("torsdag") && sm507.message.da.contains("lørdag"), "{}", sm507.message.da);
    assert_eq!(r.criteria.time_bound.verdict, Verdict::Partly);
    let r = check_smart("Du ringer til Netto om stillingen som ekspedient lørdag d. 14/11", &opts("2026-11-10"));
    assert!(!r.criteria.time_bound.rules.iter().any(|x| x.code == "SM507"));
}

/// Issue 12: actions caseworkers write are the citizen's own; outcomes decided by others are not.
/// Seed 003 §5.3 (frederikshavn-metodehaandbog.txt l. 1104–1105): "Vi skal være opmærksom på kun at
/// lave aftaler indenfor borgers kontrolcirkel"; its model agreement "udarbejder en liste over
/// relevante vikarbureauer" (l. 1121–1122) is an action with a deliverable.
#[test]
fn caseworkers_actions_and_outcomes_by_others() {
    let o = SmartOptions { today: Some("2026-11-23".into()), ..base(Kind::Agreement) };
    for text in [
        "Du går til jobsamtale hos Netto i Aalborg på mandag",
        "Du møder op til jobmessen i Aalborg Kongres & Kultur Center den 14/12",
        "Du deltager i jobmessen i Aalborg Kongres & Kultur Center den 14/12",
        "Du bliver skrevet op som vikar hos Adecco inden fredag",
        "Du laver en liste over 10 virksomheder inden fredag",
    ] {
        let r = check_smart(text, &o);
        for c in [Criterion::Specific, Criterion::Realistic] {
            assert_eq!(r.criteria.get(c).verdict, Verdict::Met, "{text}: {c:?}\n{:?}", r.criteria.get(c).rules);
        }
    }
    for text in ["Du skal have været til 2 jobsamtaler inden næste samtale", "Du skal få hjælp af din jobkonsulent til CV'et inden fredag"] {
        let r = check_smart(text, &o);
        assert!(r.criteria.realistic.rules.iter().any(|x| x.code == "SM403"), "{text}: {:?}", r.criteria.realistic.rules);
        assert_ne!(r.criteria.realistic.verdict, Verdict::Met, "{text}");
    }
}

/// SM404's message writes the weekly rate rounded and the limit as whole numbers – with integer
/// formatting now (`common::fmt_rounded`, no `f64` Display in the wasm module), the same text as
/// `{}` of `rate.round()` and of the limit before (the rounding itself: `common::number`'s tests):
/// 100 and 30 a week, 50 "i morgen" = 250 a week.
#[test]
fn sm404_writes_the_rate_and_the_limit_as_whole_numbers() {
    let json = |text: &str| serde_json::to_string(&check_smart_json(text, Some(r#"{"today": "2026-05-06"}"#)).unwrap()).unwrap();
    let r = json("Du søger 100 job om ugen som lagermedarbejder");
    assert!(r.contains("comes to about 100 applications a week; more than 25 is not realistic."), "{r}");
    assert!(r.contains("svarer til ca. 100 ansøgninger om ugen; mere end 25 er ikke realistisk."), "{r}");
    let r = json("Du søger 50 stillinger som kok i morgen");
    assert!(r.contains("comes to about 250 applications a week; more than 25 is not realistic."), "{r}");
    let r = json("Du søger 30 job om ugen som lagermedarbejder");
    assert!(r.contains("comes to about 30 applications a week; more than 25 is not realistic."), "{r}");
}
