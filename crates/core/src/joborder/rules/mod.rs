//! The job-order rules: one rule per file, one registry ([`RULES`], [`metas`]).
//!
//! Each rule is declared with [`declare!`](crate::rules::declare): its doc comment is its
//! documentation, its two examples are JSON merge patches over
//! `tests/fixtures/joborder/job-order.json`, and `tests.rs` runs them. Codes are stable: never
//! reused or renumbered.
//!
//! Codes: `JO0xx` the minimum for a search (a finding of severity *error* makes the order
//! unsearchable), `JO1xx` what the selection from the gross list needs, `JO2xx` the facts,
//! `JO3xx` the contact person and contact form, `JO4xx` advice on the ad text (info).

use super::model::{JobOrder, Requirement, RequirementKind};
use crate::lexicon::Occupation;
use crate::rules::Finding;

/// What a rule sees.
pub(crate) struct Ctx<'a> {
    pub order: &'a JobOrder,
    /// The occupation the lexicon recognises in the title (or, failing that, an alternative title).
    pub occupation: Option<&'static Occupation>,
}

impl<'a> Ctx<'a> {
    pub fn new(order: &'a JobOrder) -> Self {
        let occupation = std::iter::once(&order.title).chain(&order.alternative_titles).find_map(|t| crate::lexicon::resolve_title(t));
        Ctx { order, occupation }
    }

    /// The requirements of one kind, with their indices.
    pub fn of_kind(&self, kind: RequirementKind) -> impl Iterator<Item = (usize, &'a Requirement)> {
        self.order.requirements.iter().enumerate().filter(move |(_, r)| r.kind == kind)
    }
}

crate::rules::registry! {
    findings Ctx;
    jo001_title_missing::TitleMissing,
    jo002_title_not_recognised::TitleNotRecognised,
    jo003_no_qualification::NoQualification,
    jo004_requirement_value_missing::RequirementValueMissing,
    jo005_mandatory_not_decided::MandatoryNotDecided,
    jo006_nothing_mandatory::NothingMandatory,
    jo007_experience_years_implausible::ExperienceYearsImplausible,
    jo008_licence_category_unknown::LicenceCategoryUnknown,
    jo009_trait_as_qualification::TraitAsQualification,
    jo010_duplicate_requirement::DuplicateRequirement,
    jo011_requirement_kinds_not_discussed::RequirementKindsNotDiscussed,
    jo012_search_municipality_invalid::SearchMunicipalityInvalid,
    jo013_criminal_record_not_searchable::CriminalRecordNotSearchable,
    jo101_tasks_missing::TasksMissing,
    jo102_personal_competences_missing::PersonalCompetencesMissing,
    jo103_physical_demands_missing::PhysicalDemandsMissing,
    jo104_culture_missing::CultureMissing,
    jo105_headline_missing::HeadlineMissing,
    jo201_start_date_missing::StartDateMissing,
    jo202_date_invalid::DateInvalid,
    jo203_hours_missing::HoursMissing,
    jo204_working_times_missing::WorkingTimesMissing,
    jo205_employment_form_missing::EmploymentFormMissing,
    jo206_end_date_missing::EndDateMissing,
    jo207_positions_missing::PositionsMissing,
    jo208_location_missing::LocationMissing,
    jo209_offer_missing::OfferMissing,
    jo210_application_form_missing::ApplicationFormMissing,
    jo211_company_missing::CompanyMissing,
    jo212_cvr_invalid::CvrInvalid,
    jo301_contact_person_missing::ContactPersonMissing,
    jo302_contact_unreachable::ContactUnreachable,
    jo303_contact_title_missing::ContactTitleMissing,
    jo304_email_invalid::EmailInvalid,
    jo305_contact_form_missing::ContactFormMissing,
    jo401_third_person::ThirdPerson,
    jo402_not_speaking_to_candidate::NotSpeakingToCandidate,
    jo403_cliche::Cliche,
    jo404_tasks_vague::TasksVague,
}

/// Runs every rule: findings errors first, then in code order.
pub(crate) fn run_all(order: &JobOrder) -> Vec<Finding> {
    let ctx = Ctx::new(order);
    let mut out = Vec::new();
    for rule in RULES {
        (rule.run)(&ctx, &mut out);
    }
    crate::rules::cap_repeated(&mut out);
    out.sort_by_key(|f| f.severity); // stable: code order within a severity
    out
}

/// Pushes a finding of `meta` at `path` when `fires`: (Danish, English) message and fix.
pub(crate) fn flag(out: &mut Vec<Finding>, meta: &crate::rules::RuleMeta, fires: bool, path: &str, message: (&str, &str), fix: (&str, &str)) {
    if fires {
        out.push(meta.finding(path, crate::Text::new(message.0, message.1), crate::Text::new(fix.0, fix.1)));
    }
}

/// The patterns (`crate::text::Words` syntax) that occur in `text`. A substring test on the lower-cased
/// text first skips the patterns whose first word can't occur, so a long text costs little.
pub(crate) fn phrases_in<'p>(text: &str, patterns: &'p [&'p str]) -> Vec<&'p str> {
    let lower = text.to_lowercase();
    let mut words = None;
    patterns
        .iter()
        .copied()
        .filter(|p| lower.contains(p.split(' ').next().unwrap_or("").trim_matches('*')))
        .filter(|p| words.get_or_insert_with(|| crate::text::Words::new(text)).matches(p))
        .collect()
}

/// The ad-text fields a reader sees, with their paths.
pub(crate) fn ad_texts(o: &JobOrder) -> Vec<(String, &str)> {
    let mut v = vec![("tasks".to_string(), o.tasks.as_str())];
    v.extend(o.personal_competences.iter().enumerate().map(|(i, p)| (format!("personal_competences[{i}]"), p.as_str())));
    v.push(("physical_demands".into(), o.physical_demands.as_str()));
    v.push(("culture".into(), o.culture.as_str()));
    v.push(("working_times".into(), o.working_times.as_str()));
    v
}

#[cfg(test)]
pub(crate) mod tests;
