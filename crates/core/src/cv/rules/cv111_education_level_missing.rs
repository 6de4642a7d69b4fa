use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::{filled, quote};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hver uddannelse har et niveau. / That each education has a level.
    ///
    /// ## Hvorfor / Why it matters
    /// Arbejdsgivere søger på uddannelse og niveau (fx "faglært"); uden niveau kan uddannelsen
    /// ikke findes på den måde (seed 002 §3.1). Employers search by education level.
    ///
    /// ## Sådan retter du / How to fix
    /// Vælg uddannelsens niveau. / Choose the education's level.
    pub struct EducationLevelMissing {
        code: "CV111",
        name: "education-level-missing",
        title: ("Uddannelsesniveau mangler", "Education level missing"),
        category: Findability,
        module: Education,
        severity: Warning,
        weight: 2.0,
        jobnet_required: false,
        requires: "CV001",
        source: "seed 002 §3.1",
        quiet: r#"{"education": [{"title": "Social- og sundhedshjælper", "level": "vocational"}]}"#,
        fires: r#"{"education": [{"title": "Social- og sundhedshjælper"}]}"#,
    }
}

impl EducationLevelMissing {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let n = cv.education.len().max(1) as f64;
        for (i, e) in cv.education.iter().enumerate() {
            if filled(&e.title) && e.level.is_none() {
                let t = quote(&e.title);
                hits.push(Hit::new(
                    format!("education[{i}].level"),
                    Text::new(format!("Der står ikke, hvilket niveau \"{t}\" er."), format!("The level of \"{t}\" is missing.")),
                    Text::new(
                        "Vælg niveau, fx grundskole, gymnasial, erhvervsuddannelse eller videregående.",
                        "Choose a level, e.g. primary, upper secondary, vocational or higher.",
                    ),
                ).share(1.0 / n));
            }
        }
    }
}
