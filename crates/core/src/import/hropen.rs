//! HR Open Standards Candidate (JSON, 4.x; the format of the Swedish public employment
//! service's common CV model) → the CV contract. Read: `person` (name, communication) and the
//! first `profiles[]` entry's `executiveSummary`, `objective`, `employment`, `education`,
//! `certifications`, `licenses`, `languages`, `qualifications` (see `docs/import.md`).

use super::tree::{at, join_parts, Ctx};
use super::{Format, Imported};
use crate::cv::model::Education;
use crate::cv::Cv;
use crate::InputError;
use serde_json::Value;

pub fn import(v: &Value) -> Result<Imported, InputError> {
    let mut c = Ctx::new(Format::HrOpen);
    let mut cv = Cv::default();
    c.skip("documentId");
    c.skip("profiles[].profileName");

    let person = c.obj(v, "", "person")?;
    let pp = "person";
    let formatted = c.text(person, pp, "name.formattedName", "contact.name")?;
    let given = c.text(person, pp, "name.given", "contact.name")?;
    let family = c.text(person, pp, "name.family", "contact.name")?;
    cv.contact.name = if formatted.is_empty() { join_parts(&[&given, &family], " ") } else { formatted };
    let comm = c.obj(person, pp, "communication")?;
    let cp = "person.communication";
    cv.contact.email = c.first_in(comm, cp, "email", "address", "contact.email")?;
    cv.contact.phone = c.first_in(comm, cp, "phone", "formattedNumber", "contact.phone")?;
    cv.contact.website = c.first_in(comm, cp, "web", "url", "contact.website")?;
    cv.contact.postal_code = c.first_in(comm, cp, "address", "postalCode", "contact.postal_code")?;
    c.reason("person.communication.address", "Jobnet's CV keeps only the postal code of the address", "Jobnets CV gemmer kun postnummeret fra adressen");

    let profiles = c.list(v, "", "profiles")?;
    if let Some(pr) = profiles.first() {
        let p = "profiles[]";
        let summary = c.text(pr, p, "executiveSummary", "profile")?;
        let objective = c.text(pr, p, "objective", "profile")?;
        cv.profile = join_parts(&[&summary, &objective], "\n\n");
        for emp in c.list(pr, p, "employment")? {
            let ep = "profiles[].employment[]";
            let employer = c.text(emp, ep, "organization.name", "work_experience[].employer")?;
            let positions = c.list(emp, ep, "positionHistories")?;
            let one = Value::Null;
            let positions = if positions.is_empty() { vec![&one] } else { positions };
            for pos in positions {
                let hp = "profiles[].employment[].positionHistories[]";
                let title = c.text(pos, hp, "title", "work_experience[].title")?;
                let title = if title.is_empty() { c.text(emp, ep, "title", "work_experience[].title")? } else { title };
                let start = first_of(&mut c, &[(pos, hp), (emp, ep)], "start", "work_experience[].start")?;
                let end = first_of(&mut c, &[(pos, hp), (emp, ep)], "end", "work_experience[].end")?;
                let description = first_of(&mut c, &[(pos, hp), (emp, ep)], "description", "work_experience[].description")?;
                let _ = first_of(&mut c, &[(pos, hp), (emp, ep)], "current", "work_experience[].end")?;
                c.job(&mut cv, &employer, title, &start, &end, description);
            }
        }
        for ed in c.list(pr, p, "education")? {
            let ep = "profiles[].education[]";
            let institution = c.text(ed, ep, "institution.name", "education[].institution")?;
            let degree = c.list(ed, ep, "educationDegrees")?.first().copied().unwrap_or(&Value::Null);
            let title = c.text(degree, "profiles[].education[].educationDegrees[]", "name", "education[].title")?;
            let code = c.list(ed, ep, "educationLevelCodes")?.first().copied().unwrap_or(&Value::Null);
            let code = c.text(code, "profiles[].education[].educationLevelCodes[]", "value", "education[].level")?;
            let end = c.text(ed, ep, "end", "education[].end")?;
            let descriptions = c.texts(ed, ep, "descriptions", "education[].description")?;
            let i = cv.education.len();
            let e = Education { title, level: None, institution, end: c.date(&end, at("education", i, "end")), completed: None, description: descriptions.join("\n") };
            c.education(&mut cv, e, &code);
        }
        c.reason("profiles[].education[].start", "Jobnet's CV keeps only the end of an education", "Jobnets CV gemmer kun, hvornår en uddannelse sluttede");
        for (key, field) in [("certifications", "certificates[]"), ("licenses", "certificates[] / driving_licences")] {
            for x in c.list(pr, p, key)? {
                let name = c.text(x, &format!("profiles[].{key}[]"), "name", field)?;
                c.certificate(&mut cv, &name);
            }
        }
        for l in c.list(pr, p, "languages")? {
            let lp = "profiles[].languages[]";
            let name = c.text(l, lp, "languageCode", "languages[].language")?;
            let name = if name.is_empty() { c.text(l, lp, "name", "languages[].language")? } else { name };
            let level = c.text(l, lp, "proficiency", "languages[].level")?;
            c.language(&mut cv, &name, &level);
        }
        for q in c.list(pr, p, "qualifications")? {
            let s = c.text(q, "profiles[].qualifications[]", "competencyName", "report.skills")?;
            if !s.is_empty() {
                c.skills.push(s);
            }
        }
    }
    c.done(cv, v)
}

/// The first non-empty of one field on several objects (a position's own dates, else the
/// employment's); each one is recorded as read.
fn first_of(c: &mut Ctx, objs: &[(&Value, &str)], key: &str, to: &str) -> Result<String, InputError> {
    let mut out = String::new();
    for (o, p) in objs {
        let s = c.text(o, p, key, to)?;
        if out.is_empty() {
            out = s;
        }
    }
    Ok(out)
}
