use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::filled;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et har certifikater og beviser, hvis personen har nogen. / That certificates are listed.
    ///
    /// ## Hvorfor / Why it matters
    /// Certifikater og beviser er et søgefelt (seed 002 §2.1, §3.1), fx truckcertifikat,
    /// hygiejnebevis eller ADR-bevis. Kun de certifikater, der ligger på Jobnets liste, kan søges;
    /// andre skrives i den personlige beskrivelse. Certificates are a search field.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv dine certifikater og beviser fra Jobnets liste. / Add your certificates from Jobnet's list.
    pub struct NoCertificates {
        code: "CV108",
        name: "no-certificates",
        title: ("Ingen certifikater", "No certificates"),
        category: Findability,
        module: Certificates,
        severity: Info,
        weight: 3.0,
        jobnet_required: false,
        requires: "",
        source: "seed 002 §2.1, §3.1",
        quiet: r#"{"certificates": ["Hygiejnebevis"]}"#,
        fires: r#"{"certificates": [""]}"#,
    }
}

impl NoCertificates {
    pub(super) fn run(cv: &Cv, _: &CvOptions, hits: &mut Vec<Hit>) {
        if !cv.certificates.iter().any(|c| filled(c)) {
            hits.push(Hit::new(
                "certificates",
                Text::new(
                    "Der står ingen certifikater eller beviser. Har du fx truckcertifikat, hygiejnebevis eller førstehjælpsbevis, så skriv det.",
                    "No certificates are listed. If you have e.g. a forklift certificate or a hygiene certificate, add it.",
                ),
                Text::new(
                    "Skriv dine certifikater og beviser. Står et certifikat ikke på Jobnets liste, så nævn det i din faglige profil.",
                    "Add your certificates. If one is not on Jobnet's list, mention it in your profile.",
                ),
            ));
        }
    }
}
