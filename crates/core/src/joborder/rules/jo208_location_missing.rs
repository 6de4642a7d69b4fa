use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At arbejdsstedet er angivet: kommunekode eller postnummer (`location`). / That the workplace
    /// location is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Afstanden afgør, hvem der realistisk kan tage jobbet, og udsøgningen kan afgrænses på
    /// bopælskommune (seed 002 §2.1); seed 003 §6.1 nævner "Kørekort/transportmuligheder (krav til
    /// mobilitet)". / Distance decides who can realistically take the job.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv arbejdsstedets postnummer og kommunekode. / Give the postal code and municipality code.
    pub struct LocationMissing {
        code: "JO208",
        name: "location-missing",
        title: ("Arbejdssted mangler", "Workplace location missing"),
        severity: Warning,
        source: "seed 002 §2.1 (Bopælskommune); seed 003 §6.1 (transportmuligheder)",
        fires: r#"{"location": {"municipality_code": null, "postal_code": ""}}"#,
        quiet: r#"{"location": {"municipality_code": null, "postal_code": "9900"}}"#,
    }
}

impl LocationMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let l = &ctx.order.location;
        super::flag(out, &Self::META, !crate::text::filled(&l.municipality_code) && !crate::text::filled(&l.postal_code), "location",
            ("Det står ikke, hvor arbejdspladsen ligger.", "It doesn't say where the workplace is."),
            ("Skriv arbejdsstedets postnummer og kommunekode.", "Give the workplace's postal code and municipality code."));
    }
}
