//! Server-side renders of the widget (Yew `ssr`) and the offset mapping, asserting what a person
//! would see.

use std::rc::Rc;

use jobspor_core::smart::{check_smart, Criterion, OffsetUnit, SmartOptions};

use super::labels::fmt_date;
use super::state::{segments, utf16_to_bytes, Segment, Shared};
use super::view::{Props, SmartCheck};
use crate::i18n::Lang;

/// Seed 003 §5.3's model agreement.
const MODEL: &str =
    "At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.";

fn shared(lang: Lang, attrs: &[(&str, &str)], texts: &[&str]) -> Rc<Shared> {
    let shared = Rc::new(Shared::new(None));
    assert!(shared.apply(true, |s| {
        s.lang = lang;
        for (name, value) in attrs {
            assert!(s.set_attr(name, Some(value)), "attribute {name}");
        }
        s.set_texts(texts.iter().map(|t| t.to_string()).collect());
    }));
    shared
}

fn dates() -> [(&'static str, &'static str); 2] {
    [("today", "2026-05-06"), ("next-meeting", "2026-05-27")]
}

fn render(shared: Rc<Shared>) -> String {
    crate::dom::ssr::render::<SmartCheck>(Props { shared })
}

/// The text of the marks inside the first mirror, joined per evidence index.
fn marks(html: &str) -> Vec<(String, String)> {
    let mirror = &html[html.find(r#"class="sm-mirror""#).expect("a mirror")..];
    let mirror = &mirror[..mirror.find("</p>").expect("mirror ends")];
    let mut out = Vec::new();
    for (i, _) in mirror.match_indices("<mark") {
        let tag_end = i + mirror[i..].find('>').unwrap();
        let tag = &mirror[i..tag_end];
        let ev = tag.split("data-ev=\"").nth(1).and_then(|t| t.split('"').next()).unwrap_or("").to_string();
        let body = &mirror[tag_end + 1..];
        out.push((ev, body[..body.find("</mark>").unwrap()].to_string()));
    }
    out
}

#[test]
fn danish_by_default_five_badges_with_text_and_the_deadline() {
    let html = render(shared(Lang::Da, &dates(), &[MODEL]));
    assert!(html.contains(r#"lang="da""#));
    for label in ["Tjek dine aftaler", "Aftale 1", "Tilføj aftale", "I dag:", "6. maj 2026", "Næste samtale:", "Type", "Jobmål", "Forslag:"] {
        assert!(html.contains(label), "missing Danish label {label:?}");
    }
    assert_eq!(html.matches(r#"class="sm-badge sm-v-met""#).count(), 5, "five badges, all met");
    for name in ["Specifik", "Målbar", "Attraktiv", "Realistisk", "Tidsbestemt"] {
        let at = html.find(&format!(r#"<span class="sm-name">{name}</span>"#)).unwrap_or_else(|| panic!("badge {name}"));
        assert!(html[at..at + 200].contains("opfyldt"), "{name} badge says opfyldt");
    }
    assert!(html.contains(r#"aria-live="polite""#));
    assert!(html.contains("5 af 5 opfyldt"));
    assert!(html.contains("Frist: 27. maj 2026"), "deadline in Danish date format");
    assert!(!html.contains("Check your agreements"));
    // The message and suggestion of every criterion, from the core.
    let r = check_smart(MODEL, &SmartOptions { today: Some("2026-05-06".into()), next_meeting: Some("2026-05-27".into()), ..Default::default() });
    for c in Criterion::ALL {
        let cr = r.criteria.get(c);
        assert!(html.contains(&escape(&cr.message.da)), "message of {c:?}");
        assert!(html.contains(&escape(&cr.suggestion.da)), "suggestion of {c:?}");
    }
}

#[test]
fn evidence_of_the_model_agreement_is_marked() {
    let html = render(shared(Lang::Da, &dates(), &[MODEL]));
    // Specifik is shown first: "søger" (action) and "lagermedarbejder" (occupation).
    assert!(html.contains(r#"aria-pressed="true""#));
    assert_eq!(marks(&html), vec![("0".into(), "søger".into()), ("1".into(), "lagermedarbejder".into())]);
    assert!(html.contains("Ord i teksten for <strong>Specifik</strong>"));
    // The other criteria, one at a time.
    for (c, want) in [
        (Criterion::Measurable, vec!["alle opslåede stillinger"]),
        (Criterion::TimeBound, vec!["frem til næste samtale"]),
    ] {
        let sh = shared(Lang::Da, &dates(), &[MODEL]);
        sh.apply(false, |s| s.items[0].show = c);
        let got: Vec<String> = marks(&render(sh)).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, want, "{c:?}");
    }
}

#[test]
fn english_with_lang_en() {
    let html = render(shared(Lang::En, &dates(), &[MODEL]));
    assert!(html.contains(r#"lang="en""#));
    for label in ["Check your agreements", "Agreement 1", "Add an agreement", "Specific", "Measurable", "Attractive", "Realistic", "Time-bound", "5 of 5 met", "Deadline: 27 May 2026", "Today:", "6 May 2026", "Suggestion:"] {
        assert!(html.contains(label), "missing English label {label:?}");
    }
    assert!(!html.contains("Tjek dine aftaler"));
    assert!(!html.contains("opfyldt"));
}

#[test]
fn no_inline_style_and_every_control_labelled() {
    let html = render(shared(Lang::Da, &[("today", "nej")], &[MODEL, "prøv at søge nogle job snart 🙂", ""]));
    assert!(!html.contains("style="), "inline style");
    assert!(!html.contains("<script"));
    let mut n = 0;
    for tag in ["<input", "<textarea"] {
        for (i, _) in html.match_indices(tag) {
            let t = &html[i..i + html[i..].find('>').unwrap()];
            let id = t.split(" id=\"").nth(1).and_then(|t| t.split('"').next()).unwrap_or_else(|| panic!("no id: {t}"));
            assert!(html.contains(&format!(r#"for="{id}""#)), "no <label for={id}>");
            n += 1;
        }
    }
    assert_eq!(n, 9, "three textareas and three kind toggles of two radios");
}

#[test]
fn several_agreements_with_their_own_results() {
    let html = render(shared(Lang::Da, &dates(), &[MODEL, "prøv at søge nogle job snart"]));
    assert!(html.contains("Aftale 2"));
    assert!(html.contains(r#"id="sm-text-1""#));
    assert!(html.contains("5 af 5 opfyldt") && html.contains("1 af 5 opfyldt"), "one summary each");
    assert!(html.contains("Fjern<span class=\"sr-only\"> Aftale 2</span>"), "remove buttons name their agreement");
    assert!(html.contains("sm-v-missing") && html.contains("mangler") && html.contains("delvist"));
    assert!(html.contains("Frist: ingen dato"));
}

#[test]
fn kind_attribute_fixes_the_kind_and_hides_the_toggle() {
    let sh = shared(Lang::Da, &[("kind", "goal"), ("today", "2026-05-06")], &["Lagermedarbejder i Sæby inden for 3 måneder"]);
    let html = render(sh.clone());
    assert!(html.contains("Jobmål 1") && html.contains("Tilføj jobmål"));
    assert!(!html.contains(r#"type="radio""#), "no per-item toggle");
    let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
    assert_eq!(detail["results"][0]["kind"], "goal");
    assert_eq!(detail["results"][0]["deadline"], "2026-08-06");
    // A bad kind is shown and the toggle comes back.
    let html = render(shared(Lang::Da, &[("kind", "mål")], &["x"]));
    assert!(html.contains(r#"role="alert""#) && html.contains("Typen (kind) kan ikke bruges"));
    assert!(html.contains(r#"type="radio""#));
}

#[test]
fn invalid_dates_are_shown_not_panicked_on() {
    for (attrs, want) in [
        (vec![("today", "15/5")], "Datoen for i dag (today) kan ikke bruges: \"15/5\" er ikke en dato"),
        (vec![("today", "2026-02-30")], "Datoen for i dag (today) kan ikke bruges"),
        (vec![("next-meeting", "i morgen")], "Datoen for næste samtale (next-meeting) kan ikke bruges"),
        (vec![("today", "2026-05-06"), ("next-meeting", "2026-05-01")], "ligger før i dag"),
    ] {
        let sh = shared(Lang::Da, &attrs, &[MODEL]);
        let html = render(sh.clone());
        assert!(html.contains(r#"role="alert""#) && html.contains(want), "{attrs:?}: {want} not in the banner");
        let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
        assert_eq!(detail["errors"].as_array().unwrap().len(), 1, "{attrs:?}");
        assert_eq!(detail["next_meeting"], serde_json::Value::Null);
    }
    // Valid again: the banner goes.
    let sh = shared(Lang::Da, &[("today", "nope")], &[MODEL]);
    sh.apply(true, |s| {
        s.set_attr("today", Some("2026-05-06"));
    });
    assert!(!render(sh).contains("role=\"alert\""));
}

#[test]
fn dates_change_the_deadline() {
    let sh = shared(Lang::Da, &[("today", "2026-05-06")], &[MODEL]);
    assert!(render(sh.clone()).contains("Frist: ingen dato"), "no next meeting: no date");
    sh.apply(true, |s| {
        s.set_attr("next-meeting", Some("2026-06-10"));
    });
    assert!(render(sh.clone()).contains("Frist: 10. juni 2026"));
    sh.apply(true, |s| {
        s.set_attr("today", Some("2026-05-12"));
        s.set_texts(vec!["Ring til XXX på mandag".into()]);
    });
    assert!(render(sh).contains("Frist: 18. maj 2026"), "the Monday after today");
}

#[test]
fn detail_has_utf16_offsets_and_the_texts() {
    let text = "🙂 Søg job som kok på mandag, æøå";
    let sh = shared(Lang::Da, &dates(), &[text, MODEL]);
    let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
    assert_eq!(detail["results"].as_array().unwrap().len(), 2);
    assert_eq!(detail["results"][0]["text"], text);
    assert_eq!(detail["results"][0]["offsets"], "utf16");
    assert_eq!(detail["today"], "2026-05-06");
    assert_eq!(detail["next_meeting"], "2026-05-27");
    let ev = &detail["results"][0]["criteria"]["specific"]["evidence"][0];
    assert_eq!((ev["start"].as_u64(), ev["text"].as_str()), (Some(3), Some("Søg")), "🙂 is two UTF-16 units");
}

#[test]
fn utf16_offsets_map_to_bytes_with_æøå_and_emoji() {
    let text = "🙂 Søg æøå 👩‍👩‍👧 kok";
    // 🙂 = 2 units / 4 bytes; ø, æ, å = 1 unit / 2 bytes; the family emoji = 8 units / 18 bytes.
    let units: Vec<usize> = [0, 2, 3, 6, 7, 10, 11, 19, 20, 23, 99].to_vec();
    let bytes = utf16_to_bytes(text, &units);
    assert_eq!(bytes, vec![0, 4, 5, 9, 10, 16, 17, 35, 36, 39, 39]);
    assert_eq!(&text[bytes[2]..bytes[3]], "Søg");
    assert_eq!(&text[bytes[8]..bytes[9]], "kok");
    // Half a surrogate pair moves to the character's end; unsorted input keeps its order.
    assert_eq!(utf16_to_bytes(text, &[1, 7, 3]), vec![4, 10, 5]);
    // Against the core: every evidence range in UTF-16 lands on the same text in Rust.
    let t = "🙂 I dag søger du 3 stillinger som pædagogmedhjælper i Århus inden fredag 😀";
    let r = check_smart(t, &SmartOptions { offsets: OffsetUnit::Utf16, today: Some("2026-05-06".into()), ..Default::default() });
    let mut n = 0;
    for c in Criterion::ALL {
        for e in &r.criteria.get(c).evidence {
            let b = utf16_to_bytes(t, &[e.start, e.end]);
            assert_eq!(&t[b[0]..b[1]], e.text, "{c:?}");
            n += 1;
        }
    }
    assert!(n >= 5, "{n} evidence ranges");
}

#[test]
fn mirror_marks_the_evidence_after_an_emoji() {
    let text = "👍 Du søger 3 stillinger som lagermedarbejder i Ålborg inden fredag";
    let html = render(shared(Lang::Da, &dates(), &[text]));
    let got: Vec<String> = marks(&html).into_iter().map(|(_, t)| t).collect();
    assert_eq!(got, vec!["søger", "lagermedarbejder"]);
    assert!(html.contains("👍 Du "), "plain text kept");
}

#[test]
fn segments_cut_overlapping_ranges() {
    let t = "alle stillinger som kok";
    let segs = segments(t, &[(0, 15), (5, 23), (20, 23)]);
    let seg = |text, ev: &[usize]| Segment { text, ev: ev.to_vec() };
    assert_eq!(segs, vec![seg("alle ", &[0]), seg("stillinger", &[0, 1]), seg(" som ", &[1]), seg("kok", &[1, 2])]);
    assert_eq!(segments("", &[]), vec![]);
    assert_eq!(segments("ab", &[(5, 9)]), vec![seg("ab", &[])]);
}

#[test]
fn hedges_are_marked_as_against() {
    let html = render(shared(Lang::Da, &dates(), &["prøv at søge nogle job"]));
    assert!(html.contains("Ord i teksten for <strong>Specifik</strong> (stiplet: taler imod):"), "a legend for the dashed marks");
    assert!(html.contains(r#"<mark data-ev="0" class="sm-mark sm-neg">prøv at</mark><span class="sr-only"> (taler imod)</span> <mark data-ev="1" class="sm-mark">søge</mark>"#), "{html}");
}

#[test]
fn danish_and_english_dates() {
    assert_eq!(fmt_date(Lang::Da, "2026-05-15"), "15. maj 2026");
    assert_eq!(fmt_date(Lang::En, "2026-12-01"), "1 December 2026");
    assert_eq!(fmt_date(Lang::Da, "2026-01-31"), "31. januar 2026");
    assert_eq!(fmt_date(Lang::Da, "x"), "x");
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Issue 12: the widget's list knows that the agreements under one "Aftalen er:" share a time frame
/// (seed 003 §5.3, frederikshavn-metodehaandbog.txt l. 1117–1125): "frem til næste samtale" in the
/// first carries to the third, which states no time of its own.
#[test]
fn the_list_carries_a_shared_time_frame() {
    let third = "At du parallelt med stillingen som lagermedarbejder søger arbejde inden for detailbranchen, hvor der er gode beskæftigelsesmuligheder jf. stillingsopslag xxx";
    let s = shared(Lang::Da, &dates(), &[MODEL, third]);
    let detail: serde_json::Value = serde_json::from_str(&s.state.borrow().detail).unwrap();
    let r = &detail["results"][1];
    assert_eq!(r["criteria"]["time_bound"]["verdict"], "met", "{r}");
    assert_eq!(r["shared_time"]["from_item"], 0);
    let html = render(s);
    assert!(html.contains("Den fælles tidsramme fra aftale 1"), "the reason is shown");
}

#[test]
fn a_long_list_renders_the_first_render_limit_agreements_and_checks_them_all() {
    // Issue 13: 10,000 agreements set as `value` exhausted the renderer.
    let texts: Vec<String> =
        (0..1_000).map(|i| format!("Jeg søger {} stillinger som lagermedarbejder frem til næste samtale.", i % 9 + 1)).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let sh = shared(Lang::Da, &dates(), &refs);
    let html = render(sh.clone());
    assert_eq!(html.matches(r#"class="sm-item panel""#).count(), 200, "the default bound");
    assert!(html.contains("Viser de første 200 af 1.000 aftaler. Tjekket gælder dem alle."), "the note");
    assert!(html.contains(r#"id="sm-limit" role="status" aria-live="polite""#), "the note is a live region");
    let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
    let results = detail["results"].as_array().unwrap();
    assert_eq!(results.len(), 1_000, "every agreement is checked");
    assert_eq!(results[999]["text"], texts[999].as_str());
    assert_eq!(results[999]["met"], results[0]["met"], "the last is checked like the first");

    // The host's bound, in English; under it there is no note (the live region stays, empty).
    let sh = shared(Lang::En, &[("today", "2026-05-06"), ("render-limit", "250")], &refs[..250]);
    let html = render(sh);
    assert_eq!(html.matches(r#"class="sm-item panel""#).count(), 250);
    assert!(!html.contains("Showing the first"));
    let sh = shared(Lang::En, &[("today", "2026-05-06"), ("render-limit", "5")], &refs);
    assert!(render(sh).contains("Showing the first 5 of 1,000 agreements. The check covers all of them."));

    // An invalid bound is shown, named, and the default used.
    let sh = shared(Lang::Da, &[("today", "2026-05-06"), ("render-limit", "-3")], &refs);
    let html = render(sh.clone());
    assert!(html.contains("Antallet af viste aftaler (render-limit) kan ikke bruges:"), "{html}");
    assert_eq!(html.matches(r#"class="sm-item panel""#).count(), 200);
    let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
    assert_eq!(detail["errors"][0]["path"], "render-limit");
}
