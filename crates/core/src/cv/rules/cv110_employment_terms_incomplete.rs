use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Når ansættelsesvilkår er udfyldt: at både arbejdstid (fuldtid/deltid), vagter og
    /// ansættelsesform er valgt. / When employment terms are given: that hours, shifts and forms
    /// are all chosen.
    ///
    /// ## Hvorfor / Why it matters
    /// Hver del er et filter i søgningen; et tomt felt kan betyde, at du falder ud af en søgning på
    /// fx aftenvagter (seed 002 §3.1; seed 003 §4.1 Arbejdsforhold, Deltid eller fuldtid). Each part
    /// is a search filter.
    ///
    /// ## Sådan retter du / How to fix
    /// Vælg alle de muligheder, du kan tage imod. / Choose every option you would accept.
    pub struct EmploymentTermsIncomplete {
        code: "CV110",
        name: "employment-terms-incomplete",
        title: ("Ansættelsesvilkår ikke helt udfyldt", "Employment terms incomplete"),
        category: Findability,
        module: EmploymentTerms,
        severity: Info,
        weight: 3.0,
        jobnet_required: false,
        requires: "CV005",
        source: "seed 002 §3.1; seed 003 §4.1",
        quiet: r#"{"employment_terms": {"hours": ["part_time"], "shifts": ["day"], "forms": ["permanent"]}}"#,
        fires: r#"{"employment_terms": {"hours": ["part_time"], "shifts": [], "forms": []}}"#,
    }
}

impl EmploymentTermsIncomplete {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        let t = &cv.employment_terms;
        let any = !t.hours.is_empty() || !t.shifts.is_empty() || !t.forms.is_empty() || t.weekend.is_some() || t.travel.is_some();
        if !any {
            return; // CV005
        }
        let parts = [
            (t.hours.is_empty(), "employment_terms.hours", "fuldtid eller deltid", "full or part time"),
            (t.shifts.is_empty(), "employment_terms.shifts", "dag-, aften- eller nattevagt", "day, evening or night shifts"),
            (t.forms.is_empty(), "employment_terms.forms", "fast eller tidsbegrænset ansættelse", "permanent or temporary employment"),
        ];
        for (missing, path, da, en) in parts {
            if missing {
                hits.push(Hit::new(
                    path,
                    Text::new(format!("Du har ikke valgt {da}."), format!("You have not chosen {en}.")),
                    Text::new(format!("Vælg {da} – alle de muligheder, du kan tage imod."), format!("Choose {en} – every option you would accept.")),
                ).share(1.0 / 3.0));
            }
        }
    }
}
