use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At ansættelsesvilkår er udfyldt (arbejdstid, vagter, ansættelsesform, weekend eller
    /// rejse). / That employment terms are filled in.
    ///
    /// ## Hvorfor / Why it matters
    /// Ansættelsesvilkår er en del af Jobnets regel for et søgbart CV og et søgefelt i sig selv
    /// (seed 002 §3.1). Employment terms are part of Jobnet's rule and a search field themselves.
    ///
    /// ## Sådan retter du / How to fix
    /// Vælg fuldtid/deltid, hvilke vagter du kan tage, og fast/tidsbegrænset ansættelse. /
    /// Choose full or part time, shifts, and permanent or temporary employment.
    pub struct MissingEmploymentTerms {
        code: "CV005",
        name: "missing-employment-terms",
        title: ("Ansættelsesvilkår mangler", "Employment terms missing"),
        category: Findability,
        module: EmploymentTerms,
        severity: Error,
        weight: 8.0,
        jobnet_required: true,
        requires: "",
        source: "Jobnet's rule for a searchable CV; seed 002 §3.1",
        quiet: r#"{"employment_terms": {"hours": ["full_time"], "shifts": null, "forms": null, "weekend": null, "travel": null}}"#,
        fires: r#"{"employment_terms": null}"#,
    }
}

impl MissingEmploymentTerms {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let t = &cv.employment_terms;
        if t.hours.is_empty() && t.shifts.is_empty() && t.forms.is_empty() && t.weekend.is_none() && t.travel.is_none() {
            hits.push(Hit::new(
                "employment_terms",
                Text::new(
                    "Du har ikke udfyldt ansættelsesvilkår. Uden dem finder Jobnet ikke dit CV.",
                    "You have not filled in employment terms. Without them, Jobnet won't find your CV.",
                ),
                Text::new(
                    "Vælg fuldtid eller deltid, hvilke vagter du kan tage, og om du vil have fast eller tidsbegrænset job.",
                    "Choose full or part time, the shifts you can work, and permanent or temporary employment.",
                ),
            ));
        }
    }
}
