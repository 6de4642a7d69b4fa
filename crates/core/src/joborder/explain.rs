//! Why a mandatory requirement hides a CV, and what its owner can do – in plain Danish and
//! English. When the missing qualification, certificate or language is written somewhere Jobnet
//! doesn't search (work experience, courses, other experience, the profile, another job wish),
//! the reason says where, because the fix is then only to move it.

use super::model::{Requirement, RequirementKind};
use super::search::{highest_education, licence_bit, text_met, Matcher, LICENCE_CATEGORIES};
use crate::cv::model::Cv;
use crate::text::quote;
use crate::common::{fmt_da, fmt_num};
use crate::Text;

/// Places outside the searched fields where the requirement's text occurs: (Danish, English).
fn unsearched_places(r: &Requirement, cv: &Cv, wishes: &[usize]) -> Vec<(String, String)> {
    let Some(value) = r.text() else { return Vec::new() };
    let has = |t: &str| text_met(value, t);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |da: &str, en: &str| {
        if !out.iter().any(|(d, _)| d == da) {
            out.push((da.into(), en.into()));
        }
    };
    if r.kind == RequirementKind::Qualification {
        for (i, w) in cv.job_wishes.iter().enumerate() {
            if !wishes.contains(&i) && w.qualifications.iter().any(|q| has(q)) {
                let o = quote(&w.occupation);
                add(&format!("dit jobønske \"{o}\""), &format!("your job wish \"{o}\""));
            }
        }
        if cv.certificates.iter().any(|c| has(c)) {
            add("certifikater", "certificates");
        }
    }
    if r.kind == RequirementKind::Certificate {
        if cv.job_wishes.iter().any(|w| w.qualifications.iter().any(|q| has(q))) {
            add("kvalifikationer", "qualifications");
        }
        if cv.education.iter().any(|e| has(&e.title)) {
            add("uddannelse", "education");
        }
    }
    if cv.courses.iter().any(|c| has(&c.title)) {
        add("kurser", "courses");
    }
    if cv.work_experience.iter().any(|w| has(&w.title) || has(&w.description)) {
        add("erhvervserfaring", "work experience");
    }
    if cv.other_experience.iter().any(|o| has(&o.title) || has(&o.description)) {
        add("anden erfaring", "other experience");
    }
    if has(&cv.profile) {
        add("faglig profil", "profile");
    }
    out
}

/// " Den står i din erhvervserfaring og faglig profil, men der søger Jobnet ikke."
fn places_sentence(places: &[(String, String)], it_da: &str) -> (String, String) {
    if places.is_empty() {
        return (String::new(), String::new());
    }
    let join = |v: Vec<&str>, and: &str| match v.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {and} {last}", rest.join(", ")),
        _ => v.concat(),
    };
    let da = join(places.iter().map(|p| p.0.as_str()).collect(), "og");
    let en = join(places.iter().map(|p| p.1.as_str()).collect(), "and");
    (
        format!(" {it_da} står under {da}, men dér søger Jobnet ikke."),
        format!(" It is in your {en}, but Jobnet doesn't search there."),
    )
}

/// The reason and the fix for a mandatory requirement `r` that the CV doesn't meet.
pub(crate) fn why(m: &Matcher, r: &Requirement, cv: &Cv, wishes: &[usize]) -> (Text, Text) {
    let v = r.value_text();
    let (t_da, t_en) = (m.titles("eller"), m.titles("or"));
    let wish = wishes.first().map(|&i| quote(&cv.job_wishes[i].occupation));
    match r.kind {
        RequirementKind::Qualification => {
            let (pd, pe) = places_sentence(&unsearched_places(r, cv, wishes), "Den");
            let (hd, he) = match &wish {
                None => (format!("du har ikke {t_da} under \"Jeg søger job som\""), format!("you don't have {t_en} under \"jobs I am looking for\"")),
                Some(w) => (format!("den står ikke som kvalifikation under dit jobønske \"{w}\""), format!("it is not a qualification under your job wish \"{w}\"")),
            };
            (
                Text::new(
                    format!("Søgningen kræver kvalifikationen \"{v}\" for stillingen {t_da}, og {hd}.{pd}"),
                    format!("The search requires the qualification \"{v}\" for the occupation {t_en}, and {he}.{pe}"),
                ),
                Text::new(
                    format!("Har du kvalifikationen, så vælg \"{v}\" som kvalifikation under {t_da} i \"Jeg søger job som\"."),
                    format!("If you have it, choose \"{v}\" as a qualification under {t_en} in \"jobs I am looking for\"."),
                ),
            )
        }
        RequirementKind::Certificate => {
            let (pd, pe) = places_sentence(&unsearched_places(r, cv, wishes), "Det");
            (
                Text::new(
                    format!("Søgningen kræver certifikatet \"{v}\", og det står ikke under \"Certifikater og beviser\".{pd}"),
                    format!("The search requires the certificate \"{v}\", and it is not under \"certificates\".{pe}"),
                ),
                Text::new(
                    format!("Har du certifikatet, så tilføj \"{v}\" under \"Certifikater og beviser\" – ikke kun under kurser eller i teksten."),
                    format!("If you have it, add \"{v}\" under \"certificates\" – not only under courses or in the text."),
                ),
            )
        }
        RequirementKind::ExperienceYears => {
            let need = r.years().unwrap_or(0.0);
            let (nd, ne) = (fmt_da(need), fmt_num(need));
            let best = wishes.iter().filter_map(|&i| cv.job_wishes[i].experience_years).reduce(f64::max);
            let (hd, he) = match (&wish, best) {
                (None, _) => (format!("du har ikke {t_da} under \"Jeg søger job som\""), format!("you don't have {t_en} under \"jobs I am looking for\"")),
                (Some(w), None) => (format!("der står ingen års erfaring ved dit jobønske \"{w}\""), format!("no years of experience are given for your job wish \"{w}\"")),
                (Some(_), Some(y)) => (format!("dit CV siger {} år", fmt_da(y)), format!("your CV says {}", fmt_num(y))),
            };
            (
                Text::new(format!("Søgningen kræver mindst {nd} års erfaring som {t_da}, og {hd}."), format!("The search requires at least {ne} years of experience as {t_en}, and {he}.")),
                Text::new(
                    format!("Skriv dine års erfaring ved {t_da} under \"Jeg søger job som\" – tæl alle år i faget med, også vikariater og deltid."),
                    format!("Give your years of experience for {t_en} under \"jobs I am looking for\" – count every year in the trade, temping and part time too."),
                ),
            )
        }
        RequirementKind::EducationLevel => {
            let need = r.level().map(|l| l.label()).unwrap_or_else(|| Text::new(v.clone(), v.clone()));
            let (hd, he) = match highest_education(cv) {
                None => ("ingen af dine uddannelser har et niveau, der er fuldført".to_string(), "none of your educations has a level and is completed".to_string()),
                Some((l, _)) => {
                    let l = l.label();
                    (format!("din højeste uddannelse i CV'et er {}", l.da), format!("your highest education in the CV is {}", l.en))
                }
            };
            (
                Text::new(format!("Søgningen kræver mindst {}, og {hd}.", need.da), format!("The search requires at least {}, and {he}.", need.en)),
                Text::new(
                    "Skriv alle dine uddannelser med niveau, og markér dem, du har fuldført.",
                    "Add every education with its level, and mark the ones you completed.",
                ),
            )
        }
        RequirementKind::DrivingLicence => {
            let cat = r.text().and_then(licence_bit).map_or(v.clone(), |b| LICENCE_CATEGORIES[b.trailing_zeros() as usize].to_string());
            let covering: Vec<&str> = LICENCE_CATEGORIES.iter().copied().filter(|c| *c != cat && super::search::licence_includes(c).contains(&cat.as_str())).collect();
            let have: Vec<&str> = cv.driving_licences.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
            let (hd, he) = if have.is_empty() {
                ("dit CV har intet kørekort".to_string(), "your CV has no driving licence".to_string())
            } else {
                let h = have.iter().map(|l| quote(l)).collect::<Vec<_>>().join(", ");
                (format!("dit CV har kørekort {h}"), format!("your CV has licence {h}"))
            };
            let (od, oe) = if covering.is_empty() {
                (String::new(), String::new())
            } else {
                (format!(" (eller {}, der dækker det)", covering.join(", ")), format!(" (or {}, which covers it)", covering.join(", ")))
            };
            (
                Text::new(format!("Søgningen kræver kørekort {cat}, og {hd}."), format!("The search requires driving licence {cat}, and {he}.")),
                Text::new(
                    format!("Har du kørekort {cat}{od}, så tilføj det under \"Kørekort\"."),
                    format!("If you have licence {cat}{oe}, add it under \"driving licences\"."),
                ),
            )
        }
        RequirementKind::Language => {
            let (pd, pe) = places_sentence(&unsearched_places(r, cv, wishes), "Det");
            (
                Text::new(
                    format!("Søgningen kræver sproget \"{v}\", og det står ikke under \"Sprog\".{pd}"),
                    format!("The search requires the language \"{v}\", and it is not under \"languages\".{pe}"),
                ),
                Text::new(
                    format!("Tilføj \"{v}\" under \"Sprog\" med dit niveau – også når det er dit modersmål."),
                    format!("Add \"{v}\" under \"languages\" with your level – also when it is your mother tongue."),
                ),
            )
        }
        RequirementKind::CriminalRecord => (
            Text::new("Straffeattest kan ikke udsøges.", "A criminal record can't be searched."),
            Text::new("Intet at rette i CV'et.", "Nothing to change in the CV."),
        ),
    }
}
