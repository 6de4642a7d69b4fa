use super::Hit;
use crate::cv::{model::Cv, CvOptions};
use crate::text::visible_len;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At der er en faglig profil på mindst `min_profile_chars` tegn (standard 150). / That there is
    /// a profile of at least `min_profile_chars` characters (default 150).
    ///
    /// ## Hvorfor / Why it matters
    /// Profilen kan ikke søges, men er afgørende, når man udvælger CV'er til en konkret jobordre, og
    /// specialkompetencer, der ikke står på Jobnets lister, skal stå her (seed 002 §3.1, §3.2; seed 003
    /// §4.1 Faglig profil). Decisive in selection; special skills not on Jobnet's lists go here.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv om dine arbejdsopgaver, hvordan du er som kollega, hvornår du kan arbejde, og hvordan du
    /// kommer på arbejde. / Write about your tasks, yourself as a colleague, when you can work and how
    /// you get to work.
    pub struct ProfileMissing {
        code: "CV207",
        name: "profile-missing",
        title: ("Faglig profil mangler eller er kort", "Profile missing or short"),
        category: Selection,
        module: Profile,
        severity: Warning,
        weight: 10.0,
        jobnet_required: false,
        requires: "",
        source: "seed 002 §3.1, §3.2; seed 003 §4.1 Faglig profil",
        quiet: r#"{"profile": "Jeg har arbejdet ti år i detailhandlen med kasse, varebestilling og kundeservice. Som kollega er jeg rolig og hjælpsom. Jeg kan arbejde dag og aften, fuldtid, og jeg cykler på arbejde."}"#,
        fires: r#"{"profile": "Jeg er glad og positiv."}"#,
    }
}

impl ProfileMissing {
    pub(super) fn run(cv: &Cv, o: &CvOptions, hits: &mut Vec<Hit>) {
        let len = visible_len(&cv.profile);
        if len >= o.min_profile_chars {
            return;
        }
        let (da, en, share) = if len == 0 {
            ("Du har ikke skrevet en faglig profil.", "You have not written a profile.", 1.0)
        } else {
            ("Din faglige profil er meget kort.", "Your profile is very short.", 0.5)
        };
        hits.push(Hit::new(
            "profile",
            Text::new(
                format!("{da} Den kan ikke søges, men arbejdsgivere læser den, når de vælger, hvem de vil kontakte."),
                format!("{en} It isn't searchable, but employers read it when choosing whom to contact."),
            ),
            Text::new(
                "Skriv om dine arbejdsopgaver, hvordan du er som kollega, hvornår og hvor meget du kan arbejde, og hvordan du kommer på arbejde.",
                "Write about your tasks, what you are like as a colleague, when and how much you can work, and how you get to work.",
            ),
        ).share(share));
    }
}
