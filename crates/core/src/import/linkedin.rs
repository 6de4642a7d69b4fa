//! LinkedIn's data export ("Get a copy of your data"): the zip, or its CSV files one by one
//! (Profile, Positions, Education, Skills, Languages, Certifications, Courses, Email Addresses,
//! PhoneNumbers) → the CV contract. A file is recognised by its header row, not its name.

use super::tree::{at, join_parts, Ctx};
use super::{Format, Imported};
use crate::cv::model::{Course, Education};
use crate::cv::Cv;
use crate::InputError;
use serde_json::{Map, Value};

/// The files read, each with the columns its header row must have.
const KINDS: &[(&str, &[&str])] = &[
    ("Profile", &["First Name", "Last Name", "Headline"]),
    ("Positions", &["Company Name", "Title", "Started On"]),
    ("Education", &["School Name", "Degree Name"]),
    ("Certifications", &["Name", "Authority"]),
    ("Languages", &["Name", "Proficiency"]),
    ("Courses", &["Name", "Number"]),
    ("Email Addresses", &["Email Address"]),
    ("PhoneNumbers", &["Number", "Type"]),
    ("Skills", &["Name"]),
];

/// Whether a zip entry is one of the files read.
pub fn is_linkedin_name(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    KINDS.iter().any(|(k, _)| base.strip_suffix(".csv").is_some_and(|b| b.eq_ignore_ascii_case(k)))
}

fn header(text: &str) -> Vec<String> {
    let first = text.strip_prefix('\u{feff}').unwrap_or(text).lines().next().unwrap_or("");
    super::csv::rows(first).ok().and_then(|r| r.into_iter().next()).unwrap_or_default().into_iter().map(|h| h.trim().to_string()).collect()
}

/// Which LinkedIn file a CSV text is, from its header row.
pub fn csv_kind(text: &str) -> Option<&'static str> {
    let h = header(text);
    KINDS.iter().find(|(k, cols)| cols.iter().all(|c| h.iter().any(|x| x == c)) && (*k != "Skills" || h.len() == 1)).map(|(k, _)| *k)
}

pub fn import(texts: &[&str]) -> Result<Imported, InputError> {
    // The export as one tree: {"Positions.csv": [{"Title": …}, …], …}.
    let mut tree = Map::new();
    for t in texts {
        let kind = csv_kind(t).ok_or_else(|| {
            InputError::new(
                "",
                "a CSV file that is not one of LinkedIn's export files (Profile, Positions, Education, Skills, Languages, Certifications, Courses)",
                "en CSV-fil, der ikke er en af LinkedIns eksportfiler (Profile, Positions, Education, Skills, Languages, Certifications, Courses)",
            )
        })?;
        let rows = super::csv::rows(t.strip_prefix('\u{feff}').unwrap_or(t)).map_err(|e| InputError { path: format!("{kind}.csv {}", e.path), ..e })?;
        let mut it = rows.into_iter();
        let head: Vec<String> = it.next().unwrap_or_default().into_iter().map(|h| h.trim().to_string()).collect();
        let list = tree.entry(format!("{kind}.csv")).or_insert_with(|| Value::Array(Vec::new()));
        for r in it.filter(|r| r.iter().any(|f| !f.trim().is_empty())) {
            let o: Map<String, Value> = head.iter().cloned().zip(r.into_iter().map(Value::String)).collect();
            if let Value::Array(a) = list {
                a.push(Value::Object(o));
            }
        }
    }
    let tree = Value::Object(tree);
    let mut c = Ctx::new(Format::Linkedin);
    let mut cv = Cv::default();

    let list = |k: &str| tree.get(k).and_then(Value::as_array).map(|a| a.iter().collect::<Vec<_>>()).unwrap_or_default();

    for p in list("Profile.csv").into_iter().take(1) {
        let b = "Profile.csv[]";
        let first = c.text(p, b, "First Name", "contact.name")?;
        let last = c.text(p, b, "Last Name", "contact.name")?;
        cv.contact.name = join_parts(&[&first, &last], " ");
        let headline = c.text(p, b, "Headline", "report.job_wish_proposals")?;
        c.propose(&headline, "Profile.csv Headline".into());
        cv.profile = c.text(p, b, "Summary", "profile")?;
        cv.contact.postal_code = c.text(p, b, "Zip Code", "contact.postal_code")?;
        let websites = c.text(p, b, "Websites", "contact.website")?;
        cv.contact.website = websites.split(['[', ']', ',']).find_map(|w| w.find("http").map(|i| w[i..].trim().to_string())).unwrap_or(websites);
        for k in ["Birth Date", "Maiden Name"] {
            c.reason(&format!("{b}.{k}"), super::tree::PRIVATE_EN, super::tree::PRIVATE_DA);
        }
        c.reason(&format!("{b}.Address"), "Jobnet's CV keeps only the postal code of the address", "Jobnets CV gemmer kun postnummeret fra adressen");
    }
    for e in list("Email Addresses.csv") {
        let a = c.text(e, "Email Addresses.csv[]", "Email Address", "contact.email")?;
        let primary = c.text(e, "Email Addresses.csv[]", "Primary", "")?;
        if cv.contact.email.is_empty() || primary.eq_ignore_ascii_case("yes") {
            cv.contact.email = a;
        }
    }
    for e in list("PhoneNumbers.csv") {
        let n = c.text(e, "PhoneNumbers.csv[]", "Number", "contact.phone")?;
        let _ = c.text(e, "PhoneNumbers.csv[]", "Type", "")?;
        if cv.contact.phone.is_empty() {
            cv.contact.phone = n;
        }
    }
    for w in list("Positions.csv") {
        c.job_from(&mut cv, w, "Positions.csv[]", ["Company Name", "Title", "Started On", "Finished On", "Description"])?;
    }
    for e in list("Education.csv") {
        let b = "Education.csv[]";
        let i = cv.education.len();
        let end = c.text(e, b, "End Date", "education[].end")?;
        let notes = c.text(e, b, "Notes", "education[].description")?;
        let activities = c.text(e, b, "Activities", "education[].description")?;
        let ed = Education {
            title: c.text(e, b, "Degree Name", "education[].title")?,
            level: None,
            institution: c.text(e, b, "School Name", "education[].institution")?,
            end: c.date(&end, at("education", i, "end")),
            completed: None,
            description: join_parts(&[&notes, &activities], "\n"),
        };
        c.education(&mut cv, ed, "");
    }
    c.reason("Education.csv[].Start Date", "Jobnet's CV keeps only the end of an education", "Jobnets CV gemmer kun, hvornår en uddannelse sluttede");
    for x in list("Certifications.csv") {
        let name = c.text(x, "Certifications.csv[]", "Name", "certificates[]")?;
        c.certificate(&mut cv, &name);
    }
    for x in list("Courses.csv") {
        let title = c.text(x, "Courses.csv[]", "Name", "courses[].title")?;
        cv.courses.push(Course { title, end: String::new(), description: String::new() });
    }
    c.reason("Courses.csv[].Number", "a course number: Jobnet's CV has no field for it", "et kursusnummer: Jobnets CV har intet felt til det");
    for l in list("Languages.csv") {
        let name = c.text(l, "Languages.csv[]", "Name", "languages[].language")?;
        let level = c.text(l, "Languages.csv[]", "Proficiency", "languages[].level")?;
        c.language(&mut cv, &name, &level);
    }
    for s in list("Skills.csv") {
        let name = c.text(s, "Skills.csv[]", "Name", "report.skills")?;
        if !name.is_empty() {
            c.skills.push(name);
        }
    }
    c.done(cv, &tree)
}
