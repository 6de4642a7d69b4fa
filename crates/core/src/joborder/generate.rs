//! Deterministic, varied test CVs for the ranking benchmark (`jobspor bench match`, and the wasm
//! benchmark through the same function, so native and wasm rank the same CVs).
//!
//! The generator is SplitMix64 seeded with `seed`; CV `i` depends only on the draws before it,
//! so `generate_cvs(n, s)` is a prefix of `generate_cvs(n + 1, s)`. Per CV:
//!
//! - 1–3 "jeg søger job som": 40 % an occupation of the `lager` area, otherwise any occupation of
//!   the lexicon; written as its title or (half the time, when it has one) one of its synonyms,
//!   lower-case a quarter of the time; 0–5 qualifications from the area's pool (or a general
//!   pool); experience years 0–20, missing 15 % of the time;
//! - 0–3 certificates, a licence set (none, B, B+C, B+CE, C1, D, "C+E", AM), languages (Dansk
//!   85 % – sometimes spelt "dansk" or "Danish" –, Engelsk 60 %, Tysk, Polsk, Arabisk), one
//!   education with a level (sometimes missing, sometimes unfinished), a municipality from ten
//!   Danish codes;
//! - about 8 % are not searchable by Jobnet's rule (no education, no work experience, hidden
//!   contact details or no employment terms, 2 % each);
//! - a profile text that sometimes names a certificate (not searchable: it must never count).

use crate::cv::model::*;

struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0 ≤ x < n.
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 33) % n.max(1) as u64) as usize
    }
    /// True with probability `percent` %.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const LAGER_QUALIFICATIONS: &[&str] = &[
    "Truckkørsel", "Plukning og pakning af varer", "Varemodtagelse", "Lagerstyring i WMS", "Håndscanner", "Ordreplukning",
    "Truckkørsel (gaffeltruck)", "Pakning", "Optælling af lager",
];
const OTHER_QUALIFICATIONS: &[&str] = &[
    "Kundeservice", "Rengøring", "Kasseekspedition", "Madlavning", "Bogføring og kontering", "Personlig pleje", "Kørsel med lastbil",
    "Svejsning", "Maling", "IT-support", "Varemodtagelse", "Truckkørsel",
];
const CERTIFICATES: &[&str] = &[
    "Truckcertifikat B", "Truckcertifikat A", "Hygiejnebevis", "Kranbevis", "ADR-bevis", "Chaufføruddannelsesbevis",
    "Førstehjælpsbevis", "Liftcertifikat", "truckcertifikat b",
];
const LICENCES: &[&[&str]] = &[&[], &["B"], &["B"], &["B", "C"], &["B", "CE"], &["C1"], &["B", "D"], &["C+E"], &["AM"], &["B", "BE"]];
const MUNICIPALITIES: &[&str] = &["813", "851", "860", "849", "101", "751", "461", "787", "810", "820"];
const LEVELS: &[EducationLevel] = &[
    EducationLevel::Primary,
    EducationLevel::UpperSecondary,
    EducationLevel::Vocational,
    EducationLevel::Vocational,
    EducationLevel::ShortHigher,
    EducationLevel::Bachelor,
    EducationLevel::Master,
];

/// `n` varied CVs, the same for the same `seed` (see the module docs).
pub fn generate_cvs(n: usize, seed: u64) -> Vec<Cv> {
    // titles only, not the compound heads of the taxonomy ("Medarbejder")
    let occupations: Vec<&crate::lexicon::Occupation> =
        crate::lexicon::occupations().iter().filter(|o| o.kind == crate::lexicon::HeadKind::Title).collect();
    let lager: Vec<usize> = (0..occupations.len()).filter(|&i| occupations[i].area == "lager").collect();
    let mut r = SplitMix(seed);
    (0..n)
        .map(|i| {
            let mut cv = Cv::default();
            for _ in 0..1 + r.below(3) {
                let o = &occupations[if r.chance(40) && !lager.is_empty() { *r.pick(&lager) } else { r.below(occupations.len()) }];
                let mut name = if !o.synonyms.is_empty() && r.chance(50) { r.pick(&o.synonyms).to_string() } else { o.title.to_string() };
                if !r.chance(25) {
                    name = capitalise(&name);
                } else {
                    name = name.to_lowercase();
                }
                let pool = if o.area == "lager" { LAGER_QUALIFICATIONS } else { OTHER_QUALIFICATIONS };
                let qualifications = (0..r.below(6)).map(|_| r.pick(pool).to_string()).collect();
                let experience_years = (!r.chance(15)).then(|| r.below(21) as f64);
                cv.job_wishes.push(JobWish { occupation: name, qualifications, experience_years });
            }
            cv.certificates = (0..r.below(4)).map(|_| r.pick(CERTIFICATES).to_string()).collect();
            cv.driving_licences = r.pick(LICENCES).iter().map(|l| l.to_string()).collect();
            if r.chance(85) {
                let da = *r.pick(&["Dansk", "Dansk", "Dansk", "dansk", "Danish"]);
                cv.languages.push(Language { language: da.into(), level: Some(LanguageLevel::Native) });
            }
            for (lang, p) in [("Engelsk", 60), ("Tysk", 15), ("Polsk", 8), ("Arabisk", 5)] {
                if r.chance(p) {
                    cv.languages.push(Language { language: lang.into(), level: Some(LanguageLevel::Good) });
                }
            }
            let unsearchable = r.below(50); // 0..=3: one of Jobnet's rules fails
            if unsearchable != 0 {
                cv.education.push(Education {
                    title: "Uddannelse".into(),
                    level: (!r.chance(10)).then(|| *r.pick(LEVELS)),
                    completed: Some(!r.chance(8)),
                    ..Education::default()
                });
            }
            if unsearchable != 1 {
                cv.work_experience.push(WorkExperience { employer: "Firma ApS".into(), title: cv.job_wishes[0].occupation.clone(), ..WorkExperience::default() });
            }
            cv.contact = Contact {
                name: format!("Person {i}"),
                email: format!("person{i}@example.dk"),
                phone: "12345678".into(),
                email_visible: Some(unsearchable != 2),
                phone_visible: Some(unsearchable != 2),
                municipality_code: r.pick(MUNICIPALITIES).to_string(),
                ..Contact::default()
            };
            if unsearchable != 3 {
                cv.employment_terms.hours.push(if r.chance(80) { Hours::FullTime } else { Hours::PartTime });
            }
            if r.chance(20) {
                cv.profile = "Jeg har truckcertifikat B og erfaring med lagerarbejde.".into();
            }
            cv
        })
        .collect()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_varied_and_some_unsearchable() {
        let a = generate_cvs(2000, 7);
        assert_eq!(a, generate_cvs(2000, 7));
        assert_eq!(&a[..10], &generate_cvs(10, 7)[..]);
        assert_ne!(a, generate_cvs(2000, 8));
        let unsearchable = a.iter().filter(|cv| !crate::cv::jobnet_blockers(cv).is_empty()).count();
        assert!((80..=250).contains(&unsearchable), "{unsearchable}");
        let lager = a.iter().filter(|cv| cv.job_wishes.iter().any(|w| crate::lexicon::resolve_title(&w.occupation).is_some_and(|o| o.area == "lager"))).count();
        assert!(lager > 600, "{lager}");
    }
}
