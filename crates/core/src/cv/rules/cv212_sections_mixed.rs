use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{quote, Words};
use crate::Text;

const COURSE: &[&str] = &["kursus", "kurset", "kurser", "course", "amu"];
const CERTIFICATE: &[&str] = &["*certifikat*", "*bevis", "*beviset", "kørekort*", "*certificate*", "licence", "license"];
const EDUCATION: &[&str] = &["uddannelse*", "uddannet", "eksamen", "degree"];

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At uddannelser, kurser og certifikater står hver for sig: et kursus eller et certifikat under
    /// uddannelse, et certifikat under kurser, eller en uddannelse under certifikater. / That
    /// educations, courses and certificates are kept apart.
    ///
    /// ## Hvorfor / Why it matters
    /// "Husk at skabe overblik ved at adskille uddannelser, kurser og certifikater fra hinanden"
    /// (seed 003 §4.1). Et certifikat under kurser kan desuden ikke findes i en søgning på
    /// certifikater (seed 002 §3.1). A certificate filed as a course can't be found by a certificate search.
    ///
    /// ## Sådan retter du / How to fix
    /// Flyt posten til det rigtige modul. / Move the entry to the right module.
    pub struct SectionsMixed {
        code: "CV212",
        name: "sections-mixed",
        title: ("Uddannelse, kurser og certifikater blandet", "Education, courses and certificates mixed"),
        category: Selection,
        module: Education,
        severity: Warning,
        weight: 1.0,
        jobnet_required: false,
        requires: "",
        source: "seed 003 §4.1 Uddannelser, kurser og certifikater; seed 002 §3.1",
        quiet: r#"{"courses": [{"title": "Førstehjælp", "end": "2022-01"}], "certificates": ["Truckcertifikat B"]}"#,
        fires: r#"{"courses": [{"title": "Truckcertifikat B", "end": "2022-01"}]}"#,
    }
}

impl SectionsMixed {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let mut push = |path: String, title: &str, to_da: &str, to_en: &str| {
            let t = quote(title);
            hits.push(Hit::new(
                path,
                Text::new(format!("\"{t}\" ser ud til at høre til under {to_da}."), format!("\"{t}\" seems to belong under {to_en}.")),
                Text::new(
                    format!("Flyt \"{t}\" til {to_da}, så uddannelser, kurser og certifikater står hver for sig."),
                    format!("Move \"{t}\" to {to_en}, so educations, courses and certificates are kept apart."),
                ),
            ));
        };
        for (i, e) in cv.education.iter().enumerate() {
            let w = Words::new(&e.title);
            if w.matches_any(CERTIFICATE) {
                push(format!("education[{i}].title"), &e.title, "certifikater", "certificates");
            } else if w.matches_any(COURSE) {
                push(format!("education[{i}].title"), &e.title, "kurser", "courses");
            }
        }
        for (i, c) in cv.courses.iter().enumerate() {
            if Words::new(&c.title).matches_any(CERTIFICATE) {
                push(format!("courses[{i}].title"), &c.title, "certifikater", "certificates");
            }
        }
        for (i, c) in cv.certificates.iter().enumerate() {
            let w = Words::new(c);
            if w.matches_any(EDUCATION) && !w.matches_any(CERTIFICATE) {
                push(format!("certificates[{i}]"), c, "uddannelse", "education");
            }
        }
    }
}
