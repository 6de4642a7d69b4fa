use super::{per_titled_row, Ctx};
use crate::abc::Competence;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At kompetencen til en række hverken er angivet (`competence`) eller kan vurderes ud fra
    /// CV'et (samme stilling i erhvervserfaring eller uddannelse, "Jeg søger job som" med år eller
    /// kvalifikationer, eller erfaring i samme fagområde – se `docs/abc.md`). Klassen vurderes så
    /// uden kompetencecirklen. / That a row's competence is neither given nor found in the CV; the
    /// class is then judged without it.
    ///
    /// ## Hvorfor / Why it matters
    /// Kompetencer er den anden cirkel i seed 004's model; samtaleguiden har en
    /// "Kompetenceafdækning" med udgangspunkt i borgerens CV ("Brutto CV"), og seed 003 §5.1 trin
    /// 3: "Tydeliggør erhvervserfaring/kompetencer – anvend f.eks. Jobnet-CV'et". / Competences
    /// are the second circle; they are drawn from the CV.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg fuld, delvis, kan opkvalificeres eller ingen – tag udgangspunkt i funktionerne fra dine
    /// tidligere job. / Choose full, partial, trainable or none, starting from earlier jobs.
    pub struct CompetenceNotJudged {
        code: "AB207",
        name: "competence-not-judged",
        title: ("Kompetencen er ikke vurderet", "Competence not judged"),
        severity: Info,
        source: "seed 004, samtaleguide (kompetenceafdækning, brutto-CV); seed 003 §5.1 trin 3",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "wish": 9}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "wish": 9}], "cv": {"work_experience": [{"employer": "Trykkeriet A/S", "title": "Grafiker"}]}}}"#,
    }
}

impl CompetenceNotJudged {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let with_cv = ctx.plan.cv.is_some();
        per_titled_row(ctx, out, &CompetenceNotJudged::META, "competence", |r| {
            let name = r.name();
            (r.competence == Competence::Unknown).then(|| {
                let message = if with_cv {
                    Text::new(
                        format!("Hverken rækken eller CV'et siger, om du har kompetencerne til {}.", name.da),
                        format!("Neither the row nor the CV says whether you have the competences for {}.", name.en),
                    )
                } else {
                    Text::new(
                        format!("Det står ikke, om du har kompetencerne til {}.", name.da),
                        format!("It does not say whether you have the competences for {}.", name.en),
                    )
                };
                (
                    message,
                    Text::new(
                        "Vælg fuld, delvis, kan opkvalificeres eller ingen – tag udgangspunkt i funktionerne fra dine tidligere job.",
                        "Choose full, partial, trainable or none – start from the functions of your earlier jobs.",
                    ),
                )
            })
        });
    }
}
