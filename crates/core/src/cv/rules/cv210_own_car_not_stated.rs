use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et CV med kørekort også siger, om personen vil bruge egen bil (`own_car`). / That a CV with
    /// a driving licence says whether the person will use an own car.
    ///
    /// ## Hvorfor / Why it matters
    /// "Anfør kørekort og villighed til at bruge egen bil på jobbet" (seed 003 §4.1 Kørekort). For
    /// mange job i fx hjemmeplejen og håndværk er det afgørende. For many jobs this decides it.
    ///
    /// ## Sådan retter du / How to fix
    /// Svar ja eller nej til egen bil. / Answer yes or no to own car.
    pub struct OwnCarNotStated {
        code: "CV210",
        name: "own-car-not-stated",
        title: ("Egen bil ikke angivet", "Own car not stated"),
        category: Selection,
        module: DrivingLicences,
        severity: Info,
        weight: 1.0,
        jobnet_required: false,
        requires: "",
        source: "seed 003 §4.1 Kørekort",
        quiet: r#"{"driving_licences": ["B"], "own_car": false}"#,
        fires: r#"{"driving_licences": ["B"], "own_car": null}"#,
    }
}

impl OwnCarNotStated {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if cv.own_car.is_none() && cv.driving_licences.iter().any(|l| filled(l)) {
            hits.push(Hit::new(
                "own_car",
                Text::new("Du har kørekort, men der står ikke, om du vil bruge egen bil i jobbet.", "You have a licence, but it doesn't say whether you will use your own car for work."),
                Text::new("Svar ja eller nej til, om du har og vil bruge egen bil.", "Say yes or no to having and using your own car."),
            ));
        }
    }
}
