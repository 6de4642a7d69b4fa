//! Europass XML → the CV contract: the 2020+ `Candidate` document (HR-XML based, what the
//! Europass editor saves today) and the older v3 `SkillsPassport` (2013–2020). Also finds that
//! XML inside a Europass PDF (the editor can embed it).

use super::tree::{at, join_parts, Ctx};
use super::{Format, Imported};
use crate::cv::model::{Education, Language, LanguageLevel};
use crate::cv::Cv;
use crate::{InputError, Text};
use serde_json::Value;

pub fn import(xml: &str) -> Result<Imported, InputError> {
    let v = super::xml::parse(xml)?;
    if let Some(c) = v.get("Candidate") {
        candidate(c).and_then(|(ctx, cv)| ctx.done(cv, &v))
    } else if let Some(s) = v.get("SkillsPassport") {
        skills_passport(s).and_then(|(ctx, cv)| ctx.done(cv, &v))
    } else {
        Err(InputError::new(
            "",
            "XML without a Europass <Candidate> or <SkillsPassport> root: in Europass, save your CV as XML",
            "XML uden et Europass-rodelement (<Candidate> eller <SkillsPassport>): gem dit CV som XML i Europass",
        ))
    }
}

/// Europass descriptions are HTML: paragraphs and list items become lines, other tags go.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('>') else { break };
        let tag = rest[i + 1..i + j].to_ascii_lowercase();
        if tag.starts_with("/p") || tag.starts_with("br") || tag.starts_with("/li") || tag.starts_with("li") {
            if !out.ends_with('\n') && !out.is_empty() {
                out.push('\n');
            }
            if tag.starts_with("li") {
                out.push_str("- ");
            }
        }
        rest = &rest[i + j + 1..];
    }
    if !rest.contains('<') {
        out.push_str(rest);
    }
    let out = out.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    out.lines().map(str::trim).filter(|l| !l.is_empty() && *l != "-").collect::<Vec<_>>().join("\n")
}

const PRIVATE: (&str, &str) = (super::tree::PRIVATE_EN, super::tree::PRIVATE_DA);
const ADDRESS: (&str, &str) = ("Jobnet's CV keeps only the postal code of the address", "Jobnets CV gemmer kun postnummeret fra adressen");

fn candidate(doc: &Value) -> Result<(Ctx, Cv), InputError> {
    let mut c = Ctx::new(Format::Europass);
    let mut cv = Cv::default();
    let r = "Candidate";
    for k in ["DocumentID", "CandidateSupplier", "RenderingInformation", "@lang"] {
        c.skip(&format!("{r}.{k}"));
    }
    let person = c.obj(doc, r, "CandidatePerson")?;
    let pp = "Candidate.CandidatePerson";
    let given = c.text(person, pp, "PersonName.GivenName", "contact.name")?;
    let family = c.text(person, pp, "PersonName.FamilyName", "contact.name")?;
    cv.contact.name = join_parts(&[&given, &family], " ");
    for k in ["BirthDate", "GenderCode", "NationalityCode", "PrimaryLanguageCode", "Photo", "ResidenceCountryCode"] {
        c.reason(&format!("{pp}.{k}"), PRIVATE.0, PRIVATE.1);
    }
    for m in c.list(person, pp, "Communication")? {
        let mp = "Candidate.CandidatePerson.Communication";
        let channel = c.text(m, mp, "ChannelCode", "")?.to_lowercase();
        let _ = c.text(m, mp, "UseCode", "")?;
        match channel.as_str() {
            "email" => {
                let e = c.text(m, mp, "URI", "contact.email")?;
                if cv.contact.email.is_empty() {
                    cv.contact.email = e;
                }
            }
            "telephone" | "mobiletelephone" | "phone" => {
                let n = c.text(m, mp, "DialNumber", "contact.phone")?;
                if cv.contact.phone.is_empty() {
                    cv.contact.phone = n;
                }
            }
            "web" => {
                let u = c.text(m, mp, "URI", "contact.website")?;
                if cv.contact.website.is_empty() {
                    cv.contact.website = u;
                }
            }
            _ => {}
        }
        let postal = c.text(m, mp, "Address.PostalCode", "contact.postal_code")?;
        if cv.contact.postal_code.is_empty() {
            cv.contact.postal_code = postal;
        }
    }
    c.reason("Candidate.CandidatePerson.Communication.Address", ADDRESS.0, ADDRESS.1);

    let prof = c.obj(doc, r, "CandidateProfile")?;
    let p = "Candidate.CandidateProfile";
    c.skip(&format!("{p}.@languageCode"));
    c.skip(&format!("{p}.ID"));
    let summary = c.text(prof, p, "ExecutiveSummary", "profile")?;
    let objective = c.text(prof, p, "Objective", "profile")?;
    cv.profile = plain(&join_parts(&[&summary, &objective], "\n\n"));

    for emp in c.list(prof, p, "EmploymentHistory.EmployerHistory")? {
        let ep = "Candidate.CandidateProfile.EmploymentHistory.EmployerHistory";
        let employer = c.text(emp, ep, "OrganizationName", "work_experience[].employer")?;
        for pos in c.list(emp, ep, "PositionHistory")? {
            let hp = "Candidate.CandidateProfile.EmploymentHistory.EmployerHistory.PositionHistory";
            let title = c.text(pos, hp, "PositionTitle", "work_experience[].title")?;
            let start = c.text(pos, hp, "EmploymentPeriod.StartDate.FormattedDateTime", "work_experience[].start")?;
            let end = c.text(pos, hp, "EmploymentPeriod.EndDate.FormattedDateTime", "work_experience[].end")?;
            let _ = c.text(pos, hp, "EmploymentPeriod.CurrentIndicator", "work_experience[].end")?;
            let description = plain(&c.text(pos, hp, "Description", "work_experience[].description")?);
            c.job(&mut cv, &employer, title, &start, &end, description);
        }
    }
    for ed in c.list(prof, p, "EducationHistory.EducationOrganizationAttendance")? {
        let ep = "Candidate.CandidateProfile.EducationHistory.EducationOrganizationAttendance";
        let i = cv.education.len();
        let institution = c.text(ed, ep, "OrganizationName", "education[].institution")?;
        let title = c.text(ed, ep, "EducationDegree.DegreeName", "education[].title")?;
        let code = c.text(ed, ep, "EducationLevelCode", "education[].level")?;
        let end = c.text(ed, ep, "AttendancePeriod.EndDate.FormattedDateTime", "education[].end")?;
        let ongoing = c.text(ed, ep, "AttendancePeriod.Ongoing", "education[].completed")?;
        let description = plain(&c.text(ed, ep, "Description", "education[].description")?);
        let completed = if ongoing == "true" { Some(false) } else { None };
        let e = Education { title, level: None, institution, end: c.date(&end, at("education", i, "end")), completed, description };
        c.education(&mut cv, e, &code);
    }
    c.reason(
        "Candidate.CandidateProfile.EducationHistory.EducationOrganizationAttendance.AttendancePeriod.StartDate",
        "Jobnet's CV keeps only the end of an education",
        "Jobnets CV gemmer kun, hvornår en uddannelse sluttede",
    );
    for l in c.list(prof, p, "Licenses.License")? {
        let code = c.text(l, "Candidate.CandidateProfile.Licenses.License", "LicenseTypeCode", "driving_licences[]")?;
        let name = c.text(l, "Candidate.CandidateProfile.Licenses.License", "LicenseName", "driving_licences[]")?;
        let code = if code.is_empty() { name } else { code };
        if !code.is_empty() && !cv.driving_licences.contains(&code) {
            cv.driving_licences.push(code);
        }
    }
    for x in c.list(prof, p, "Certifications.Certification")? {
        let name = c.text(x, "Candidate.CandidateProfile.Certifications.Certification", "CertificationName", "certificates[]")?;
        c.certificate(&mut cv, &name);
    }
    for q in c.list(prof, p, "PersonQualifications.PersonCompetency")? {
        let qp = "Candidate.CandidateProfile.PersonQualifications.PersonCompetency";
        let id = c.text(q, qp, "CompetencyID", "languages[].language")?;
        let taxonomy = c.text(q, qp, "TaxonomyID", "")?;
        if taxonomy != "language" {
            if !id.is_empty() {
                c.skills.push(id);
            }
            continue;
        }
        let mut levels = Vec::new();
        for d in c.list(q, qp, "CompetencyDimension")? {
            let dp = "Candidate.CandidateProfile.PersonQualifications.PersonCompetency.CompetencyDimension";
            let _ = c.text(d, dp, "CompetencyDimensionTypeCode", "languages[].level")?;
            let s = c.text(d, dp, "Score.ScoreText", "languages[].level")?;
            if !s.is_empty() {
                levels.push(s);
            }
        }
        let level = lowest_cefr(&levels);
        c.language(&mut cv, &id, &level);
    }
    Ok((c, cv))
}

/// The lowest CEFR level of a language's skills (listening, reading, speaking, writing): Jobnet
/// has one level per language, and the lowest is the one an employer can count on.
fn lowest_cefr(levels: &[String]) -> String {
    levels.iter().filter(|l| l.len() == 2).min_by_key(|l| l.to_ascii_uppercase()).cloned().unwrap_or_default()
}

fn v3_date(c: &mut Ctx, o: &Value, base: &str, key: &str, to: &str) -> Result<String, InputError> {
    let y = c.text(o, base, &format!("{key}.@year"), to)?;
    let m = c.text(o, base, &format!("{key}.@month"), to)?;
    let _ = c.text(o, base, &format!("{key}.@day"), to)?;
    let m = m.trim_start_matches('-');
    Ok(match (y.is_empty(), m.is_empty()) {
        (true, _) => String::new(),
        (false, true) => y,
        (false, false) => format!("{y}-{m:0>2}"),
    })
}

fn skills_passport(doc: &Value) -> Result<(Ctx, Cv), InputError> {
    let mut c = Ctx::new(Format::Europass);
    let mut cv = Cv::default();
    for k in ["DocumentInfo", "PrintingPreferences", "@locale"] {
        c.skip(&format!("SkillsPassport.{k}"));
    }
    let li = c.obj(doc, "SkillsPassport", "LearnerInfo")?;
    let lp = "SkillsPassport.LearnerInfo";
    let id = c.obj(li, lp, "Identification")?;
    let ip = "SkillsPassport.LearnerInfo.Identification";
    let first = c.text(id, ip, "PersonName.FirstName", "contact.name")?;
    let last = c.text(id, ip, "PersonName.Surname", "contact.name")?;
    cv.contact.name = join_parts(&[&first, &last], " ");
    cv.contact.email = c.text(id, ip, "ContactInfo.Email.Contact", "contact.email")?;
    cv.contact.postal_code = c.text(id, ip, "ContactInfo.Address.Contact.PostalCode", "contact.postal_code")?;
    c.reason(&format!("{ip}.ContactInfo.Address"), ADDRESS.0, ADDRESS.1);
    cv.contact.phone = c.first_in(id, ip, "ContactInfo.TelephoneList.Telephone", "Contact", "contact.phone")?;
    cv.contact.website = c.first_in(id, ip, "ContactInfo.WebsiteList.Website", "Contact", "contact.website")?;
    c.reason(&format!("{ip}.Demographics"), PRIVATE.0, PRIVATE.1);
    c.reason(&format!("{ip}.Photo"), PRIVATE.0, PRIVATE.1);
    c.skip("SkillsPassport.LearnerInfo.Headline.Type");
    let headline = c.text(li, lp, "Headline.Description.Label", "report.job_wish_proposals")?;
    c.propose(&headline, "Headline".into());

    for w in c.list(li, lp, "WorkExperienceList.WorkExperience")? {
        let wp = "SkillsPassport.LearnerInfo.WorkExperienceList.WorkExperience";
        let title = c.text(w, wp, "Position.Label", "work_experience[].title")?;
        let start = v3_date(&mut c, w, wp, "Period.From", "work_experience[].start")?;
        let end = v3_date(&mut c, w, wp, "Period.To", "work_experience[].end")?;
        let _ = c.text(w, wp, "Period.Current", "work_experience[].end")?;
        let description = plain(&c.text(w, wp, "Activities", "work_experience[].description")?);
        let employer = c.text(w, wp, "Employer.Name", "work_experience[].employer")?;
        c.job(&mut cv, &employer, title, &start, &end, description);
    }
    c.reason("SkillsPassport.LearnerInfo.WorkExperienceList.WorkExperience.Employer.ContactInfo", "Jobnet's CV keeps only the employer's name", "Jobnets CV gemmer kun arbejdsgiverens navn");
    for e in c.list(li, lp, "EducationList.Education")? {
        let ep = "SkillsPassport.LearnerInfo.EducationList.Education";
        let end = v3_date(&mut c, e, ep, "Period.To", "education[].end")?;
        let title = c.text(e, ep, "Title", "education[].title")?;
        let institution = c.text(e, ep, "Organisation.Name", "education[].institution")?;
        let code = c.text(e, ep, "Level.Code", "education[].level")?;
        let _ = c.text(e, ep, "Level.Label", "education[].level")?;
        let description = plain(&c.text(e, ep, "Activities", "education[].description")?);
        let ed = Education { title, level: None, institution, end, completed: None, description };
        c.education(&mut cv, ed, &code);
    }
    c.reason("SkillsPassport.LearnerInfo.EducationList.Education.Period.From", "Jobnet's CV keeps only the end of an education", "Jobnets CV gemmer kun, hvornår en uddannelse sluttede");
    let sp = "SkillsPassport.LearnerInfo.Skills";
    let skills = c.obj(li, lp, "Skills")?;
    for m in c.list(skills, sp, "Linguistic.MotherTongueList.MotherTongue")? {
        let mp = "SkillsPassport.LearnerInfo.Skills.Linguistic.MotherTongueList.MotherTongue";
        let code = c.text(m, mp, "Description.Code", "languages[].language")?;
        let label = c.text(m, mp, "Description.Label", "languages[].language")?;
        let name = super::guess::language_name(&code).map(str::to_string).unwrap_or(if label.is_empty() { code } else { label });
        cv.languages.push(Language { language: name, level: Some(LanguageLevel::Native) });
    }
    for f in c.list(skills, sp, "Linguistic.ForeignLanguageList.ForeignLanguage")? {
        let fp = "SkillsPassport.LearnerInfo.Skills.Linguistic.ForeignLanguageList.ForeignLanguage";
        let code = c.text(f, fp, "Description.Code", "languages[].language")?;
        let label = c.text(f, fp, "Description.Label", "languages[].language")?;
        let mut levels = Vec::new();
        for k in ["Listening", "Reading", "SpokenInteraction", "SpokenProduction", "Writing"] {
            let l = c.text(f, fp, &format!("ProficiencyLevel.{k}"), "languages[].level")?;
            if !l.is_empty() {
                levels.push(l);
            }
        }
        let name = if code.is_empty() { label } else { code };
        c.language(&mut cv, &name, &lowest_cefr(&levels));
    }
    for l in c.list(skills, sp, "Driving.Description.Licence")? {
        let s = super::tree::scalar(l, "SkillsPassport.LearnerInfo.Skills.Driving.Description.Licence")?;
        if !s.is_empty() && !cv.driving_licences.contains(&s) {
            cv.driving_licences.push(s);
        }
    }
    c.map("SkillsPassport.LearnerInfo.Skills.Driving.Description.Licence", "driving_licences[]");
    let free = Text::new(
        "fri tekst om kompetencer: skriv det vigtigste i din profil eller som kvalifikationer til et jobønske",
        "free text about skills: put what matters in your profile or as qualifications of a job wish",
    );
    for k in ["Communication", "Organisational", "JobRelated", "Computer", "Other"] {
        c.reason(&format!("{sp}.{k}"), &free.en, &free.da);
    }
    Ok((c, cv))
}

/// The Europass XML inside a PDF: as plain bytes, or in a Flate-compressed stream (each inflated
/// with the same bound as a zip entry).
pub fn xml_in_pdf(pdf: &[u8]) -> Option<String> {
    fn find_xml(b: &[u8]) -> Option<String> {
        let text = String::from_utf8_lossy(b);
        for (open, close) in [("<Candidate", "</Candidate>"), ("<SkillsPassport", "</SkillsPassport>")] {
            if let (Some(i), Some(j)) = (text.find(open), text.rfind(close)) {
                if j > i {
                    let start = text[..i].rfind("<?xml").filter(|s| i - s < 200).unwrap_or(i);
                    return Some(text[start..j + close.len()].to_string());
                }
            }
        }
        None
    }
    if let Some(x) = find_xml(pdf) {
        return Some(x);
    }
    let mut rest = pdf;
    let mut budget = super::MAX_INFLATED_BYTES * 4;
    while let Some(i) = find(rest, b"stream") {
        let mut s = i + 6;
        while s < rest.len() && (rest[s] == b'\r' || rest[s] == b'\n') {
            s += 1;
        }
        let Some(len) = find(&rest[s..], b"endstream") else { break };
        let data = &rest[s..s + len];
        if let Ok(out) = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, super::MAX_INFLATED_BYTES) {
            budget = budget.saturating_sub(out.len());
            if let Some(x) = find_xml(&out) {
                return Some(x);
            }
            if budget == 0 {
                return None;
            }
        }
        rest = &rest[s + len + b"endstream".len()..];
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
