use super::Ctx;
use crate::joborder::model::RequirementKind;
use crate::rules::Finding;
use crate::Text;

/// Years of experience a requirement may ask for.
pub(crate) const MAX_YEARS: f64 = 50.0;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et krav om års erfaring er mellem 0 og 50 år. / That required years of experience are
    /// between 0 and 50.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet søger på "Erhvervserfaring (antal år)" (seed 002 §2.1); et negativt tal eller 80 år er
    /// en tastefejl, der enten intet betyder eller skjuler alle. / A negative number or 80 years is
    /// a typo that means nothing or hides everyone.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv det mindste antal år i faget, virksomheden kræver, fx 2. / Write the minimum years in
    /// the trade, e.g. 2.
    pub struct ExperienceYearsImplausible {
        code: "JO007",
        name: "experience-years-implausible",
        title: ("Urealistisk antal års erfaring", "Implausible years of experience"),
        severity: Error,
        source: "seed 002 §2.1 (Erhvervserfaring, antal år), §4.1",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "experience_years", "value": 75, "mandatory": true}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "experience_years", "value": 5, "mandatory": true}]}"#,
    }
}

impl ExperienceYearsImplausible {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, r) in ctx.of_kind(RequirementKind::ExperienceYears) {
            if let Some(y) = r.years().filter(|y| !(0.0..=MAX_YEARS).contains(y)) {
                let (yd, ye) = (crate::common::number::fmt_da(y), crate::common::number::fmt_num(y));
                out.push(Self::META.finding(
                    format!("requirements[{i}].value"),
                    Text::new(format!("{yd} års erfaring er ikke et realistisk krav (0–50 år)."), format!("{ye} years of experience is not a plausible requirement (0–50 years).")),
                    Text::new("Skriv det mindste antal år i faget, virksomheden kræver, fx 2.", "Write the minimum years in the trade the company requires, e.g. 2."),
                ));
            }
        }
    }
}
