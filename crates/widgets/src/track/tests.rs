//! Server-side renders of `<jobspor-track>` (Yew `ssr`), asserting what a caseworker would see.

use std::rc::Rc;

use jobspor_core::track::{parse_config, parse_profile, Track, TrackOverride};

use super::state::{Form, Shared};
use super::view::{action_id, Props, TrackApp};
use crate::i18n::Lang;

const PROFILE: &str = include_str!("../../../../tests/fixtures/track/profile.json");
const RISK: &str = include_str!("../../../../tests/fixtures/track/risk-profile.json");
const ARCHETYPES: &str = include_str!("../../../../tests/fixtures/track/config-archetypes.json");

fn shared(lang: Lang, profile: &str) -> Rc<Shared> {
    let shared = Rc::new(Shared::new(None));
    let p = parse_profile(profile).expect("test profile parses");
    shared.apply(true, |s| {
        s.lang = lang;
        s.form = Form::from_profile(p);
    });
    shared
}

fn render(shared: Rc<Shared>) -> String {
    crate::dom::ssr::render::<TrackApp>(Props { shared })
}

fn pos(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the HTML"))
}

#[test]
fn danish_by_default_with_labelled_questions_and_a_live_proposal() {
    let html = render(shared(Lang::Da, PROFILE));
    assert!(html.contains(r#"lang="da""#));
    for label in [
        "Sporvalg",
        "Alder (år)",
        "Højeste gennemførte uddannelse",
        "Uger på dagpenge eller kontanthjælp de seneste 52 uger",
        "Jobmål",
        "Klar til at gå direkte i job?",
        "Ønsker uddannelse?",
        "Risikotegn (Mploys liste)",
        "Har ikke et aktivt netværk ud til virksomheder og arbejdspladser",
        "Forslag til spor",
        "Begrundelse",
        "Andre spor",
        "Kerneelementer og handlinger",
        "Vælg et andet spor",
        "Udskriv resumé",
    ] {
        assert!(html.contains(label), "missing Danish label {label:?}");
    }
    // Every input, select and textarea has a label.
    for (i, _) in html
        .match_indices("<input id=\"")
        .chain(html.match_indices("<select id=\""))
    {
        let id = &html[i..].split('"').nth(1).unwrap();
        assert!(
            html.contains(&format!(r#"for="{id}""#)),
            "no label for #{id}"
        );
    }
    assert_eq!(
        html.matches(r#"aria-live="polite""#).count(),
        1,
        "one live region"
    );
    let live = &html[pos(&html, r#"aria-live="polite""#)..];
    assert!(
        live[..400].contains("Foreslået spor: <strong>Intensiv jobsøgning</strong>"),
        "{}",
        &live[..400]
    );
    assert!(
        html.contains(r#"value="34""#) && html.contains("Lagermedarbejder"),
        "form filled from the profile"
    );
    assert!(html.contains("Genkendt stilling: <strong>Lagermedarbejder</strong>"));
    assert!(!html.contains("Track assessment"));
    assert!(!html.contains("style="), "no inline styles (CSP)");
    // Ethnicity is not a question.
    assert!(
        !html.to_lowercase().contains("etnisk baggrund end"),
        "no ethnicity question"
    );
    assert!(html.contains("Etnisk baggrund indgår ikke"));
}

#[test]
fn reasons_alternatives_and_the_checklist_are_shown() {
    let html = render(shared(Lang::Da, RISK));
    let live = &html[pos(&html, r#"aria-live="polite""#)..];
    assert!(
        live[..400].contains("Risiko for langtidsledighed"),
        "{}",
        &live[..400]
    );
    assert!(
        live.contains("Langtidsledig: <strong>Ja</strong> (44 uger af 52, 84,6 %)"),
        "long-term with share"
    );
    // Issue 12: TR302 (39 weeks) is no default risk point any more (seed 004 l. 736–738, 4432).
    for code in ["TR301", "TR303", "TR304", "TR305", "TR401"] {
        assert!(
            html.contains(&format!(r#"data-rule="{code}""#)),
            "reason {code}"
        );
    }
    assert!(
        html.contains("Langtidsledig: 44 af de seneste 52 uger på ydelse (84,6 %, grænse 80 %)")
    );
    assert!(
        html.contains("taler for"),
        "the kind as text, not only colour"
    );
    // The other tracks, with what they would require.
    assert!(
        html.contains(r#"data-track="education_boost""#)
            && html.contains(r#"data-track="intensive_job_search""#)
    );
    assert!(html.contains("Den ledige ønsker uddannelse."));
    // The risk track's core elements as checkboxes, and the start phase (complete: closed).
    assert!(html.contains(
        "Hjælp den ledige med at få kendskab til praktik, løntilskud og opkvalificering"
    ));
    assert!(html.contains(&format!(r#"id="{}""#, action_id("risk.placement.3"))));
    assert!(html.contains("Vikarjob er ofte \"genvej\" til fast job."));
    assert!(html.contains("0 handlinger afkrydset af 17"));
    assert!(
        html.contains(r#"<details class="tr-start">"#),
        "start phase complete: closed"
    );
}

#[test]
fn incomplete_start_phase_lists_what_is_missing() {
    let html = render(shared(Lang::Da, r#"{"job_goal": "Noget med børn"}"#));
    assert!(html.contains("ikke afsluttet – forslaget er foreløbigt"));
    assert!(
        html.contains(r#"<details open="open" class="tr-start">"#),
        "start phase open"
    );
    assert!(html.contains("Jobmålet »Noget med børn« er ikke en konkret stillingsbetegnelse"));
    assert!(html.contains("Det er ikke tjekket, om CV'et er opdateret"));
    assert!(html.contains("Hjælp den ledige med at vælge jobmål"));
}

#[test]
fn ticked_actions_are_in_the_result_and_checked() {
    let s = shared(Lang::Da, PROFILE);
    s.apply(true, |s| {
        s.checked.insert("intensive.concrete_jobs.1".into());
        s.checked.insert("start.cv.2".into());
        s.checked.insert("education.start.1".into()); // not shown for this track
    });
    let detail: serde_json::Value = serde_json::from_str(&s.state.borrow().detail).unwrap();
    assert_eq!(
        detail["checked"],
        serde_json::json!(["start.cv.2", "intensive.concrete_jobs.1"])
    );
    let html = render(s);
    assert!(html.contains("2 handlinger afkrydset af 21"));
    // `checked` is a DOM property (not rendered on the server): the item's class says it.
    let i = pos(
        &html,
        &format!(r#"id="{}""#, action_id("intensive.concrete_jobs.1")),
    );
    assert!(html[..i]
        .rfind("<li")
        .is_some_and(|li| html[li..i].contains(r#"class="tr-done""#)));
    assert_eq!(html.matches(r#"class="tr-done""#).count(), 2);
}

#[test]
fn override_needs_a_reason_and_keeps_the_proposal() {
    let s = shared(Lang::Da, PROFILE);
    s.apply(false, |s| {
        s.ui.override_open = true;
        s.ui.override_track = Some(Track::LongTermRisk);
        s.ui.override_empty = true;
    });
    let html = render(s.clone());
    assert!(html.contains(r#"aria-required="true""#));
    assert!(html.contains("Skriv en begrundelse, før du vælger et andet spor."));
    assert!(
        html.contains(r#"aria-invalid="true""#)
            && html.contains(r#"aria-describedby="tr-ov-hint tr-ov-err""#)
    );
    for t in ["intensive_job_search", "education_boost", "long_term_risk"] {
        assert!(
            html.contains(&format!(r#"id="tr-ov-{t}""#))
                && html.contains(&format!(r#"for="tr-ov-{t}""#)),
            "radio {t}"
        );
    }
    assert!(
        html.contains("Intensiv jobsøgning (foreslået spor)"),
        "the proposal is marked"
    );
    // Saved with a reason: the chosen track, the original proposal and the reason are shown and
    // in the result.
    s.apply(true, |s| {
        s.config.override_track = Some(TrackOverride {
            track: Track::LongTermRisk,
            reason: "Aftalt praktik hos Nordlager".into(),
        });
        s.ui.override_open = false;
    });
    let detail: serde_json::Value = serde_json::from_str(&s.state.borrow().detail).unwrap();
    assert_eq!(detail["track"], "long_term_risk");
    assert_eq!(detail["proposed_track"], "intensive_job_search");
    assert_eq!(detail["override"]["reason"], "Aftalt praktik hos Nordlager");
    let html = render(s);
    let live = &html[pos(&html, r#"aria-live="polite""#)..];
    assert!(
        live[..500].contains("Valgt spor: <strong>Risiko for langtidsledighed</strong>"),
        "{}",
        &live[..500]
    );
    assert!(live[..500].contains("reglernes forslag: Intensiv jobsøgning"));
    assert!(html.contains("Aftalt praktik hos Nordlager"));
    assert!(html.contains("Fortryd valget"));
    assert!(
        html.contains("Hjælp den ledige med at målrette jobsøgningsstrategi, jobmål og jobsøgning"),
        "the chosen track's checklist"
    );
}

#[test]
fn english_with_lang_en_and_the_archetype() {
    let s = shared(Lang::En, RISK);
    let cfg = parse_config(ARCHETYPES).unwrap();
    s.apply(true, |s| s.config = cfg);
    let html = render(s);
    assert!(html.contains(r#"lang="en""#));
    for text in [
        "Track assessment",
        "Proposed track:",
        "Risk of long-term unemployment",
        "Other tracks",
        "Core elements and actions",
        "Print summary",
        "Long-term unemployed: <strong>Yes</strong> (44 weeks of 52, 84.6 %)",
        "Nearest archetype",
        "Den erfarne industriarbejder",
    ] {
        assert!(html.contains(text), "missing {text:?}");
    }
    assert!(!html.contains("Foreslået spor"));
}

#[test]
fn bad_numbers_are_flagged_and_ignored() {
    let s = shared(Lang::Da, PROFILE);
    s.apply(true, |s| s.form.numbers[3] = "60".into());
    assert_eq!(
        s.state.borrow().form.to_profile().benefit_weeks_last_52,
        None
    );
    let html = render(s.clone());
    assert!(html.contains("Skriv et tal fra 0 til 52. Feltet tæller ikke med, før det er rettet."));
    let i = pos(&html, r#"id="tr-benefit""#);
    assert!(html[i..i + 200].contains(r#"aria-invalid="true""#));
    s.apply(true, |s| s.form.numbers[3] = "41,6".into());
    assert_eq!(
        s.state.borrow().form.to_profile().benefit_weeks_last_52,
        Some(41.6)
    );
    assert!(
        s.state.borrow().result.long_term_unemployed,
        "41,6 of 52 weeks is 80 %"
    );
}

#[test]
fn the_print_summary_repeats_the_answers() {
    let html = render(shared(Lang::Da, RISK));
    let i = pos(&html, r#"class="tr-summary tr-print-only""#);
    let summary = &html[i..];
    assert!(summary.contains("Resumé af samtalen"));
    assert!(summary.contains("<dt>Alder (år)</dt><dd>52</dd>"));
    assert!(summary.contains("Har ikke et aktivt netværk ud til virksomheder og arbejdspladser"));
}

/// Issue 12: a person not ready for a job is outside the three tracks (seed 001,
/// star-guide-jobparate-ledige.txt l. 5, 55): no track is shown, but "Uden for målgruppen for de tre
/// spor" with what to do instead.
#[test]
fn a_not_job_ready_profile_shows_no_track_but_what_to_do_instead() {
    let mut p: serde_json::Value = serde_json::from_str(PROFILE).unwrap();
    p["ready_for_job_now"] = serde_json::Value::Bool(false);
    let html = render(shared(Lang::Da, &p.to_string()));
    let track = &html[pos(&html, r#"id="tr-track""#)..];
    assert!(track[..300].contains("Uden for målgruppen for de tre spor"), "{}", &track[..300]);
    assert!(!track[..300].contains("Intensiv jobsøgning") && !track[..300].contains("Risiko for langtidsledighed"));
    assert!(html.contains(r#"id="tr-outside""#) && html.contains("Revurdér jobparatheden"));
    assert!(html.contains(r#"data-rule="TR404""#));
}
