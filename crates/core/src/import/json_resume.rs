//! JSON Resume (`resume.json`, schema v1, jsonresume.org) → the CV contract.
//!
//! What JSON Resume lacks and Jobspor's exporter writes (job wishes, employment terms, driving
//! licences, visibility, education level) comes back from `meta.jobspor`, so a CV survives the
//! trip out and in.

use super::tree::{at, join_parts, Ctx};
use super::{Format, Imported};
use crate::cv::model::{Course, Education, OtherExperience};
use crate::cv::Cv;
use crate::InputError;
use serde_json::Value;

pub fn import(v: &Value) -> Result<Imported, InputError> {
    let mut c = Ctx::new(Format::JsonResume);
    let mut cv = Cv::default();
    c.skip("$schema");
    c.skip("meta");

    let b = c.obj(v, "", "basics")?;
    cv.contact.name = c.text(b, "basics", "name", "contact.name")?;
    let label = c.text(b, "basics", "label", "report.job_wish_proposals")?;
    c.propose(&label, "basics.label".into());
    cv.contact.email = c.text(b, "basics", "email", "contact.email")?;
    cv.contact.phone = c.text(b, "basics", "phone", "contact.phone")?;
    cv.contact.website = c.text(b, "basics", "url", "contact.website")?;
    cv.profile = c.text(b, "basics", "summary", "profile")?;
    cv.contact.postal_code = c.text(b, "basics", "location.postalCode", "contact.postal_code")?;
    c.reason("basics.location", "Jobnet's CV keeps only the postal code of the address", "Jobnets CV gemmer kun postnummeret fra adressen");
    for p in c.list(b, "basics", "profiles")? {
        let network = c.text(p, "basics.profiles[]", "network", "")?;
        if cv.contact.website.is_empty() && network.eq_ignore_ascii_case("linkedin") {
            cv.contact.website = c.text(p, "basics.profiles[]", "url", "contact.website")?;
            c.map("basics.profiles[].network", "contact.website");
        }
    }
    c.reason("basics.profiles", "Jobnet's CV has one website field (a LinkedIn profile goes there)", "Jobnets CV har ét felt til en hjemmeside (en LinkedIn-profil kommer derind)");

    for w in c.list(v, "", "work")? {
        c.job_from(&mut cv, w, "work[]", ["name", "position", "startDate", "endDate", "summary"])?;
        let highlights = c.texts(w, "work[]", "highlights", "work_experience[].description")?;
        if let Some(job) = cv.work_experience.last_mut() {
            for h in highlights {
                job.description = join_parts(&[&job.description, &format!("- {h}")], "\n");
            }
        }
    }
    c.reason("work[].description", "Jobnet's CV has no field for a description of the employer", "Jobnets CV har intet felt til en beskrivelse af arbejdsgiveren");

    for (key, p) in [("volunteer", "volunteer[]"), ("projects", "projects[]")] {
        for o in c.list(v, "", key)? {
            let title_key = if key == "volunteer" { "position" } else { "name" };
            let title = c.text(o, p, title_key, "other_experience[].title")?;
            let org = if key == "volunteer" { c.text(o, p, "organization", "other_experience[].title")? } else { String::new() };
            let mut description = c.text(o, p, if key == "volunteer" { "summary" } else { "description" }, "other_experience[].description")?;
            for h in c.texts(o, p, "highlights", "other_experience[].description")? {
                description = join_parts(&[&description, &format!("- {h}")], "\n");
            }
            cv.other_experience.push(OtherExperience { title: join_parts(&[&title, &org], ", "), description });
        }
        c.reason(&format!("{p}.startDate"), "Jobnet's \"Anden erfaring\" has no dates", "Jobnets \"Anden erfaring\" har ingen datoer");
        c.reason(&format!("{p}.endDate"), "Jobnet's \"Anden erfaring\" has no dates", "Jobnets \"Anden erfaring\" har ingen datoer");
    }

    for e in c.list(v, "", "education")? {
        let p = "education[]";
        let study_type = c.text(e, p, "studyType", "education[].level")?;
        let area = c.text(e, p, "area", "education[].title")?;
        let end = c.text(e, p, "endDate", "education[].end")?;
        let courses = c.texts(e, p, "courses", "education[].description")?;
        if ["kursus", "course", "kurser", "courses"].contains(&study_type.to_lowercase().as_str()) {
            let idx = cv.courses.len();
            cv.courses.push(Course { title: area, end: c.date(&end, at("courses", idx, "end")), description: courses.join("\n") });
            c.map("education[].studyType", "courses[]");
            continue;
        }
        // The level is guessed from the study type and the name together.
        let level = super::guess::education_level(&join_parts(&[&study_type, &area], " "));
        // A study type that is only the level's own name ("gymnasial uddannelse", as the JSON Resume
        // export writes an education without a name) is the level, not a title.
        let only_level = level.is_some_and(|l| study_type.to_lowercase() == l.label().da);
        let ed = Education {
            title: if !area.is_empty() { area } else if only_level { String::new() } else { study_type.clone() },
            level: None,
            institution: c.text(e, p, "institution", "education[].institution")?,
            end: c.date(&end, at("education", cv.education.len(), "end")),
            completed: None,
            description: courses.join("\n"),
        };
        if let Some(l) = level {
            let i = cv.education.len();
            c.guess(at("education", i, "level"), &join_parts(&[&study_type, &ed.title], ": "), &super::tree::enum_name(&l), super::guess::education_how(false));
        }
        c.education(&mut cv, Education { level, ..ed }, "");
    }
    c.reason("education[].startDate", "Jobnet's CV keeps only the end of an education", "Jobnets CV gemmer kun, hvornår en uddannelse sluttede");
    c.reason("education[].score", "Jobnet's CV has no field for grades", "Jobnets CV har intet felt til karakterer");

    for cert in c.list(v, "", "certificates")? {
        let name = c.text(cert, "certificates[]", "name", "certificates[]")?;
        c.certificate(&mut cv, &name);
    }
    for l in c.list(v, "", "languages")? {
        let name = c.text(l, "languages[]", "language", "languages[].language")?;
        let fluency = c.text(l, "languages[]", "fluency", "languages[].level")?;
        c.language(&mut cv, &name, &fluency);
    }
    for s in c.list(v, "", "skills")? {
        let name = c.text(s, "skills[]", "name", "report.skills")?;
        let keywords = c.texts(s, "skills[]", "keywords", "report.skills")?;
        c.skills.extend(std::iter::once(name).chain(keywords).filter(|s| !s.is_empty()));
    }

    if let Some(j) = super::tree::get(v, "meta.jobspor") {
        apply_meta(&mut cv, j)?;
        // The exporter's own levels replace the guesses from the names.
        if j.get("education").is_some() {
            c.guesses.retain(|g| !(g.field.starts_with("education[") && g.field.ends_with(".level")));
        }
    }
    c.done(cv, v)
}

/// What Jobspor's exporter keeps in `meta.jobspor` (see [`super::export`]).
fn apply_meta(cv: &mut Cv, j: &Value) -> Result<(), InputError> {
    let meta: super::export::Meta = serde_json::from_value(j.clone())
        .map_err(|e| InputError::new("meta.jobspor", format!("invalid Jobspor fields: {e}"), format!("ugyldige Jobspor-felter: {e}")))?;
    cv.job_wishes = meta.job_wishes;
    cv.employment_terms = meta.employment_terms;
    cv.driving_licences.extend(meta.driving_licences.into_iter().filter(|d| !cv.driving_licences.contains(d)).collect::<Vec<_>>());
    cv.own_car = meta.own_car;
    cv.contact.email_visible = meta.email_visible;
    cv.contact.phone_visible = meta.phone_visible;
    cv.contact.municipality_code = meta.municipality_code;
    for (w, v) in cv.work_experience.iter_mut().zip(meta.employer_visible) {
        w.employer_visible = v;
    }
    for (e, m) in cv.education.iter_mut().zip(meta.education) {
        e.level = m.level;
        e.completed = m.completed;
        if !m.title.is_empty() {
            e.title = m.title;
        }
    }
    Ok(())
}
