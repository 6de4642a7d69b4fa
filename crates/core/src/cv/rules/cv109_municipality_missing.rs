use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At bopælskommune eller postnummer er udfyldt. / That municipality or postal code is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Bopælskommune er et søgefelt: arbejdsgivere søger tit kandidater i nærheden (seed 002 §2.1,
    /// §3.1). The municipality of residence is a search field.
    ///
    /// ## Sådan retter du / How to fix
    /// Udfyld din adresse, så Jobnet kender din kommune. / Fill in your address.
    pub struct MunicipalityMissing {
        code: "CV109",
        name: "municipality-missing",
        title: ("Bopælskommune mangler", "Municipality missing"),
        category: Findability,
        module: Contact,
        severity: Warning,
        weight: 5.0,
        jobnet_required: false,
        requires: "",
        source: "seed 002 §2.1, §3.1",
        quiet: r#"{"contact": {"municipality_code": null, "postal_code": "9900"}}"#,
        fires: r#"{"contact": {"municipality_code": "", "postal_code": ""}}"#,
    }
}

impl MunicipalityMissing {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !filled(&cv.contact.municipality_code) && !filled(&cv.contact.postal_code) {
            hits.push(Hit::new(
                "contact.municipality_code",
                Text::new(
                    "Der står hverken kommune eller postnummer. Arbejdsgivere søger tit efter kandidater, der bor i nærheden.",
                    "Neither municipality nor postal code is given. Employers often search for candidates living nearby.",
                ),
                Text::new("Udfyld dit postnummer eller din kommune.", "Fill in your postal code or municipality."),
            ));
        }
    }
}
