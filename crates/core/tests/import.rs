//! The CV importers and the JSON Resume exporter (issue 20) on the fixtures in
//! `tests/fixtures/import/` (written for this project; see the README there).

use jobspor_core::cv::model::{EducationLevel, LanguageLevel};
use jobspor_core::cv::{self, Cv};
use jobspor_core::import::{self, Format, ImportReport, Imported};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../../tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn imp(name: &str) -> Imported {
    import::import_cv(&fixture(name), None).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn dropped(r: &ImportReport) -> Vec<&str> {
    r.dropped.iter().map(|d| d.field.as_str()).collect()
}

fn err(bytes: &[u8]) -> jobspor_core::InputError {
    match import::import_cv(bytes, None) {
        Ok(i) => panic!("expected an error, got {:?}", i.cv),
        Err(e) => e,
    }
}

/// What every fixture is: Mette Sørensen from Frederikshavn, two jobs with æøå in them, never a
/// job wish (proposals instead), and a CV the check reads.
fn common(i: &Imported, format: Format) {
    assert_eq!(i.report.format, format);
    assert_eq!(i.cv.contact.name, "Mette Sørensen");
    assert_eq!(i.cv.contact.postal_code, "9900");
    assert_eq!(i.cv.work_experience.len(), 2, "{:?}", i.cv.work_experience);
    assert_eq!(i.cv.work_experience[0].employer, "Nordjysk Grossist A/S");
    assert_eq!(i.cv.work_experience[0].title, "Lagermedarbejder");
    assert!(i.cv.work_experience[0].start.starts_with("2019-03"));
    assert_eq!(i.cv.work_experience[0].end, "", "a current job has no end");
    assert_eq!(i.cv.work_experience[1].employer, "Brugsen Ålbæk");
    assert!(i.cv.work_experience[1].end.starts_with("2019-02"));
    assert_eq!(i.cv.education[0].level, Some(EducationLevel::Vocational), "{:?}", i.report.guesses);
    assert_eq!(i.cv.driving_licences, ["B"]);
    assert!(i.cv.job_wishes.is_empty(), "a job wish is never invented");
    let proposed: Vec<&str> = i.report.job_wish_proposals.iter().map(|p| p.occupation.as_str()).collect();
    assert!(proposed.contains(&"Lagermedarbejder"), "{proposed:?}");
    // The CV passes the check's input contract.
    let json = serde_json::to_string(&i.cv).unwrap();
    let result = cv::check_cv_json(&json, None).expect("the imported CV is valid input");
    assert!(!result.searchable, "no job wish yet: the report proposes one");
    // Every dropped field has a reason in both languages.
    for d in &i.report.dropped {
        assert!(!d.reason.da.is_empty() && !d.reason.en.is_empty());
    }
}

#[test]
fn json_resume_danish_cv() {
    let i = imp("mette.resume.json");
    common(&i, Format::JsonResume);
    assert_eq!(i.cv.contact.email, "mette.sorensen@example.dk");
    assert_eq!(i.cv.contact.website, "https://www.linkedin.com/in/mette-sorensen-example");
    assert!(i.cv.work_experience[0].description.contains("- Oplærte tre nye kolleger"), "highlights join the description");
    assert_eq!(i.cv.work_experience[1].start, "2015-08", "\"1. august 2015\"");
    assert_eq!(i.cv.education[0].title, "Lager- og logistikuddannelsen");
    assert_eq!(i.cv.education[1].level, Some(EducationLevel::Primary));
    assert_eq!(i.cv.courses.len(), 1);
    assert_eq!(i.cv.courses[0].title, "Førstehjælp");
    assert_eq!(i.cv.certificates, ["Truckcertifikat B"]);
    assert_eq!(i.cv.languages[0].language, "Dansk", "English names become Danish");
    assert_eq!(i.cv.languages[0].level, Some(LanguageLevel::Native));
    assert_eq!(i.cv.languages[1].level, Some(LanguageLevel::Good), "B2");
    assert_eq!(i.cv.languages[2].language, "Tysk");
    assert_eq!(i.cv.other_experience[0].title, "Kasserer, Ålbæk Idrætsforening");
    assert!(i.report.skills.contains(&"Håndscanner".to_string()));
    assert!(i.report.guesses.iter().any(|g| g.from == "feb. 2019" && g.value == "2019-02"));
    assert!(i.report.mapped.iter().any(|m| m.from == "work[].position" && m.to == "work_experience[].title"));
    assert_eq!(
        dropped(&i.report),
        [
            "basics.image",
            "basics.location.address",
            "basics.location.city",
            "basics.location.countryCode",
            "basics.location.region",
            "basics.profiles[].url",
            "basics.profiles[].username",
            "certificates[].date",
            "certificates[].issuer",
            "education[].score",
            "education[].startDate",
            "interests[].keywords[]",
            "interests[].name",
            "references[].name",
            "references[].reference",
            "skills[].level",
            "volunteer[].startDate",
            "work[].description",
            "work[].url",
        ]
    );
    let image = i.report.dropped.iter().find(|d| d.field == "basics.image").unwrap();
    assert!(image.reason.en.contains("nothing about who you are"), "a photo is dropped for privacy: {:?}", image.reason);
}

#[test]
fn hr_open_danish_cv() {
    let i = imp("mette.hropen.json");
    common(&i, Format::HrOpen);
    assert_eq!(i.cv.work_experience[1].start, "2015-08", "\"august 2015\"");
    assert_eq!(i.cv.certificates, ["Truckcertifikat B"]);
    assert_eq!(i.cv.languages.iter().map(|l| l.language.as_str()).collect::<Vec<_>>(), ["Dansk", "Engelsk", "Tysk"]);
    assert_eq!(i.cv.languages[0].level, Some(LanguageLevel::Native), "\"Native or bilingual\"");
    assert!(i.cv.profile.contains("Jeg søger fast arbejde"), "the objective joins the profile");
    assert_eq!(
        dropped(&i.report),
        [
            "person.birthDate",
            "person.citizenship[]",
            "person.communication.address[].city",
            "person.communication.address[].countryCode",
            "person.communication.address[].line",
            "person.gender",
            "profiles[].certifications[].issuingAuthority.name",
            "profiles[].education[].start",
        ]
    );
}

#[test]
fn europass_danish_cv() {
    let i = imp("mette.europass.xml");
    common(&i, Format::Europass);
    assert_eq!(i.cv.contact.phone, "+45 20 12 34 56");
    assert_eq!(i.cv.work_experience[0].description, "Plukker og pakker ordrer til 40 butikker med håndscanner.\n- Ansvarlig for returvarer og reklamationer", "HTML to lines");
    assert_eq!(i.cv.languages[0].language, "Engelsk");
    assert_eq!(i.cv.languages[0].level, Some(LanguageLevel::Good), "the lowest of B2 and B1");
    assert!(i.cv.profile.starts_with("Stabil og struktureret"));
    let p = "Candidate.CandidateProfile.";
    assert_eq!(
        dropped(&i.report),
        [
            "Candidate.CandidatePerson.BirthDate".to_string(),
            "Candidate.CandidatePerson.Communication.Address.AddressLine".into(),
            "Candidate.CandidatePerson.Communication.Address.CityName".into(),
            "Candidate.CandidatePerson.Communication.Address.CountryCode".into(),
            "Candidate.CandidatePerson.GenderCode".into(),
            "Candidate.CandidatePerson.NationalityCode".into(),
            format!("{p}Certifications.Certification.IssuingAuthortity.Name"),
            format!("{p}EducationHistory.EducationOrganizationAttendance.AttendancePeriod.StartDate.FormattedDateTime"),
            format!("{p}EmploymentHistory.EmployerHistory.OrganizationContact.Communication.Address.CityName"),
            format!("{p}EmploymentHistory.EmployerHistory.OrganizationContact.Communication.Address.CountryCode"),
        ]
    );
    // The same XML inside a Europass PDF.
    let pdf = imp("mette.europass.pdf");
    assert_eq!(pdf.cv, i.cv);
}

#[test]
fn europass_v3_danish_cv() {
    let i = imp("mette.europass-v3.xml");
    common(&i, Format::Europass);
    assert_eq!(i.cv.languages[0].language, "Dansk");
    assert_eq!(i.cv.languages[0].level, Some(LanguageLevel::Native), "a mother tongue is exact, no guess");
    assert_eq!(i.cv.languages[1].level, Some(LanguageLevel::Good));
    let p = "SkillsPassport.LearnerInfo.";
    assert_eq!(
        dropped(&i.report),
        [
            format!("{p}EducationList.Education.Period.From.@month"),
            format!("{p}EducationList.Education.Period.From.@year"),
            format!("{p}Identification.ContactInfo.Address.Contact.AddressLine"),
            format!("{p}Identification.ContactInfo.Address.Contact.Country.Code"),
            format!("{p}Identification.ContactInfo.Address.Contact.Country.Label"),
            format!("{p}Identification.ContactInfo.Address.Contact.Municipality"),
            format!("{p}Identification.ContactInfo.TelephoneList.Telephone.Use.Code"),
            format!("{p}Identification.Demographics.Birthdate.@day"),
            format!("{p}Identification.Demographics.Birthdate.@month"),
            format!("{p}Identification.Demographics.Birthdate.@year"),
            format!("{p}Identification.Demographics.Gender.Code"),
            format!("{p}Skills.Computer.Description"),
            format!("{p}WorkExperienceList.WorkExperience.Employer.ContactInfo.Address.Contact.Municipality"),
        ]
    );
}

#[test]
fn linkedin_zip_and_single_files() {
    let i = imp("mette.linkedin.zip");
    common(&i, Format::Linkedin);
    assert_eq!(i.cv.contact.email, "mette.sorensen@example.dk", "the primary address");
    assert_eq!(i.cv.work_experience[0].description, "Plukker og pakker ordrer til 40 butikker med håndscanner; \"returvarer\" er mit ansvar.");
    assert_eq!(i.cv.work_experience[1].start, "2015-08", "\"Aug 2015\"");
    assert_eq!(i.cv.education[0].end, "2019", "only a year: no month invented");
    assert!(i.report.guesses.iter().any(|g| g.field == "education[0].end" && g.how.en.contains("add the month")));
    assert_eq!(i.cv.courses.len(), 2);
    assert_eq!(i.cv.languages[1].level, Some(LanguageLevel::Good), "Professional working proficiency");
    assert_eq!(i.report.skills, ["Håndscanner", "Truckkørsel", "Lagerstyring"]);
    assert_eq!(
        dropped(&i.report),
        [
            "Certifications.csv[].Authority",
            "Certifications.csv[].License Number",
            "Certifications.csv[].Started On",
            "Courses.csv[].Number",
            "Education.csv[].Start Date",
            "Email Addresses.csv[].Confirmed",
            "Email Addresses.csv[].Updated On",
            "Positions.csv[].Location",
            "Profile.csv[].Address",
            "Profile.csv[].Birth Date",
            "Profile.csv[].Geo Location",
            "Profile.csv[].Industry",
        ]
    );
    // The files one by one: each is recognised by its header; together they make the same CV.
    let names = ["Profile", "Positions", "Education", "Skills", "Languages", "Certifications", "Courses", "Email Addresses", "PhoneNumbers"];
    let files: Vec<Vec<u8>> = names.iter().map(|n| fixture(&format!("linkedin/{n}.csv"))).collect();
    for (n, f) in names.iter().zip(&files) {
        assert_eq!(import::detect(f).unwrap(), Format::Linkedin, "{n}");
        import::import_cv(f, None).unwrap_or_else(|e| panic!("{n}: {e:?}"));
    }
    let refs: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    assert_eq!(import::import_linkedin_csvs(&refs).unwrap().cv, i.cv);
    let positions = import::import_cv(&files[1], None).unwrap();
    assert_eq!(positions.cv.work_experience, i.cv.work_experience);
}

#[test]
fn the_format_comes_from_the_content_and_can_be_forced() {
    assert_eq!(import::detect(&fixture("mette.resume.json")).unwrap(), Format::JsonResume);
    assert_eq!(import::detect(&fixture("mette.hropen.json")).unwrap(), Format::HrOpen);
    assert_eq!(import::detect(&fixture("mette.europass.xml")).unwrap(), Format::Europass);
    assert_eq!(import::detect(&fixture("mette.europass.pdf")).unwrap(), Format::Europass);
    assert_eq!(import::detect(&fixture("mette.linkedin.zip")).unwrap(), Format::Linkedin);
    let good = std::fs::read(format!("{}/../../tests/fixtures/cv-good.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert_eq!(import::detect(&good).unwrap(), Format::Jobspor);
    // A byte-order mark and leading blanks don't matter.
    let mut bom = b"\xEF\xBB\xBF\n  ".to_vec();
    bom.extend(fixture("mette.resume.json"));
    assert_eq!(import::import_cv(&bom, None).unwrap().cv, imp("mette.resume.json").cv);
    // Forcing the wrong format is a clear error, not a silently empty CV.
    let e = import::import_cv(&fixture("mette.resume.json"), Some(Format::Europass)).unwrap_err();
    assert!(e.message.contains("XML"), "{e:?}");
    assert!(import::import_cv_json(&fixture("mette.resume.json"), Some("json-resume")).unwrap().starts_with("{\"cv\":"));
    assert_eq!(import::import_cv_json(b"{}", Some("docx")).unwrap_err().path, "format");
}

#[test]
fn other_files_are_refused_with_what_to_do() {
    let pdf = err(&fixture("hostile/plain.pdf"));
    assert!(pdf.message.contains("PDF") && pdf.message.contains("save your CV as XML"), "{pdf:?}");
    let docx = err(&fixture("hostile/cv.docx"));
    assert!(docx.message.contains("Word") && docx.message_da.contains("Word"), "{docx:?}");
    assert!(err(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old .doc").message.contains("Word"));
    assert!(err(b"Mette S\xC3\xB8rensen\nLagermedarbejder").message.contains("not a CV format"));
    assert!(err(b"<html><body>CV</body></html>").message.contains("not a Europass"));
    assert!(err(b"{\"name\": \"x\"}").message.contains("JSON Resume"));
    assert!(err(b"").message.contains("empty"));
    assert!(err(b"PK\x03\x04 cut off").message.contains("damaged"));
}

#[test]
fn malformed_input_is_refused_without_panic() {
    // Truncated XML.
    let xml = fixture("mette.europass.xml");
    let e = err(&xml[..xml.len() / 2]);
    assert!(e.message.contains("cut off") || e.message.contains("not well-formed"), "{e:?}");
    // Truncated JSON.
    let json = fixture("mette.resume.json");
    assert!(err(&json[..json.len() / 2]).message.contains("not valid JSON"));
    // Wrong types name the field.
    assert_eq!(err(br#"{"basics": {"name": {"first": "Mette"}}}"#).path, "basics.name");
    assert_eq!(err(br#"{"basics": {}, "work": "Lager"}"#).path, "work");
    assert_eq!(err(br#"{"basics": [1, 2]}"#).path, "basics");
    assert_eq!(err(br#"{"person": {}, "profiles": [{"employment": [{"organization": {"name": ["a"]}}]}]}"#).path, "profiles[].employment[].organization.name");
    // Not UTF-8.
    assert!(err(b"{\"basics\": {\"name\": \"M\xF8\"}}").message.contains("UTF-8"));
    // A CSV cut off inside a quote.
    assert!(err(b"Company Name,Title,Description,Location,Started On,Finished On\r\nA,B,\"cut").message.contains("cut off"));
    // Deep nesting.
    let deep = format!("<Candidate>{}{}</Candidate>", "<a>".repeat(200), "</a>".repeat(200));
    assert!(err(deep.as_bytes()).message.contains("nested"));
    let deep_json = format!("{{\"basics\": {}{}}}", "[".repeat(500), "]".repeat(500));
    import::import_cv(deep_json.as_bytes(), None).unwrap_err();
}

#[test]
fn xml_entity_expansion_is_refused() {
    let laughs = br#"<?xml version="1.0"?>
<!DOCTYPE Candidate [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Candidate><CandidatePerson><PersonName><GivenName>&lol3;</GivenName></PersonName></CandidatePerson></Candidate>"#;
    let e = err(laughs);
    assert!(e.message.contains("DTD"), "{e:?}");
    let external = br#"<?xml version="1.0"?><!DOCTYPE Candidate SYSTEM "file:///etc/passwd"><Candidate/>"#;
    assert!(err(external).message.contains("DTD"));
    // An entity used without a definition is refused too; the predefined ones are read.
    assert!(err(b"<Candidate><CandidatePerson><PersonName><GivenName>&lol;</GivenName></PersonName></CandidatePerson></Candidate>").message.contains("entity"));
    let ok = import::import_cv(b"<Candidate><CandidatePerson><PersonName><GivenName>M&amp;S &#248;</GivenName></PersonName></CandidatePerson></Candidate>", None).unwrap();
    assert_eq!(ok.cv.contact.name, "M&S ø");
}

#[test]
fn a_zip_bomb_and_a_huge_file_are_refused() {
    // One entry of 64 MB of zeros in 64 KB: the inflater stops at the bound.
    let e = err(&fixture("hostile/bomb.zip"));
    assert!(e.message.contains("unpacks to more than"), "{e:?}");
    // 10 MB + 1 byte, whatever it is.
    let mut big = b"{\"basics\": {\"summary\": \"".to_vec();
    big.resize(import::MAX_INPUT_BYTES + 1, b'a');
    assert!(err(&big).message.contains("10 MB"));
    // Exactly at the bound is read (and then found not to be JSON, as it is cut off).
    big.truncate(import::MAX_INPUT_BYTES);
    assert!(err(&big).message.contains("JSON"));
}

#[test]
fn json_resume_round_trip_keeps_every_cv_field() {
    // JSON Resume → CV → JSON Resume → CV: the CV is the same.
    let first = imp("mette.resume.json").cv;
    let exported = import::export_json_resume(&first);
    let again = import::import_cv(exported.to_string().as_bytes(), None).unwrap();
    assert_eq!(again.report.format, Format::JsonResume);
    assert_eq!(again.cv, first);
    // The JSON Resume fields the CV has are there under their JSON Resume names.
    assert_eq!(exported["basics"]["name"], "Mette Sørensen");
    assert_eq!(exported["work"][1]["position"], "Kassemedarbejder");
    assert_eq!(exported["work"][1]["startDate"], "2015-08");
    assert_eq!(exported["languages"][0]["fluency"], "Native speaker");
    assert_eq!(exported["certificates"][0]["name"], "Truckcertifikat B");
    // A complete Jobspor CV (every section, visibility flags, terms, wishes) survives CV → JSON
    // Resume → CV unchanged.
    let good = std::fs::read_to_string(format!("{}/../../tests/fixtures/cv-good.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let cv: Cv = cv::parse_cv(&good).unwrap();
    let out = import::export_json_resume_json(&good).unwrap();
    let back = import::import_cv(out.as_bytes(), Some(Format::JsonResume)).unwrap();
    assert_eq!(back.cv, cv);
    assert!(back.report.guesses.iter().all(|g| !g.field.ends_with(".level") || g.field.starts_with("languages")), "exported levels are not guessed again");
}

#[test]
fn guesses_from_free_text() {
    let cases = [
        ("1. marts 2019", "2019-03"),
        ("Mar 2019", "2019-03"),
        ("03/2019", "2019-03"),
        ("1.3.2019", "2019-03"),
        ("december 2020", "2020-12"),
        ("2019-03", "2019-03"),
        ("2019-03-01T00:00:00Z", "2019-03-01"),
        ("nu", ""),
        ("Present", ""),
    ];
    for (raw, want) in cases {
        let cv = format!(r#"{{"basics": {{}}, "work": [{{"position": "Lagermedarbejder", "startDate": "{raw}"}}]}}"#);
        let i = import::import_cv(cv.as_bytes(), None).unwrap();
        assert_eq!(i.cv.work_experience[0].start, want, "{raw}");
    }
    let lang = |f: &str| {
        let cv = format!(r#"{{"basics": {{}}, "languages": [{{"language": "English", "fluency": "{f}"}}]}}"#);
        import::import_cv(cv.as_bytes(), None).unwrap().cv.languages[0].level
    };
    assert_eq!(lang("C1"), Some(LanguageLevel::Fluent));
    assert_eq!(lang("A1"), Some(LanguageLevel::Basic));
    assert_eq!(lang("Full professional proficiency"), Some(LanguageLevel::Fluent));
    assert_eq!(lang("Modersmål"), Some(LanguageLevel::Native));
    assert_eq!(lang("så som så"), None);
    let level = |s: &str| {
        let cv = format!(r#"{{"basics": {{}}, "education": [{{"area": "{s}"}}]}}"#);
        import::import_cv(cv.as_bytes(), None).unwrap().cv.education[0].level
    };
    assert_eq!(level("Cand.merc. i økonomi"), Some(EducationLevel::Master));
    assert_eq!(level("Professionsbachelor i sygepleje"), Some(EducationLevel::Bachelor));
    assert_eq!(level("Datamatiker"), Some(EducationLevel::ShortHigher));
    assert_eq!(level("Ph.d. i biologi"), Some(EducationLevel::Phd));
    assert_eq!(level("Studentereksamen (stx)"), Some(EducationLevel::UpperSecondary));
    assert_eq!(level("Noget helt andet"), None);
}

/// Found by the `cv_import` fuzz target (CI's smoke run, session 4): a date whose 10th byte falls
/// inside a multi-byte letter ("2019-03-0æT…") was sliced at byte 10 and panicked.
#[test]
fn a_date_with_a_letter_across_byte_ten_is_read_without_a_panic() {
    for started in ["2019-03-0æT10", "2019-03-0æ", "2019-0æ-01T00:00", "ååååå-03-01T00"] {
        let csv = format!("Company Name,Title,Description,Location,Started On,Finished On\r\nNordjysk Grossist A/S,Lagermedarbejder,Pluk,Aalborg,{started},\r\n");
        let r = import::import_cv(csv.as_bytes(), None).expect("a LinkedIn Positions CSV");
        assert_eq!(r.cv.work_experience.len(), 1, "{started}");
    }
    // The ISO date with a time of day is still cut to the day.
    let csv = "Company Name,Title,Description,Location,Started On,Finished On\r\nA,Lagermedarbejder,,,2019-03-01T00:00:00Z,\r\n";
    let r = import::import_cv(csv.as_bytes(), None).expect("a LinkedIn Positions CSV");
    assert_eq!(r.cv.work_experience[0].start, "2019-03-01");
}

/// Found by the `cv_import` fuzz target (CI's smoke run, session 5): an education with a level and
/// no name was exported to JSON Resume as `studyType: "gymnasial uddannelse"` alone, and imported
/// back with the level's name as its title – the round trip the fuzz target asserts changed the CV.
#[test]
fn the_session_5_fuzz_input_imports_and_round_trips() {
    let data = include_bytes!("data/cv-import-crash-session5.bin");
    let (_, file) = data.split_first().unwrap();
    if let Ok(imported) = import::import_cv(file, None) {
        let json = serde_json::to_string(&imported.cv).expect("a CV serialises");
        let cv = jobspor_core::cv::parse_cv(&json).expect("an imported CV is valid CV input");
        assert_eq!(cv, imported.cv);
        let resume = import::export_json_resume(&cv).to_string();
        let back = import::import_cv(resume.as_bytes(), Some(import::Format::JsonResume)).expect("the export imports");
        assert_eq!(back.cv, cv, "CV → JSON Resume → CV");
    }
}

/// A JSON Resume education whose study type is only a level's name keeps an empty title; one whose
/// study type is more than that (and no area) keeps it as the title, as before.
#[test]
fn a_study_type_that_only_names_the_level_is_not_a_title() {
    let doc = r#"{"education":[{"studyType":"Gymnasial uddannelse","institution":"EUC Nord"},{"studyType":"Bachelor i datalogi"}]}"#;
    let r = import::import_cv(doc.as_bytes(), Some(import::Format::JsonResume)).expect("JSON Resume");
    assert_eq!(r.cv.education[0].title, "");
    assert_eq!(r.cv.education[0].level, Some(jobspor_core::cv::model::EducationLevel::UpperSecondary));
    assert_eq!(r.cv.education[1].title, "Bachelor i datalogi");
}
