//! The `<jobspor-job-order>` Yew component: the order form of seed 002 appendix C with a
//! requirement list (kind, value, mandatory or nice to have), and the live result – fit for a
//! search or not, and each finding with its fix.

use std::rc::Rc;

use jobspor_core::cv::model::Hours;
use jobspor_core::joborder::{
    ApplicationForm, ContactForm, JobEmploymentForm, Location, Offer, Requirement, RequirementKind,
    RequirementValue,
};
use jobspor_core::rules::Finding;
use jobspor_core::Severity;
use yew::html::Scope;
use yew::prelude::*;

use super::labels::{labels, Labels};
use super::state::{parse_count, parse_years, Form, State};
use crate::dom::{field_id, target_checked, target_value};
use crate::fields::{self, TextOpts};
use crate::i18n::{Lang, EDUCATION_LEVELS};

/// Properties: the state shared with the element handle.
#[cfg(test)]
pub type Props = crate::element::Props<State>;

type SetText = Rc<dyn Fn(&mut Form, String)>;

/// A message to the app (the kit's: refresh, edit, UI change, focus, print).
pub type Msg = crate::element::Msg<State>;

/// The app: the kit's component over this widget's state.
pub type JobOrderApp = crate::element::App<State>;

impl crate::element::View for State {
    const FOCUS: fn(&web_sys::Element, &str) = crate::dom::focus_path;

    fn take_focus(&mut self) -> Option<String> {
        self.focus.take()
    }

    fn view(&self, root: &NodeRef, link: &Scope<JobOrderApp>) -> Html {
        let s = self;
        // The state as of this render, for the form's memoised sections (crate::memo).
        let snap = Rc::new(s.clone());
        let v = V { s: &s, l: labels(s.lang), lang: s.lang, link: link, snap: &snap };
        html! {
            <div class="jsp jo" part="base" lang={s.lang.code()} ref={root.clone()}>
                <h2 class="title">{ v.l.title }</h2>
                <p class="intro">{ v.l.intro }</p>
                { v.top_error() }
                <div class="jo-layout">
                    { v.form() }
                    { v.result() }
                </div>
            </div>
        }
    }
}

const CONTACT_FORMS: [(ContactForm, &str); 3] = [
    (ContactForm::SendCvs, "send_cvs"),
    (ContactForm::JobcentreMediates, "jobcentre_mediates"),
    (ContactForm::DirectContact, "direct_contact"),
];

const OFFERS: [(Offer, &str); 4] = [
    (Offer::Ordinary, "ordinary"),
    (Offer::Internship, "internship"),
    (Offer::WageSubsidy, "wage_subsidy"),
    (Offer::FlexJob, "flex_job"),
];

const EMPLOYMENT_FORMS: [(JobEmploymentForm, &str); 4] = [
    (JobEmploymentForm::Permanent, "permanent"),
    (JobEmploymentForm::Temporary, "temporary"),
    (JobEmploymentForm::TempAgency, "temp_agency"),
    (JobEmploymentForm::ShiftWork, "shift_work"),
];

const APPLICATION_FORMS: [(ApplicationForm, &str); 4] = [
    (ApplicationForm::Digital, "digital"),
    (ApplicationForm::Personal, "personal"),
    (ApplicationForm::Written, "written"),
    (ApplicationForm::Phone, "phone"),
];

/// The driving licence categories offered (a value from outside is offered too).
const LICENCES: [&str; 15] = ["B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "AM", "A1", "A2", "A", "T"];

/// The code of `value` in a `(value, code)` table, or "".
fn code_of<T: PartialEq + Copy>(table: &[(T, &'static str)], value: Option<T>) -> &'static str {
    value.and_then(|v| table.iter().find(|(x, _)| *x == v)).map_or("", |(_, c)| c)
}

/// The value of `code` in a `(value, code)` table.
fn value_of<T: Copy>(table: &[(T, &'static str)], code: &str) -> Option<T> {
    table.iter().find(|(_, c)| *c == code).map(|(v, _)| *v)
}

fn kind_label(l: &Labels, k: RequirementKind) -> &'static str {
    match k {
        RequirementKind::Qualification => l.k_qualification,
        RequirementKind::Certificate => l.k_certificate,
        RequirementKind::ExperienceYears => l.k_experience_years,
        RequirementKind::EducationLevel => l.k_education_level,
        RequirementKind::DrivingLicence => l.k_driving_licence,
        RequirementKind::Language => l.k_language,
        RequirementKind::CriminalRecord => l.k_criminal_record,
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "sev-error",
        Severity::Warning => "sev-warning",
        Severity::Info => "sev-info",
    }
}

/// The view's context.
struct V<'a> {
    s: &'a State,
    l: &'static Labels,
    lang: Lang,
    link: &'a Scope<JobOrderApp>,
    /// `s` shared, for the memoised sections of the form.
    snap: &'a Rc<State>,
}

impl V<'_> {
    fn top_error(&self) -> Html {
        let (title, e) = match (&self.s.error, &self.s.render_limit_error) {
            (Some(e), _) => (self.l.value_error, e),
            (None, Some(e)) => (self.l.limit_error, e),
            (None, None) => return html! {},
        };
        let msg = if self.lang == Lang::Da { &e.message_da } else { &e.message };
        html! {
            <p class="error banner" role="alert">
                <strong>{ title }{": "}</strong>
                if !e.path.is_empty() { { self.l.field }{" "}<code>{ e.path.clone() }</code>{": "} }
                { msg.clone() }
            </p>
        }
    }

    /// The note on a list of `total` beyond `render-limit` (issue 13).
    fn limit_note(&self, id: &str, total: usize, noun: &str) -> Html {
        crate::render_limit::text_note(self.lang, id, self.s.render_limit, total, noun)
    }

    // ---------- controls ----------

    fn edit<E: 'static>(&self, read: fn(&E) -> String, set: SetText) -> Callback<E> {
        self.link.callback(move |e: E| {
            let (v, set) = (read(&e), set.clone());
            Msg::Edit(Box::new(move |s| set(&mut s.form, v)))
        })
    }

    fn text(&self, path: &str, label: &str, value: &str, o: TextOpts, set: SetText) -> Html {
        fields::text(&field_id(path), label, value, o, self.edit(|e: &InputEvent| target_value(e), set))
    }

    fn area(&self, path: &str, label: &str, value: &str, rows: u32, hint: Option<&str>, set: SetText) -> Html {
        fields::area(&field_id(path), label, value, rows, hint, self.edit(|e: &InputEvent| target_value(e), set))
    }

    fn select(&self, path: &str, label: &str, options: &[(&str, &str)], current: &str, set: SetText) -> Html {
        fields::select(&field_id(path), label, options, current, self.edit(|e: &Event| target_value(e), set))
    }

    fn radios(&self, path: &str, legend: &str, options: &[(&str, &str, Option<&str>)], current: &str, set: SetText) -> Html {
        fields::radios(&field_id(path), legend, options, current, self.edit(|v: &String| v.clone(), set))
    }

    /// A number field: the typed text, with an error when it isn't a whole number.
    fn count(&self, path: &str, label: &str, typed: &str, set: SetText) -> Html {
        let error = parse_count(typed).is_err().then_some(self.l.bad_number);
        self.text(path, label, typed, TextOpts { kind: "numeric", error, ..TextOpts::default() }, set)
    }

    // ---------- the form ----------

    fn section(&self, id: &str, legend: &str, body: Html) -> Html {
        html! {
            <fieldset class="jo-section" id={id.to_string()}>
                <legend>{ legend.to_string() }</legend>
                { body }
            </fieldset>
        }
    }

    fn form(&self) -> Html {
        let (l, f) = (self.l, &self.s.form);
        let o = &f.order;
        // Each section memoised (crate::memo): a keystroke re-renders its own section only (issue 14).
        html! {
            <form class="jo-form" part="form" novalidate=true aria-labelledby="jo-h-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h3 id="jo-h-form" class="sr-only">{ l.form }</h3>
                { self.memo((o.company.clone(), f.employees.clone()), |s, k| V::of(s, k).company()) }
                { self.memo((o.contact.clone(), o.contact_form), |s, k| V::of(s, k).contact()) }
                { self.memo((o.offer, o.title.clone(), f.alt_titles.clone(), o.tasks.clone()), |s, k| V::of(s, k).job()) }
                { self.memo((o.requirements.clone(), f.years.clone()), |s, k| V::of(s, k).requirements()) }
                { self.memo((f.competences.clone(), o.physical_demands.clone(), o.culture.clone()), |s, k| V::of(s, k).selection()) }
                { self.memo(self.facts_data(), |s, k| V::of(s, k).facts()) }
            </form>
        }
    }

    /// A section of the form, memoised: rendered again only when `data` (what it shows), the
    /// language or the render limit changed.
    fn memo<K: PartialEq + 'static>(&self, data: K, render: crate::memo::Render<State>) -> Html {
        crate::memo::memo((data, self.lang, self.s.render_limit), self.snap, self.link, render)
    }

    /// The view's context for a memoised section.
    fn of<'a>(s: &'a Rc<State>, link: &'a Scope<JobOrderApp>) -> V<'a> {
        V { s, l: labels(s.lang), lang: s.lang, link, snap: s }
    }

    /// What the facts section shows.
    #[allow(clippy::type_complexity)]
    fn facts_data(&self) -> (Location, String, String, String, Option<Hours>, Option<JobEmploymentForm>, String, String, Vec<ApplicationForm>) {
        let (f, o) = (&self.s.form, &self.s.form.order);
        (
            o.location.clone(),
            f.search_municipalities.clone(),
            o.start_date.clone(),
            o.end_date.clone(),
            o.hours,
            o.employment_form,
            o.working_times.clone(),
            f.positions.clone(),
            o.application_form.clone(),
        )
    }

    fn company(&self) -> Html {
        let (l, f) = (self.l, &self.s.form);
        let c = &f.order.company;
        let t = TextOpts::default;
        self.section("f-company", l.company, html! { <>
            { self.text("company.name", l.company_name, &c.name, t(), Rc::new(|f, v| f.order.company.name = v)) }
            <div class="row">
                { self.text("company.cvr", l.cvr, &c.cvr, TextOpts { kind: "numeric", hint: Some(l.cvr_hint), ..t() },
                    Rc::new(|f, v| f.order.company.cvr = v)) }
                { self.count("company.employees", l.employees, &f.employees, Rc::new(|f, v| f.employees = v)) }
            </div>
            { self.text("company.address", l.address, &c.address, t(), Rc::new(|f, v| f.order.company.address = v)) }
        </> })
    }

    fn contact(&self) -> Html {
        let l = self.l;
        let o = &self.s.form.order;
        let p = &o.contact;
        let t = TextOpts::default;
        let contact_forms = [
            ("send_cvs", l.cf_send_cvs, None),
            ("jobcentre_mediates", l.cf_mediates, None),
            ("direct_contact", l.cf_direct, None),
        ];
        self.section("f-contact", l.contact, html! { <>
            <div class="row">
                { self.text("contact.name", l.contact_name, &p.name, t(), Rc::new(|f, v| f.order.contact.name = v)) }
                { self.text("contact.title", l.contact_title, &p.title, t(), Rc::new(|f, v| f.order.contact.title = v)) }
            </div>
            <div class="row">
                { self.text("contact.email", l.email, &p.email, TextOpts { kind: "email", ..t() }, Rc::new(|f, v| f.order.contact.email = v)) }
                { self.text("contact.phone", l.phone, &p.phone, TextOpts { kind: "tel", ..t() }, Rc::new(|f, v| f.order.contact.phone = v)) }
            </div>
            { self.radios("contact_form", l.contact_form, &contact_forms, code_of(&CONTACT_FORMS, o.contact_form),
                Rc::new(|f, v| f.order.contact_form = value_of(&CONTACT_FORMS, &v))) }
        </> })
    }

    fn job(&self) -> Html {
        let (l, f) = (self.l, &self.s.form);
        let o = &f.order;
        let t = TextOpts::default;
        let offers = [
            ("ordinary", l.of_ordinary, None),
            ("internship", l.of_internship, None),
            ("wage_subsidy", l.of_wage_subsidy, None),
            ("flex_job", l.of_flex_job, None),
        ];
        self.section("f-job", l.job, html! { <>
            { self.radios("offer", l.offer, &offers, code_of(&OFFERS, o.offer), Rc::new(|f, v| f.order.offer = value_of(&OFFERS, &v))) }
            { self.text("title", l.job_title, &o.title, TextOpts { hint: Some(l.job_title_hint), ..t() }, Rc::new(|f, v| f.order.title = v)) }
            { self.text("alternative_titles", l.alt_titles, &f.alt_titles, TextOpts { hint: Some(l.alt_titles_hint), ..t() },
                Rc::new(|f, v| f.alt_titles = v)) }
            { self.area("tasks", l.tasks, &o.tasks, 4, None, Rc::new(|f, v| f.order.tasks = v)) }
        </> })
    }

    fn selection(&self) -> Html {
        let (l, f) = (self.l, &self.s.form);
        let o = &f.order;
        self.section("f-selection", l.selection, html! { <>
            { self.area("personal_competences", l.competences, &f.competences, 3, Some(l.competences_hint), Rc::new(|f, v| f.competences = v)) }
            { self.area("physical_demands", l.physical, &o.physical_demands, 2, Some(l.physical_hint), Rc::new(|f, v| f.order.physical_demands = v)) }
            { self.area("culture", l.culture, &o.culture, 2, Some(l.culture_hint), Rc::new(|f, v| f.order.culture = v)) }
        </> })
    }

    fn facts(&self) -> Html {
        let (l, f) = (self.l, &self.s.form);
        let o = &f.order;
        let t = TextOpts::default;
        let hours = [("", l.not_stated), ("full_time", l.full_time), ("part_time", l.part_time)];
        let hours_code = match o.hours {
            Some(Hours::FullTime) => "full_time",
            Some(Hours::PartTime) => "part_time",
            None => "",
        };
        let forms = [
            ("", l.not_stated),
            ("permanent", l.permanent),
            ("temporary", l.temporary),
            ("temp_agency", l.temp_agency),
            ("shift_work", l.shift_work),
        ];
        let apply_labels = [l.ap_digital, l.ap_personal, l.ap_written, l.ap_phone];
        let apply = APPLICATION_FORMS.iter().zip(apply_labels).map(|(&(form, code), label)| {
            let onchange = self.link.callback(move |e: Event| {
                let on = target_checked(&e);
                Msg::Edit(Box::new(move |s| {
                    let list = &mut s.form.order.application_form;
                    list.retain(|x| *x != form);
                    if on {
                        list.push(form);
                    }
                }))
            });
            fields::check(&field_id(&format!("application_form.{code}")), label, o.application_form.contains(&form), onchange)
        });
        self.section("f-facts", l.facts, html! { <>
            <div class="row">
                { self.text("location.municipality_code", l.municipality_code, &o.location.municipality_code, TextOpts { kind: "numeric", ..t() },
                    Rc::new(|f, v| f.order.location.municipality_code = v)) }
                { self.text("location.postal_code", l.postal_code, &o.location.postal_code, TextOpts { kind: "numeric", ..t() },
                    Rc::new(|f, v| f.order.location.postal_code = v)) }
            </div>
            { self.text("location.search_municipalities", l.search_municipalities, &f.search_municipalities,
                TextOpts { hint: Some(l.search_municipalities_hint), ..t() }, Rc::new(|f, v| f.search_municipalities = v)) }
            <div class="row">
                { self.text("start_date", l.start_date, &o.start_date, TextOpts { kind: "date", ..t() }, Rc::new(|f, v| f.order.start_date = v)) }
                { self.text("end_date", l.end_date, &o.end_date, TextOpts { kind: "date", hint: Some(l.end_date_hint), ..t() },
                    Rc::new(|f, v| f.order.end_date = v)) }
            </div>
            <div class="row">
                { self.select("hours", l.hours, &hours, hours_code, Rc::new(|f, v| f.order.hours = match v.as_str() {
                    "full_time" => Some(Hours::FullTime),
                    "part_time" => Some(Hours::PartTime),
                    _ => None,
                })) }
                { self.select("employment_form", l.employment_form, &forms, code_of(&EMPLOYMENT_FORMS, o.employment_form),
                    Rc::new(|f, v| f.order.employment_form = value_of(&EMPLOYMENT_FORMS, &v))) }
            </div>
            { self.text("working_times", l.working_times, &o.working_times, TextOpts { hint: Some(l.working_times_hint), ..t() },
                Rc::new(|f, v| f.order.working_times = v)) }
            { self.count("positions", l.positions, &f.positions, Rc::new(|f, v| f.positions = v)) }
            <fieldset class="group-boxes" id="f-application_form"><legend>{ l.application_form }</legend>{ for apply }</fieldset>
        </> })
    }

    // ---------- requirements ----------

    fn requirements(&self) -> Html {
        let l = self.l;
        let reqs = &self.s.form.order.requirements;
        let add = self.link.callback(|_| {
            Msg::Edit(Box::new(|s| {
                s.form.add_requirement();
                let n = s.form.order.requirements.len() - 1;
                s.focus = Some(field_id(&format!("requirements[{n}].kind")));
            }))
        });
        html! {
            <fieldset class="jo-section jo-reqs" id="f-requirements">
                <legend>{ l.requirements }</legend>
                <p class="hint" id="jo-req-hint">{ l.requirements_hint }</p>
                <ol class="jo-req-list">
                    // The first `render-limit` (issue 13); the counts and the check take all.
                    { for reqs[..reqs.len().min(self.s.render_limit)].iter().enumerate().map(|(i, r)| self.requirement(i, r)) }
                </ol>
                { self.limit_note("jo-req-limit", reqs.len(), l.many_requirements) }
                <button type="button" class="add" id="jo-add-req" onclick={add}>{ l.add_requirement }</button>
            </fieldset>
        }
    }

    fn requirement(&self, i: usize, r: &Requirement) -> Html {
        let l = self.l;
        let p = format!("requirements[{i}]");
        let kinds: Vec<(&str, &str)> = RequirementKind::ALL.iter().map(|k| (k.id(), kind_label(l, *k))).collect();
        let kind = self.select(&format!("{p}.kind"), l.kind, &kinds, r.kind.id(), Rc::new(move |f, v| {
            if let Some(k) = RequirementKind::ALL.iter().find(|k| k.id() == v) {
                f.set_kind(i, *k);
            }
        }));
        let (status, class) = match r.mandatory {
            Some(true) => (l.mandatory, "jo-req-mandatory"),
            Some(false) => (l.nice, "jo-req-nice"),
            None => (l.undecided, "jo-req-undecided"),
        };
        let importance = [("yes", l.mandatory, Some(l.mandatory_hint)), ("no", l.nice, Some(l.nice_hint))];
        let current = match r.mandatory {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let remove = self.link.callback(move |_| {
            Msg::Edit(Box::new(move |s| {
                s.form.remove_requirement(i);
                let n = s.form.order.requirements.len();
                s.focus = Some(if n == 0 { "jo-add-req".into() } else { field_id(&format!("requirements[{}].kind", i.min(n - 1))) });
            }))
        });
        let legend = format!("{} {}", l.requirement, i + 1);
        html! {
            <li class={classes!("jo-req", class)} key={p.clone()}>
                <fieldset id={field_id(&p)}>
                    <legend>{ legend.clone() }{": "}<span class="jo-status">{ status }</span></legend>
                    <div class="row">
                        { kind }
                        { self.req_value(i, r) }
                    </div>
                    { self.radios(&format!("{p}.mandatory"), l.importance, &importance, current, Rc::new(move |f, v| {
                        if let Some(r) = f.order.requirements.get_mut(i) {
                            r.mandatory = Some(v == "yes");
                        }
                    })) }
                    <div class="actions">
                        <button type="button" class="secondary" onclick={remove}>{ format!("{} {}", l.remove, legend.to_lowercase()) }</button>
                    </div>
                </fieldset>
            </li>
        }
    }

    /// The value control, by kind: a text, a number of years, a level, a category or a tick.
    fn req_value(&self, i: usize, r: &Requirement) -> Html {
        let l = self.l;
        let path = format!("requirements[{i}].value");
        let set_text: SetText = Rc::new(move |f, v| {
            if let Some(r) = f.order.requirements.get_mut(i) {
                r.value = (!v.is_empty()).then_some(RequirementValue::Text(v));
            }
        });
        let text = match &r.value {
            Some(RequirementValue::Text(t)) => t.as_str(),
            _ => "",
        };
        let hint = Some(l.v_text_hint);
        match r.kind {
            RequirementKind::Qualification => self.text(&path, l.v_qualification, text, TextOpts { hint, ..TextOpts::default() }, set_text),
            RequirementKind::Certificate => self.text(&path, l.v_certificate, text, TextOpts { hint, ..TextOpts::default() }, set_text),
            RequirementKind::Language => self.text(&path, l.v_language, text, TextOpts::default(), set_text),
            RequirementKind::ExperienceYears => {
                let typed = self.s.form.years.get(i).map_or("", String::as_str);
                let error = parse_years(typed).is_err().then_some(l.bad_years);
                self.text(&path, l.v_experience_years, typed, TextOpts { kind: "decimal", error, ..TextOpts::default() },
                    Rc::new(move |f, v| if let Some(y) = f.years.get_mut(i) { *y = v }))
            }
            RequirementKind::EducationLevel => {
                let cv = self.lang.words();
                let mut levels: Vec<(&str, &str)> = vec![("", l.choose)];
                levels.extend(EDUCATION_LEVELS.iter().map(|(lv, code)| (*code, cv.level(*lv))));
                self.select(&path, l.v_education_level, &levels, text, set_text)
            }
            RequirementKind::DrivingLicence => {
                let mut cats: Vec<(&str, &str)> = vec![("", l.choose)];
                cats.extend(LICENCES.iter().map(|c| (*c, *c)));
                if !text.is_empty() && !LICENCES.contains(&text) {
                    cats.push((text, text));
                }
                self.select(&path, l.v_driving_licence, &cats, text, set_text)
            }
            RequirementKind::CriminalRecord => {
                let on = r.value == Some(RequirementValue::Bool(true));
                let onchange = self.link.callback(move |e: Event| {
                    let on = target_checked(&e);
                    Msg::Edit(Box::new(move |s| {
                        if let Some(r) = s.form.order.requirements.get_mut(i) {
                            r.value = Some(RequirementValue::Bool(on));
                        }
                    }))
                });
                html! { <div class="field">
                    { fields::check(&field_id(&path), l.v_criminal_record, on, onchange) }
                    <p class="hint">{ l.v_criminal_record_hint }</p>
                </div> }
            }
        }
    }

    // ---------- the result ----------

    fn result(&self) -> Html {
        let (l, cv, r) = (self.l, self.lang.words(), &self.s.result);
        let (mandatory, nice) = self.s.form.counts();
        let (mut e, mut w, mut i) = (0, 0, 0);
        for f in &r.findings {
            match f.severity {
                Severity::Error => e += 1,
                Severity::Warning => w += 1,
                Severity::Info => i += 1,
            }
        }
        let mut findings: Vec<&Finding> = r.findings.iter().collect();
        findings.sort_by_key(|f| f.severity);
        html! {
            <section class="jo-result panel" part="result" aria-labelledby="jo-h-result">
                <h3 id="jo-h-result">{ l.result }</h3>
                <div class="jo-live" aria-live="polite">
                    <p class={classes!("jo-searchable", if r.searchable { "yes" } else { "no" })} id="jo-searchable">
                        { l.searchable }{" "}<strong>{ if r.searchable { cv.yes } else { cv.no } }</strong>
                    </p>
                    if !r.searchable { <p class="hint">{ l.not_searchable_hint }</p> }
                    <p id="jo-req-counts">{ format!("{mandatory} {} · {nice} {}", l.mandatory_count, l.nice_count) }</p>
                    <p class="counts" id="jo-counts">
                        { format!("{e} {} · {w} {} · {i} {}", cv.count_error, cv.count_warning, cv.count_info) }
                    </p>
                    <h4 id="jo-h-findings">{ l.findings }</h4>
                    if findings.is_empty() { <p class="none">{ l.no_findings }</p> }
                    <ul class="list jo-findings" aria-labelledby="jo-h-findings">
                        { for findings[..findings.len().min(self.s.render_limit)].iter().enumerate().map(|(n, f)| self.finding(n, f)) }
                    </ul>
                    { self.limit_note("jo-findings-limit", findings.len(), l.many_findings) }
                </div>
            </section>
        }
    }

    fn finding(&self, n: usize, f: &Finding) -> Html {
        let cv = self.lang.words();
        let sev = match f.severity {
            Severity::Error => cv.sev_error,
            Severity::Warning => cv.sev_warning,
            Severity::Info => cv.sev_info,
        };
        let msg_id = format!("jo-m-{n}");
        let path = f.path.clone();
        html! {
            <li class={classes!("finding", severity_class(f.severity))} data-code={f.code.clone()}>
                <p class="sev"><span class="tag">{ sev }</span>{" "}<span class="code">{ f.code.clone() }</span></p>
                <p class="msg" id={msg_id.clone()}>{ self.lang.text(&f.message).to_string() }</p>
                <p class="fix"><strong>{ cv.how_to_fix }</strong>{" "}{ self.lang.text(&f.fix).to_string() }</p>
                <div class="actions">
                    <button type="button" class="link" aria-describedby={msg_id}
                        onclick={self.link.callback(move |_| Msg::Focus(path.clone()))}>{ cv.go_to_field }</button>
                </div>
            </li>
        }
    }
}
