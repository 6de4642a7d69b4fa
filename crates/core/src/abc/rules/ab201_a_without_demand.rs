use super::Ctx;
use crate::abc::Demand;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en række står som A, men arbejdsmarkedet ikke efterspørger jobbet: efterspørgslen er
    /// `poor` (mindre gode jobmuligheder). Ukendt efterspørgsel er "ikke vurderet" (AB205), ikke
    /// manglende efterspørgsel. Det gælder også en uddannelsesrække (`education`): efterspørgslen
    /// er den efter det job, uddannelsen fører til. / That a row marked A has no demand (`poor`);
    /// unknown demand is not judged (AB205); for an education row, demand for the job it leads to.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (ABC-jobplan, opmærksomhedspunkter): "både A-, B- og C-job kræver, at
    /// arbejdsmarkedet efterspørger det, borgeren har kompetencer til inden for området.
    /// Ønskejobbet må derfor ikke blive et udtryk for et urealistisk ønske, som borgeren har en
    /// drøm om at opnå". A er jobbet, "som arbejdsmarkedet i nogen udstrækning efterspørger
    /// arbejdskraft til". "Uddannelse kan også være en A-plan, hvis opkvalificeringen er
    /// målrettet" – målrettet mod et fag med efterspørgsel. / The wished job must not be an
    /// unrealistic dream: A needs at least some demand; an education is an A when it targets a
    /// trade with demand.
    ///
    /// ## Sådan retter du / How to fix it
    /// Find et ønskejob med i hvert fald rimelige jobmuligheder – fx et job med de samme
    /// funktioner i en anden branche – eller en målrettet uddannelse til et fag, der efterspørges.
    /// / Find a wished job with at least some demand, or a targeted education for a trade in
    /// demand.
    pub struct AWithoutDemand {
        code: "AB201",
        name: "a-without-demand",
        title: ("Ønskejob (A) uden efterspørgsel", "Wished job (A) without demand"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (opmærksomhedspunkter; samtaleguide pkt. 5)",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Journalist", "wish": 10, "competence": "full"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "wish": 10, "competence": "full"}]}}"#,
    }
}

impl AWithoutDemand {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let (in_da, in_en) = ctx.in_region();
        for r in ctx.filled_rows().filter(|r| r.a_without_demand()) {
            let name = r.name();
            let (why_da, why_en) = if r.demand == Demand::Poor {
                (format!("efterspørgslen{in_da} er lav (mindre gode jobmuligheder)"), format!("demand{in_en} is low (few job opportunities)"))
            } else {
                (format!("der er ingen oplysninger om efterspørgslen{in_da}, og de kræves her"), format!("there is no information on demand{in_en}, and it is required here"))
            };
            out.push(AWithoutDemand::META.finding(
                r.path("plan"),
                Text::new(
                    format!("{} står som A, men {why_da}. Ønskejobbet skal være et job, arbejdsmarkedet i nogen grad efterspørger – ellers bliver det en urealistisk drøm.", name.da),
                    format!("{} is marked A, but {why_en}. The wished job must be one the labour market asks for to some extent – otherwise it becomes an unrealistic dream.", name.en),
                ),
                Text::new(
                    "Find et ønskejob med i hvert fald rimelige jobmuligheder – fx et job med de samme funktioner i en anden branche – eller en målrettet uddannelse til et fag, der efterspørges.",
                    "Find a wished job with at least some job opportunities – e.g. a job with the same functions in another trade – or a targeted education for a trade in demand.",
                ),
            ));
        }
    }
}
