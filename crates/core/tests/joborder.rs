//! The search simulation and the ranking: each requirement kind found and blocking, synonyms,
//! licence implication, Jobnet's own rule, the criminal record, the municipality limit, fields
//! that are not searchable, rank_score, the gross list with hidden_by, and bad input.

use jobspor_core::cv::{self, Cv};
use jobspor_core::joborder::{
    self, check_job_order_json, generate_cvs, match_cv, match_cv_json, parse_job_order, rank_cvs, rank_cvs_json, JobOrder, MatchKind,
    MatchOptions, MatchResult,
};
use jobspor_core::rules::merge_patch;
use serde_json::{json, Value};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap()
}

fn patched(base: &str, patch: Value) -> String {
    let mut v: Value = serde_json::from_str(&read(base)).unwrap();
    merge_patch(&mut v, &patch);
    v.to_string()
}

/// The example job order with `patch` merged in.
fn order(patch: Value) -> JobOrder {
    parse_job_order(&patched("tests/fixtures/joborder/job-order.json", patch)).unwrap()
}

/// An order whose only requirement is `req` (mandatory unless it says otherwise).
fn only(req: Value) -> JobOrder {
    let mut req = req;
    if req.get("mandatory").is_none() {
        req["mandatory"] = json!(true);
    }
    order(json!({ "requirements": [req] }))
}

/// The good example CV (Lagermedarbejder with Truckkørsel, Truckcertifikat B, B+C, Dansk …) with `patch`.
fn cv(patch: Value) -> Cv {
    cv::parse_cv(&patched("tests/fixtures/cv-good.json", patch)).unwrap()
}

fn run(cv: &Cv, order: &JobOrder) -> MatchResult {
    let r = match_cv(cv, order, &MatchOptions::default());
    assert_eq!(r.found, r.blocking.is_empty(), "found ⇔ nothing blocks: {r:#?}");
    r
}

fn blocking_kinds(r: &MatchResult) -> Vec<MatchKind> {
    r.blocking.iter().map(|b| b.kind).collect()
}

#[test]
fn the_example_cv_is_found_by_the_example_order() {
    let r = run(&cv(json!({})), &order(json!({})));
    assert!(r.found, "{r:#?}");
    assert_eq!(r.nice_to_have.matched, 2);
    assert_eq!(r.nice_to_have.total, 2); // experience and education; the criminal record doesn't count
    assert_eq!(r.rank_score, 100);
    let m = r.matched_occupation.as_ref().unwrap();
    assert_eq!((m.wish, m.title.as_deref()), (0, Some("Lagermedarbejder")));
    let ev: Vec<Option<&str>> = r.requirements.iter().map(|q| q.evidence.as_deref()).collect();
    assert_eq!(
        ev,
        [
            Some("job_wishes[0].qualifications[0]"),
            Some("certificates[0]"),
            Some("job_wishes[0].experience_years"),
            Some("education[0].level"),
            Some("driving_licences[1]"),
            Some("languages[0]"),
            None
        ]
    );
    assert_eq!(r.requirements[6].met, None);
}

#[test]
fn qualification_found_and_blocking() {
    let o = only(json!({"kind": "qualification", "value": "Varemodtagelse"}));
    assert!(run(&cv(json!({})), &o).found);
    // A qualification of 4+ letters also matches with an ending, and a longer CV entry with every word.
    let o2 = only(json!({"kind": "qualification", "value": "plukning af varer"}));
    assert!(run(&cv(json!({})), &o2).found);
    let o3 = only(json!({"kind": "qualification", "value": "Sandblæsning"}));
    let r = run(&cv(json!({})), &o3);
    assert!(!r.found);
    assert_eq!(blocking_kinds(&r), [MatchKind::Qualification]);
    let b = &r.blocking[0];
    assert_eq!((b.requirement, b.value.as_str()), (Some(0), "Sandblæsning"));
    assert!(b.reason.da.contains("Sandblæsning") && b.fix.da.contains("Jeg søger job som"), "{b:?}");
    assert!(b.reason.en.contains("qualification") && !b.fix.en.is_empty());
}

#[test]
fn qualification_must_be_under_the_matching_occupation() {
    // Jobnet ANDs occupation × qualification: "Kørsel med lastbil" is under Chauffør, not Lagermedarbejder.
    let o = only(json!({"kind": "qualification", "value": "Kørsel med lastbil"}));
    let r = run(&cv(json!({})), &o);
    assert!(!r.found);
    assert!(r.blocking[0].reason.da.contains("dit jobønske \"Chauffør\""), "{:?}", r.blocking[0].reason);
    // Searching for Chauffør instead finds it.
    let mut o = o;
    o.title = "Chauffør".into();
    assert!(run(&cv(json!({})), &o).found);
}

#[test]
fn certificate_found_and_blocking() {
    let o = only(json!({"kind": "certificate", "value": "Truckcertifikat B"}));
    assert!(run(&cv(json!({"certificates": ["truckcertifikat-b"]})), &o).found);
    let r = run(&cv(json!({"certificates": ["Truckcertifikat A"]})), &o);
    assert_eq!(blocking_kinds(&r), [MatchKind::Certificate]);
    assert!(r.blocking[0].fix.da.contains("Certifikater og beviser"));
}

#[test]
fn experience_years_found_and_blocking() {
    let o = only(json!({"kind": "experience_years", "value": 6}));
    assert!(run(&cv(json!({})), &o).found); // 6 years as Lagermedarbejder
    let o7 = only(json!({"kind": "experience_years", "value": 7}));
    let r = run(&cv(json!({})), &o7);
    assert_eq!(blocking_kinds(&r), [MatchKind::ExperienceYears]);
    assert!(r.blocking[0].reason.da.contains("6 år"), "{:?}", r.blocking[0].reason);
    // Years in another occupation don't count: 2 years as Chauffør, none given as Lagermedarbejder.
    let o1 = only(json!({"kind": "experience_years", "value": 1}));
    let c = cv(json!({"job_wishes": [{"occupation": "Lagermedarbejder", "qualifications": ["Truckkørsel"]}, {"occupation": "Chauffør", "experience_years": 9}]}));
    let r = run(&c, &o1);
    assert_eq!(blocking_kinds(&r), [MatchKind::ExperienceYears]);
    assert!(r.blocking[0].reason.da.contains("ingen års erfaring"));
}

#[test]
fn education_level_found_and_blocking() {
    let o = only(json!({"kind": "education_level", "value": "vocational"}));
    assert!(run(&cv(json!({})), &o).found);
    let higher = cv(json!({"education": [{"title": "Cand.merc.", "level": "master", "completed": true}]}));
    assert!(run(&higher, &o).found, "a higher level meets a lower requirement");
    let r = run(&cv(json!({})), &only(json!({"kind": "education_level", "value": "bachelor"})));
    assert_eq!(blocking_kinds(&r), [MatchKind::EducationLevel]);
    assert!(r.blocking[0].reason.da.contains("erhvervsuddannelse"), "{:?}", r.blocking[0].reason);
    let unfinished = cv(json!({"education": [{"title": "Lager- og logistikuddannelsen", "level": "vocational", "completed": false}, {"title": "Folkeskolen", "level": "primary"}]}));
    assert_eq!(blocking_kinds(&run(&unfinished, &o)), [MatchKind::EducationLevel], "an unfinished education doesn't count");
}

#[test]
fn driving_licence_found_blocking_and_implied() {
    let c_req = only(json!({"kind": "driving_licence", "value": "C"}));
    assert!(run(&cv(json!({"driving_licences": ["B", "C"]})), &c_req).found);
    assert!(run(&cv(json!({"driving_licences": ["CE"]})), &c_req).found, "CE includes C");
    assert!(run(&cv(json!({"driving_licences": ["c+e"]})), &c_req).found);
    let r = run(&cv(json!({"driving_licences": ["B", "C1"]})), &c_req);
    assert_eq!(blocking_kinds(&r), [MatchKind::DrivingLicence], "C1 does not include C");
    assert!(r.blocking[0].fix.da.contains("CE"), "{:?}", r.blocking[0].fix);
    let r = run(&cv(json!({"driving_licences": []})), &c_req);
    assert!(r.blocking[0].reason.da.contains("intet kørekort"));
    let be = only(json!({"kind": "driving_licence", "value": "BE"}));
    assert!(run(&cv(json!({"driving_licences": ["CE"]})), &be).found, "CE includes BE");
    assert!(!run(&cv(json!({"driving_licences": ["B"]})), &be).found);
    let b = only(json!({"kind": "driving_licence", "value": "B"}));
    assert!(run(&cv(json!({"driving_licences": ["D"]})), &b).found, "D includes B");
}

#[test]
fn language_found_and_blocking() {
    let o = only(json!({"kind": "language", "value": "dansk"}));
    assert!(run(&cv(json!({"languages": [{"language": "Danish"}]})), &o).found);
    assert!(run(&cv(json!({"languages": [{"language": "DANSK (modersmål)"}]})), &o).found);
    let r = run(&cv(json!({"languages": [{"language": "Engelsk"}], "profile": "Jeg taler dansk og engelsk."})), &o);
    assert_eq!(blocking_kinds(&r), [MatchKind::Language]);
    assert!(r.blocking[0].reason.da.contains("faglig profil"), "says where it is written: {:?}", r.blocking[0].reason);
}

#[test]
fn occupation_synonyms_match() {
    let o = order(json!({}));
    for written in ["Lagermand", "lagerarbejder", "LAGERMEDARBEJDER", "Lagermedarbejdere", "lager-medarbejder"] {
        let c = cv(json!({"job_wishes": [{"occupation": written, "qualifications": ["Truckkørsel"], "experience_years": 3}]}));
        assert!(run(&c, &o).found, "{written}");
    }
    // The order's title as a synonym: "Gaffeltruckfører" searches for Truckfører.
    let truck = only(json!({"kind": "qualification", "value": "Truckkørsel"}));
    let truck = JobOrder { title: "Gaffeltruckfører".into(), ..truck };
    let c = cv(json!({"job_wishes": [{"occupation": "Truckfører", "qualifications": ["Truckkørsel"]}]}));
    assert!(run(&c, &truck).found);
    // A title the lexicon doesn't know matches the same text.
    let odd = JobOrder { title: "Havnelods-assistent".into(), ..only(json!({"kind": "language", "value": "Dansk"})) };
    assert!(run(&cv(json!({"job_wishes": [{"occupation": "havnelods assistent"}]})), &odd).found);
    // Wrong occupation: blocked, with the order's title in the fix.
    let r = run(&cv(json!({"job_wishes": [{"occupation": "Kok", "qualifications": ["Truckkørsel"]}]})), &o);
    assert!(blocking_kinds(&r).starts_with(&[MatchKind::Occupation]));
    assert!(r.blocking[0].fix.da.contains("\"Lagermedarbejder\""));
    assert!(r.matched_occupation.is_none());
}

#[test]
fn alternative_titles_are_ored() {
    let o = order(json!({"alternative_titles": ["Truckfører"], "requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}]}));
    let c = cv(json!({"job_wishes": [{"occupation": "Truckchauffør", "qualifications": ["Truckkørsel"]}]}));
    let r = run(&c, &o);
    assert!(r.found);
    assert_eq!(r.matched_occupation.unwrap().title.as_deref(), Some("Truckfører"));
}

#[test]
fn jobnet_searchable_rule_hides_the_cv_whatever_it_meets() {
    let hidden = cv(json!({"contact": {"email_visible": false, "phone_visible": false}}));
    let r = run(&hidden, &order(json!({})));
    assert!(!r.found);
    assert_eq!(blocking_kinds(&r), [MatchKind::CvNotSearchable]);
    assert_eq!((r.blocking[0].requirement, r.blocking[0].rule.as_deref()), (None, Some("CV006")));
    assert!(r.requirements.iter().filter(|q| q.mandatory).all(|q| q.met == Some(true)), "it meets every requirement");
    // One visible channel is enough.
    assert!(run(&cv(json!({"contact": {"email_visible": false}})), &order(json!({}))).found);
    // No education and no employment terms: two of Jobnet's rules.
    let r = run(&cv(json!({"education": [], "employment_terms": null})), &order(json!({})));
    let rules: Vec<&str> = r.blocking.iter().filter_map(|b| b.rule.as_deref()).collect();
    assert_eq!(rules, ["CV001", "CV005"]);
    // The cheap check agrees with the full CV check.
    for c in generate_cvs(300, 3) {
        assert_eq!(cv::jobnet_blockers(&c).is_empty(), cv::check_cv(&c, &cv::CvOptions::default()).searchable);
    }
}

#[test]
fn criminal_record_never_blocks() {
    let o = only(json!({"kind": "criminal_record", "value": true, "mandatory": true}));
    let r = run(&cv(json!({})), &o);
    assert!(r.found);
    assert_eq!(r.requirements[0].met, None);
    assert_eq!(r.nice_to_have.total, 0);
    assert!(r.notes[0].da.contains("Straffeattest"));
}

#[test]
fn municipality_limit() {
    let o = order(json!({"location": {"search_municipalities": ["851", "860"]}}));
    let r = run(&cv(json!({})), &o); // lives in 813
    assert_eq!(blocking_kinds(&r), [MatchKind::Municipality]);
    assert_eq!(r.blocking[0].requirement, None);
    assert!(run(&cv(json!({"contact": {"municipality_code": "0851"}})), &o).found);
    let r = run(&cv(json!({"contact": {"municipality_code": ""}})), &o);
    assert!(r.blocking[0].fix.da.contains("bopælskommune"), "{:?}", r.blocking[0].fix);
    // No limit: any municipality.
    assert!(run(&cv(json!({"contact": {"municipality_code": "101"}})), &order(json!({}))).found);
}

#[test]
fn fields_that_are_not_searchable_never_count() {
    let o = only(json!({"kind": "qualification", "value": "Sandblæsning"}));
    let c = cv(json!({
        "profile": "Jeg er god til sandblæsning.",
        "work_experience": [{"employer": "Maler ApS", "title": "Sandblæsning", "description": "Sandblæsning af skibe."}],
        "other_experience": [{"title": "Sandblæsning", "description": ""}],
        "courses": [{"title": "Sandblæsning"}]
    }));
    let r = run(&c, &o);
    assert_eq!(blocking_kinds(&r), [MatchKind::Qualification]);
    let reason = &r.blocking[0].reason;
    for place in ["kurser", "erhvervserfaring", "anden erfaring", "faglig profil"] {
        assert!(reason.da.contains(place), "{place}: {reason:?}");
    }
    assert!(reason.en.contains("Jobnet doesn't search there"));
    // A certificate written only as a course is not a certificate.
    let o = only(json!({"kind": "certificate", "value": "Kranbevis"}));
    let r = run(&cv(json!({"courses": [{"title": "Kranbevis"}]})), &o);
    assert!(!r.found && r.blocking[0].reason.da.contains("kurser"));
}

#[test]
fn undecided_requirements_follow_the_option() {
    let o = only(json!({"kind": "certificate", "value": "Kranbevis", "mandatory": null}));
    assert_eq!(blocking_kinds(&run(&cv(json!({})), &o)), [MatchKind::Certificate]);
    let opts = MatchOptions { undecided_is_mandatory: false, ..MatchOptions::default() };
    let r = match_cv(&cv(json!({})), &o, &opts);
    assert!(r.found);
    assert_eq!((r.nice_to_have.matched, r.nice_to_have.total, r.rank_score), (0, 1, 0));
}

#[test]
fn rank_score_weights_and_bonus() {
    let o = order(json!({"requirements": [
        {"kind": "qualification", "value": "Truckkørsel", "mandatory": true},
        {"kind": "qualification", "value": "Sandblæsning", "mandatory": false},
        {"kind": "language", "value": "Dansk", "mandatory": false},
        {"kind": "experience_years", "value": 3, "mandatory": false}
    ]}));
    let c = cv(json!({}));
    // Met: language (1) and experience (2) of 3 + 1 + 2 = 6 → 50, plus 3 years beyond 3 × 2 = 6 → 56.
    let r = run(&c, &o);
    assert_eq!((r.nice_to_have.matched, r.nice_to_have.total, r.rank_score), (2, 3, 56));
    let opts: MatchOptions = joborder::parse_match_options(r#"{"weights": {"qualification": 0}, "experience_bonus_per_year": 0}"#).unwrap();
    assert_eq!(match_cv(&c, &o, &opts).rank_score, 100);
    let capped = MatchOptions { experience_bonus_per_year: 50.0, experience_bonus_max: 10.0, ..MatchOptions::default() };
    assert_eq!(match_cv(&c, &o, &capped).rank_score, 60);
    // No nice-to-haves: 100.
    assert_eq!(run(&c, &only(json!({"kind": "qualification", "value": "Truckkørsel"}))).rank_score, 100);
}

#[test]
fn ranking_of_the_fixture_folder() {
    let dir = format!("{ROOT}/tests/fixtures/joborder/cvs");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let names: Vec<String> = files.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    let cvs: Vec<Cv> = files.iter().map(|p| cv::parse_cv(&std::fs::read_to_string(p).unwrap()).unwrap()).collect();
    let o = order(json!({}));
    let r = rank_cvs(&cvs, &o, &MatchOptions::default());
    let order_names: Vec<&str> = r.gross_list.iter().map(|e| names[e.index].as_str()).collect();
    assert_eq!(
        order_names,
        [
            "a-found-mette.json",
            "b-found-lagermand-ce.json",
            "c-certificate-only-in-courses.json",
            "d-licence-b-only.json",
            "e-truck-under-other-wish.json",
            "h-two-missing.json",
            "f-wrong-occupation.json",
            "g-contact-hidden.json"
        ]
    );
    let t = &r.totals;
    assert_eq!((t.cvs, t.found, t.not_searchable, t.wrong_occupation, t.hidden_by_criteria), (8, 2, 1, 1, 4));
    let hb: Vec<(Option<usize>, u32, u32)> = r.hidden_by.iter().map(|h| (h.requirement, h.hidden, h.only_this)).collect();
    assert_eq!(hb, [(Some(0), 1, 1), (Some(1), 2, 1), (Some(4), 1, 1), (Some(5), 1, 0)]);
    assert_eq!(r.hidden_by[1].value, "Truckcertifikat B");
    let scores: Vec<u8> = r.gross_list.iter().map(|e| e.rank_score).collect();
    assert_eq!(&scores[..5], [100, 0, 100, 50, 50]);
    assert!(r.gross_list[..2].iter().all(|e| e.found && e.blocking.is_empty()));
    let h = r.gross_list.iter().find(|e| names[e.index] == "h-two-missing.json").unwrap();
    let kinds: Vec<MatchKind> = h.blocking.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [MatchKind::Certificate, MatchKind::Language]);
    // Every entry agrees with the single match.
    for e in &r.gross_list {
        let m = match_cv(&cvs[e.index], &o, &MatchOptions::default());
        assert_eq!((m.found, m.rank_score, m.blocking.len()), (e.found, e.rank_score, e.blocking.len()), "{}", names[e.index]);
    }
    // A municipality limit is a criterion of its own in hidden_by.
    let limited = order(json!({"location": {"search_municipalities": ["851"]}}));
    let r = rank_cvs(&cvs, &limited, &MatchOptions::default());
    assert_eq!(r.totals.found, 0);
    let last = r.hidden_by.last().unwrap();
    assert_eq!((last.requirement, last.kind, last.hidden, last.only_this), (None, MatchKind::Municipality, 6, 2));
}

#[test]
fn ranking_generated_cvs_agrees_with_single_matches() {
    let cvs = generate_cvs(1500, 11);
    let o = order(json!({}));
    let r = rank_cvs(&cvs, &o, &MatchOptions::default());
    assert_eq!(r.gross_list.len(), 1500);
    assert!(r.totals.found > 0 && r.totals.not_searchable > 0 && r.totals.wrong_occupation > 0 && r.totals.hidden_by_criteria > 0, "{:?}", r.totals);
    let t = &r.totals;
    assert_eq!(t.found + t.not_searchable + t.wrong_occupation + t.hidden_by_criteria, t.cvs);
    let mut seen = vec![false; cvs.len()];
    let mut last_found_score = 101;
    for (k, e) in r.gross_list.iter().enumerate() {
        assert!(!std::mem::replace(&mut seen[e.index], true));
        let m = match_cv(&cvs[e.index], &o, &MatchOptions::default());
        assert_eq!((m.found, m.rank_score), (e.found, e.rank_score), "CV {}", e.index);
        assert_eq!(m.found, m.blocking.is_empty());
        if e.found {
            assert!(k < t.found as usize && e.rank_score as i32 <= last_found_score);
            last_found_score = e.rank_score as i32;
        }
    }
    // The JSON entry point gives the same.
    let json = serde_json::to_string(&cvs).unwrap();
    let via_json = rank_cvs_json(&json, &read("tests/fixtures/joborder/job-order.json"), None).unwrap();
    assert_eq!(via_json, r);
}

#[test]
fn bad_input_names_the_path() {
    let err = |patch: Value| parse_job_order(&patched("tests/fixtures/joborder/job-order.json", patch)).unwrap_err();
    let e = err(json!({"requirements": [{"kind": "qualification", "value": "Truckkørsel"}, {"kind": "language", "value": "Dansk"}, {"kind": "experience_years", "value": "two"}]}));
    assert_eq!(e.path, "requirements[2].value");
    assert!(e.message.contains("experience_years") && e.message.contains("number") && e.message_da.contains("antal år"), "{e:?}");
    assert_eq!(err(json!({"requirements": [{"kind": "education_level", "value": "college"}]})).path, "requirements[0].value");
    assert_eq!(err(json!({"requirements": [{"kind": "criminal_record", "value": "ja"}]})).path, "requirements[0].value");
    assert_eq!(err(json!({"requirements": [{"kind": "qualification", "value": 3}]})).path, "requirements[0].value");
    assert_eq!(err(json!({"requirements": [{"kind": "qualification", "value": ["Truckkørsel"]}]})).path, "requirements[0].value");
    assert_eq!(err(json!({"requirements": [{"kind": "qualification", "value": {"a": 1}}]})).path, "requirements[0].value");
    assert_eq!(err(json!({"requirements": [{"kind": "telepathy", "value": "x"}]})).path, "requirements[0].kind");
    assert_eq!(err(json!({"requirements": [["qualification", "Truckkørsel", true]]})).path, "requirements[0]");
    assert_eq!(err(json!({"requirements": [{"value": "x"}]})).path, "requirements[0]");
    assert_eq!(err(json!({"company": ["Nordlager A/S", "12345678"]})).path, "company");
    assert_eq!(err(json!({"location": "Frederikshavn"})).path, "location");
    assert_eq!(err(json!({"positions": -1})).path, "positions");
    assert_eq!(err(json!({"hours": "sometimes"})).path, "hours");
    assert_eq!(err(json!({"contact_form": "pigeon"})).path, "contact_form");
    assert_eq!(err(json!({"application_form": ["fax"]})).path, "application_form[0]");
    assert!(parse_job_order("[]").unwrap_err().message.contains("must be a JSON object"));
    assert!(parse_job_order("{").unwrap_err().message.contains("not valid JSON"));
    // null is missing, unknown fields are ignored.
    let o = parse_job_order(r#"{"title": null, "company": null, "requirements": null, "x-extra": [1]}"#).unwrap();
    assert!(o.title.is_empty() && o.requirements.is_empty());
    let r = check_job_order_json("{}").unwrap();
    assert!(!r.searchable && r.findings.iter().any(|f| f.code == "JO001"));

    // match and rank name the input.
    let good_cv = read("tests/fixtures/cv-good.json");
    let good_order = read("tests/fixtures/joborder/job-order.json");
    let e = match_cv_json(r#"{"education": [{"level": "college"}]}"#, &good_order, None).unwrap_err();
    assert_eq!(e.path, "cv.education[0].level");
    let e = match_cv_json(&good_cv, r#"{"requirements": [{"kind": "language", "value": false}]}"#, None).unwrap_err();
    assert_eq!(e.path, "order.requirements[0].value");
    let e = match_cv_json(&good_cv, &good_order, Some(r#"{"weights": {"language": -1}}"#)).unwrap_err();
    assert_eq!(e.path, "options.weights.language");
    let e = rank_cvs_json(&format!(r#"[{good_cv}, {{"job_wishes": [{{"experience_years": "six"}}]}}]"#), &good_order, None).unwrap_err();
    assert_eq!(e.path, "cvs[1].job_wishes[0].experience_years");
    let e = rank_cvs_json(&format!("[{good_cv}, {good_cv}, [1, 2]]"), &good_order, None).unwrap_err();
    assert_eq!(e.path, "cvs[2]");
    let e = rank_cvs_json(&format!("[{good_cv}, null]"), &good_order, None).unwrap_err();
    assert_eq!(e.path, "cvs[1]");
    assert!(rank_cvs_json(&good_cv, &good_order, None).is_err(), "an object is not an array of CVs");
    assert_eq!(rank_cvs_json("[]", &good_order, None).unwrap().totals.cvs, 0);
}

#[test]
fn odd_and_huge_input_does_not_panic() {
    let big = "Truckkørsel æøå 🙂 ".repeat(60_000);
    assert!(big.len() > 1_000_000);
    let o = json!({
        "title": big, "tasks": big, "culture": big, "alternative_titles": [big],
        "personal_competences": [big, "\u{0}\u{202e}İ"],
        "requirements": [{"kind": "qualification", "value": big, "mandatory": true}, {"kind": "driving_licence", "value": big}, {"kind": "language", "value": "🙂"}],
        "location": {"search_municipalities": [big, "", "000", "-1"]},
        "start_date": big, "end_date": "2027-02-30", "company": {"cvr": big}, "contact": {"email": big}
    });
    let text = o.to_string();
    let t = std::time::Instant::now();
    let r = check_job_order_json(&text).unwrap();
    assert!(!r.searchable);
    let c = json!({"job_wishes": [{"occupation": big, "qualifications": [big]}], "languages": [{"language": big}], "driving_licences": [big], "profile": big});
    let m = match_cv_json(&c.to_string(), &text, None).unwrap();
    assert!(!m.found);
    assert!(t.elapsed().as_secs() < 20);
}

#[test]
fn each_blocking_item_names_the_cv_field_that_fixes_it() {
    let path = |r: &MatchResult| r.blocking.iter().map(|b| b.cv_path.clone()).collect::<Vec<_>>();
    let some = |p: &str| vec![Some(p.to_string())];
    let good = cv(json!({}));
    let r = run(&good, &only(json!({"kind": "qualification", "value": "Sandblæsning"})));
    assert_eq!(path(&r), some("job_wishes[0].qualifications"));
    let r = run(&good, &only(json!({"kind": "certificate", "value": "Kranførercertifikat"})));
    assert_eq!(path(&r), some("certificates"));
    let r = run(&good, &order(json!({"location": {"search_municipalities": ["851"]}})));
    assert_eq!(path(&r), some("contact.municipality_code"));
    let mut other = order(json!({}));
    other.title = "Sygeplejerske".into();
    let r = run(&good, &other);
    assert_eq!(blocking_kinds(&r)[0], MatchKind::Occupation);
    assert_eq!(path(&r)[0].as_deref(), Some("job_wishes"));
    // Jobnet's own rule: the path of the CV finding that hides it (CV006: no visible channel).
    let hidden = cv(json!({"contact": {"email_visible": false, "phone_visible": false}}));
    let r = run(&hidden, &order(json!({})));
    let finding = cv::check_cv(&hidden, &Default::default()).findings.into_iter().find(|f| f.code == "CV006").unwrap();
    assert_eq!(path(&r), vec![Some(finding.path)]);
    // The field is in the JSON, and a result without it (older) still reads.
    let json = serde_json::to_value(&r).unwrap();
    assert!(json["blocking"][0]["cv_path"].is_string());
    let mut old = json.clone();
    old["blocking"][0].as_object_mut().unwrap().remove("cv_path");
    let back: MatchResult = serde_json::from_value(old).unwrap();
    assert_eq!(back.blocking[0].cv_path, None);
}

/// Issue 12: seed 002's own cross-search example (discus-laeringskatalog-matchning.txt l. 218–233):
/// "Hvis der søges på ’Butiksassistent’ som Erhverv/Stilling og ’Bogføring og kontering’ under
/// kvalifikationer, fås kun butiksassistenter med kvalifikationer inden for bogføring." Occupation ×
/// qualification: the qualification must stand under the matching "jeg søger job som".
#[test]
fn the_seed_cross_search_butiksassistent_with_bogfoering() {
    let mut o = only(json!({"kind": "qualification", "value": "Bogføring og kontering"}));
    o.title = "Butiksassistent".into();
    o.alternative_titles = Vec::new();
    let wish = |occ: &str, quals: &[&str]| json!({"occupation": occ, "qualifications": quals, "experience_years": 3});
    // A butiksassistent with bookkeeping: found.
    let c = cv(json!({"job_wishes": [wish("Butiksassistent", &["Kundeservice", "Bogføring og kontering", "Kasseopgørelse"])]}));
    let r = run(&c, &o);
    assert!(r.found, "{r:#?}");
    assert_eq!(r.requirements[0].evidence.as_deref(), Some("job_wishes[0].qualifications[1]"));
    // A butiksassistent without it: not found.
    let c = cv(json!({"job_wishes": [wish("Butiksassistent", &["Kundeservice", "Varepåfyldning", "Kasseopgørelse"])]}));
    assert_eq!(blocking_kinds(&run(&c, &o)), [MatchKind::Qualification]);
    // Bookkeeping under another occupation (Bogholder) does not count for Butiksassistent – no
    // "long gross list" of everyone seeking either occupation.
    let c = cv(json!({"job_wishes": [
        wish("Butiksassistent", &["Kundeservice", "Varepåfyldning", "Kasseopgørelse"]),
        wish("Bogholder", &["Bogføring og kontering", "Debitorstyring", "Momsafregning"])
    ]}));
    let r = run(&c, &o);
    assert!(!r.found);
    assert!(r.blocking[0].reason.da.contains("Bogholder"), "{:?}", r.blocking[0].reason);
    // A bogholder only: not found on the occupation.
    let c = cv(json!({"job_wishes": [wish("Bogholder", &["Bogføring og kontering", "Debitorstyring", "Momsafregning"])]}));
    assert_eq!(blocking_kinds(&run(&c, &o))[0], MatchKind::Occupation);
    // The qualification's words may carry endings: "Bogføringen og konteringen" also meets it.
    let c = cv(json!({"job_wishes": [wish("Butiksassistent", &["Bogføringen og konteringen"])]}));
    assert!(run(&c, &o).found);
}

/// Issue 12: which requirement kinds apply is part of the minimum – seed 002 §4.1: "Krav til
/// uddannelse, antal års erfaring fra branchen, certifikater, kørekort og straffeattest". A kind
/// the company has none of is recorded (`no_requirements_of_kind`) and JO011 clears; until decided
/// it is a warning. The other items of seed 003 §6.1 (frederikshavn-metodehaandbog.txt l.
/// 1177–1231) and appendix C (discus-laeringskatalog-matchning.txt l. 1515–1531) are fields.
#[test]
fn requirement_kinds_can_be_recorded_as_none_and_the_template_items_are_fields() {
    let o = order(json!({"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}]}));
    let r = jobspor_core::joborder::check_job_order(&o);
    let f = r.findings.iter().find(|f| f.code == "JO011").expect("JO011");
    assert_eq!(f.severity, jobspor_core::Severity::Warning);
    let o = order(json!({
        "requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}],
        "no_requirements_of_kind": ["education_level", "experience_years", "certificate", "driving_licence", "criminal_record"]
    }));
    assert!(!jobspor_core::joborder::check_job_order(&o).findings.iter().any(|f| f.code == "JO011"));
    // Only some recorded: JO011 names the rest.
    let o = order(json!({
        "requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}],
        "no_requirements_of_kind": ["criminal_record"]
    }));
    let f = jobspor_core::joborder::check_job_order(&o).findings.into_iter().find(|f| f.code == "JO011").unwrap();
    assert!(!f.message.da.contains("straffeattest") && f.message.da.contains("kørekort"), "{}", f.message.da);
    // The headline ("Overskriften er blikfang") is checked; the other items are kept.
    let o = order(json!({"headline": null, "hours_per_week": 37, "personal_competences_prioritised": true,
        "visibility": ["jobnet_posting", "cv_search"], "contact_about": ["Fastholdelse/sygefravær"], "consultant": "Mads Berg",
        "contact_log": [{"date": "2026-11-20", "caseworker": "Mads Berg", "comment": "Ordren modtaget pr. telefon"}]}));
    assert!(jobspor_core::joborder::check_job_order(&o).findings.iter().any(|f| f.code == "JO105"));
    assert_eq!((o.hours_per_week, o.contact_log[0].comment.as_str(), o.consultant.as_str()), (Some(37.0), "Ordren modtaget pr. telefon", "Mads Berg"));
    let v = serde_json::to_value(&o).unwrap();
    assert_eq!(v["visibility"][1], "cv_search");
    assert_eq!(v["contact_about"][0], "Fastholdelse/sygefravær");
}

/// The streaming ranker (the browser's `JobOrderMatcher.rank`): NDJSON pushed in pieces gives the
/// same gross list as `rank_cvs`, the compact columns say the same as the full entries, and a bad
/// CV names its index in the whole stream.
#[test]
fn streaming_ranker_agrees_with_rank_cvs() {
    use joborder::{push_ndjson, CompactRank, Matcher, Ranker};
    let cvs = generate_cvs(700, 5);
    let o = order(json!({"location": {"search_municipalities": ["851", "813"]}}));
    let opts = MatchOptions::default();
    let full = rank_cvs(&cvs, &o, &opts);
    let lines: Vec<String> = cvs.iter().map(|c| serde_json::to_string(c).unwrap()).collect();
    let m = Matcher::new(&o, &opts);
    // Pieces of 300 lines, with a blank line and a CRLF in between.
    let mut r = Ranker::new(&m);
    for chunk in lines.chunks(300) {
        push_ndjson(&m, &mut r, &format!("{}\r\n\n", chunk.join("\n"))).unwrap();
    }
    assert_eq!(r.len(), 700);
    assert_eq!(r.finish(&o), full, "the streamed result is rank_cvs's");
    let mut r = Ranker::new(&m);
    push_ndjson(&m, &mut r, &lines.join("\n")).unwrap();
    let c: CompactRank = r.finish_compact(&o);
    assert_eq!((c.totals.clone(), c.hidden_by.clone()), (full.totals.clone(), full.hidden_by.clone()));
    assert_eq!(c.blocking_offsets.len(), 701);
    assert!(full.totals.hidden_by_criteria > 0 && c.blocking.contains(&joborder::rank::CODE_MUNICIPALITY), "{:?}", full.totals);
    for (k, e) in full.gross_list.iter().enumerate() {
        assert_eq!(c.index[k] as usize, e.index);
        assert_eq!((c.found[k] == 1, c.score[k]), (e.found, e.rank_score));
        let codes = &c.blocking[c.blocking_offsets[k] as usize..c.blocking_offsets[k + 1] as usize];
        let refs: Vec<_> = codes.iter().map(|&b| c.codes[b as usize].clone()).collect();
        assert_eq!(refs, e.blocking, "entry {k}");
    }
    // A bad CV: its index counts the CVs pushed before, in earlier pieces too.
    let mut r = Ranker::new(&m);
    push_ndjson(&m, &mut r, &lines[..3].join("\n")).unwrap();
    let e = push_ndjson(&m, &mut r, &format!("{}\n{{\"contact\": 5}}", lines[3])).unwrap_err();
    assert_eq!(e.path, "cvs[4].contact");
    let e = push_ndjson(&m, &mut r, "[1]").unwrap_err();
    assert!(e.path.starts_with("cvs[4]"), "{}", e.path);
}
