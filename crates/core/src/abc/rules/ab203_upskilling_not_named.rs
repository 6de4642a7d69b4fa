use super::{per_titled_row, Ctx};
use crate::abc::{Competence, CompetenceSource};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række bygger på opkvalificering – `competence: "trainable"`, eller en
    /// uddannelsesrække (`education: true`) – men ikke siger hvilken (`upskilling` er tom). / That
    /// a row relies on upskilling (`trainable`, or an education row) but does not name it.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (samtaleguide, pkt. 5): "Uddannelse kan også være en A-plan, hvis
    /// opkvalificeringen er målrettet." Målrettet betyder: et bestemt kursus eller en bestemt
    /// uddannelse til et bestemt job. Seed 001 (STAR) nævner kort opkvalificering som fx et
    /// certifikat. / Upskilling counts when it is targeted: a named course for a named job.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv det kursus eller den uddannelse, der fører til jobbet, fx "Truckcertifikat B" eller
    /// "EUV til tømrer". / Name the course or education, e.g. "Truckcertifikat B".
    pub struct UpskillingNotNamed {
        code: "AB203",
        name: "upskilling-not-named",
        title: ("Opkvalificeringen er ikke nævnt", "The upskilling is not named"),
        severity: Warning,
        source: "seed 004, samtaleguide pkt. 5; seed 001 (kort opkvalificering)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Social- og sundhedshjælper", "education": true, "wish": 9}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Social- og sundhedshjælper", "education": true, "upskilling": "Social- og sundhedshjælperuddannelsen (EUV)", "wish": 9}]}}"#,
    }
}

impl UpskillingNotNamed {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        per_titled_row(ctx, out, &UpskillingNotNamed::META, "upskilling", |r| {
            let relies = r.row.education || (r.competence == Competence::Trainable && r.competence_source == CompetenceSource::Given);
            if !relies || crate::text::filled(&r.row.upskilling) {
                return None;
            }
            let name = r.name();
            let message = if r.row.education {
                Text::new(
                    format!("{} er en uddannelsesvej, men det står ikke, hvilken uddannelse.", name.da),
                    format!("{} is a way through education, but it does not say which education.", name.en),
                )
            } else {
                Text::new(
                    format!("{} kræver opkvalificering, men det står ikke hvilken.", name.da),
                    format!("{} needs upskilling, but it does not say which.", name.en),
                )
            };
            Some((
                message,
                Text::new(
                    "Skriv det kursus eller den uddannelse, der fører til jobbet, fx »Truckcertifikat B« eller »EUV til tømrer«: opkvalificering tæller, når den er målrettet.",
                    "Write the course or education that leads to the job, e.g. \"Truckcertifikat B\" or \"EUV til tømrer\": upskilling counts when it is targeted.",
                ),
            ))
        });
    }
}
