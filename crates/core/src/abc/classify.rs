//! The three circles of a row and the class they point to (the table in `docs/abc.md`).

use super::config::AbcConfig;
use super::demand::{normalise, Demand};
use super::model::{AbcRow, Competence, PlanLetter};
use super::result::{AbcClass, CompetenceSource, WishBand};
use crate::cv::model::Cv;
use crate::lexicon::Occupation;
use crate::Text;

/// The wish band: from the stated wish, else from the row's letter.
pub(crate) fn wish_band(row: &AbcRow, c: &AbcConfig) -> (WishBand, bool) {
    match row.wish {
        Some(w) if w >= c.wish_high => (WishBand::High, false),
        Some(w) if w <= c.wish_low => (WishBand::Low, false),
        Some(_) => (WishBand::Medium, false),
        None => (
            match row.plan {
                Some(PlanLetter::A) => WishBand::High,
                Some(PlanLetter::C) => WishBand::Low,
                _ => WishBand::Medium,
            },
            true,
        ),
    }
}

/// Titles longer than this are not looked up in the lexicon: no job title is that long, and a
/// pasted page must not cost the widget a keystroke's worth of time.
const MAX_TITLE_CHARS: usize = 200;

/// The lexicon's occupation for a job title (see [`MAX_TITLE_CHARS`]).
pub(crate) fn lookup_title(text: &str) -> Option<&'static Occupation> {
    if text.chars().nth(MAX_TITLE_CHARS).is_some() {
        return None;
    }
    crate::lexicon::occupation(text)
}

/// The first `max` characters of a text (for the time parser).
pub(crate) fn prefix(text: &str, max: usize) -> &str {
    text.char_indices().nth(max).map_or(text, |(i, _)| &text[..i])
}

/// One CV entry that can show competence, resolved to the lexicon once per check.
pub(crate) struct CvEntry<'a> {
    kind: CompetenceSource,
    text: &'a str,
    norm: String,
    occupation: Option<&'static Occupation>,
    /// For a job wish: `full` with years of experience, `partial` with qualifications.
    level: Option<Competence>,
}

/// The CV's job titles, educations and job wishes.
pub(crate) fn cv_entries(cv: &Cv) -> Vec<CvEntry<'_>> {
    fn entry(kind: CompetenceSource, text: &str, level: Option<Competence>) -> CvEntry<'_> {
        CvEntry { kind, text, norm: normalise(text), occupation: lookup_title(text), level }
    }
    let mut out = Vec::new();
    for w in cv.work_experience.iter().filter(|w| crate::text::filled(&w.title)) {
        out.push(entry(CompetenceSource::CvWorkExperience, &w.title, Some(Competence::Full)));
    }
    for e in cv.education.iter().filter(|e| e.completed != Some(false) && crate::text::filled(&e.title)) {
        out.push(entry(CompetenceSource::CvEducation, &e.title, Some(Competence::Full)));
    }
    for j in cv.job_wishes.iter().filter(|j| crate::text::filled(&j.occupation)) {
        let level = if j.experience_years.is_some_and(|y| y > 0.0) {
            Some(Competence::Full)
        } else if j.qualifications.iter().any(|q| crate::text::filled(q)) {
            Some(Competence::Partial)
        } else {
            None
        };
        out.push(entry(CompetenceSource::CvJobWish, &j.occupation, level));
    }
    out
}

/// The row's competence: as given; `trainable` for an education row; else judged from the CV
/// (the same occupation in work experience or education is `full`, a job wish with years
/// `full` and with qualifications `partial`, the same occupational area `partial`); else unknown.
pub(crate) fn competence(
    row: &AbcRow,
    title: Option<&'static Occupation>,
    cv: &[CvEntry],
) -> (Competence, CompetenceSource, Option<String>) {
    match row.competence {
        Some(c) if c != Competence::Unknown => return (c, CompetenceSource::Given, None),
        _ if row.education => return (Competence::Trainable, CompetenceSource::EducationRow, None),
        _ => {}
    }
    let norm = normalise(&row.occupation);
    let same = |e: &CvEntry| (!norm.is_empty() && e.norm == norm) || (title.is_some() && e.occupation.map(|o| o.title) == title.map(|t| t.title));
    if let Some(e) = cv.iter().find(|e| e.level.is_some() && same(e)) {
        return (e.level.unwrap_or(Competence::Unknown), e.kind, Some(crate::text::quote(e.text)));
    }
    let area = title.map(|t| t.area);
    let same_area = |e: &CvEntry| e.kind != CompetenceSource::CvJobWish && area.is_some() && e.occupation.map(|o| o.area) == area;
    if let Some(e) = cv.iter().find(|e| same_area(e)) {
        return (Competence::Partial, CompetenceSource::CvSameArea, Some(crate::text::quote(e.text)));
    }
    (Competence::Unknown, CompetenceSource::Unknown, None)
}

/// What the classification needs to know about a row.
pub(crate) struct Circles<'a> {
    pub occupation: &'a str,
    pub region: Option<&'a str>,
    pub wish: Option<u8>,
    pub band: WishBand,
    pub competence: Competence,
    pub demand: Demand,
    /// `poor`, or unknown while demand data is required.
    pub no_demand: bool,
}

/// The class the circles point to, and why (the table in `docs/abc.md`), following seed 004's
/// definitions (marselisborg-langtidsledighed-guide.txt l. 2597–2604, 2835–2842):
///
/// 1. demand `poor` → unrealistic – in seed 004 "urealistisk" means the labour market does not
///    ask for it ("både A-, B- og C-job kræver, at arbejdsmarkedet efterspørger det");
/// 2. competence `none` → unrealistic (no competences and no upskilling);
/// 3. demand unknown while `require_demand_data` (default) → not judged: the demand circle is
///    missing, and the host must supply demand data;
/// 4. the wish band's letter (high A, medium B, low C) when the demand reaches its `min_demand`
///    (default A `some`, B and C `good`; unknown demand counts only when the host turned
///    `require_demand_data` off);
/// 5. else the demand decides, never the wish: for a high or medium wish the first letter whose
///    `min_demand` the demand reaches (by default: `some` demand – the seed's A, "i nogen
///    udstrækning efterspørger" – makes a medium wish an A); a low wish stays the necessary job
///    (C), with a note that a C normally has more demand. No hint suggests changing the wish.
pub(crate) fn classify(x: &Circles, c: &AbcConfig) -> (AbcClass, Text) {
    let q = crate::text::quote(x.occupation);
    let (occ, occ_en) = if q.is_empty() { ("jobbet".into(), "the job".into()) } else { (format!("»{q}«"), format!("\"{q}\"")) };
    let (in_da, in_en) = match x.region {
        Some(r) => (format!(" i {}", crate::text::quote(r)), format!(" in {}", crate::text::quote(r))),
        None => (String::new(), String::new()),
    };
    if x.demand == Demand::Poor {
        return (
            AbcClass::Unrealistic,
            Text::new(
                format!("Efterspørgslen efter {occ}{in_da} er lav (mindre gode jobmuligheder): arbejdsmarkedet efterspørger ikke jobbet nu, så det er ikke en realistisk vej som A, B eller C."),
                format!("Demand for {occ_en}{in_en} is low (few job opportunities): the labour market is not asking for the job now, so it is not a realistic way as A, B or C."),
            ),
        );
    }
    if x.competence == Competence::None {
        return (
            AbcClass::Unrealistic,
            Text::new(
                format!("Kompetencerne til {occ} mangler, og der er ikke planlagt opkvalificering: det er ikke en realistisk vej som A, B eller C."),
                format!("The competences for {occ_en} are missing and no upskilling is planned: it is not a realistic way as A, B or C."),
            ),
        );
    }
    if x.no_demand {
        return (
            AbcClass::NotJudged,
            Text::new(
                format!("Ikke vurderet – efterspørgslen efter {occ}{in_da} er ukendt. A, B og C kræver alle, at arbejdsmarkedet efterspørger jobbet; værten skal levere efterspørgselsdata (fx Arbejdsmarkedsbalancen) for regionen og stillingen."),
                format!("Not judged – demand for {occ_en}{in_en} is unknown. A, B and C all need the labour market to ask for the job; the host must supply demand data (e.g. Arbejdsmarkedsbalancen) for the region and the occupation."),
            ),
        );
    }
    let banded = x.band.letter();
    let wish = match x.wish {
        Some(w) => Text::new(format!("Ønsket er {w}/10"), format!("The wish is {w}/10")),
        None => Text::new(
            format!("Der er ikke angivet et ønske (vurderet som {})", banded.as_str()),
            format!("No wish is stated (taken as {})", banded.as_str()),
        ),
    };
    let comp = x.competence.label();
    let reaches = |l: PlanLetter| x.demand == Demand::Unknown || x.demand.at_least(c.min_demand.get(l));
    // The demand decides when it does not reach the wish's letter: A takes the least demand
    // ("i nogen udstrækning"), C is the necessary job for a low wish.
    let (target, by_demand) = if reaches(banded) {
        (banded, false)
    } else {
        // A low wish stays the necessary job (C) – the seed's C is not the dream; the reason says
        // its demand is below what a C normally has.
        let order: &[PlanLetter] = if x.band == WishBand::Low { &[] } else { &[PlanLetter::A, PlanLetter::B, PlanLetter::C] };
        (order.iter().copied().find(|l| reaches(*l)).unwrap_or(banded), true)
    };
    let demand = if x.demand == Demand::Unknown {
        Text::new("efterspørgslen er ikke kendt (ikke vurderet)", "demand is not known (not judged)")
    } else {
        x.demand.there_is(&in_da, &in_en)
    };
    let t = target.label();
    let step = if target == PlanLetter::C {
        Text::new(" – et skridt på vejen", " – a step on the way")
    } else {
        Text::new("", "")
    };
    let why = if by_demand && target == banded {
        let need = c.min_demand.get(banded).label();
        Text::new(
            format!(" (et {} har normalt mindst {})", banded.as_str(), need.da),
            format!(" (a {} normally has at least {})", banded.as_str(), need.en),
        )
    } else if by_demand {
        let need = c.min_demand.get(banded).label();
        Text::new(
            format!(" ({} kræver mindst {}, så efterspørgslen afgør bogstavet)", banded.as_str(), need.da),
            format!(" ({} needs at least {}, so demand decides the letter)", banded.as_str(), need.en),
        )
    } else {
        Text::new("", "")
    };
    (
        target.into(),
        Text::new(
            format!("{}, {}, og {}: det peger på {}{}{}.", wish.da, comp.da, demand.da, t.da, step.da, why.da),
            format!("{}, {}, and {}: it points to {}{}{}.", wish.en, comp.en, demand.en, t.en, step.en, why.en),
        ),
    )
}
