use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote, visible_len};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver uddannelse og hvert kursus har en beskrivelse (`description`) af, hvad borgeren
    /// arbejdede med og lærte (mindst halvdelen af `min_description_chars`). / That each education
    /// and course says what the person worked with and learned.
    ///
    /// ## Hvorfor / Why it matters
    /// "Uddannelser og kurser kan være brede; husk derfor at beskrive hvad borger har beskæftiget
    /// sig med og lært på de enkelte forløb" (seed 003 §4.1, frederikshavn-metodehaandbog.txt
    /// l. 820–821). A title alone doesn't tell an employer what you can do. Vægt 2 (Jobspors
    /// standard, ikke seedets). / Weight 2, Jobspor's default.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv en sætning om, hvad du arbejdede med og lærte. / Add a sentence on what you worked
    /// with and learned.
    pub struct EducationUndescribed {
        code: "CV216",
        name: "education-undescribed",
        title: ("Uddannelse eller kursus uden beskrivelse", "Education or course without description"),
        category: Selection,
        module: Education,
        severity: Info,
        weight: 2.0,
        jobnet_required: false,
        requires: "",
        source: "seed 003 §4.1 Uddannelser, kurser og certifikater",
        quiet: r#"{"courses": [{"title": "Førstehjælp", "description": "Hjertelungeredning og førstehjælp ved ulykker."}]}"#,
        fires: r#"{"courses": [{"title": "Førstehjælp", "description": ""}]}"#,
    }
}

impl EducationUndescribed {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let n = (cv.education.len() + cv.courses.len()).max(1) as f64;
        let mut check = |path: String, title: &str, description: &str| {
            if filled(title) && visible_len(description) < o.min_description_chars / 2 {
                let t = quote(title);
                hits.push(Hit::new(
                    path,
                    Text::new(format!("\"{t}\" siger ikke, hvad du arbejdede med og lærte."), format!("\"{t}\" doesn't say what you worked with and learned.")),
                    Text::new("Skriv en sætning om det.", "Add a sentence on it."),
                ).share(1.0 / n));
            }
        };
        for (i, e) in cv.education.iter().enumerate() {
            check(format!("education[{i}].description"), &e.title, &e.description);
        }
        for (i, c) in cv.courses.iter().enumerate() {
            check(format!("courses[{i}].description"), &c.title, &c.description);
        }
    }
}
