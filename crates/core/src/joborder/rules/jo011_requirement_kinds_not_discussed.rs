use super::Ctx;
use crate::joborder::model::RequirementKind;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// Hvilke af minimumslistens kravtyper jobordren ikke nævner: uddannelse, års erfaring,
    /// certifikater, kørekort og straffeattest – hverken som krav eller som afklaret uden krav
    /// (`no_requirements_of_kind`). Indtil det er afgjort, er det en advarsel. / Which of the
    /// minimum's requirement kinds the order neither requires nor records as "none"; a warning
    /// until decided.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 §4.1: jobordren skal som minimum indeholde "Krav til uddannelse, antal års erfaring
    /// fra branchen, certifikater, kørekort og straffeattest". Ingen krav kan være svaret – men så
    /// skal spørgsmålet være stillet, og svaret noteret: hvilke kravtyper der gælder, er en del af
    /// minimum. / The minimum lists these kinds; "none" can be the answer, recorded in
    /// `no_requirements_of_kind`.
    ///
    /// ## Sådan retter du / How to fix it
    /// Spørg virksomheden om hver af de nævnte typer, og tilføj dem, der er krav (ufravigelige
    /// eller knap så vigtige); notér dem, der ikke er krav til, i `no_requirements_of_kind`. / Ask
    /// the company about each; add what it requires and record the kinds it has none of.
    pub struct RequirementKindsNotDiscussed {
        code: "JO011",
        name: "requirement-kinds-not-discussed",
        title: ("Kravtyper er ikke afklaret", "Requirement kinds not discussed"),
        severity: Warning,
        source: "seed 002 §4.1 (Krav til uddannelse, … straffeattest)",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}], "no_requirements_of_kind": ["education_level", "experience_years", "certificate", "driving_licence", "criminal_record"]}"#,
    }
}

impl RequirementKindsNotDiscussed {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        use RequirementKind as K;
        let missing: Vec<K> = [K::EducationLevel, K::ExperienceYears, K::Certificate, K::DrivingLicence, K::CriminalRecord]
            .into_iter()
            .filter(|k| ctx.of_kind(*k).next().is_none() && !ctx.order.no_requirements_of_kind.contains(k))
            .collect();
        if missing.is_empty() {
            return;
        }
        let list = |en: bool| missing.iter().map(|k| if en { k.label().1 } else { k.label().0 }).collect::<Vec<_>>().join(", ");
        out.push(Self::META.finding(
            "requirements",
            Text::new(format!("Jobordren siger intet om krav til {}.", list(false)), format!("The job order says nothing about {}.", list(true))),
            Text::new(
                "Spørg virksomheden, om der er krav her – og om de er ufravigelige eller knap så vigtige. Ingen krav er også et svar: notér det.",
                "Ask the company whether it has requirements here – mandatory or nice to have. None is also an answer: record it.",
            ),
        ));
    }
}
