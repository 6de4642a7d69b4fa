//! The ABC job plan: classification table, demand data, CV-derived competence, bad input.

use jobspor_core::abc::{
    check_abc_plan, check_abc_plan_json, parse_config, parse_demand, parse_plan, AbcClass, AbcConfig, AbcResult, Competence,
    CompetenceSource, Demand, PlanLetter, WishBand, SAMPLE_DEMAND,
};
use jobspor_core::rules::merge_patch;
use serde_json::{json, Value};

const PLAN: &str = include_str!("../../../tests/fixtures/abc/plan.json");
const DEMAND: &str = include_str!("../../../tests/fixtures/abc/demand.json");

fn demand() -> Value {
    serde_json::from_str(DEMAND).unwrap()
}

fn config(extra: Value) -> Value {
    let mut c = json!({"demand": demand(), "today": "2026-05-06"});
    merge_patch(&mut c, &extra);
    c
}

fn check(plan: &Value, config: &Value) -> AbcResult {
    let p = parse_plan(&plan.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let c = parse_config(&config.to_string()).unwrap_or_else(|e| panic!("{e}"));
    check_abc_plan(&p, &c)
}

/// A plan of one row in Nordjylland.
fn one_row(row: Value) -> Value {
    json!({"region": "Nordjylland", "rows": [row]})
}

fn codes(r: &AbcResult) -> Vec<&str> {
    r.findings.iter().map(|f| f.code.as_str()).collect()
}

fn class_of(row: Value, cfg: Value) -> AbcClass {
    check(&one_row(row), &config(cfg)).rows[0].class
}

#[test]
fn the_fixture_plan_points_to_a_b_and_c() {
    let r = check(&serde_json::from_str(PLAN).unwrap(), &config(json!({})));
    let classes: Vec<AbcClass> = r.rows.iter().map(|r| r.class).collect();
    assert_eq!(classes, [AbcClass::A, AbcClass::B, AbcClass::C]);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    let c = &r.rows[2].circles;
    assert_eq!(c.demand.level, Demand::Shortage);
    assert_eq!(c.demand.matched.as_deref(), Some("Lagermand"), "synonym key in the data");
    assert_eq!(c.demand.title.as_deref(), Some("Lagermedarbejder"));
    assert_eq!(c.demand.area.as_deref(), Some("lager"));
    assert_eq!(c.demand.region.as_deref(), Some("Nordjylland"));
    assert_eq!(c.competence.source, CompetenceSource::Given);
    assert_eq!(c.wish.band, WishBand::Low);
    assert!(r.rows[0].reason.da.contains("ønskejobbet (A)") && r.rows[0].reason.en.contains("the wished job (A)"), "{:?}", r.rows[0].reason);
    assert!(r.rows[2].reason.da.contains("et skridt på vejen"));
}

#[test]
fn classification_table() {
    let row = |wish: u8, competence: &str, occupation: &str| {
        json!({"plan": "A", "occupation": occupation, "functions": ["x"], "wish": wish, "competence": competence})
    };
    // occupation → demand in Nordjylland: Grafiker some, Kundeservicemedarbejder good,
    // Lagermedarbejder shortage, Journalist poor, Elektriker not in the data.
    for (wish, competence, occupation, expect) in [
        (9, "full", "Grafiker", AbcClass::A),                  // strong wish, some demand
        (7, "trainable", "Grafiker", AbcClass::A),             // wish_high boundary, upskilling
        (9, "full", "Lagermedarbejder", AbcClass::A),          // strong wish and a shortage: still A
        (9, "full", "Journalist", AbcClass::Unrealistic),      // no demand
        (9, "none", "Grafiker", AbcClass::Unrealistic),        // no competences
        (6, "full", "Kundeservicemedarbejder", AbcClass::B),   // medium wish, good demand
        (4, "partial", "Lagermedarbejder", AbcClass::B),       // wish_low + 1 is medium
        (6, "full", "Grafiker", AbcClass::A),                  // issue 12: medium wish, some demand – A's demand, not "unrealistic"
        (3, "partial", "Lagermedarbejder", AbcClass::C),       // wish_low boundary, shortage
        (1, "full", "Kundeservicemedarbejder", AbcClass::C),   // low wish, good demand
        (2, "full", "Grafiker", AbcClass::C),                  // issue 12: low wish, some demand – the necessary job, not "unrealistic"
        (2, "full", "Elektriker", AbcClass::NotJudged),        // issue 12: unknown demand is not judged
    ] {
        assert_eq!(class_of(row(wish, competence, occupation), json!({})), expect, "{wish} {competence} {occupation}");
    }
}

#[test]
fn thresholds_are_configuration() {
    let row = json!({"plan": "B", "occupation": "Grafiker", "wish": 6, "competence": "full"});
    // Issue 12: with demand this row is never "unrealistic" (see wish_six_with_demand_gets_its_class).
    assert_eq!(class_of(row.clone(), json!({})), AbcClass::A);
    assert_eq!(class_of(row.clone(), json!({"wish_high": 6})), AbcClass::A);
    assert_eq!(class_of(row.clone(), json!({"min_demand": {"A": "some", "B": "some", "C": "good"}})), AbcClass::B);
    assert_eq!(class_of(row, json!({"wish_low": 6, "wish_high": 8, "min_demand": {"A": "some", "B": "good", "C": "some"}})), AbcClass::C);
}

#[test]
fn a_missing_wish_is_judged_as_the_letter() {
    for (letter, band, class) in [("A", WishBand::High, AbcClass::A), ("B", WishBand::Medium, AbcClass::B), ("C", WishBand::Low, AbcClass::C)] {
        let r = check(&one_row(json!({"plan": letter, "occupation": "Lagermedarbejder", "competence": "full"})), &config(json!({})));
        assert_eq!((r.rows[0].circles.wish.band, r.rows[0].class), (band, class));
        assert!(r.rows[0].circles.wish.inferred);
        assert!(codes(&r).contains(&"AB206"));
        assert!(!codes(&r).contains(&"AB204"), "an inferred wish never disagrees with its letter");
    }
}

#[test]
fn demand_occupations_match_through_synonyms_and_regions_without_case() {
    // The data says "Lagermand"; the rows say the title, a plural and another synonym.
    for occupation in ["Lagermedarbejder", "lagermedarbejdere", "Lagerarbejder", "LAGERMAND"] {
        let r = check(&json!({"region": "  NORDJYLLAND ", "rows": [{"plan": "C", "occupation": occupation, "wish": 2}]}), &config(json!({})));
        let d = &r.rows[0].circles.demand;
        assert_eq!((d.level, d.matched.as_deref(), d.region.as_deref()), (Demand::Shortage, Some("Lagermand"), Some("Nordjylland")), "{occupation}");
    }
    // The same text wins over a synonym; text equality works for titles the lexicon does not know.
    let r = check(&one_row(json!({"plan": "B", "occupation": "muslingeskraber", "wish": 5})), &config(json!({})));
    assert_eq!(r.rows[0].circles.demand.level, Demand::Good);
    assert_eq!(r.rows[0].circles.demand.title, None);
    assert!(codes(&r).contains(&"AB108"));
    let cfg = config(json!({"demand": {"Nordjylland": {"Lagerarbejder": "poor", "Lagermedarbejder": "good"}}}));
    let r = check(&one_row(json!({"plan": "C", "occupation": "Lagermedarbejder", "wish": 2})), &cfg);
    assert_eq!(r.rows[0].circles.demand.matched.as_deref(), Some("Lagermedarbejder"));
}

#[test]
fn comment_keys_are_ignored() {
    let data = json!({"$comment": "SAMPLE", "$version": 3, "Nordjylland": {"$comment": ["anything"], "Grafiker": "good"}});
    let parsed = parse_demand(&data.to_string()).unwrap();
    assert_eq!(parsed.regions.len(), 1);
    assert_eq!(parsed.regions[0].occupations, [("Grafiker".to_string(), Demand::Good)]);
    let r = check(&one_row(json!({"plan": "B", "occupation": "Grafiker", "wish": 5})), &json!({"demand": data}));
    assert_eq!(r.rows[0].class, AbcClass::B);
}

/// Issue 12: seed 004 (marselisborg-langtidsledighed-guide.txt l. 2658–2661): "Særligt det sidste
/// element – arbejdsmarkedets efterspørgsel – bliver ofte negligeret"; l. 2835–2836: "både A-, B- og
/// C-job kræver, at arbejdsmarkedet efterspørger det". Without demand the row is "not judged –
/// demand unknown", with what the host must supply; a host may turn that off.
#[test]
fn unknown_demand_is_not_judged_unless_data_is_required() {
    let plan = one_row(json!({"plan": "A", "occupation": "Elektriker", "functions": ["El-installationer"], "wish": 9, "competence": "full"}));
    let r = check(&plan, &config(json!({})));
    assert_eq!(r.rows[0].class, AbcClass::NotJudged);
    assert!(r.rows[0].reason.da.starts_with("Ikke vurderet – efterspørgslen"), "{}", r.rows[0].reason.da);
    assert!(r.rows[0].reason.da.contains("værten skal levere efterspørgselsdata"));
    assert!(codes(&r).contains(&"AB205") && !codes(&r).contains(&"AB204") && !codes(&r).contains(&"AB201"), "{:?}", codes(&r));
    let f = r.findings.iter().find(|f| f.code == "AB205").unwrap();
    assert_eq!(f.path, "rows[0].occupation");
    let v = serde_json::to_value(&r.rows[0]).unwrap();
    assert_eq!(v["class"], "not_judged");

    // A host's opt-out: classified on wish and competence alone (against seed 004).
    let r = check(&plan, &config(json!({"require_demand_data": false})));
    assert_eq!(r.rows[0].class, AbcClass::A);
    assert!(!r.rows[0].circles.demand.no_demand);
    assert!(!codes(&r).contains(&"AB201"));
}

/// Issue 12: seed 004 l. 2597–2604 defines A by "i nogen udstrækning efterspørger" and B, C by a
/// larger demand; "urealistisk" is the wish without demand (l. 2835–2837). A wish-6 row with full
/// competence and demand gets its class, and no hint to inflate the wish.
#[test]
fn wish_six_with_demand_gets_its_class() {
    let r = check(&one_row(json!({"plan": "B", "occupation": "Grafiker", "functions": ["Layout"], "wish": 6, "competence": "full"})), &config(json!({})));
    let row = &r.rows[0];
    assert_eq!(row.class, AbcClass::A);
    for text in [&row.reason.da, &row.reason.en] {
        assert!(!text.contains("realistisk") && !text.contains("realistic"), "{text}");
        assert!(!text.contains("stærkere ønske") && !text.contains("stronger wish"), "{text}");
    }
    for f in &r.findings {
        assert!(!f.message.da.contains("stærkere ønske") && !f.fix.da.contains("ret ønske"), "{:?}", f);
    }
    // Without any demand it is unrealistic – the seed's sense of the word.
    let r = check(&one_row(json!({"plan": "B", "occupation": "Journalist", "wish": 6, "competence": "full"})), &config(json!({})));
    assert_eq!(r.rows[0].class, AbcClass::Unrealistic);
}

#[test]
fn region_status_findings() {
    let row = json!({"plan": "A", "occupation": "Grafiker", "wish": 9});
    let path_of = |plan: Value, cfg: Value| {
        let r = check(&plan, &cfg);
        r.findings.iter().filter(|f| f.code == "AB205").map(|f| f.path.clone()).collect::<Vec<_>>()
    };
    assert_eq!(path_of(one_row(row.clone()), json!({})), [""], "no data at all");
    assert_eq!(path_of(json!({"rows": [row.clone()]}), config(json!({}))), ["region"], "no region");
    assert_eq!(path_of(json!({"region": "Bornholm", "rows": [row.clone()]}), config(json!({}))), ["region"]);
    assert!(path_of(one_row(row.clone()), config(json!({}))).is_empty());
    // A fallback region is used when the plan's is not in the data.
    let r = check(&json!({"region": "Bornholm", "rows": [row]}), &config(json!({"fallback_region": "hele landet"})));
    assert_eq!(r.rows[0].circles.demand.region.as_deref(), Some("Hele landet"));
    assert_eq!(r.rows[0].circles.demand.level, Demand::Some);
    let f = check(&json!({"region": "Bornholm", "rows": [{"plan": "A", "occupation": "Grafiker"}]}), &config(json!({})));
    let nf = f.findings.iter().find(|f| f.code == "AB205").unwrap();
    assert!(nf.fix.da.contains("Nordjylland") && nf.fix.da.contains("Hovedstaden"), "{:?}", nf.fix);
}

#[test]
fn competence_is_judged_from_the_cv() {
    let cv = json!({
        "job_wishes": [{"occupation": "Kundeservicemedarbejder", "qualifications": ["Telefonbetjening"]}, {"occupation": "Kok", "experience_years": 4}],
        "work_experience": [{"employer": "Trykkeriet", "title": "Grafisk designer"}, {"employer": "PostNord", "title": "Pakkerimedarbejder"}],
        "education": [{"title": "Murer", "completed": false}, {"title": "Social- og sundhedshjælper", "level": "vocational"}]
    });
    let rows = json!([
        {"plan": "A", "occupation": "Grafiker"},
        {"plan": "B", "occupation": "Kundeservicemedarbejder"},
        {"plan": "C", "occupation": "Lagermedarbejder"},
        {"plan": "A", "occupation": "Murer"},
        {"plan": "B", "occupation": "Sosu-hjælper"},
        {"plan": "A", "occupation": "Journalist"},
        {"plan": "B", "occupation": "Kok"},
        {"plan": "C", "occupation": "Elektriker"},
        {"plan": "C", "occupation": "Lagermedarbejder", "competence": "none"},
        {"plan": "A", "occupation": "Tømrer", "education": true, "upskilling": "EUV til tømrer"}
    ]);
    let r = check(&json!({"region": "Nordjylland", "rows": rows, "cv": cv}), &config(json!({})));
    let got: Vec<(Competence, CompetenceSource, Option<&str>)> =
        r.rows.iter().map(|r| (r.circles.competence.level, r.circles.competence.source, r.circles.competence.evidence.as_deref())).collect();
    assert_eq!(
        got,
        [
            (Competence::Full, CompetenceSource::CvWorkExperience, Some("Grafisk designer")),
            (Competence::Partial, CompetenceSource::CvJobWish, Some("Kundeservicemedarbejder")),
            (Competence::Partial, CompetenceSource::CvSameArea, Some("Pakkerimedarbejder")),
            (Competence::Unknown, CompetenceSource::Unknown, None), // an unfinished education does not count
            (Competence::Full, CompetenceSource::CvEducation, Some("Social- og sundhedshjælper")),
            (Competence::Partial, CompetenceSource::CvSameArea, Some("Grafisk designer")), // kultur, like Grafiker
            (Competence::Full, CompetenceSource::CvJobWish, Some("Kok")),
            (Competence::Unknown, CompetenceSource::Unknown, None),
            (Competence::None, CompetenceSource::Given, None),
            (Competence::Trainable, CompetenceSource::EducationRow, None),
        ]
    );
    let unjudged: Vec<&str> = r.findings.iter().filter(|f| f.code == "AB207").map(|f| f.path.as_str()).collect();
    assert_eq!(unjudged, ["rows[3].competence", "rows[7].competence"]);
    assert!(r.findings.iter().any(|f| f.code == "AB207" && f.message.da.contains("CV'et")));
    assert_eq!(r.rows[8].class, AbcClass::Unrealistic);
    assert!(r.findings.iter().any(|f| f.code == "AB204" && f.path == "rows[8].plan" && f.severity == jobspor_core::Severity::Warning));
    // Without a CV nothing is derived.
    let r = check(&one_row(json!({"plan": "A", "occupation": "Grafiker"})), &config(json!({})));
    assert_eq!(r.rows[0].circles.competence.level, Competence::Unknown);
}

#[test]
fn education_can_be_an_a_when_the_upskilling_is_targeted() {
    let row = json!({"plan": "A", "occupation": "Social- og sundhedshjælper", "education": true, "wish": 9,
        "upskilling": "Social- og sundhedshjælperuddannelsen", "functions": ["Personlig pleje"], "companies": ["Hjemmeplejen"], "who": "Borger", "when": "2026-08-01"});
    let r = check(&one_row(row.clone()), &config(json!({})));
    assert_eq!(r.rows[0].class, AbcClass::A);
    assert!(!codes(&r).contains(&"AB203") && !codes(&r).contains(&"AB201"), "{:?}", codes(&r));
    // An education towards a trade without demand is not a targeted A.
    let mut poor = row.clone();
    poor["occupation"] = "Journalist".into();
    assert!(codes(&check(&one_row(poor), &config(json!({})))).contains(&"AB201"));
    // trainable without naming the upskilling.
    let r = check(&one_row(json!({"plan": "A", "occupation": "Grafiker", "wish": 9, "competence": "trainable"})), &config(json!({})));
    assert!(r.findings.iter().any(|f| f.code == "AB203" && f.path == "rows[0].upskilling"));
}

#[test]
fn the_same_area_needs_every_title_known() {
    let plan = |titles: &[&str]| json!({"region": "Nordjylland", "rows": titles.iter().map(|t| json!({"plan": "A", "occupation": t})).collect::<Vec<_>>()});
    let fires = |titles: &[&str]| codes(&check(&plan(titles), &config(json!({})))).contains(&"AB003");
    assert!(fires(&["Lagermedarbejder", "Truckfører", "Lagerchef"]));
    assert!(fires(&["Kok", "Tjener"]));
    assert!(!fires(&["Kok"]), "one way is not three shades");
    assert!(!fires(&["Kok", "Tjener", "Muslingeskraber"]), "an unknown title may be another area");
    assert!(!fires(&["Kok", "Tjener", "Lagermedarbejder"]));
}

#[test]
fn row_field_rules_only_for_titled_rows_and_blank_rows_are_skipped() {
    let r = check(&json!({"region": "Nordjylland", "rows": [{"plan": "A"}, {}, {"plan": "B", "who": "  "}]}), &config(json!({})));
    assert!(r.findings.iter().all(|f| !f.path.starts_with("rows[")), "blank rows are skipped: {:#?}", r.findings);
    assert_eq!(r.rows.len(), 3, "but every row has a result");
    let r = check(&one_row(json!({"plan": "A", "occupation": "Grafiker"})), &config(json!({})));
    let paths: Vec<(&str, &str)> = r.findings.iter().filter(|f| f.code.starts_with("AB10")).map(|f| (f.code.as_str(), f.path.as_str())).collect();
    assert_eq!(paths, [("AB102", "rows[0].functions"), ("AB103", "rows[0].companies"), ("AB104", "rows[0].who"), ("AB105", "rows[0].when")]);
}

#[test]
fn when_is_read_by_the_smart_time_parser() {
    let when_codes = |when: &str, today: Option<&str>| {
        let cfg = match today {
            Some(t) => config(json!({"today": t})),
            None => config(json!({"today": null})),
        };
        let r = check(&one_row(json!({"plan": "A", "occupation": "Grafiker", "when": when})), &cfg);
        r.findings.iter().filter(|f| f.code == "AB106" || f.code == "AB107").map(|f| f.code.clone()).collect::<Vec<_>>()
    };
    for ok in ["2026-06-15", "uge 24", "senest den 15. juni", "frem til næste samtale", "hver uge", "inden for 3 måneder", "på mandag"] {
        assert!(when_codes(ok, Some("2026-05-06")).is_empty(), "{ok}: {:?}", when_codes(ok, Some("2026-05-06")));
    }
    for bad in ["hurtigst muligt", "når jeg har tid", "snart", "🙂"] {
        assert_eq!(when_codes(bad, Some("2026-05-06")), ["AB106"], "{bad}");
    }
    assert_eq!(when_codes("2026-04-01", Some("2026-05-06")), ["AB107"]);
    // Issue 12: a date without a year is the next such date (1 April written in May is next
    // April); only a date a few days past (`past_date_days`, 7) is this year's – passed.
    assert!(when_codes("senest den 1. april", Some("2026-05-06")).is_empty(), "as the SMART check reads it: next year's");
    assert_eq!(when_codes("senest den 3. maj", Some("2026-05-06")), ["AB107"], "a few days past: this year's");
    assert!(when_codes("2026-04-01", None).is_empty(), "without today nothing has passed");
}

#[test]
fn letter_rules_do_not_double_report() {
    // AB201 on an A without demand; AB202 on a C without high demand; AB204 only elsewhere.
    let r = check(
        &json!({"region": "Nordjylland", "rows": [
            {"plan": "A", "occupation": "Journalist", "wish": 9, "competence": "full"},
            {"plan": "C", "occupation": "Grafiker", "wish": 2, "competence": "full"},
            {"plan": "B", "occupation": "Journalist", "wish": 5, "competence": "full"},
            {"plan": "A", "occupation": "Kundeservicemedarbejder", "wish": 5, "competence": "full"}
        ]}),
        &config(json!({})),
    );
    let on: Vec<(&str, &str)> = r.findings.iter().filter(|f| f.code.starts_with("AB20") && f.code.as_str() <= "AB204").map(|f| (f.code.as_str(), f.path.as_str())).collect();
    assert_eq!(on, [("AB201", "rows[0].plan"), ("AB202", "rows[1].plan"), ("AB204", "rows[2].plan"), ("AB204", "rows[3].plan")]);
    let sev: Vec<_> = r.findings.iter().filter(|f| f.code == "AB204").map(|f| f.severity).collect();
    assert_eq!(sev, [jobspor_core::Severity::Warning, jobspor_core::Severity::Info]);
    assert!(r.findings.iter().all(|f| f.severity != jobspor_core::Severity::Error));
}

#[test]
fn missing_letters_and_justification() {
    let r = check(&one_row(json!({"plan": "A", "occupation": "Grafiker"})), &config(json!({})));
    let f = r.findings.iter().find(|f| f.code == "AB001").unwrap();
    assert!(f.message.da.contains("B og C") && f.message.en.contains("B and C"), "{:?}", f.message);
    assert_eq!(f.path, "rows");
    let mut plan = one_row(json!({"plan": "A", "occupation": "Grafiker"}));
    plan["justification"] = "Starter i job om seks uger.".into();
    let r = check(&plan, &config(json!({})));
    assert!(!codes(&r).contains(&"AB001"));
    let f = r.findings.iter().find(|f| f.code == "AB002").unwrap();
    assert_eq!(f.severity, jobspor_core::Severity::Info);
    assert!(f.message.da.contains("Starter i job"));
    // A justification of only spaces is none.
    plan["justification"] = " \n ".into();
    assert!(codes(&check(&plan, &config(json!({})))).contains(&"AB001"));
    // Rows with a letter but nothing in them do not count for it.
    let r = check(&json!({"rows": [{"plan": "A", "occupation": "Grafiker"}, {"plan": "B"}, {"plan": "C", "who": "Borger"}]}), &config(json!({})));
    assert!(r.findings.iter().any(|f| f.code == "AB001" && f.message.en.contains("no B and C")), "{:#?}", r.findings);
}

#[test]
fn search_focus_moves_from_a_towards_b_and_c() {
    let focus = |weeks: f64, cfg: Value| {
        let mut plan: Value = serde_json::from_str(PLAN).unwrap();
        plan["weeks_unemployed"] = weeks.into();
        check(&plan, &config(cfg))
    };
    // A host's weekly share schedule: Jobspor's earlier default (none by default since issue 12).
    let weekly = || json!({"search_focus": serde_json::from_str::<Value>(jobspor_core::abc::config::EARLIER_WEEKLY_SHARES).unwrap()});
    let r = focus(12.9, weekly());
    let f = r.search_focus.as_ref().unwrap();
    assert_eq!((f.step.from_week, f.step.a, f.step.b, f.step.c, f.shifted), (0.0, 50, 30, 20, false));
    assert!(!codes(&r).contains(&"AB301"));
    let r = focus(13.0, weekly());
    assert_eq!(r.search_focus.as_ref().map(|f| (f.step.a, f.shifted)), Some((40, true)));
    let f = r.findings.iter().find(|f| f.code == "AB301").unwrap();
    assert_eq!((f.path.as_str(), f.severity), ("weeks_unemployed", jobspor_core::Severity::Info));
    assert!(f.message.da.contains("13 ugers") && f.message.da.contains("40 %"), "{:?}", f.message);
    assert_eq!(focus(60.0, weekly()).search_focus.unwrap().step.c, 40);
    let cfg = json!({"search_focus": [{"from_week": 0, "A": 60, "B": 30, "C": 10}, {"from_week": 4, "A": 10, "B": 40, "C": 50}]});
    let r = focus(5.0, cfg);
    assert_eq!(r.search_focus.as_ref().map(|f| (f.step.a, f.step.c)), Some((10, 50)));
    let mut plan: Value = serde_json::from_str(PLAN).unwrap();
    plan["weeks_unemployed"] = Value::Null;
    assert!(check(&plan, &config(weekly())).search_focus.is_none());
}

/// Issue 12: no seed gives search-focus shares by week. Seed 004 moves the focus per conversation
/// (marselisborg-langtidsledighed-guide.txt l. 2902–2912: "Frem til næste samtale indgås der aftale
/// om, at borgeren søger de A-jobs …" and "”Hvis vi mødes igen” Det aftales med borgeren, at de ved
/// næste møde sætter fokus på plan B"); seed 003 keeps the jobspor "ligestillede"
/// (frederikshavn-metodehaandbog.txt l. 1038–1039: "Alle spor skal søges parallelt og er
/// ligestillede"), all in areas "med gode jobmuligheder" (l. 946–947). By default the result has
/// no shares (`search_focus` null, AB301 quiet) and `focus` says what to search and which plan a
/// conversation focuses on; a host's weekly schedule brings the shares back.
#[test]
fn the_focus_moves_per_conversation_and_all_letters_are_searched() {
    let with = |conversation: Value, weeks: f64| {
        let mut plan: Value = serde_json::from_str(PLAN).unwrap();
        plan["conversation"] = conversation;
        plan["weeks_unemployed"] = weeks.into();
        check(&plan, &config(json!({})))
    };
    let r = with(json!(1), 20.0);
    assert!(r.search_focus.is_none(), "no shares by default");
    assert!(!r.findings.iter().any(|f| f.code == "AB301"));
    let f = &r.focus;
    assert_eq!((f.conversation, f.current, f.next), (Some(1), Some(PlanLetter::A), Some(PlanLetter::B)));
    assert_eq!(f.search, [PlanLetter::A, PlanLetter::B, PlanLetter::C]);
    assert_eq!(f.message.da, "Søg job inden for A, B og C side om side frem til næste samtale – sporene er ligestillede. Denne samtale sætter fokus på plan A, den næste på plan B.");
    assert!(f.message.en.contains("This conversation focuses on plan A, the next on plan B."), "{}", f.message.en);
    assert!(!f.message.da.contains('%'));
    let f = with(json!(2), 20.0).focus;
    assert_eq!((f.current, f.next), (Some(PlanLetter::B), Some(PlanLetter::C)));
    let f = with(json!(7), 20.0).focus;
    assert_eq!((f.current, f.next), (Some(PlanLetter::C), Some(PlanLetter::C)));
    assert!(f.message.da.ends_with("Denne og næste samtale sætter fokus på plan C."), "{}", f.message.da);
    // Not stated: the pattern, not a guess.
    let f = with(Value::Null, 20.0).focus;
    assert_eq!((f.current, f.next), (None, None));
    assert!(f.message.da.ends_with("Fokus flytter én plan pr. samtale: først A, så B, så C."), "{}", f.message.da);
    // Only the letters that stand: a plan without a B moves from A to C.
    let mut plan: Value = serde_json::from_str(PLAN).unwrap();
    plan["rows"].as_array_mut().unwrap().remove(1);
    plan["conversation"] = json!(1);
    let f = check(&plan, &config(json!({}))).focus;
    assert_eq!((f.current, f.next, f.search.len()), (Some(PlanLetter::A), Some(PlanLetter::C), 2));
    assert!(f.message.da.starts_with("Søg job inden for A og C side om side"), "{}", f.message.da);
    // A host's weekly schedule brings the shares (and AB301) back, beside the focus.
    let mut plan: Value = serde_json::from_str(PLAN).unwrap();
    plan["weeks_unemployed"] = json!(20);
    let cfg = json!({"search_focus": serde_json::from_str::<Value>(jobspor_core::abc::config::EARLIER_WEEKLY_SHARES).unwrap()});
    let r = check(&plan, &config(cfg));
    assert_eq!(r.search_focus.as_ref().map(|f| (f.step.a, f.step.b, f.step.c)), Some((40, 35, 25)));
    assert!(r.findings.iter().any(|f| f.code == "AB301"));
    assert_eq!(r.focus.search.len(), 3);
    // The output keeps `search_focus` (null) and adds `focus`.
    let v = serde_json::to_value(with(json!(1), 3.0)).unwrap();
    assert!(v["search_focus"].is_null() && v["focus"]["current"] == "A" && v["focus"]["next"] == "B");
    assert_eq!(check_abc_plan_json(r#"{"conversation": 0}"#, None).unwrap_err().path, "conversation");
    assert_eq!(check_abc_plan_json(r#"{"conversation": 1.5}"#, None).unwrap_err().path, "conversation");
}

#[test]
fn bad_input_names_the_path() {
    let plan_err = |s: &str| check_abc_plan_json(s, None).unwrap_err();
    for (input, path) in [
        (r#"{"rows": [{"wish": 11}]}"#, "rows[0].wish"),
        (r#"{"rows": [{}, {"wish": 0}]}"#, "rows[1].wish"),
        (r#"{"rows": [{"wish": 7.5}]}"#, "rows[0].wish"),
        (r#"{"rows": [{"wish": 300}]}"#, "rows[0].wish"),
        (r#"{"rows": [{"plan": "D"}]}"#, "rows[0].plan"),
        (r#"{"rows": [{"competence": "expert"}]}"#, "rows[0].competence"),
        (r#"{"rows": [{"functions": "Layout"}]}"#, "rows[0].functions"),
        (r#"{"rows": {"plan": "A"}}"#, "rows"),
        (r#"{"weeks_unemployed": -1}"#, "weeks_unemployed"),
        (r#"{"cv": {"education": [{"level": "college"}]}}"#, "cv.education[0].level"),
    ] {
        let e = plan_err(input);
        assert_eq!(e.path, path, "{input}: {e}");
        assert!(!e.message_da.is_empty());
    }
    assert!(plan_err("[]").message.contains("must be a JSON object"));
    assert!(plan_err("{not json").message.contains("not valid JSON"));
    let cfg_err = |s: &str| check_abc_plan_json("{}", Some(s)).unwrap_err();
    for (input, path) in [
        (r#"{"demand": {"Nordjylland": {"Grafiker": "excellent"}}}"#, "demand.Nordjylland.Grafiker"),
        (r#"{"demand": {"Nordjylland": ["Grafiker"]}}"#, "demand.Nordjylland"),
        (r#"{"demand": [1]}"#, "demand"),
        (r#"{"wish_high": 11}"#, "wish_high"),
        (r#"{"wish_low": 8, "wish_high": 7}"#, "wish_high"),
        (r#"{"wish_low": 0}"#, "wish_low"),
        (r#"{"min_demand": {"A": "unknown", "B": "good", "C": "good"}}"#, "min_demand.A"),
        (r#"{"search_focus": [{"from_week": 0, "A": 50, "B": 30, "C": 30}]}"#, "search_focus[0]"),
        (r#"{"search_focus": [{"from_week": 2, "A": 50, "B": 30, "C": 20}]}"#, "search_focus[0].from_week"),
        (r#"{"search_focus": [{"from_week": 0, "A": 50, "B": 30, "C": 20}, {"from_week": 0, "A": 50, "B": 30, "C": 20}]}"#, "search_focus[1].from_week"),
        (r#"{"search_focus": []}"#, "search_focus"),
        (r#"{"today": "6/5/2026"}"#, "today"),
        (r#"{"require_demand_data": "yes"}"#, "require_demand_data"),
    ] {
        assert_eq!(cfg_err(input).path, path, "{input}");
    }
    assert!(parse_demand("[]").unwrap_err().message.contains("must be a JSON object"));
}

#[test]
fn null_empty_and_unknown_fields() {
    // `null` as the plan is refused like the other checks do (issue 13); see tests/defects.rs.
    assert!(check_abc_plan_json("null", None).is_err());
    for input in ["{}", r#"{"rows": null, "region": null, "justification": null, "cv": null, "weeks_unemployed": null}"#] {
        let r = check_abc_plan_json(input, None).unwrap();
        assert!(r.rows.is_empty() && r.search_focus.is_none());
        assert_eq!(r.findings.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["AB001"]);
    }
    let r = check_abc_plan_json(
        r#"{"rows": [{"plan": "a", "occupation": null, "functions": null, "wish": null, "competence": "unknown", "colour": "red"}], "ethnicity": "x"}"#,
        Some(r#"{"demand": null, "today": null, "future_option": 1}"#),
    )
    .unwrap();
    assert_eq!(r.rows[0].plan, Some(jobspor_core::abc::PlanLetter::A));
    assert!(check_abc_plan_json("{}", Some("")).is_ok());
    assert!(check_abc_plan_json("{}", Some("null")).is_ok());
}

#[test]
fn huge_and_odd_text_never_panics() {
    // Built as text: serde_json's Value of a 1 MB string is slow in a debug build.
    let big = "æ🙂\u{200d}x\\\"".repeat(170_000);
    let plan = |competence: &str| {
        format!(
            r#"{{"region": "{big}", "justification": "{big}", "rows": [
                {{"plan": "A", "occupation": "{big}", "functions": ["{big}"], "companies": ["{big}"], "who": "{big}", "when": "{big}", "upskilling": "{big}"{competence}}},
                {{"plan": "B", "occupation": "\ufeff\u0000Lager\u0301medarbejder", "when": "\u202euge 12"}},
                {{"plan": "C", "occupation": "ﬁ🙂", "when": "2026-02-30"}}
            ], "cv": {{"work_experience": [{{"title": "{big}"}}], "job_wishes": [{{"occupation": "{big}"}}]}}}}"#
        )
    };
    let text = plan("");
    assert!(big.len() > 1_000_000);
    let r = check_abc_plan_json(&text, Some(&config(json!({})).to_string())).unwrap();
    assert_eq!(r.rows.len(), 3);
    assert!(r.findings.iter().all(|f| f.message.da.chars().count() < 600), "quotes are short");
    let cfg = format!(r#"{{"demand": {{"{big}": {{"{big}": "good"}}}}, "require_demand_data": true}}"#);
    assert!(check_abc_plan_json(&plan(r#", "competence": "full""#), Some(&cfg)).is_ok());
}

#[test]
fn the_sample_demand_is_marked_and_parses() {
    let v: Value = serde_json::from_str(SAMPLE_DEMAND).unwrap();
    let comment = v["$comment"].as_str().unwrap();
    assert!(comment.contains("SAMPLE DATA") && comment.contains("NOT STAR"), "{comment}");
    let d = parse_demand(SAMPLE_DEMAND).unwrap();
    assert!(d.regions.len() >= 3);
    for r in &d.regions {
        assert!(r.occupations.len() >= 15, "{}", r.region);
        for (o, _) in &r.occupations {
            assert!(jobspor_core::lexicon::occupation(o).is_some_and(|x| x.title == o), "{o} is a lexicon title");
        }
    }
    let cfg = AbcConfig { demand: d, ..AbcConfig::default() };
    let r = check_abc_plan(&parse_plan(PLAN).unwrap(), &cfg);
    assert_eq!(r.rows[0].circles.demand.region.as_deref(), Some("Nordjylland"));
    assert!(r.rows.iter().all(|r| r.circles.demand.level != Demand::Unknown));
}

#[test]
fn messages_speak_of_demand_not_of_good_or_bad_jobs() {
    let mut texts = Vec::new();
    let r = check(
        &json!({"region": "Nordjylland", "weeks_unemployed": 40, "rows": [
            {"plan": "A", "occupation": "Journalist", "wish": 9},
            {"plan": "C", "occupation": "Grafiker", "wish": 2},
            {"plan": "B", "occupation": "Kok", "wish": 9, "competence": "none"},
            {"plan": "A", "occupation": "Kundeservicemedarbejder", "wish": 5, "competence": "trainable"}
        ]}),
        &config(json!({})),
    );
    for f in &r.findings {
        texts.push(f.message.da.to_lowercase());
        texts.push(f.message.en.to_lowercase());
    }
    for row in &r.rows {
        texts.push(row.reason.da.to_lowercase());
        texts.push(row.reason.en.to_lowercase());
    }
    for t in texts {
        for word in ["dårlig", "bad job", "worse", "mellemgod", "ringe job", "bedre job", "better job"] {
            assert!(!t.contains(word), "{word}: {t}");
        }
    }
}

/// Issue 12: the form's column is "Stillingsbetegnelse/ jobfunktioner" and the plan is unfolded "som
/// funktionsbeskrivelser frem for som stillinger" (marselisborg-langtidsledighed-guide.txt l. 2610–2611,
/// 2631): functions without a title are right, not a finding.
#[test]
fn functions_without_a_title_are_accepted() {
    let r = check(&one_row(json!({"plan": "A", "functions": ["Layout af tryksager"], "wish": 8})), &config(json!({})));
    assert!(!codes(&r).contains(&"AB101"), "{:?}", codes(&r));
    let r = check(&one_row(json!({"plan": "A", "companies": ["Trykkerier"]})), &config(json!({})));
    assert!(codes(&r).contains(&"AB101"));
}
