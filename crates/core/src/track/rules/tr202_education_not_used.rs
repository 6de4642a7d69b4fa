use super::Ctx;
use crate::track::indicators::{fmt_da, fmt_num};
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren ikke har brugt sin uddannelse i mindst `education_unused_years` år (standard
    /// 5): `education_last_used_years_ago`. / That the person has not used their education for at
    /// least 5 years (configurable).
    ///
    /// ## Hvorfor / Why it matters
    /// Startfasen skal afklare, "om den ledige er i målgruppen for et uddannelsesløft (EUV)"
    /// (seed 001). EUV's målgruppe er voksne, der er ufaglærte eller har en uddannelse, de ikke
    /// har brugt i fem år (DOMAIN.md §4): en forældet uddannelse stiller borgeren som ufaglært. /
    /// An education unused for five years counts like none for EUV.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Spørg, hvornår borgeren sidst arbejdede inden for sin uddannelse. Reglen gør borgeren til
    /// målgruppe for uddannelsesløftet. / Ask when the person last worked in their field.
    pub struct EducationNotUsed {
        code: "TR202",
        name: "education-not-used",
        title: ("Uddannelsen er ikke brugt i mange år", "Education not used for years"),
        kind: Supports,
        track: Some(Track::EducationBoost),
        source: "seed 001, Tidlig intensiv start (EUV); DOMAIN.md §4",
        fires: r#"{"profile": {"education_level": "vocational", "education_last_used_years_ago": 5}}"#,
        quiet: r#"{"profile": {"education_level": "vocational", "education_last_used_years_ago": 4.9}}"#,
    }
}

impl EducationNotUsed {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        if !ctx.facts.education_not_used {
            return None;
        }
        let y = ctx.profile.education_last_used_years_ago?;
        let min = ctx.config.education_unused_years;
        let (y_da, min_da, y, min) = (fmt_da(y), fmt_da(min), fmt_num(y), fmt_num(min));
        Some(Text::new(
            format!("Uddannelsen er ikke brugt i {y_da} år (grænse {min_da} år): målgruppe for uddannelsesløft som en ufaglært."),
            format!("The education has not been used for {y} years (limit {min}): target group for the education boost like an unskilled person."),
        ))
    }
}
