//! Server-side renders of `<jobspor-abc-plan>` (Yew `ssr`), asserting what a citizen would see:
//! labelled fields, the circles in words, the class of each row with its reason, the findings and
//! the search focus from the core, the draft kept only with a storage key.

use std::rc::Rc;

use jobspor_core::abc::{check_abc_plan, parse_config, parse_plan, AbcClass, AbcConfig, AbcRow, PlanLetter};

use super::state::{storage, DraftStatus, Form, Shared};
use super::view::{markers, AbcPlanApp, Props, Zone};
use crate::dom::ssr;
use crate::i18n::Lang;

const PLAN: &str = include_str!("../../../../tests/fixtures/abc/plan.json");
const DEMAND: &str = include_str!("../../../../tests/fixtures/abc/demand.json");
const TODAY: &str = "2026-05-06";

/// The host's configuration in these tests: the demand data and a weekly share schedule (none by
/// default since issue 12; `the_focus_is_per_conversation_without_shares_by_default` has none).
fn config() -> String {
    format!(r#"{{"demand": {DEMAND}, "search_focus": {}}}"#, jobspor_core::abc::config::EARLIER_WEEKLY_SHARES)
}

fn shared(lang: Lang, plan: &str) -> Rc<Shared> {
    let shared = Rc::new(Shared::new(None));
    let p = parse_plan(plan).expect("test plan parses");
    let c = parse_config(&config()).expect("test config parses");
    shared.apply(true, |s| {
        s.lang = lang;
        s.set_attr("today", Some(TODAY));
        s.config = c;
        s.form = Form::from_plan(p);
    });
    shared
}

fn render(shared: Rc<Shared>) -> String {
    ssr::render::<AbcPlanApp>(Props { shared })
}

fn pos(html: &str, needle: &str) -> usize {
    html.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the HTML"))
}

/// The reference: the core on the same plan and configuration.
fn reference(plan: &str) -> jobspor_core::abc::AbcResult {
    let c = AbcConfig { today: Some(TODAY.into()), ..parse_config(&config()).unwrap() };
    check_abc_plan(&parse_plan(plan).unwrap(), &c)
}

#[test]
fn danish_by_default_with_a_label_for_every_field() {
    let html = render(shared(Lang::Da, PLAN));
    assert!(html.contains(r#"lang="da""#));
    for label in [
        "ABC-jobplan",
        "De tre cirkler",
        "Uger som ledig",
        "Område",
        "Række 1",
        "Stillingsbetegnelse",
        "Jobfunktioner (én pr. linje)",
        "Virksomheder eller virksomhedstyper (én pr. linje)",
        "Hvem gør hvad",
        "Hvornår",
        "Hvor meget ønsker du jobbet? (1–10)",
        "Har du kompetencerne?",
        "Har kompetencerne",
        "Delvist",
        "Kan opkvalificeres kort",
        ">Nej<",
        "Tilføj række",
        "Fjern række 2",
        "Begrundelse, hvis planen ikke har både A, B og C",
        "Tjek af planen",
        "Udskriv planen",
        "Planen som skema",
    ] {
        assert!(html.contains(label), "missing Danish label {label:?}");
    }
    // Every input, select and textarea has a label.
    let n = ssr::assert_labelled(&html);
    assert!(n >= 3 * 10 + 3, "{n} controls: ten a row and the plan's own");
    // The wish is a range with its value visible and spoken.
    assert!(html.contains(r#"type="range""#) && html.contains(r#"aria-valuetext="9 af 10""#));
    assert!(html.contains(r#"<output for="f-rows-0-wish" id="f-rows-0-wish-value" class="abc-value">9 af 10</output>"#));
    // The demand data's regions to pick from.
    assert!(html.contains(r#"<datalist id="abc-regions"><option value="Nordjylland">"#));
    assert_eq!(html.matches(r#"aria-live="polite""#).count(), 1, "one live region");
    assert!(!html.contains("style="), "no inline styles (CSP)");
    assert!(!html.contains("Slet kladde"), "no draft button without a storage key");
    assert!(!html.contains("The circles point to"));
}

#[test]
fn each_row_shows_the_class_its_circles_point_to_with_the_core_reason() {
    let html = render(shared(Lang::Da, PLAN));
    let r = reference(PLAN);
    assert_eq!(r.rows.len(), 3);
    for (i, row) in r.rows.iter().enumerate() {
        let at = pos(&html, &format!(r#"id="abc-class-{i}""#));
        let badge = &html[at..at + 400];
        let class = match row.class {
            AbcClass::Unrealistic => "urealistisk".to_string(),
            c => format!("{c:?}"),
        };
        assert!(badge.contains(&format!("Cirklerne peger på: <strong>{class}</strong>")), "{badge}");
        assert!(html.contains(&row.reason.da), "the core's reason for row {i}");
        assert!(!html.contains(&row.reason.en));
    }
    // Findings: the core's texts, rule code and severity in words.
    for f in &r.findings {
        assert!(html.contains(&format!(r#"data-code="{}""#, f.code)), "finding {}", f.code);
        assert!(html.contains(&f.message.da) && html.contains(&f.fix.da));
    }
    if r.findings.is_empty() {
        assert!(html.contains("Ingen bemærkninger til planen."));
    } else {
        assert!(html.contains(&format!("{} bemærkninger", r.findings.len())));
    }
    // The search focus for 10 weeks, as advice.
    let focus = r.search_focus.expect("weeks given");
    let live = &html[pos(&html, r#"aria-live="polite""#)..];
    assert!(live.contains(&focus.message.da) && live.contains("Søgefokus"));
    assert!(live.contains(&format!("A {} %", focus.step.a)));
}

#[test]
fn the_svg_is_an_image_described_in_words_with_a_marker_per_row() {
    let html = render(shared(Lang::Da, PLAN));
    let svg = &html[pos(&html, "<svg")..pos(&html, "</svg>")];
    assert!(svg.contains(r#"role="img""#));
    assert!(svg.contains(r#"aria-labelledby="abc-svg-title""#) && svg.contains(r#"aria-describedby="abc-svg-desc""#));
    assert!(svg.contains(r#"<title id="abc-svg-title">ABC-modellen: ønsker, kompetencer og arbejdsmarkedet</title>"#));
    let desc = &svg[pos(svg, "<desc")..pos(svg, "</desc>")];
    for needle in ["Mærke A1 – Række 1 (Plan A, Grafiker): ønske 9 af 10, kompetencerne er der, der er rimelige jobmuligheder i Nordjylland. Mærket står i alle tre cirkler: cirklerne peger på A.", "Mærke B2", "Kundeservicemedarbejder", "Mærke C3", "Lagermedarbejder", "uden for ønsker: cirklerne peger på C."] {
        assert!(desc.contains(needle), "{needle:?} in {desc}");
    }
    assert!(desc.contains("ønske 9 af 10") && desc.contains("Nordjylland"));
    assert_eq!(svg.matches(r#"class="abc-marker"#).count(), 3);
    for label in ["Ønsker", "Kompetencer", "Arbejdsmarkedet"] {
        assert!(svg.contains(&format!(">{label}</text>")), "circle label {label}");
    }
    // Blank rows have no marker.
    let html = render(shared(Lang::Da, "{}"));
    assert!(html.contains("Planen har endnu ingen rækker."));
    assert_eq!(html.matches(r#"class="abc-marker"#).count(), 0);
}

/// Inside the circle of centre (cx, cy) and radius 90 (the SVG's geometry).
fn inside(p: (f64, f64), c: (f64, f64)) -> bool {
    (p.0 - c.0).hypot(p.1 - c.1) < 90.0
}

#[test]
fn every_zone_anchor_lies_in_exactly_its_circles() {
    const WISH: (f64, f64) = (140.0, 135.0);
    const COMP: (f64, f64) = (240.0, 135.0);
    const MARKET: (f64, f64) = (190.0, 220.0);
    let plan = r#"{"region": "Nordjylland", "rows": [
        {"plan": "A", "occupation": "Grafiker", "wish": 9, "competence": "full"},
        {"plan": "B", "occupation": "Kundeservicemedarbejder", "wish": 6, "competence": "full"},
        {"plan": "C", "occupation": "Lagermedarbejder", "wish": 2, "competence": "partial"},
        {"plan": "A", "occupation": "Journalist", "wish": 10, "competence": "full"},
        {"plan": "C", "occupation": "Sygeplejerske", "wish": 2, "competence": "none"},
        {}
    ]}"#;
    let r = reference(plan);
    let rows: Vec<AbcRow> = parse_plan(plan).unwrap().rows;
    let m = markers(&rows, &r.rows);
    assert_eq!(m.len(), 5, "the blank row has no marker");
    let expect = [
        (Zone::All, [true, true, true]),
        (Zone::WishRim, [false, true, true]),
        (Zone::CompMarket, [false, true, true]),
        (Zone::WishComp, [true, true, false]),
        (Zone::Market, [false, false, true]),
    ];
    for (k, (zone, circles)) in expect.iter().enumerate() {
        assert_eq!(m[k].zone, *zone, "row {k}: {:?}", r.rows[k]);
        let p = (m[k].x, m[k].y);
        let got = [inside(p, WISH), inside(p, COMP), inside(p, MARKET)];
        if *zone != Zone::WishRim {
            assert_eq!(got, *circles, "row {k} at {p:?}");
        } else {
            // B stands on the rim of the wishes: inside competences and market, at the edge.
            assert!(got[1] && got[2] && ((p.0 - WISH.0).hypot(p.1 - WISH.1) - 90.0).abs() < 3.0, "{p:?}");
        }
    }
    // Two rows in one zone stand side by side (issue 12: both with demand data – unknown demand is not judged).
    let two = r#"{"region": "Nordjylland", "rows": [
        {"plan": "A", "occupation": "Grafiker", "wish": 9, "competence": "full"},
        {"plan": "A", "occupation": "Lagermedarbejder", "wish": 9, "competence": "full"}]}"#;
    let m = markers(&parse_plan(two).unwrap().rows, &reference(two).rows);
    assert_eq!(m[0].y, m[1].y);
    assert!((m[0].x - m[1].x).abs() >= 26.0);
    for x in &m {
        assert!(inside((x.x, x.y), WISH) && inside((x.x, x.y), COMP) && inside((x.x, x.y), MARKET));
    }
}

#[test]
fn removing_the_b_row_brings_the_missing_letter_finding_and_a_justification_answers_it() {
    let s = shared(Lang::Da, PLAN);
    let codes = |s: &Shared| s.state.borrow().result.findings.iter().map(|f| f.code.clone()).collect::<Vec<_>>();
    let before = codes(&s);
    s.apply(true, |s| s.form.remove_row(1));
    let missing = codes(&s);
    let new: Vec<&String> = missing.iter().filter(|c| !before.contains(c)).collect();
    assert!(!new.is_empty(), "a finding for the missing B: {missing:?}");
    let html = render(s.clone());
    let b = s.state.borrow().result.findings.iter().find(|f| f.code == *new[0]).cloned().unwrap();
    assert!(html.contains(&b.message.da), "shown live");
    assert!(b.message.da.contains('B'), "{}", b.message.da);
    s.apply(true, |s| s.form.base.justification = Some("Borgeren har et konkret jobtilbud som lagermedarbejder.".into()));
    assert_ne!(codes(&s), missing, "the justification changes the findings");
    // The plan property has the justification, and the result event's detail follows the state.
    let st = s.state.borrow();
    let plan: serde_json::Value = serde_json::from_str(&st.plan_json()).unwrap();
    assert_eq!(plan["rows"].as_array().unwrap().len(), 2);
    assert!(plan["justification"].as_str().unwrap().contains("jobtilbud"));
    let detail: serde_json::Value = serde_json::from_str(&st.detail).unwrap();
    assert_eq!(detail["rows"].as_array().unwrap().len(), 2);
}

#[test]
fn english_for_every_ui_word() {
    let html = render(shared(Lang::En, PLAN));
    assert!(html.contains(r#"lang="en""#));
    for label in ["ABC job plan", "The three circles", "Job title", "Who does what", "Do you have the competences?", "Add a row", "Print the plan", "The circles point to:", "Weeks unemployed"] {
        assert!(html.contains(label), "missing English label {label:?}");
    }
    for da in ["Stillingsbetegnelse", "Hvem gør hvad", "Tilføj række", "Cirklerne peger på", "Søgefokus", "Har kompetencerne"] {
        assert!(!html.contains(da), "Danish word {da:?} left in English");
    }
    let r = reference(PLAN);
    assert!(html.contains(&r.rows[0].reason.en));
}

#[test]
fn text_areas_keep_one_item_a_line_and_the_wish_is_optional() {
    let s = shared(Lang::Da, "{}");
    s.apply(true, |s| {
        let r = &mut s.form.rows[0];
        r.row.occupation = "Grafiker".into();
        r.functions = "Layout\n\n  Billedbehandling  \n".into();
        r.companies = "Trykkerier\n".into();
        s.form.weeks = "12,5".into();
    });
    let st = s.state.borrow();
    let plan = st.form.to_plan();
    assert_eq!(plan.rows.len(), 3, "seed 004's three lines by default");
    assert_eq!(plan.rows[0].functions, ["Layout", "Billedbehandling"]);
    assert_eq!(plan.rows[0].companies, ["Trykkerier"]);
    assert_eq!(plan.rows[0].wish, None);
    assert_eq!(plan.weeks_unemployed, Some(12.5));
    assert!(st.form.rows[0].functions.ends_with('\n'), "the text as typed stays in the editor");
    drop(st);
    let html = render(s.clone());
    assert!(html.contains(r#"aria-valuetext="ikke angivet""#));
    // A bad number is shown and ignored.
    s.apply(true, |s| s.form.weeks = "mange".into());
    assert_eq!(s.state.borrow().form.to_plan().weeks_unemployed, None);
    let html = render(s);
    assert!(html.contains(r#"aria-invalid="true""#) && html.contains("Skriv et tal fra 0 til 5200."));
}

#[test]
fn drafts_are_kept_only_with_a_storage_key() {
    storage::STORE.with(|s| *s.borrow_mut() = Default::default());
    // Without the attribute nothing is written.
    let s = shared(Lang::Da, PLAN);
    s.apply(true, |s| s.form.rows[0].row.occupation = "Illustrator".into());
    assert!(storage::STORE.with(|s| s.borrow().1.is_empty()), "nothing stored without storage-key");
    assert!(!render(s).contains("Slet kladde"));

    // With it: every change is kept, and a new widget with the same key reads it back.
    let s = Rc::new(Shared::new(None));
    s.apply(true, |s| {
        s.set_attr("storage-key", Some("abc-test"));
    });
    assert!(storage::STORE.with(|s| s.borrow().1.is_empty()), "nothing stored before a change");
    s.apply(true, |s| s.form.rows[1].row.occupation = "Kundeservicemedarbejder".into());
    let stored = storage::STORE.with(|s| s.borrow().1.get("abc-test").cloned()).expect("draft stored");
    assert!(stored.contains("Kundeservicemedarbejder"));
    let html = render(s.clone());
    assert!(html.contains("Slet kladde") && html.contains("Din kladde gemmes i denne browser"));

    let again = Rc::new(Shared::new(None));
    again.apply(true, |s| {
        s.set_attr("storage-key", Some("abc-test"));
    });
    assert_eq!(again.state.borrow().form.rows[1].row.occupation, "Kundeservicemedarbejder", "the draft survives");

    // "Slet kladde" removes it and empties the form.
    again.apply(true, |s| s.clear_draft());
    assert!(storage::STORE.with(|s| s.borrow().1.get("abc-test").is_none()));
    assert_eq!(again.state.borrow().ui.draft, DraftStatus::Cleared);
    assert!(again.state.borrow().form.rows.iter().all(|r| r.to_row().is_blank()));
    assert!(render(again).contains("Kladden er slettet."));

    // A draft that isn't a plan is shown as a problem and left alone.
    storage::STORE.with(|s| s.borrow_mut().1.insert("bad".into(), r#"{"rows": [{"wish": 11}]}"#.into()));
    let bad = Rc::new(Shared::new(None));
    bad.apply(true, |s| {
        s.set_attr("storage-key", Some("bad"));
    });
    let html = render(bad.clone());
    assert!(html.contains("Den gemte kladde kunne ikke læses") && html.contains("rows[0].wish"));
    // … and set aside before the next change writes the key (issue 13: it was overwritten).
    bad.apply(true, |s| s.form.rows[0].row.occupation = "Grafiker".into());
    storage::STORE.with(|s| {
        let s = s.borrow();
        assert_eq!(s.1.get("bad.unreadable").map(String::as_str), Some(r#"{"rows": [{"wish": 11}]}"#));
        assert!(s.1.get("bad").is_some_and(|d| d.contains("Grafiker")), "the new draft is kept under the key");
    });

    // Storage disabled (it throws): the widget works and says the draft can't be kept.
    storage::STORE.with(|s| s.borrow_mut().0 = true);
    let off = Rc::new(Shared::new(None));
    off.apply(true, |s| {
        s.set_attr("storage-key", Some("abc-test"));
    });
    off.apply(true, |s| s.form.rows[0].row.occupation = "Grafiker".into());
    assert_eq!(off.state.borrow().ui.draft, DraftStatus::Unavailable);
    assert!(render(off).contains("Kladden kan ikke gemmes"));
    storage::STORE.with(|s| *s.borrow_mut() = Default::default());
}

#[test]
fn an_invalid_today_is_shown_and_the_sheet_is_ready_for_print() {
    let s = shared(Lang::Da, PLAN);
    s.apply(true, |s| {
        s.set_attr("today", Some("i morgen"));
    });
    let html = render(s);
    assert!(html.contains("Datoen for i dag (today) kan ikke bruges"));
    // The sheet: seed 004's columns, one line per row, and lines to sign on paper.
    let sheet = &html[pos(&html, r#"class="abc-sheet panel""#)..];
    for col in ["Stillingsbetegnelse / jobfunktioner", "Virksomheder / virksomhedstyper", "Hvem gør hvad", "Hvornår", "Cirklerne peger på"] {
        assert!(sheet.contains(&format!(">{col}</th>")), "column {col}");
    }
    assert_eq!(sheet.matches(r#"<th scope="row""#).count(), 3);
    assert!(sheet.contains("Reklamebureauer i Aalborg") && sheet.contains("inden udgangen af juni"));
    assert!(sheet.contains("Underskrift"));
    assert!(html.contains(r#"id="abc-print""#));
    assert!(html.contains("ABC-jobplan – min vandrejournal"));
}

/// Issue 12: a row without demand data shows "ikke vurderet – efterspørgsel ukendt" (seed 004,
/// marselisborg-langtidsledighed-guide.txt l. 2660: demand "bliver ofte negligeret").
#[test]
fn a_row_without_demand_is_not_judged() {
    let plan = r#"{"region": "Nordjylland", "rows": [{"plan": "A", "occupation": "Elektriker", "functions": ["El"], "wish": 9, "competence": "full"}]}"#;
    let html = render(shared(Lang::Da, plan));
    let at = pos(&html, r#"id="abc-class-0""#);
    assert!(html[at..at + 400].contains("Cirklerne peger på: <strong>ikke vurderet – efterspørgsel ukendt</strong>"), "{}", &html[at..at + 400]);
}

/// Issue 12: no seed gives shares by week. Seed 004 moves the focus per conversation
/// (marselisborg-langtidsledighed-guide.txt l. 2909–2912: "ved næste møde sætter fokus på plan B"),
/// seed 003 keeps the jobspor "ligestillede" (frederikshavn-metodehaandbog.txt l. 1038–1039). With
/// the default configuration the widget shows the focus per conversation and no 50/30/20.
#[test]
fn the_focus_is_per_conversation_without_shares_by_default() {
    let shared = Rc::new(Shared::new(None));
    let mut p = parse_plan(PLAN).unwrap();
    p.conversation = Some(1);
    let c = parse_config(&format!(r#"{{"demand": {DEMAND}}}"#)).unwrap();
    shared.apply(true, |s| {
        s.set_attr("today", Some(TODAY));
        s.config = c;
        s.form = Form::from_plan(p);
    });
    let html = render(shared.clone());
    let live = &html[pos(&html, r#"id="abc-focus""#)..];
    assert!(live.contains("Denne samtale sætter fokus på plan A, den næste på plan B."), "{live}");
    assert!(!html.contains("A 50 %") && !html.contains("50 %"), "no shares by default");
    assert!(html.contains(r#"id="f-conversation""#) && html.contains("Hvilken samtale om planen er det?"));
    // The select sets the plan's conversation.
    shared.apply(true, |s| s.form.base.conversation = Some(2));
    let s = shared.state.borrow();
    assert_eq!(s.form.to_plan().conversation, Some(2));
    assert_eq!((s.result.focus.current, s.result.focus.next), (Some(PlanLetter::B), Some(PlanLetter::C)));
}

#[test]
fn a_long_plan_renders_the_first_render_limit_rows_and_checks_them_all() {
    // Issue 13: 10,000 rows exhausted the renderer (and placing the circles' markers was
    // quadratic in the rows).
    let row = r#"{"plan": "A", "occupation": "Lagermedarbejder", "functions": ["Plukke ordrer"], "who": "Jeg søger", "when": "frem til næste samtale", "wish": 5, "competence": "full"}"#;
    let plan = format!(r#"{{"region": "Nordjylland", "rows": [{}]}}"#, vec![row; 1_000].join(","));
    let sh = shared(Lang::Da, &plan);
    let html = render(sh.clone());
    let rows = |html: &str| html.matches(r#"<fieldset id="f-rows-"#).count();
    assert_eq!(rows(&html), 200, "the default bound");
    assert!(html.contains(r#"<p id="abc-limit" class="hint render-limit">Viser de første 200 af 1.000 rækker. Tjekket gælder dem alle.</p>"#), "the note");
    assert!(html.contains(r#"id="abc-limit-live" class="sr-only">Viser de første 200 af 1.000 rækker"#) || html.contains(r#"class="sr-only" id="abc-limit-live">Viser de første 200 af 1.000 rækker"#), "announced in the live region");
    assert_eq!(html.matches(r#"aria-live="polite""#).count(), 1, "still one live region");
    assert_eq!(html.matches(r#"class="abc-marker"#).count(), 200, "markers of the shown rows");
    assert_eq!(sh.state.borrow().result.rows.len(), 1_000, "every row is checked");

    sh.apply(true, |s| {
        s.set_attr("render-limit", Some("2000"));
    });
    let html = render(sh.clone());
    assert_eq!(rows(&html), 1_000);
    assert!(!html.contains("abc-limit"));
    sh.apply(true, |s| {
        s.lang = Lang::En;
        s.set_attr("render-limit", Some("many"));
    });
    let html = render(sh);
    assert_eq!(rows(&html), 200);
    assert!(html.contains("Showing the first 200 of 1,000 rows. The check covers all of them."));
    assert!(html.contains("The number of rows shown (render-limit) can&#x27;t be used") || html.contains("The number of rows shown (render-limit) can't be used"), "the problem is shown");
}

#[test]
fn a_newer_draft_from_another_tab_is_offered_never_overwritten() {
    // Two widgets with one key share the store, like two tabs (issue 13: the last writer won).
    storage::STORE.with(|s| *s.borrow_mut() = Default::default());
    let tab = || {
        let s = Rc::new(Shared::new(None));
        s.apply(true, |s| {
            s.set_attr("storage-key", Some("two-tabs"));
        });
        s
    };
    let stored = || storage::STORE.with(|s| s.borrow().1.get("two-tabs").cloned()).unwrap_or_default();
    let (a, b) = (tab(), tab());
    a.apply(true, |s| s.form.rows[0].row.occupation = "Grafiker".into());
    assert!(stored().contains("Grafiker"));

    // B types after A saved: B's change is not written, B is told and may choose.
    b.apply(true, |s| s.form.rows[0].row.occupation = "Illustrator".into());
    assert!(stored().contains("Grafiker") && !stored().contains("Illustrator"), "A's draft is not overwritten");
    assert!(b.state.borrow().ui.newer_draft);
    let html = render(b.clone());
    assert!(html.contains("Der er gemt en nyere kladde i en anden fane eller et andet vindue."), "{html}");
    assert!(html.contains("Hent den nyere kladde") && html.contains("Behold min og gem den"));
    // Further typing in B still writes nothing until the choice.
    b.apply(true, |s| s.form.rows[1].row.occupation = "Tekstforfatter".into());
    assert!(!stored().contains("Tekstforfatter"));

    // B loads A's draft: B's form is A's plan and B saves again from there.
    b.apply(true, |s| s.load_newer_draft());
    assert_eq!(b.state.borrow().form.rows[0].row.occupation, "Grafiker");
    assert!(!b.state.borrow().ui.newer_draft);
    assert!(!render(b.clone()).contains("nyere kladde"));
    b.apply(true, |s| s.form.rows[1].row.occupation = "Kundeservicemedarbejder".into());
    assert!(stored().contains("Kundeservicemedarbejder"), "B writes again after the choice");

    // The `storage` event tells A at once (before A types); A keeps its own: written, B's kept aside.
    a.apply(false, |s| s.storage_changed(Some("another-key")));
    assert!(!a.state.borrow().ui.newer_draft, "another key is not this draft");
    a.apply(false, |s| s.storage_changed(Some("two-tabs")));
    assert!(a.state.borrow().ui.newer_draft);
    a.apply(true, |s| s.keep_this_draft());
    assert!(!a.state.borrow().ui.newer_draft);
    assert!(stored().contains("Grafiker") && !stored().contains("Kundeservicemedarbejder"), "A's plan, by choice");
    let replaced = storage::STORE.with(|s| s.borrow().1.get("two-tabs.replaced").cloned()).expect("B's draft kept aside");
    assert!(replaced.contains("Kundeservicemedarbejder"));
    storage::STORE.with(|s| *s.borrow_mut() = Default::default());
}
