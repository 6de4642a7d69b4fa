use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

/// Parses "YYYY-MM" or "YYYY-MM-DD" into (year, month).
pub(crate) fn year_month(s: &str) -> Option<(u32, u32)> {
    let s = s.trim();
    let b = s.as_bytes();
    if !(b.len() == 7 || b.len() == 10) || !b.iter().all(|c| c.is_ascii_digit() || *c == b'-') {
        return None;
    }
    let y: u32 = s.get(0..4)?.parse().ok()?;
    if b[4] != b'-' {
        return None;
    }
    let m: u32 = s.get(5..7)?.parse().ok()?;
    if b.len() == 10 {
        let d: u32 = s.get(8..10).filter(|_| b[7] == b'-')?.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
    }
    ((1900..=2100).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At datoer for job, uddannelser og kurser står som ÅÅÅÅ-MM, og at et job ikke slutter, før det
    /// begynder. / That dates are YYYY-MM and no job ends before it starts.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet regner års erfaring og rækkefølge ud fra datoerne; forkerte datoer giver et forkert
    /// billede af erfaringen (seed 002 §3.1: erhvervserfaring i antal år). Wrong dates give a wrong
    /// picture of the experience.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv datoen som år og måned, fx 2021-03. / Write the date as year and month, e.g. 2021-03.
    pub struct DateFormat {
        code: "CV213",
        name: "date-format",
        title: ("Dato kan ikke læses", "Date can't be read"),
        category: Selection,
        module: WorkExperience,
        severity: Warning,
        weight: 1.0,
        jobnet_required: false,
        requires: "",
        source: "seed 002 §3.1",
        quiet: r#"{"courses": [{"title": "Førstehjælp", "end": "2022-01"}]}"#,
        fires: r#"{"courses": [{"title": "Førstehjælp", "end": "januar 22"}]}"#,
    }
}

impl DateFormat {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let mut bad = |path: String, value: &str| {
            if filled(value) && year_month(value).is_none() {
                hits.push(Hit::new(
                    path,
                    Text::new(format!("Datoen \"{}\" kan ikke læses.", crate::text::quote(value)), format!("The date \"{}\" can't be read.", crate::text::quote(value))),
                    Text::new("Skriv datoen som år og måned, fx 2021-03.", "Write the date as year and month, e.g. 2021-03."),
                ).share(0.5));
            }
        };
        for (i, w) in cv.work_experience.iter().enumerate() {
            bad(format!("work_experience[{i}].start"), &w.start);
            bad(format!("work_experience[{i}].end"), &w.end);
        }
        for (i, e) in cv.education.iter().enumerate() {
            bad(format!("education[{i}].end"), &e.end);
        }
        for (i, c) in cv.courses.iter().enumerate() {
            bad(format!("courses[{i}].end"), &c.end);
        }
        for (i, w) in cv.work_experience.iter().enumerate() {
            if let (Some(s), Some(e)) = (year_month(&w.start), year_month(&w.end)) {
                if e < s {
                    hits.push(Hit::new(
                        format!("work_experience[{i}].end"),
                        Text::new("Jobbet slutter, før det begynder.", "The job ends before it starts."),
                        Text::new("Ret start- eller slutdatoen.", "Correct the start or end date."),
                    ).share(0.5));
                }
            }
        }
    }
}
