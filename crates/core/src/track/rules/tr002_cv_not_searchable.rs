use super::Ctx;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At CV'et ikke kan findes i Jobnets søgning: CV-tjekkets afgørelse, når profilen har et
    /// `cv`, ellers `cv_searchable: false`. / That the CV cannot be found in Jobnet's search: the
    /// CV check's verdict when the profile carries a `cv`, else `cv_searchable: false`.
    ///
    /// ## Hvorfor / Why it matters
    /// Startfasens andet kerneelement er "Følg op på, om den lediges CV er opdateret": "Gør det
    /// klart for den ledige, at arbejdsgivere kan se CV'et, når de udsøger på Jobnet, og at
    /// jobcentret bruger CV'et til jobformidling" (seed 001). Et CV, Jobnet ikke finder, kan
    /// hverken udsøges eller formidles. / A CV Jobnet can't find can't be searched or put forward.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Gå CV'et igennem med CV-tjekket (`<jobspor-cv-check mode="caseworker">`); beskeden nævner
    /// de felter, der holder CV'et ude af søgningen. / Go through the CV with the CV check; the
    /// message names the fields that keep it out of the search.
    pub struct CvNotSearchable {
        code: "TR002",
        name: "cv-not-searchable",
        title: ("CV'et kan ikke findes på Jobnet", "CV not searchable on Jobnet"),
        kind: StartPhase,
        track: None,
        source: "seed 001, Tidlig intensiv start; Jobnet's rule for a searchable CV",
        fires: r#"{"profile": {"cv": {"profile": "Erfaren lagermedarbejder."}}}"#,
        quiet: r#"{"profile": {"cv_searchable": true}}"#,
    }
}

impl CvNotSearchable {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let f = ctx.facts;
        if f.cv_searchable != Some(false) {
            return None;
        }
        if !f.cv_checked || f.cv_blocking.is_empty() {
            return Some(Text::new(
                "CV'et kan ikke findes, når arbejdsgivere og jobcentret søger på Jobnet.",
                "The CV cannot be found when employers and the job centre search on Jobnet.",
            ));
        }
        let list = |en: bool| f.cv_blocking.iter().map(|t| if en { t.en.as_str() } else { t.da.as_str() }).collect::<Vec<_>>().join(", ");
        Some(Text::new(
            format!("CV'et kan ikke findes på Jobnet endnu. Det mangler: {}.", list(false)),
            format!("The CV cannot be found on Jobnet yet. To fix: {}.", list(true)),
        ))
    }
}
