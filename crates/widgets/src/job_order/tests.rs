//! Server-side renders of `<jobspor-job-order>` (Yew `ssr`), asserting what a company consultant
//! would see.

use std::rc::Rc;

use jobspor_core::joborder::{check_job_order, parse_job_order, RequirementKind, RequirementValue};
use jobspor_core::Severity;

use super::state::{parse_years, Form, Shared};
use super::view::{JobOrderApp, Props};
use crate::dom::ssr::{assert_labelled, render as ssr};
use crate::element::WidgetState;
use crate::i18n::Lang;

/// The example order of the job-order fixtures (the issue's example).
const ORDER: &str = include_str!("../../../../tests/fixtures/joborder/job-order.json");

fn shared(lang: Lang, order: &str) -> Rc<Shared> {
    let shared = Rc::new(Shared::new(None));
    let o = parse_job_order(order).expect("test order parses");
    shared.apply(true, |s| {
        s.lang = lang;
        s.form = Form::from_order(o);
    });
    shared
}

fn render(shared: Rc<Shared>) -> String {
    ssr::<JobOrderApp>(Props { shared })
}

#[test]
fn danish_form_of_appendix_c_with_a_live_result() {
    let html = render(shared(Lang::Da, ORDER));
    assert!(html.contains(r#"lang="da""#));
    for label in [
        "Jobordre",
        "Virksomheden",
        "Firmanavn",
        "CVR-nummer",
        "Antal ansatte",
        "Kontaktperson",
        "Jobcentret sender CV'er",
        "Jobcentret formidler kontakten",
        "Kandidaterne kontakter virksomheden direkte",
        "Ordinær beskæftigelse",
        "Praktik",
        "Job med løntilskud",
        "Fleksjob",
        "Stillingsbetegnelse",
        "Arbejdets art og indhold",
        "Krav til kandidaten (udsøgning)",
        "Ufravigeligt krav",
        "Gerne",
        "Tilføj krav",
        "Personlige kompetencer",
        "Fysiske krav",
        "Kulturen på arbejdspladsen",
        "Startdato",
        "Timetal",
        "Arbejdstider",
        "Ansættelsesform",
        "Antal stillinger",
        "Ansøgningsform",
        "Kan bruges til udsøgning:",
    ] {
        assert!(html.contains(label), "missing Danish label {label:?}");
    }
    assert_eq!(html.matches(r#"aria-live="polite""#).count(), 1, "one live region");
    let live = &html[html.find(r#"aria-live="polite""#).unwrap()..];
    assert!(live.contains("Forslag til jobordren"), "the findings are in the live region");
    // The form shows the order: values, chosen radios, the value control per kind.
    for v in ["Nordlager A/S", "Truckkørsel", "Truckcertifikat B", "Lagermedarbejder"] {
        assert!(html.contains(&format!(r#"value="{v}""#)), "value {v}");
    }
    assert!(html.contains(r#"id="f-requirements-2-value" type="text""#), "years: a text input");
    assert!(html.contains(r#"inputmode="decimal""#));
    assert!(html.contains(r#"<select id="f-requirements-3-value" data-value="vocational""#), "level: a select");
    assert!(html.contains(r#"<select id="f-requirements-4-value" data-value="C""#), "licence: a select");
    assert!(html.contains(r#"id="f-requirements-6-value" type="checkbox""#), "criminal record: a checkbox");
    // 4 mandatory, 3 nice to have: the status in words next to its colour.
    assert_eq!(html.matches("jo-req jo-req-mandatory").count(), 4);
    assert_eq!(html.matches("jo-req jo-req-nice").count(), 3);
    assert!(html.contains("4 ufravigelige krav · 3 gerne-krav"));
}

#[test]
fn findings_show_the_cores_texts_with_code_and_severity_in_words() {
    let order = r#"{"title": "", "requirements": [{"kind": "qualification", "value": null}]}"#;
    let result = check_job_order(&parse_job_order(order).unwrap());
    assert!(!result.searchable, "an order without a title can't be searched");
    assert!(!result.findings.is_empty());
    let html = render(shared(Lang::Da, order));
    assert!(html.contains(r#"class="jo-searchable no""#));
    assert!(html.contains("Kan bruges til udsøgning: <strong>Nej</strong>"));
    for f in &result.findings {
        assert!(html.contains(&format!(r#"data-code="{}""#, f.code)), "finding {}", f.code);
        assert!(html.contains(&f.message.da), "message of {}", f.code);
        assert!(html.contains(&f.fix.da), "fix of {}", f.code);
    }
    assert!(html.contains("Skal rettes"), "severity in words");
    assert!(html.contains("Gå til feltet"));
    // Errors first.
    let first = result.findings.iter().find(|f| f.severity == Severity::Error).unwrap();
    let at = html.find(&format!(r#"data-code="{}""#, first.code)).unwrap();
    assert!(html.find(r#"data-code=""#).unwrap() == at, "an error comes first");
}

#[test]
fn english_with_lang_en() {
    let html = render(shared(Lang::En, ORDER));
    assert!(html.contains(r#"lang="en""#));
    for label in ["Job order", "The company", "Mandatory", "Nice to have", "Add a requirement", "Fit for a search:", "How to apply"] {
        assert!(html.contains(label), "missing English label {label:?}");
    }
    assert!(!html.contains("Ufravigeligt"), "no Danish label left");
}

#[test]
fn every_control_is_labelled_and_no_inline_styles() {
    let html = render(shared(Lang::Da, ORDER));
    assert!(assert_labelled(&html) > 35);
    assert!(!html.contains("style="));
    assert!(!html.contains("<script"));
    // Each requirement's importance is a labelled radio group.
    assert!(html.contains(r#"<fieldset id="f-requirements-0-mandatory" class="group-radios"><legend>Hvor vigtigt er kravet?</legend>"#));
}

#[test]
fn toggling_mandatory_changes_the_result_and_counts() {
    let sh = shared(Lang::Da, ORDER);
    let before = sh.state.borrow().detail.clone();
    let changed = sh.apply(true, |s| {
        for r in &mut s.form.order.requirements {
            r.mandatory = Some(false);
        }
    });
    assert!(changed);
    let after = sh.state.borrow().detail.clone();
    assert_ne!(before, after, "all nice-to-have: the result differs");
    let html = render(sh);
    assert!(html.contains("0 ufravigelige krav · 7 gerne-krav"));
}

#[test]
fn typed_numbers_and_lists_reach_the_order() {
    let mut f = Form::from_order(parse_job_order(ORDER).unwrap());
    assert_eq!(f.years[2], "2");
    f.years[2] = "2,5".into();
    f.employees = "forty".into();
    f.competences = "Selvstændig\n\n  Mødestabil ".into();
    f.search_municipalities = "813, 0851 860".into();
    let o = f.to_order();
    assert_eq!(o.requirements[2].value, Some(RequirementValue::Number(2.5)));
    assert_eq!(o.company.employees, None, "an invalid number counts as not stated");
    assert_eq!(o.personal_competences, ["Selvstændig", "Mødestabil"]);
    assert_eq!(o.location.search_municipalities, ["813", "0851", "860"]);
    assert_eq!(parse_years("1,"), Ok(Some(1.0)));
    assert!(parse_years("-1").is_err() && parse_years("mange").is_err());
    // The round trip of the example keeps every field.
    let back = Form::from_order(parse_job_order(ORDER).unwrap()).to_order();
    assert_eq!(back, parse_job_order(ORDER).unwrap());
    // Changing the kind drops a value the new kind doesn't take.
    f.set_kind(0, RequirementKind::Certificate);
    assert_eq!(f.order.requirements[0].value, Some(RequirementValue::Text("Truckkørsel".into())));
    f.set_kind(0, RequirementKind::ExperienceYears);
    assert_eq!(f.order.requirements[0].value, None);
    f.set_kind(0, RequirementKind::CriminalRecord);
    assert_eq!(f.order.requirements[0].value, Some(RequirementValue::Bool(true)));
}

#[test]
fn invalid_value_is_shown_not_thrown() {
    let sh = shared(Lang::Da, ORDER);
    let e = parse_job_order(r#"{"requirements": [{"kind": "experience_years", "value": "mange"}]}"#).unwrap_err();
    sh.apply(true, |s| s.error = Some(e));
    let html = render(sh.clone());
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("Jobordren kunne ikke indlæses"));
    assert!(html.contains("requirements[0].value"));
    assert!(html.contains(r#"value="Nordlager A/S""#), "the form is kept");
    let mut s = sh.state.borrow_mut();
    assert!(WidgetState::recompute(&mut *s).is_none(), "nothing changed");
}

#[test]
fn a_long_order_renders_the_first_render_limit_requirements_and_checks_them_all() {
    // Issue 13: a job order with 10,000 requirements set as `value` rendered every one (911,000
    // DOM nodes, a renderer of 1.3 GB).
    let reqs: Vec<String> =
        (0..1_000).map(|i| format!(r#"{{"kind": "qualification", "value": "Kvalifikation {i}", "mandatory": null}}"#)).collect();
    let order = format!(r#"{{"title": "Lagermedarbejder", "requirements": [{}]}}"#, reqs.join(","));
    let sh = shared(Lang::Da, &order);
    let html = render(sh.clone());
    assert_eq!(html.matches(r#"<li class="jo-req "#).count(), 200, "the first 200 requirements");
    assert!(html.contains(r#"id="f-requirements-199""#) && !html.contains(r#"id="f-requirements-200""#));
    assert!(html.contains("Viser de første 200 af 1.000 krav. Tjekket gælder dem alle."), "the note");
    assert!(html.contains("0 ufravigelige krav · 0 gerne-krav"), "the counts take all (none decided)");
    let detail: serde_json::Value = serde_json::from_str(&sh.state.borrow().detail).unwrap();
    assert_eq!(detail["order"]["requirements"].as_array().unwrap().len(), 1_000, "the result event has them all");
    assert!(
        detail["findings"].as_array().unwrap().iter().any(|f| f["code"] == "JO005"),
        "the undecided requirements are checked"
    );

    // The findings too, with the host's bound, in English.
    let sh = shared(Lang::En, &order);
    sh.attribute_changed("render-limit", Some("3"));
    let html = render(sh.clone());
    let total = sh.state.borrow().result.findings.len();
    assert!(total > 3);
    assert_eq!(html.matches(r#"<li class="jo-req "#).count(), 3);
    assert_eq!(html.matches(r#"class="finding sev-"#).count(), 3);
    assert!(html.contains("Showing the first 3 of 1,000 requirements. The check covers all of them."));
    assert!(html.contains(&format!("Showing the first 3 of {total} suggestions.")));

    // An invalid bound is shown, named, and the default used.
    sh.attribute_changed("render-limit", Some("many"));
    let html = render(sh);
    assert!(html.contains("The number of requirements shown (render-limit) can"), "the error is shown");
    assert_eq!(html.matches(r#"<li class="jo-req "#).count(), 200);
}
