//! The CV check through its public API: scores, overrides, options and bad input.

use jobspor_core::cv::{check_cv, check_cv_json, parse_cv, CvOptions};
use serde_json::{json, Value};

const GOOD: &str = include_str!("../../../tests/fixtures/cv-good.json");

fn good() -> Value {
    serde_json::from_str(GOOD).unwrap()
}

fn check(v: &Value, options: Option<Value>) -> jobspor_core::cv::CvResult {
    check_cv_json(&v.to_string(), options.map(|o| o.to_string()).as_deref()).unwrap()
}

#[test]
fn jobnet_rule_each_part_blocks_search() {
    for (field, value) in [
        ("education", json!([])),
        ("work_experience", json!([])),
        ("job_wishes", json!([])),
        ("employment_terms", json!({})),
    ] {
        let mut cv = good();
        cv[field] = value;
        let r = check(&cv, None);
        assert!(!r.searchable, "{field} empty should block search");
        assert!(r.findings.iter().any(|f| f.blocks_search && f.severity == jobspor_core::Severity::Error));
    }
    // Both contact channels hidden: not searchable; one hidden: searchable with a warning.
    let mut cv = good();
    cv["contact"]["email_visible"] = json!(false);
    let r = check(&cv, None);
    assert!(r.searchable);
    assert!(r.findings.iter().any(|f| f.code == "CV214" && f.path == "contact.email_visible"));
    cv["contact"]["phone_visible"] = json!(false);
    let r = check(&cv, None);
    assert!(!r.searchable);
    assert!(r.findings.iter().any(|f| f.code == "CV006"));
    assert!(!r.findings.iter().any(|f| f.code == "CV214"), "all hidden is CV006 only");
    // Phone only, visible: searchable.
    let mut cv = good();
    cv["contact"]["email"] = json!("");
    assert!(check(&cv, None).searchable);
}

#[test]
fn scores_follow_published_weights() {
    let mut cv = good();
    cv["languages"] = json!([]); // CV105 (4) and, via it, CV106 (3)
    let r = check(&cv, None);
    assert_eq!(r.findability, 93);
    let f = r.findings.iter().find(|f| f.code == "CV105").unwrap();
    assert_eq!(f.points, 7.0, "the finding carries the points of the rule built on it");
    let part = r.breakdown.findability.iter().find(|p| p.code == "CV106").unwrap();
    assert_eq!((part.lost, part.via.as_deref()), (3.0, Some("CV105")));
    assert_eq!(r.selection, 100, "languages are findability only");
}

#[test]
fn per_entry_rules_cost_their_share() {
    let mut cv = good();
    cv["job_wishes"].as_array_mut().unwrap().truncate(2); // two wishes, CV112 at two (issue 12) off
    cv["job_wishes"][1]["qualifications"] = json!([]); // one of two wishes: half of CV101's 12
    let r = check(&cv, Some(json!({"min_job_wishes": 2})));
    let part = r.breakdown.findability.iter().find(|p| p.code == "CV101").unwrap();
    assert_eq!(part.lost, 6.0);
    assert_eq!(r.findability, 94);
}

#[test]
fn override_needs_reason_and_restores_points_but_not_searchability() {
    let mut cv = good();
    cv["driving_licences"] = json!([]);
    cv["education"] = json!([]);
    let before = check(&cv, None);
    assert_eq!(before.findability, 85, "CV001 10 + CV111 2 via CV001 + CV107 3");
    let opts = json!({"overrides": [
        {"rule": "CV107", "reason": "Borgeren har ikke kørekort"},
        {"rule": "CV001", "path": "education", "reason": "Uddannelse registreret i anden kilde"}
    ]});
    let after = check(&cv, Some(opts));
    assert_eq!(after.findability, 100);
    assert!(!after.searchable, "an override doesn't make Jobnet find the CV");
    let f = after.findings.iter().find(|f| f.code == "CV107").unwrap();
    assert_eq!(f.overridden.as_deref(), Some("Borgeren har ikke kørekort"));
    assert_eq!(f.points, 0.0);

    let err = check_cv_json(GOOD, Some(r#"{"overrides": [{"rule": "CV107", "reason": "  "}]}"#)).unwrap_err();
    assert_eq!(err.path, "overrides[0].reason");
    let err = check_cv_json(GOOD, Some(r#"{"overrides": [{"rule": "CV999", "reason": "x"}]}"#)).unwrap_err();
    assert_eq!(err.path, "overrides[0].rule");
}

#[test]
fn options_change_thresholds_weights_and_rules() {
    let cv = good(); // first wish has 4 qualifications, second 3
    let r = check(&cv, Some(json!({"min_qualifications": 4})));
    let hits: Vec<_> = r.findings.iter().filter(|f| f.code == "CV102").map(|f| f.path.as_str()).collect();
    assert_eq!(hits, ["job_wishes[1].qualifications"]);

    let mut cv = good();
    cv["languages"] = json!([]);
    let r = check(&cv, Some(json!({"weights": {"CV105": 0, "CV106": 0}})));
    assert_eq!(r.findability, 100, "weight 0 costs nothing (and totals renormalise)");
    let r = check(&cv, Some(json!({"disabled": ["CV105", "CV106"]})));
    assert!(!r.findings.iter().any(|f| f.code == "CV105"));

    let mut cv = good();
    cv["job_wishes"][0]["qualifications"] = json!(["Truckkørsel", "Plukning", "Varemodtagelse", "Mødestabil"]);
    assert!(check(&cv, None).findings.iter().any(|f| f.code == "CV104" && f.path == "job_wishes[0].qualifications[3]"));
    cv["job_wishes"][0]["qualifications"] = json!(["Truckkørsel", "Plukning", "Varemodtagelse", "Sød"]);
    assert!(!check(&cv, None).findings.iter().any(|f| f.code == "CV104"));
    let r = check(&cv, Some(json!({"personal_traits": ["sød"]})));
    assert!(r.findings.iter().any(|f| f.code == "CV104"), "host-added trait words count");

    for (opts, path) in [
        (json!({"weights": {"CV101": -1}}), "weights.CV101"),
        (json!({"weights": {"XX1": 1}}), "weights.XX1"),
        (json!({"disabled": ["nope"]}), "disabled[0]"),
        (json!({"min_profile_chars": "many"}), "min_profile_chars"),
    ] {
        let err = check_cv_json(GOOD, Some(&opts.to_string())).unwrap_err();
        assert_eq!(err.path, path, "{opts}");
    }
}

#[test]
fn bad_input_names_the_path() {
    for (json, path, needle) in [
        (r#"{"education": [{"title": "x", "level": "college"}]}"#, "education[0].level", "unknown variant"),
        (r#"{"languages": [{"language": "Dansk", "level": "mother"}]}"#, "languages[0].level", "unknown variant"),
        (r#"{"employment_terms": {"hours": ["sometimes"]}}"#, "employment_terms.hours[0]", "unknown variant"),
        (r#"{"job_wishes": [{"occupation": 7}]}"#, "job_wishes[0].occupation", "invalid type"),
        (r#"{"job_wishes": {"occupation": "Kok"}}"#, "job_wishes", "invalid type"),
        (r#"{"own_car": "yes"}"#, "own_car", "invalid type"),
        (r#"{"contact": {"email_visible": 1}}"#, "contact.email_visible", "invalid type"),
        (r#"{"profile": "x"} trailing"#, "", "not valid JSON"),
        ("not json", "", "not valid JSON"),
        ("[1, 2]", "", "JSON object"),
        ("", "", "not valid JSON"),
    ] {
        let err = check_cv_json(json, None).unwrap_err();
        assert_eq!(err.path, path, "{json}");
        assert!(err.message.contains(needle), "{json}: {}", err.message);
        assert!(!err.message_da.is_empty());
        assert_eq!(err.error, "invalid_input");
    }
    let err = check_cv_json(r#"{"education": [{"level": "college"}]}"#, None).unwrap_err();
    assert!(err.message_da.starts_with("ukendt værdi"), "{}", err.message_da);
}

#[test]
fn nulls_and_unknown_fields_are_accepted() {
    let r = check_cv_json(
        r#"{"contact": null, "job_wishes": null, "profile": null, "ethnicity": "x", "origin": "y", "future_field": {"a": 1}}"#,
        None,
    )
    .unwrap();
    let r2 = check_cv_json("{}", None).unwrap();
    assert_eq!(r, r2, "null is empty and unknown fields (e.g. origin) change nothing");
}

#[test]
fn odd_and_huge_input_never_panics() {
    let big = "æ".repeat(1 << 20);
    let weird = ["\u{0}", "\u{200b}\u{202e}", "👩‍👩‍👧‍👦", "\u{fffd}", "ﬀ", "İ", "a\u{301}"];
    let mut cv = good();
    cv["profile"] = json!(big);
    cv["job_wishes"][0]["occupation"] = json!(big.clone());
    cv["job_wishes"][0]["qualifications"] = json!(weird);
    cv["work_experience"][0]["description"] = json!(weird.concat());
    cv["work_experience"][0]["start"] = json!("２０１８-０３");
    cv["education"][0]["end"] = json!("9999-99-99");
    let r = check(&cv, None);
    assert!(r.findability <= 100 && r.selection <= 100);
    for f in &r.findings {
        assert!(f.message.da.chars().count() < 400, "messages quote at most 40 chars");
    }
    let nested = "[".repeat(10_000);
    assert!(check_cv_json(&format!(r#"{{"courses": {nested}}}"#), None).is_err());
    for n in [-1.0e308, f64::MIN_POSITIVE, 1e308] {
        let mut cv = good();
        cv["job_wishes"][0]["experience_years"] = json!(n);
        let _ = check(&cv, None);
    }
    let many: Vec<Value> = (0..5000).map(|i| json!({"title": format!("Job {i}"), "employer": "", "description": ""})).collect();
    let mut cv = good();
    cv["work_experience"] = json!(many);
    let r = check(&cv, None);
    let part = r.breakdown.selection.iter().find(|p| p.code == "CV203").unwrap();
    assert!(part.lost <= part.weight + 1e-9, "shares cap at the weight");
}

#[test]
fn struct_api_matches_json_api() {
    let cv = parse_cv(GOOD).unwrap();
    assert_eq!(check_cv(&cv, &CvOptions::default()), check_cv_json(GOOD, None).unwrap());
}

#[test]
fn weak_cv_gets_the_findings_a_caseworker_would_raise() {
    let weak = include_str!("../../../tests/fixtures/cv-weak.json");
    let r = check_cv_json(weak, None).unwrap();
    assert!(!r.searchable);
    let codes: std::collections::BTreeSet<&str> = r.findings.iter().map(|f| f.code.as_str()).collect();
    for code in ["CV006", "CV103", "CV104", "CV201", "CV203", "CV209", "CV212", "CV111", "CV207", "CV106", "CV210"] {
        assert!(codes.contains(code), "{code} missing from {codes:?}");
    }
    let hidden = r.findings.iter().find(|f| f.code == "CV006").unwrap();
    assert!(hidden.message.da.contains("intet telefonnummer"), "{}", hidden.message.da);
    // "vil gerne have et job" is no motivation for a change of trade.
    assert!(r.findings.iter().any(|f| f.code == "CV209" && f.message.da.contains("Social- og sundhedshjælper")));
    // Findings come errors first.
    assert_eq!(r.findings[0].severity, jobspor_core::Severity::Error);
    assert!(r.findability < 80 && r.selection < 60, "{} {}", r.findability, r.selection);
}

/// Issue 12: the searchability rule (CV001–CV006) is Jobnet's public help, not the seeds: a host
/// overrides it with `searchable_rules`. A hidden e-mail and phone is, per the seeds, a reason
/// employers discard the CV ("mange virksomheder frasorterer CV’er, hvis oplysningerne" are hidden,
/// discus-laeringskatalog-matchning.txt l. 452; frederikshavn-metodehaandbog.txt l. 869): the finding
/// says so.
#[test]
fn the_searchability_rule_is_configuration_and_hidden_contact_is_a_selection_reason() {
    let mut v: serde_json::Value = serde_json::from_str(include_str!("../../../tests/fixtures/cv-good.json")).unwrap();
    v["contact"]["email_visible"] = serde_json::json!(false);
    v["contact"]["phone_visible"] = serde_json::json!(false);
    let c = jobspor_core::cv::parse_cv(&v.to_string()).unwrap();
    let r = jobspor_core::cv::check_cv(&c, &jobspor_core::cv::CvOptions::default());
    assert!(!r.searchable);
    let f = r.findings.iter().find(|f| f.code == "CV006").unwrap();
    assert!(f.blocks_search && f.message.da.contains("frasorterer"), "{}", f.message.da);
    // A host whose Jobnet rule does not include visible contact details.
    let o = jobspor_core::cv::parse_options(r#"{"searchable_rules": ["CV001", "CV002", "CV003", "CV004", "CV005"]}"#).unwrap();
    let r = jobspor_core::cv::check_cv(&c, &o);
    assert!(r.searchable);
    let f = r.findings.iter().find(|f| f.code == "CV006").unwrap();
    assert!(!f.blocks_search && f.message.da.contains("frasorterer"));
    assert_eq!(jobspor_core::cv::parse_options(r#"{"searchable_rules": ["CV999"]}"#).unwrap_err().path, "searchable_rules[0]");
}

/// Issue 12: AOR is the core of the seed's checklist for selection. Seed 003 §4.1
/// (frederikshavn-metodehaandbog.txt l. 808–812): "I feltet med overskriften
/// ”ansvar/arbejdsopgaver/resultater” (AOR) er det vigtigt, at det beskrives hvilke opgaver, som
/// borger har varetaget i de enkelte jobs, hvad han/hun har haft ansvar for, og hvilke resultater man
/// har opnået"; seed 002 §3 (discus-laeringskatalog-matchning.txt l. 334–336): the experience text
/// "kan dog anvendes til udvælgelse af kandidater fra den bruttoliste, som søgningen giver". A CV
/// whose jobs have no AOR scored 87 of 100 on selection with the old weights (CV203 13 + CV204 6);
/// with the defaults CV203 25 + CV204 10 (of them 16 from the other selection rules; Jobspor's, a host's `weights` replace them) it scores 65,
/// while the complete CV still scores 100.
#[test]
fn a_cv_without_aor_cannot_look_nearly_complete_on_selection() {
    assert_eq!(check(&good(), None).selection, 100, "the complete CV");
    let mut cv = good();
    for w in cv["work_experience"].as_array_mut().unwrap() {
        w["description"] = json!("");
    }
    let r = check(&cv, None);
    assert_eq!(r.selection, 65, "no AOR at any job loses CV203 and, via it, CV204");
    let part = r.breakdown.selection.iter().find(|p| p.code == "CV204").unwrap();
    assert_eq!((part.lost, part.via.as_deref()), (10.0, Some("CV203")));
    let points: f64 = r.findings.iter().filter(|f| f.code == "CV203").map(|f| f.points).sum();
    assert_eq!(points, 35.0, "the findings carry the AOR points");
    // Short descriptions ("Lager.") lose half.
    for w in cv["work_experience"].as_array_mut().unwrap() {
        w["description"] = json!("Lager.");
    }
    assert_eq!(check(&cv, None).selection, 83);
    // The weights are configuration: the old ones give the old figure.
    let old = json!({"weights": {"CV002": 14, "CV003": 10, "CV006": 10, "CV201": 8, "CV202": 4, "CV203": 13, "CV204": 6, "CV207": 11, "CV208": 6, "CV214": 4, "CV216": 0}});
    for w in cv["work_experience"].as_array_mut().unwrap() {
        w["description"] = json!("");
    }
    assert_eq!(check(&cv, Some(old)).selection, 81, "a host may weigh AOR lower (CV204 still builds on CV203)");
}

/// Issue 12: seed 002 §3 (discus-laeringskatalog-matchning.txt l. 474): "bede den ledige om at
/// medbringe 3 jobønsker til første samtale". CV112 fires below three occupations (`min_job_wishes`,
/// default 3, a host may change it); one occupation costs its full weight, two half.
#[test]
fn fewer_than_three_job_wishes_is_a_finding() {
    let wishes = |n: usize| {
        let mut cv = good();
        cv["job_wishes"].as_array_mut().unwrap().truncate(n);
        cv
    };
    assert!(!check(&wishes(3), None).findings.iter().any(|f| f.code == "CV112"));
    let r = check(&wishes(2), None);
    let f = r.findings.iter().find(|f| f.code == "CV112").expect("two wishes is below three");
    assert_eq!(f.points, 1.0);
    assert!(f.message.da.contains("2 slags job") && f.message.da.contains("beder om 3"), "{}", f.message.da);
    assert!(f.message.en.contains("asks for 3"), "{}", f.message.en);
    let r = check(&wishes(1), None);
    let f = r.findings.iter().find(|f| f.code == "CV112").unwrap();
    assert_eq!(f.points, 2.0);
    assert!(f.message.da.starts_with("Du søger kun én slags job."), "{}", f.message.da);
    assert!(!check(&wishes(0), None).findings.iter().any(|f| f.code == "CV112"), "none at all is CV004");
    // A host's number.
    assert!(!check(&wishes(2), Some(json!({"min_job_wishes": 2}))).findings.iter().any(|f| f.code == "CV112"));
    let r = check(&wishes(3), Some(json!({"min_job_wishes": 5})));
    assert_eq!(r.findings.iter().find(|f| f.code == "CV112").unwrap().points, 1.0, "two of four missing steps");
    assert!(!check(&wishes(1), Some(json!({"min_job_wishes": 1}))).findings.iter().any(|f| f.code == "CV112"), "1 switches it off");
}

/// Issue 12: seed 003 §4.1 (frederikshavn-metodehaandbog.txt l. 820–821): "Uddannelser og kurser kan
/// være brede; husk derfor at beskrive hvad borger har beskæftiget sig med og lært på de enkelte
/// forløb". Educations and courses have an optional `description`, and CV216 names the entries
/// without one (CV215 was an earlier, withdrawn attempt; its code stays unused).
#[test]
fn educations_and_courses_without_a_description_are_named() {
    let c = parse_cv(GOOD).unwrap();
    assert!(c.education[0].description.contains("truckkørsel") && c.courses[0].description.contains("ørstehjælp"));
    let mut v = good();
    v["education"][0]["description"] = json!(null);
    v["courses"] = json!([{"title": "Førstehjælp", "description": "Kort."}, {"title": "Hygiejnebevis", "description": "Hygiejne og egenkontrol ved håndtering af fødevarer på lager."}]);
    let r = check(&v, None);
    let paths: Vec<&str> = r.findings.iter().filter(|f| f.code == "CV216").map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["education[0].description", "courses[0].description"]);
    let part = r.breakdown.selection.iter().find(|p| p.code == "CV216").unwrap();
    assert!((part.lost - 2.0 * 2.0 / 3.0).abs() < 0.01, "two of three entries: {}", part.lost);
    assert!(r.findings.iter().find(|f| f.code == "CV216").unwrap().message.da.contains("\"Lager- og logistikuddannelsen\" siger ikke"));
    assert!(check(&v, Some(json!({"weights": {"CV216": 0}}))).findings.iter().any(|f| f.code == "CV216"), "weight 0 still names them");
    // The field is optional and added: a CV without it parses, and serialising omits it when empty.
    let c = parse_cv(r#"{"education": [{"title": "Folkeskole"}], "courses": [{"title": "Truck"}]}"#).unwrap();
    assert!(!serde_json::to_string(&c).unwrap().contains("description\":\"\""));
}
