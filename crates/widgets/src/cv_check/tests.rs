//! Server-side renders of the widget (Yew `ssr`), asserting what a person would see.

use std::rc::Rc;

use jobspor_core::cv::{check_cv, parse_cv, CvOptions, Module, Stage};

use super::state::{Form, Mode, Shared};
use super::view::{field_id, CvCheck, Props};
use crate::i18n::Lang;

const EXAMPLE: &str = include_str!("../../../../tests/fixtures/cv-example.json");

fn shared(lang: Lang, mode: Mode, cv_json: &str, options: CvOptions) -> Rc<Shared> {
    let shared = Rc::new(Shared::new(None));
    let cv = parse_cv(cv_json).expect("test CV parses");
    shared.apply(true, |s| {
        s.lang = lang;
        s.mode = mode;
        s.form = Form::from_cv(cv);
        s.options = options;
    });
    shared
}

fn render(shared: Rc<Shared>) -> String {
    crate::dom::ssr::render::<CvCheck>(Props { shared })
}

/// A CV with problems in several modules and all three stages.
fn weak_cv() -> String {
    r#"{
        "contact": {"name": "Ali", "email": "ali@example.dk", "phone": "", "postal_code": "9900"},
        "job_wishes": [{"occupation": "Lagermedarbejder", "qualifications": ["fleksibel"], "experience_years": null}],
        "work_experience": [{"employer": "", "title": "Lagermedarbejder", "start": "2019-01", "end": "2023-05", "description": ""}],
        "education": [{"title": "Folkeskole", "level": null}],
        "profile": ""
    }"#
    .to_string()
}

fn pos(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the HTML"))
}

#[test]
fn danish_by_default_with_labels_scores_and_live_region() {
    let html = render(shared(
        Lang::Da,
        Mode::Citizen,
        EXAMPLE,
        CvOptions::default(),
    ));
    assert!(html.contains(r#"lang="da""#), "root lang");
    for label in [
        "Tjek dit CV",
        "Kan findes i Jobnet:",
        "Søgbarhed",
        "Udvælgelse",
        "Jeg søger job som",
        "Erhvervserfaring",
        "Faglig profil",
        "Kontaktoplysninger",
        "Ansættelsesvilkår",
        "Kørekort",
        "Sprog",
        "Anden erfaring",
        "Indsæt eller hent JSON",
        "Tilføj jobønske",
        "Stillingsbetegnelse",
        "Fuldtid",
        "Modersmål",
    ] {
        assert!(html.contains(label), "missing Danish label {label:?}");
    }
    assert!(html.contains(r#"aria-live="polite""#), "aria-live region");
    assert!(html.contains("Mette Jensen"), "form filled from the CV");
    assert!(!html.contains("Check your CV"), "no English title");
    // The example CV is searchable: "Ja".
    let i = pos(&html, "Kan findes i Jobnet:");
    assert!(html[i..i + 80].contains("Ja"), "searchable Ja");
}

#[test]
fn english_with_lang_en() {
    let html = render(shared(
        Lang::En,
        Mode::Citizen,
        &weak_cv(),
        CvOptions::default(),
    ));
    assert!(html.contains(r#"lang="en""#));
    for label in [
        "Check your CV",
        "Can be found in Jobnet:",
        "Findability",
        "Selection",
        "Jobs I am looking for",
        "Work experience",
        "Professional profile",
        "Add a job wish",
        "Must fix",
        "Go to the field",
    ] {
        assert!(html.contains(label), "missing English label {label:?}");
    }
    assert!(!html.contains("Tjek dit CV"));
    assert!(!html.contains("Skal rettes"));
}

#[test]
fn no_inline_style_attributes() {
    for mode in [Mode::Citizen, Mode::Caseworker] {
        let html = render(shared(Lang::Da, mode, &weak_cv(), CvOptions::default()));
        assert!(!html.contains("style="), "inline style in {mode:?}");
        assert!(!html.contains("<script"), "script in {mode:?}");
    }
}

#[test]
fn every_input_has_a_label_for_it() {
    let html = render(shared(
        Lang::Da,
        Mode::Citizen,
        EXAMPLE,
        CvOptions::default(),
    ));
    let n = crate::dom::ssr::assert_labelled(&html);
    assert!(n > 40, "only {n} controls");
}

#[test]
fn citizen_findings_grouped_by_module_with_severity_text() {
    let cv = weak_cv();
    let result = check_cv(&parse_cv(&cv).unwrap(), &CvOptions::default());
    let html = render(shared(Lang::Da, Mode::Citizen, &cv, CvOptions::default()));
    let findings = &html[pos(&html, "Forslag til dit CV")..];
    // One group per module with findings, in Jobnet's module order, headed by the core's label.
    let mut last = 0;
    for m in Module::ALL {
        let n = result.findings.iter().filter(|f| f.module == m).count();
        let marker = format!(r#"data-module="{}""#, module_name(m));
        match findings.find(&marker) {
            Some(at) => {
                assert!(n > 0, "empty group for {m:?}");
                assert!(at > last, "{m:?} out of order");
                last = at;
                assert!(findings[at..].contains(&format!("<h4>{}</h4>", m.label().da)));
            }
            None => assert_eq!(n, 0, "no group for {m:?}"),
        }
    }
    // Every message and fix comes from the core, severity as text.
    for f in &result.findings {
        assert!(
            findings.contains(&escape(&f.message.da)),
            "message {:?}",
            f.message.da
        );
        assert!(findings.contains(&escape(&f.fix.da)), "fix {:?}", f.fix.da);
    }
    assert!(findings.contains("Skal rettes") && findings.contains("Bør rettes"));
    assert!(findings.contains("Gå til feltet"));
    // Not searchable without work-experience employer etc.? At least the verdict is shown as text.
    assert!(html.contains("Kan findes i Jobnet:"));
}

#[test]
fn caseworker_prompts_ordered_by_stage_with_codes_titles_and_override() {
    let cv = weak_cv();
    let result = check_cv(&parse_cv(&cv).unwrap(), &CvOptions::default());
    let html = render(shared(
        Lang::Da,
        Mode::Caseworker,
        &cv,
        CvOptions::default(),
    ));
    assert!(html.contains("CV-samtale") && html.contains("Samtaleguide"));
    let guide = &html[pos(&html, "Samtaleguide")..];
    let facts = pos(guide, r#"data-stage="facts""#);
    let quals = pos(guide, r#"data-stage="qualifications""#);
    let profile = pos(guide, r#"data-stage="profile""#);
    assert!(facts < quals && quals < profile, "stages out of order");
    assert!(guide.contains(&Stage::Facts.label().da) && guide.contains(&Stage::Profile.label().da));
    // Each finding sits in its stage's group, with the rule code and the rule's title.
    for f in &result.findings {
        let at = pos(guide, &format!(r#"<span class="code">{}</span>"#, f.code));
        let stage_start = match f.stage {
            Stage::Facts => facts,
            Stage::Qualifications => quals,
            Stage::Profile => profile,
        };
        assert!(at > stage_start, "{} before its stage", f.code);
        let title = jobspor_core::cv::rules::rule(&f.code)
            .unwrap()
            .meta()
            .title
            .da;
        assert!(guide.contains(&escape(title)), "title of {}", f.code);
    }
    assert!(guide.contains("Tilsidesæt") && guide.contains("Hvorfor?"));
    assert!(
        guide.contains("Hvad reglen tjekker"),
        "rule docs in the why-disclosure"
    );
}

#[test]
fn overrides_move_findings_and_raise_the_score() {
    let cv = weak_cv();
    let plain = check_cv(&parse_cv(&cv).unwrap(), &CvOptions::default());
    let f = plain
        .findings
        .iter()
        .find(|f| f.code == "CV207")
        .expect("profile missing fires");
    let s = shared(Lang::Da, Mode::Caseworker, &cv, CvOptions::default());
    s.apply(true, |st| {
        st.add_override(&f.code, &f.path, "Profilen skrives på næste møde.")
    });
    {
        let st = s.state.borrow();
        assert!(st.result.selection > plain.selection, "selection rises");
        assert!(
            st.detail.contains(r#""overrides":[{"rule":"CV207""#),
            "detail has overrides"
        );
        assert!(
            st.detail
                .contains(r#""overridden":"Profilen skrives på næste møde.""#),
            "original finding kept"
        );
        assert!(st.detail.contains(r#""mode":"caseworker""#));
    }
    let html = render(s.clone());
    let list = &html[pos(&html, r#"id="h-findings-overridden""#)..];
    assert!(
        list.contains("Tilsidesat")
            && list.contains("Profilen skrives på næste møde.")
            && list.contains("Fortryd")
    );
    let path = f.path.clone();
    s.apply(true, move |st| st.remove_override("CV207", &path));
    assert_eq!(s.state.borrow().result.selection, plain.selection);
}

#[test]
fn form_round_trips_the_cv() {
    let cv = parse_cv(EXAMPLE).unwrap();
    assert_eq!(Form::from_cv(cv.clone()).to_cv(), cv);
    let mut form = Form::from_cv(cv);
    form.wishes[0].qualifications = "Truckkørsel,\nLagerstyring i WMS; ".into();
    form.wishes[0].years = "2,5".into();
    let out = form.to_cv();
    assert_eq!(
        out.job_wishes[0].qualifications,
        ["Truckkørsel", "Lagerstyring i WMS"]
    );
    assert_eq!(out.job_wishes[0].experience_years, Some(2.5));
    // The years as typed (read with serde_json's number parser, not `str::parse`).
    for (typed, years) in [
        ("6", Some(6.0)), (" 0,1 ", Some(0.1)), (",5", Some(0.5)), ("12,", Some(12.0)), ("2.35", Some(2.35)), ("1e1", Some(10.0)),
        ("05", Some(5.0)), ("+3", Some(3.0)),
        ("", None), ("-1", None), ("to", None), ("2,5 år", None), ("NaN", None), ("inf", None),
    ] {
        form.wishes[0].years = typed.into();
        assert_eq!(form.to_cv().job_wishes[0].experience_years, years, "{typed:?}");
    }
}

#[test]
fn field_ids_follow_paths() {
    assert_eq!(
        field_id("job_wishes[0].qualifications[2]"),
        "f-job_wishes-0-qualifications-2"
    );
    assert_eq!(field_id("profile"), "f-profile");
    assert_eq!(field_id(""), "f");
    let html = render(shared(
        Lang::Da,
        Mode::Citizen,
        EXAMPLE,
        CvOptions::default(),
    ));
    for id in [
        "f-profile",
        "f-job_wishes-0-qualifications",
        "f-contact-email_visible",
        "f-work_experience-1-description",
        "f-education-0-level",
        "f-own_car",
        "f-employment_terms-hours",
        "f-driving_licences",
        "f-certificates",
        "f-contact",
    ] {
        assert!(
            html.contains(&format!(r#"id="{id}""#)),
            "no element for {id}"
        );
    }
}

#[test]
fn invalid_cv_property_shows_an_error_not_a_panic() {
    let s = shared(Lang::Da, Mode::Citizen, EXAMPLE, CvOptions::default());
    let err = parse_cv(r#"{"education": [{"level": "doctor"}]}"#).unwrap_err();
    s.apply(true, |st| {
        st.ui.error = Some(super::state::LoadError::Property(err))
    });
    let html = render(s);
    assert!(html.contains(r#"role="alert""#));
    assert!(
        html.contains("CV&#x27;et kunne ikke indlæses")
            || html.contains("CV'et kunne ikke indlæses")
    );
    assert!(html.contains("education[0].level"));
}

fn module_name(m: Module) -> String {
    serde_json::to_value(m)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// HTML-escapes like Yew's server renderer does for text (`html_escape::encode_text`).
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// "Would you be found for this job?" with the job-order fixture.
#[cfg(feature = "match")]
mod job_match {
    use super::*;
    use jobspor_core::joborder::{match_cv, parse_job_order, MatchOptions};

    const ORDER: &str = include_str!("../../../../tests/fixtures/joborder/job-order.json");

    /// The widget with the core's matcher (in the browser: the job-order module's `matchCv`).
    fn with_order(cv_json: &str) -> Rc<Shared> {
        let sh = shared(Lang::Da, Mode::Citizen, cv_json, CvOptions::default());
        let call: super::super::job_match::MatchFn = Rc::new(|cv, order| jobspor_core::joborder::match_cv_json(cv, order, None));
        sh.apply(true, |s| {
            s.job_match.matcher = Some(super::super::job_match::Matcher { call, js: wasm_bindgen::JsValue::NULL });
            s.job_match.set_order(Some(ORDER.to_string()));
        });
        sh
    }

    #[test]
    fn no_section_and_a_null_match_without_a_job_order() {
        let sh = shared(Lang::Da, Mode::Citizen, EXAMPLE, CvOptions::default());
        assert!(sh.state.borrow().detail.contains(r#""match":null"#));
        let html = render(sh);
        assert!(!html.contains("Ville du blive fundet"));
        assert!(!html.contains("with-match"));
    }

    #[test]
    fn the_example_cv_is_found_with_nice_to_haves_and_rank() {
        let sh = with_order(EXAMPLE);
        let r = match_cv(&parse_cv(EXAMPLE).unwrap(), &parse_job_order(ORDER).unwrap(), &MatchOptions::default());
        assert!(r.found);
        let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
        assert_eq!(detail["match"], serde_json::to_value(&r).unwrap(), "detail.match = match_cv");
        let html = render(sh);
        assert!(html.contains(r#"class="layout with-match""#));
        let section = &html[pos(&html, "Ville du blive fundet til dette job?")..];
        assert!(section.contains("Jobordre: <strong>Lagermedarbejder</strong> hos Nordlager A/S"));
        assert!(section.contains(r#"aria-live="polite""#), "a live region");
        assert!(section.contains("Fundet i søgningen: <strong>Ja</strong>"));
        assert!(section.contains(&format!("{} af {}", r.nice_to_have.matched, r.nice_to_have.total)));
        assert!(section.contains(&format!("<strong>{}</strong> af 100", r.rank_score)));
        assert!(!section.contains("cm-blocking"));
    }

    #[test]
    fn a_missing_certificate_and_licence_block_with_reason_and_fix() {
        let mut cv: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        cv["certificates"] = serde_json::json!(["Chaufføruddannelsesbevis (EU-efteruddannelse)"]);
        cv["driving_licences"] = serde_json::json!(["B"]);
        let cv = cv.to_string();
        let r = match_cv(&parse_cv(&cv).unwrap(), &parse_job_order(ORDER).unwrap(), &MatchOptions::default());
        assert!(!r.found);
        let html = render(with_order(&cv));
        assert!(html.contains("Fundet i søgningen: <strong>Nej</strong>"));
        assert!(html.contains(&format!("Det skjuler dit CV ({})", r.blocking.len())));
        for b in &r.blocking {
            assert!(html.contains(&b.reason.da), "reason of {:?}", b.kind);
            assert!(html.contains(&b.fix.da), "fix of {:?}", b.kind);
        }
        assert!(html.contains(r#"data-kind="certificate""#) && html.contains(r#"data-kind="driving_licence""#));
        assert!(html.contains("Ufravigeligt krav: certifikat"), "the kind in words from the core");
        assert!(html.contains("<strong>Truckcertifikat B</strong>"), "the requirement's value");
    }

    #[test]
    fn loading_until_the_matcher_is_there() {
        let sh = shared(Lang::Da, Mode::Citizen, EXAMPLE, CvOptions::default());
        sh.apply(true, |s| s.job_match.set_order(Some(ORDER.to_string())));
        assert!(sh.state.borrow().detail.contains(r#""match":null"#));
        let html = render(sh);
        assert!(html.contains("Ville du blive fundet til dette job?"));
        assert!(html.contains(r#"role="status" class="hint">Indlæser søgningen …</p>"#));
    }

    #[test]
    fn english_and_an_invalid_order_shown() {
        let sh = with_order(EXAMPLE);
        sh.apply(true, |s| {
            s.lang = Lang::En;
            s.job_match.set_order(Some(r#"{"requirements": 3}"#.into()));
        });
        assert!(sh.state.borrow().job_match.error.as_ref().is_some_and(|e| e.path == "order.requirements"));
        assert_eq!(sh.state.borrow().job_match.order_json(), Some(ORDER), "the previous order stays in use");
        let html = render(sh);
        assert!(html.contains("Would you be found for this job?"));
        assert!(html.contains("Found by the search: <strong>Yes</strong>"), "the previous order stays in use");
        assert!(html.contains("The job order could not be used"));
        assert!(html.contains(r#"role="alert""#));
    }
}

/// Issue 12 (seed 003 §4.1, frederikshavn-metodehaandbog.txt l. 820–821: "husk derfor at beskrive
/// hvad borger har beskæftiget sig med og lært på de enkelte forløb"): the form has a description
/// field for each education and course, and the CV216 finding links to it.
#[test]
fn educations_and_courses_have_a_description_field() {
    let html = render(shared(Lang::Da, Mode::Citizen, EXAMPLE, CvOptions::default()));
    for id in ["f-education-0-description", "f-courses-0-description"] {
        assert!(html.contains(&format!(r#"id="{id}""#)), "no field {id}");
    }
    assert!(html.contains("Hvad du arbejdede med og lærte"));
    assert!(html.contains("CV216"), "the example's course has no description");
}

#[test]
fn a_long_cv_renders_the_first_render_limit_entries_and_findings_and_checks_them_all() {
    // Issue 13: a CV with thousands of entries set as `cv` rendered every one (10,000 jobs:
    // 781,000 DOM nodes, a renderer of 1 GB).
    let jobs: Vec<String> = (0..1_000)
        .map(|i| format!(r#"{{"employer": "", "title": "Lagermedarbejder {i}", "start": "2019-01", "end": "2023-05", "description": ""}}"#))
        .collect();
    let licences: Vec<String> = (0..300).map(|i| format!(r#""X{i}""#)).collect();
    let cv = format!(
        r#"{{"contact": {{"name": "Ali", "email": "ali@example.dk"}}, "work_experience": [{}], "driving_licences": [{}]}}"#,
        jobs.join(","),
        licences.join(",")
    );
    let sh = shared(Lang::Da, Mode::Citizen, &cv, CvOptions::default());
    let html = render(sh.clone());
    assert_eq!(html.matches(r#" class="entry""#).count(), 200, "the first 200 jobs");
    assert!(html.contains(r#"id="f-work_experience-199""#) && !html.contains(r#"id="f-work_experience-200""#));
    assert!(html.contains("Viser de første 200 af 1.000 poster. Tjekket gælder dem alle."), "the jobs' note");
    assert!(html.contains("Viser de første 200 af 308 poster."), "8 offered licence categories and 300 others");
    let total = sh.state.borrow().result.findings.len();
    assert!(total >= 2_000, "an employer and a description missing in each job: {total}");
    assert!(
        sh.state.borrow().result.findings.iter().any(|f| f.path.starts_with("work_experience[999]")),
        "the last job is checked like the first"
    );
    let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
    assert_eq!(detail["findings"].as_array().unwrap().len(), total, "the result event has them all");
    assert_eq!(html.matches(r#"class="finding sev-"#).count(), 200, "the first 200 findings");
    let note = format!("Viser de første 200 af {} forslag.", crate::render_limit::fmt_count(Lang::Da, total));
    assert!(html.contains(&note), "{note}");

    // The caseworker's guide is bounded the same way; the host's bound, in English.
    let sh = shared(Lang::En, Mode::Caseworker, &cv, CvOptions::default());
    sh.attribute_changed("render-limit", Some("50"));
    let html = render(sh);
    assert_eq!(html.matches(r#" class="entry""#).count(), 50);
    assert_eq!(html.matches(r#"class="finding sev-"#).count(), 50);
    assert!(html.contains("Showing the first 50 of 1,000 entries. The check covers all of them."));

    // An invalid bound is shown, named, and the default used.
    let sh = shared(Lang::Da, Mode::Citizen, &cv, CvOptions::default());
    sh.attribute_changed("render-limit", Some("0"));
    let html = render(sh);
    assert!(html.contains("Antallet af viste poster (render-limit) kan ikke bruges:"), "the error is shown");
    assert!(html.contains(r#"render-limit</code>: "0" er ikke et helt tal fra 1 til 100.000"#), "the field and the value");
    assert_eq!(html.matches(r#" class="entry""#).count(), 200);
}
