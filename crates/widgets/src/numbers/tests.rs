//! Server-side renders of `<jobspor-resources>` and `<jobspor-openings>` (Yew `ssr`), asserting
//! what a team leader or a company consultant would see: the seed's worked example number for
//! number, the covering cell marked in words, the ageing in words and symbols, the list leaving
//! through `change` only after the user's edits, CSV import refusing a bad row, storage only with
//! a storage key.

use std::rc::Rc;

use jobspor_core::openings::csv::openings_to_csv;
use jobspor_core::openings::{Contact, ContactResult, OpeningsList};

use super::openings::{Entry, EntryError, LoadError, State as OState};
use super::openings_view::{load_csv, OpeningsApp};
use super::resources::{ResourcesApp, State as RState};
use crate::dom::ssr;
use crate::element::{Props, Shared, Widget};
use crate::i18n::Lang;
use crate::storage;

fn render_r(shared: Rc<Shared<RState>>) -> String {
    ssr::render::<ResourcesApp>(Props { shared })
}

fn render_o(shared: Rc<Shared<OState>>) -> String {
    ssr::render::<OpeningsApp>(Props { shared })
}

/// The text of the element with this id (up to its first closing tag).
fn text_of<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}"));
    let rest = &html[at..];
    let start = rest.find('>').expect(">") + 1;
    &rest[start..start + rest[start..].find("</td>").or_else(|| rest[start..].find("</p>")).expect("end")]
}

#[test]
fn the_calculator_shows_the_seeds_worked_example_number_for_number() {
    let shared = Rc::new(Shared::<RState>::new(None));
    let html = render_r(shared.clone());
    assert!(html.contains(r#"lang="da""#));
    assert!(ssr::assert_labelled(&html) >= 7, "every control labelled");
    for n in ["1320", "1980", "3960", "2376", "924", "3300", "1188", "2112", "594", "1518"] {
        assert!(html.contains(&format!(">{n}<")), "{n} on screen");
    }
    // The Årsværk table, row by row as the seed prints it.
    let s = shared.state.borrow();
    let t = &s.result.years_table;
    assert_eq!(t.cells[0], [132, 264, 396, 528, 660, 792, 924, 1056, 1188]);
    assert_eq!(t.cells[7], [1056, 2112, 3168, 4224, 5280, 6336, 7392, 8448, 9504]);
    for row in &t.cells {
        for n in row {
            assert!(html.contains(&format!(">{n}<")) || html.contains(&format!("</span>{n}<")), "{n} in the table");
        }
    }
    // Twice a month (3300) at 5 a day: 5 full-time years, the cell 3300 – marked in words.
    let mark = text_of(&html, "nr-mark");
    assert!(mark.contains("◆") && mark.contains("3300") && mark.contains("dækker 3300"), "{mark}");
    assert_eq!(html.matches("id=\"nr-mark\"").count(), 1, "one marked cell");
    assert!(html.contains("aria-live=\"polite\""));
    assert!(html.contains("Årsværk ved 5 pr. dag"));
    // The seed's warnings and the capacity figure next to the result.
    assert!(html.contains("kun en indikation"));
    assert!(html.contains("Kapacitet"));
}

#[test]
fn another_row_and_scenario_move_the_marked_cell() {
    let shared = Rc::new(Shared::<RState>::new(None));
    shared.apply(true, |s| {
        s.form.per_day = 3;
        s.form.scenario = 2; // every month, 3960
    });
    let html = render_r(shared);
    // 3960 at 3 a day (396 a year): 10 years – beyond the table's 9.
    assert!(!html.contains("id=\"nr-mark\""), "no cell covers it within the table");
    assert!(html.contains("Rækken når ikke op på antallet inden for tabellen."));
    let shared = Rc::new(Shared::<RState>::new(None));
    shared.apply(true, |s| {
        s.form.per_day = 8;
        s.form.scenario = 0; // on time, 1320
    });
    let mark = text_of(&render_r(shared), "nr-mark").to_string();
    assert!(mark.contains("2112"), "8 a day: 2 years = 2112 ≥ 1320: {mark}");
}

#[test]
fn a_bad_field_is_named_and_the_last_figures_stay() {
    let shared = Rc::new(Shared::<RState>::new(None));
    shared.apply(true, |s| s.form.days = "9".into());
    let s = shared.state.borrow();
    let e = s.error.as_ref().expect("an error");
    assert_eq!(e.path, "days");
    assert!(s.detail().contains("\"invalid_input\"") && s.detail().contains("\"days\""), "the result is the InputError");
    assert_eq!(s.result.whole_group[0].conversations, 1320, "the last valid figures stay");
    drop(s);
    let html = render_r(shared.clone());
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("sidste gyldige"));
    shared.apply(true, |s| s.form.days = "3".into());
    assert!(shared.state.borrow().error.is_none());
}

#[test]
fn the_calculator_speaks_english() {
    let shared = Rc::new(Shared::<RState>::new(None));
    shared.apply(false, |s| s.set_lang(Lang::En));
    let html = render_r(shared);
    for w in ["Resource calculator", "Number of citizens", "Weeks per full-time year", "covers 3300", "Twice a month (24)"] {
        assert!(html.contains(w), "{w}");
    }
}

fn contact(date: &str, company: &str, function: &str, result: ContactResult, places: u32) -> Contact {
    Contact {
        date: date.into(),
        company: company.into(),
        company_type: "Transport".into(),
        result: Some(result),
        job_function: function.into(),
        places: Some(places),
        ..Contact::default()
    }
}

fn openings(today: &str) -> Rc<Shared<OState>> {
    let shared = Rc::new(Shared::<OState>::new(None));
    shared.attribute_changed("today", Some(today));
    shared.apply(true, |s| {
        s.set_list(OpeningsList {
            region: "Aarhus".into(),
            items: vec![
                contact("2026-05-01", "Lager A/S", "Lagermedarbejder", ContactResult::OrdinaryOpening, 2),
                contact("2026-04-24", "Pleje ApS", "Social- og sundhedshjælper", ContactResult::WorkPlacement, 1),
                contact("2026-05-06", "Tryk I/S", "", ContactResult::NoOpening, 0),
            ],
        })
    });
    shared
}

#[test]
fn ageing_is_shown_in_words_and_symbols_beside_the_colour() {
    // Today 2026-05-08: Lager A/S is 7 days old (yellow), Pleje ApS 14 (red).
    let shared = openings("2026-05-08");
    let html = render_o(shared.clone());
    assert!(ssr::assert_labelled(&html) >= 13, "every control labelled");
    assert!(html.contains("▲ </span>Gul: over 1 uge"), "yellow in words and symbol");
    assert!(html.contains("■ </span>Rød: over 2 uger"), "red in words and symbol");
    assert!(html.contains("op-item op-yellow") && html.contains("op-item op-red"));
    // 6 and 13 days: one step younger.
    shared.attribute_changed("today", Some("2026-05-07"));
    let html = render_o(shared);
    assert!(html.contains("● </span>Ny") && html.contains("Gul: over 1 uge") && !html.contains("Rød: over 2 uger"), "6 days new, 13 yellow");
}

#[test]
fn the_statistics_are_a_chart_and_a_table() {
    let html = render_o(openings("2026-05-08"));
    assert!(html.contains("Lagermedarbejder: 2"), "the bar's figure in text");
    assert!(html.contains("Tallene som tabel"));
    assert!(html.contains("<th scope=\"row\">Transport</th>"));
    assert!(html.contains("Kontaktede virksomheder uden åbning"));
}

#[test]
fn registering_a_contact_sends_change_and_a_host_value_does_not() {
    let shared = openings("2026-05-08");
    assert!(shared.state.borrow_mut().take_event().is_none(), "the host's own list is not echoed");
    shared.apply(true, |s| {
        s.entry = Entry { company: String::new(), ..Entry::default() };
        s.register();
    });
    assert_eq!(shared.state.borrow().ui.entry_error, Some(EntryError::Company));
    assert!(shared.state.borrow_mut().take_event().is_none(), "nothing registered");
    let mut event = None;
    shared.apply(true, |s| {
        s.entry = Entry { company: "Nyt Firma".into(), result: "ordinary_opening".into(), job_function: "Chauffør".into(), places: "3".into(), ..Entry::default() };
        s.register();
        event = s.take_event();
    });
    // `apply` took the event after the check; the state shows the new item.
    let s = shared.state.borrow();
    assert_eq!(s.list.items.len(), 4);
    assert_eq!(s.list.items[3].date, "2026-05-08", "a blank date is today");
    assert_eq!(s.list.items[3].places, Some(3));
    assert!(s.ui.status.contains("Nyt Firma"), "announced");
    assert_eq!(s.ui.focus.as_deref(), Some("op-company"));
    assert_eq!(s.entry.company, "", "the form is emptied");
}

#[test]
fn the_change_event_carries_the_list() {
    let mut s = OState::default();
    s.list.items.push(contact("2026-05-01", "X", "Y", ContactResult::OrdinaryOpening, 1));
    s.recompute();
    let (kind, detail) = s.take_event().expect("an event");
    assert_eq!(kind, "change");
    assert!(detail.contains("\"company\":\"X\""));
    s.recompute();
    assert!(s.take_event().is_none(), "no change, no event");
}

#[test]
fn a_filled_item_leaves_the_list_and_stays_in_the_statistics() {
    let shared = openings("2026-05-08");
    shared.apply(true, |s| s.fill(1, false));
    let s = shared.state.borrow();
    assert_eq!(s.result.open, vec![0], "only Lager A/S is open");
    assert_eq!(s.result.statistics.places_filled, 1);
    assert_eq!(s.result.statistics.places, 3);
    drop(s);
    shared.apply(true, |s| s.fill(0, false));
    assert_eq!(shared.state.borrow().result.open, vec![0], "one of two places filled: still open");
    shared.apply(true, |s| s.fill(0, true));
    assert!(shared.state.borrow().result.open.is_empty());
    assert!(render_o(shared).contains("Ingen åbne pladser lige nu."));
}

#[test]
fn csv_import_takes_a_good_file_and_refuses_a_bad_row_naming_it() {
    let shared = openings("2026-05-08");
    let csv = openings_to_csv(&shared.state.borrow().list);
    let bad = csv.replacen(";2;", ";to;", 1);
    assert_ne!(bad, csv);
    shared.apply(true, |s| load_csv(s, &bad));
    let s = shared.state.borrow();
    assert_eq!(s.list.items.len(), 3, "the list is kept");
    let e = s.ui.errors.iter().find_map(|e| if let LoadError::Csv(e) = e { Some(e.clone()) } else { None }).expect("a CSV error");
    assert_eq!((e.row, e.column.as_str()), (2, "Antal pladser"));
    drop(s);
    let html = render_o(shared.clone());
    assert!(html.contains("række 2, kolonne »Antal pladser«"), "row and column named");
    shared.apply(true, |s| load_csv(s, &csv));
    let s = shared.state.borrow();
    assert!(s.ui.errors.is_empty());
    assert_eq!(openings_to_csv(&s.list), csv, "exported and imported: identical");
}

#[test]
fn the_list_is_stored_only_with_a_storage_key() {
    storage::STORE.with(|s| *s.borrow_mut() = Default::default());
    let shared = openings("2026-05-08");
    assert!(storage::STORE.with(|s| s.borrow().1.is_empty()), "nothing stored without storage-key");
    shared.attribute_changed("storage-key", Some("op-test"));
    shared.apply(true, |s| s.fill(0, false));
    let stored = storage::get("op-test").unwrap().expect("stored");
    assert!(stored.contains("Lager A/S"));
    // A new element with the key reads it back.
    let again = Rc::new(Shared::<OState>::new(None));
    again.attribute_changed("storage-key", Some("op-test"));
    assert_eq!(again.state.borrow().list.items.len(), 3);
}

#[test]
fn the_current_openings_are_abc_demand_data() {
    let shared = openings("2026-05-08");
    let json = crate::element::to_json(&shared.state.borrow().demand().unwrap());
    assert_eq!(json, r#"{"Aarhus":{"Lagermedarbejder":"good","Social- og sundhedshjælper":"good"}}"#);
    shared.apply(true, |s| s.list.region.clear());
    assert_eq!(shared.state.borrow().demand().unwrap_err().path, "region");
}

#[test]
fn the_list_speaks_english() {
    let shared = openings("2026-05-15");
    shared.apply(false, |s| s.set_lang(Lang::En));
    let html = render_o(shared);
    for w in ["Register a contact", "Open places", "Red: over 2 weeks", "Export CSV (Excel)", "Ordinary opening"] {
        assert!(html.contains(w), "{w}");
    }
}

#[test]
fn a_long_list_renders_the_first_render_limit_contacts_and_groups() {
    // Issue 13: a widget renders at most `render-limit` items of a list (default 200).
    let shared = Rc::new(Shared::<OState>::new(None));
    shared.attribute_changed("today", Some("2026-05-08"));
    let items: Vec<Contact> = (0..1_000)
        .map(|i| contact("2026-05-01", &format!("Firma {i}"), &format!("Funktion {i}"), ContactResult::OrdinaryOpening, 1))
        .collect();
    shared.apply(true, |s| s.set_list(OpeningsList { region: "Aarhus".into(), items }));
    let html = render_o(shared.clone());
    assert_eq!(html.matches("data-index=").count(), 200, "the first 200 open contacts");
    assert!(html.contains("Viser de første 200 af 1.000 åbne kontakter. Tjekket gælder dem alle."));
    assert!(html.contains("Viser de første 200 af 1.000 kontakter."), "the table of all contacts");
    assert!(html.contains("Viser de første 200 af 1.000 grupper."), "1,000 job functions: 1,000 bars");
    // One trade (every contact is "Transport") and the first 200 of 1,000 job functions.
    assert_eq!(html.matches(r#"class="op-bar-row""#).count(), 1 + 200);
    let st = shared.state.borrow();
    assert_eq!(st.result.items.len(), 1_000, "every contact is checked");
    assert_eq!(st.result.statistics.open_places, 1_000);
    drop(st);
    shared.attribute_changed("render-limit", Some("x"));
    let html = render_o(shared);
    assert!(html.contains("Antallet af viste kontakter (render-limit) kan ikke bruges"));
    assert_eq!(html.matches("data-index=").count(), 200);
}
