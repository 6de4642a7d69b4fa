//! Ageing at the boundaries, statistics, CSV round trip and refusal, and the demand export.

use super::csv::{openings_from_csv, openings_to_csv};
use super::demand::{openings_to_demand, DemandOptions};
use super::*;

fn list() -> OpeningsList {
    parse_openings(rules::tests::LIST).unwrap()
}

fn config(today: &str) -> OpeningsConfig {
    OpeningsConfig { today: Some(today.into()), ..Default::default() }
}

fn opening(date: &str, places: u32, filled: u32) -> Contact {
    Contact {
        date: date.into(),
        company: "Lager A/S".into(),
        company_type: "Transport".into(),
        result: Some(ContactResult::OrdinaryOpening),
        job_function: "Lagermedarbejder".into(),
        places: Some(places),
        places_filled: Some(filled),
        ..Default::default()
    }
}

#[test]
fn ageing_at_the_boundaries_with_a_fixed_today() {
    // today 2026-05-20: 6, 7, 13, 14 days old, and a filled item 30 days old.
    let items = vec![opening("2026-05-14", 2, 0), opening("2026-05-13", 2, 0), opening("2026-05-07", 2, 1), opening("2026-05-06", 2, 1), opening("2026-04-20", 2, 2)];
    let l = OpeningsList { region: String::new(), items };
    let r = check_openings(&l, &config("2026-05-20"));
    let got: Vec<(Option<i64>, ItemStatus, Option<Ageing>)> = r.items.iter().map(|i| (i.age_days, i.status, i.ageing)).collect();
    assert_eq!(
        got,
        [
            (Some(6), ItemStatus::Open, Some(Ageing::Fresh)),
            (Some(7), ItemStatus::Open, Some(Ageing::Yellow)),
            (Some(13), ItemStatus::Open, Some(Ageing::Yellow)),
            (Some(14), ItemStatus::Open, Some(Ageing::Red)),
            (Some(30), ItemStatus::Filled, None),
        ]
    );
    // The filled item leaves the open list (oldest first) but stays in the statistics.
    assert_eq!(r.open, [3, 2, 1, 0]);
    assert_eq!((r.statistics.places, r.statistics.places_filled, r.statistics.open_places), (10, 4, 6));
    let codes: Vec<(&str, &str)> = r.findings.iter().map(|f| (f.code.as_str(), f.path.as_str())).collect();
    assert_eq!(codes, [("OP101", "items[1].date"), ("OP101", "items[2].date"), ("OP102", "items[3].date")]);
    assert_eq!(r.items[3].ageing_symbol.as_deref(), Some("■"));
    // Configurable weeks: yellow after 2, red after 3.
    let c = OpeningsConfig { yellow_weeks: Some(2.0), red_weeks: Some(3.0), ..config("2026-05-20") };
    let r = check_openings(&l, &c);
    assert_eq!(r.items.iter().map(|i| i.ageing).collect::<Vec<_>>()[..4], [Some(Ageing::Fresh), Some(Ageing::Fresh), Some(Ageing::Fresh), Some(Ageing::Yellow)]);
    // Without today: no ageing.
    assert!(check_openings(&l, &OpeningsConfig::default()).items.iter().all(|i| i.ageing.is_none()));
}

#[test]
fn statistics_by_trade_function_and_contacts_without_opening() {
    let r = check_openings(&list(), &config("2026-05-06"));
    let s = &r.statistics;
    assert_eq!((s.contacts, s.companies, s.places, s.places_filled, s.open_places), (3, 3, 4, 2, 2));
    assert_eq!(s.by_trade[0].name, "Transport og logistik");
    assert_eq!((s.by_trade[0].open_places, s.by_trade[1].open_places, s.by_trade[1].places_filled), (2, 0, 1));
    assert_eq!(s.by_function.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["Lagermedarbejder", "Tømrer"]);
    assert_eq!((s.no_opening_by_trade[0].name.as_str(), s.no_opening_by_trade[0].companies), ("Hotel og restauration", 1));
    assert_eq!(r.open, [0]);
    assert_eq!(r.items[1].status, ItemStatus::Filled);
}

#[test]
fn csv_round_trip_is_identical() {
    let l = list();
    let csv = openings_to_csv(&l);
    assert!(csv.starts_with("\u{feff}Dato;Virksomhed;CVR-nummer;"));
    assert!(csv.contains("\r\n04-05-2026;Lager A/S;12345678;"), "{csv}");
    assert!(csv.contains("\"Byg; & Co \"\"Nord\"\"\""), "{csv}");
    let back = openings_from_csv(&csv).unwrap();
    assert_eq!(back.items, l.items);
    assert_eq!(openings_to_csv(&back), csv);
    // A formula-like cell is written behind a ' (never run by Excel) and read back as it was.
    let mut f = l.clone();
    f.items[0].company = "=HYPERLINK(\"x\")".into();
    f.items[0].phone = "+45 98 12 34 56".into();
    f.items[1].company = "'=already quoted".into();
    let csv_f = openings_to_csv(&f);
    assert!(csv_f.contains(";'+45 98 12 34 56;") && csv_f.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv_f}");
    assert_eq!(openings_from_csv(&csv_f).unwrap().items, f.items);
    // LF line ends, as some editors save it, read the same.
    assert_eq!(openings_from_csv(&csv.replace("\r\n", "\n")).unwrap().items, l.items);
}

#[test]
fn a_bad_row_is_refused_with_row_and_column_and_nothing_lost_before_it() {
    let csv = openings_to_csv(&list());
    let mut lines: Vec<String> = csv.split("\r\n").map(String::from).collect();
    // Row 4 (the third item): places "tre".
    lines[3] = lines[3].replacen(";;", ";tre;", 1).replace("Ingen åbning;", "Ingen åbning;Kok;");
    lines[3] = "05-05-2026;Café Havn;11223344;;;;;Hotel og restauration;Ingen åbning;Kok;tre;".into();
    let e = openings_from_csv(&lines.join("\r\n")).unwrap_err();
    assert_eq!((e.row, e.column.as_str(), e.path.as_str()), (4, "Antal pladser", "items[2].places"));
    assert!(e.message_da.starts_with("række 4, kolonne »Antal pladser«"), "{}", e.message_da);
    assert_eq!(e.kept.items, list().items[..2]);
    // A bad date and a bad result name their columns.
    let e = openings_from_csv("Dato;Virksomhed;CVR-nummer;Adresse;Telefon;E-mail;Kontaktperson;Virksomhedstype;Resultat;Jobfunktion;Antal pladser;Antal besatte pladser\n31-02-2026;X\n").unwrap_err();
    assert_eq!((e.row, e.column.as_str()), (2, "Dato"));
    let e = openings_from_csv("Dato;Virksomhed;CVR-nummer;Adresse;Telefon;E-mail;Kontaktperson;Virksomhedstype;Resultat;Jobfunktion;Antal pladser;Antal besatte pladser\n01-02-2026;X;;;;;;;Måske\n").unwrap_err();
    assert_eq!((e.row, e.column.as_str()), (2, "Resultat"));
    let e = openings_from_csv("Date;Company\n").unwrap_err();
    assert_eq!((e.row, e.column.as_str()), (1, "Dato"));
}

#[test]
fn open_places_become_demand_that_changes_an_abc_class() {
    use crate::abc::{check_abc_plan, parse_config as abc_config, parse_plan, AbcClass, Demand};
    let mut l = list();
    l.items[0].job_function = "Lagermedarbejder".into();
    let demand = openings_to_demand(&l, &DemandOptions::default()).unwrap();
    assert_eq!(demand.regions[0].region, "Nordjylland");
    assert_eq!(demand.regions[0].occupations, [("Lagermedarbejder".to_string(), Demand::Good)]);
    let plan = parse_plan(r#"{"region": "Nordjylland", "rows": [{"plan": "C", "occupation": "Lagermedarbejder", "wish": 2, "competence": "full"}]}"#).unwrap();
    let without = check_abc_plan(&plan, &abc_config(r#"{"today": "2026-05-06", "require_demand_data": true}"#).unwrap());
    let mut config = abc_config(r#"{"today": "2026-05-06", "require_demand_data": true}"#).unwrap();
    config.demand = demand;
    let with = check_abc_plan(&plan, &config);
    // A host that requires demand data: without the openings the row is not judged (demand
    // unknown, issue 12), with them a C.
    assert_eq!(without.rows[0].class, AbcClass::NotJudged);
    assert_ne!(without.rows[0].class, with.rows[0].class, "{:?}", with.rows[0]);
    assert_eq!(with.rows[0].class, AbcClass::C);
    // 3 open places or more: shortage; no region: an error naming it.
    l.items[0].places_filled = Some(0);
    assert_eq!(openings_to_demand(&l, &DemandOptions::default()).unwrap().regions[0].occupations[0].1, Demand::Shortage);
    l.region.clear();
    assert_eq!(openings_to_demand(&l, &DemandOptions::default()).unwrap_err().path, "region");
}

#[test]
fn no_csv_text_makes_the_import_panic() {
    let csv = openings_to_csv(&list());
    let chars: Vec<char> = csv.chars().collect();
    for i in 0..chars.len() {
        // Every prefix, and the text with one of the CSV's special characters put in at each place.
        let prefix: String = chars[..i].iter().collect();
        let _ = openings_from_csv(&prefix);
        for extra in ['"', ';', '\n', '\r', '\''] {
            let mut t = chars.clone();
            t.insert(i, extra);
            let t: String = t.into_iter().collect();
            if let Err(e) = openings_from_csv(&t) {
                assert!(e.row >= 1 && !e.column.is_empty());
            }
        }
    }
}
