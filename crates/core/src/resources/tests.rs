//! The seed's worked example (marselisborg-langtidsledighed-guide.txt:4338–4422), number for
//! number, and the refusals of bad input.

use super::*;

fn seed_example() -> ResourceResult {
    calculate_resources(&ResourceInput::new(330.0, 3.0, 44.0, 0.30), &ResourceConfig::default())
}

#[test]
fn reproduces_the_seeds_whole_group_and_intensified_tables() {
    let r = seed_example();
    let whole: Vec<(f64, u64)> = r.whole_group.iter().map(|w| (w.frequency, w.conversations)).collect();
    assert_eq!(whole, [(4.0, 1320), (6.0, 1980), (12.0, 3960)]);
    let intensified: Vec<(f64, u64, u64, u64)> = r.intensified.rows.iter().map(|w| (w.frequency, w.intensive, w.on_time, w.total)).collect();
    assert_eq!(intensified, [(24.0, 2376, 924, 3300), (12.0, 1188, 924, 2112), (6.0, 594, 924, 1518)]);
    assert_eq!((r.intensified.citizens, r.intensified.others), (99.0, 231.0));
    assert_eq!(r.whole_group[0].label.da, "Rettidighed (4)");
    assert_eq!(r.intensified.rows[0].label.da, "To gange i måneden (24)");
}

#[test]
fn reproduces_the_seeds_full_years_table() {
    // The seed's table, row by row (conversations per day 1–8 × full-time years 1–9).
    const SEED: [[u64; 9]; 8] = [
        [132, 264, 396, 528, 660, 792, 924, 1056, 1188],
        [264, 528, 792, 1056, 1320, 1584, 1848, 2112, 2376],
        [396, 792, 1188, 1584, 1980, 2376, 2772, 3168, 3564],
        [528, 1056, 1584, 2112, 2640, 3168, 3696, 4224, 4752],
        [660, 1320, 1980, 2640, 3300, 3960, 4620, 5280, 5940],
        [792, 1584, 2376, 3168, 3960, 4752, 5544, 6336, 7128],
        [924, 1848, 2772, 3696, 4620, 5544, 6468, 7392, 8316],
        [1056, 2112, 3168, 4224, 5280, 6336, 7392, 8448, 9504],
    ];
    let t = seed_example().years_table;
    assert_eq!(t.per_day, (1..=8).collect::<Vec<_>>());
    assert_eq!(t.years, (1..=9).collect::<Vec<_>>());
    assert_eq!(t.cells, SEED.iter().map(|r| r.to_vec()).collect::<Vec<_>>());
}

#[test]
fn finds_the_covering_cell() {
    let mut input = ResourceInput::new(330.0, 3.0, 44.0, 0.30);
    input.per_day = Some(5);
    let r = calculate_resources(&input, &ResourceConfig::default());
    // 3300 (twice a month) at 5 a day: exactly the cell 5 × 5 years.
    let c = &r.intensified.rows[0].cover;
    assert_eq!(c.conversations, 3300);
    assert_eq!(c.chosen, Some(Cell { per_day: 5, years: Some(5), years_exact: 5.0, conversations: Some(3300) }));
    // 1320 at 1 a day needs 10 years: beyond the table; at 2 a day 5 years.
    let w = &r.whole_group[0].cover;
    assert_eq!(&w.years[..3], &[None, Some(5), Some(4)]);
    assert_eq!(w.years_exact[0], 10.0);
    // 1518 at 3 a day: 1188 < 1518 ≤ 1584 → 4 years.
    assert_eq!(r.intensified.rows[2].cover.years[2], Some(4));
}

#[test]
fn capacity_against_the_39_week_share() {
    let mut input = ResourceInput::new(330.0, 3.0, 44.0, 0.30);
    let r = calculate_resources(&input, &ResourceConfig::default());
    assert_eq!(r.capacity.status, CapacityStatus::Unknown);
    input.still_unemployed_39_weeks = Some(0.25);
    let r = calculate_resources(&input, &ResourceConfig::default());
    assert_eq!((r.capacity.status, r.capacity.difference_points), (CapacityStatus::Within, Some(5.0)));
    input.still_unemployed_39_weeks = Some(0.2);
    let r = calculate_resources(&input, &ResourceConfig::default());
    assert_eq!(r.capacity.status, CapacityStatus::Above);
    assert!(r.findings.iter().any(|f| f.code == "RS001"));
    assert_eq!(r.warnings.len(), 4);
}

#[test]
fn bad_input_names_the_field() {
    let cases = [
        (r#"{"citizens": -1, "days": 3, "weeks": 44, "intensified": 0.3}"#, "citizens"),
        (r#"{"citizens": 330.5, "days": 3, "weeks": 44, "intensified": 0.3}"#, "citizens"),
        (r#"{"citizens": 330, "days": 0, "weeks": 44, "intensified": 0.3}"#, "days"),
        (r#"{"citizens": 330, "days": 3, "weeks": 0, "intensified": 0.3}"#, "weeks"),
        (r#"{"citizens": 330, "days": 3, "weeks": 44, "intensified": 1.3}"#, "intensified"),
        (r#"{"citizens": 330, "days": 3, "weeks": 44, "intensified": "x"}"#, "intensified"),
        (r#"{"citizens": 330, "days": 3, "weeks": 44}"#, ""),
        (r#"{"citizens": 330, "days": 3, "weeks": 44, "intensified": 0.3, "per_day": 0}"#, "per_day"),
    ];
    for (json, path) in cases {
        let e = parse_input(json).unwrap_err();
        assert_eq!(e.path, path, "{json}: {e}");
        assert!(!e.message_da.is_empty());
    }
    assert!(parse_input("[1]").is_err());
    let mut nan = ResourceInput::new(f64::NAN, 3.0, 44.0, 0.3);
    assert_eq!(nan.validate().unwrap_err().path, "citizens");
    nan.citizens = 1.0;
    nan.intensified = f64::INFINITY;
    assert_eq!(nan.validate().unwrap_err().path, "intensified");
    assert_eq!(parse_config(r#"{"whole_group": [4, -1]}"#).unwrap_err().path, "whole_group[1]");
    assert_eq!(parse_config(r#"{"years_max": 0}"#).unwrap_err().path, "years_max");
}

#[test]
fn frequencies_are_configurable() {
    let c = parse_config(r#"{"whole_group": [2], "intensified": [52], "on_time": 2, "per_day_max": 2, "years_max": 3}"#).unwrap();
    let r = calculate_resources(&ResourceInput::new(100.0, 4.0, 43.0, 0.5), &c);
    assert_eq!(r.whole_group[0].conversations, 200);
    assert_eq!((r.intensified.rows[0].intensive, r.intensified.rows[0].on_time), (2600, 100));
    assert_eq!(r.years_table.cells, vec![vec![172, 344, 516], vec![344, 688, 1032]]);
}
