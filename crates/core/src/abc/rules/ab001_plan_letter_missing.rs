use super::Ctx;
use crate::abc::{list, PlanLetter};
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At planen mangler A, B eller C: ingen række med det bogstav og en stillingsbetegnelse
    /// eller jobfunktioner (tomme rækker tæller ikke). Er der skrevet en begrundelse
    /// (`justification`), tier reglen, og AB002 noterer begrundelsen i stedet. / That the plan
    /// lacks A, B or C: no row with that letter and a job title or functions (blank rows do not
    /// count). With a `justification` this rule is quiet and AB002 notes the justification.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (Marselisborg, ABC-jobplan): "Det har afgørende betydning, at der arbejdes med A,
    /// B og C samtidigt, og at borgeren dermed søger bredt fra starten", og planen "må ikke ses
    /// som et flow, hvor borgeren først søger A, så B og til sidst C". Seed 003 §5.2 (Min Plan):
    /// "Tre jobspor … Såfremt, der fastsættes færre end 3 jobspor, skal vi begrunde hvorfor". /
    /// A, B and C are worked on at the same time from the start; fewer than three must be
    /// justified.
    ///
    /// ## Sådan retter du / How to fix it
    /// Tilføj en række for det, der mangler – B: et godt og acceptabelt job med større
    /// efterspørgsel; C: et job, arbejdsmarkedet i høj grad efterspørger, og som du kan varetage –
    /// eller skriv i begrundelsen, hvorfor planen har færre end tre spor. / Add a row for what is
    /// missing, or write why the plan has fewer than three ways in the justification.
    pub struct PlanLetterMissing {
        code: "AB001",
        name: "plan-letter-missing",
        title: ("Planen mangler A, B eller C", "The plan lacks A, B or C"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (opmærksomhedspunkter); seed 003 §5.2 Min Plan",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "functions": ["Layout af tryksager"]}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "functions": ["Layout af tryksager"]}], "justification": "Borgeren starter i job om seks uger og søger kun grafikerjob indtil da."}}"#,
    }
}

impl PlanLetterMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let missing = ctx.missing_letters();
        if missing.is_empty() || ctx.justification().is_some() {
            return;
        }
        let letters: Vec<&str> = missing.iter().map(|l| l.as_str()).collect();
        let (da, en) = (list(&letters, "og"), list(&letters, "and"));
        let mut add_da = Vec::new();
        let mut add_en = Vec::new();
        for l in &missing {
            let (d, e) = match l {
                PlanLetter::A => ("A: det job, du helst vil have, og som der er en vis efterspørgsel efter", "A: the job you want most, with at least some demand"),
                PlanLetter::B => ("B: et godt og acceptabelt job, du har kompetencerne til, med større efterspørgsel", "B: a good and acceptable job you have the competences for, with larger demand"),
                PlanLetter::C => ("C: et job, arbejdsmarkedet i høj grad efterspørger, og som du kan varetage", "C: a job the labour market asks for a lot and that you can do"),
            };
            add_da.push(d);
            add_en.push(e);
        }
        out.push(PlanLetterMissing::META.finding(
            "rows",
            Text::new(
                format!("Planen har ikke {da}. A, B og C arbejdes der med samtidig fra første samtale, så jobsøgningen bliver bred."),
                format!("The plan has no {en}. A, B and C are worked on at the same time from the first conversation, so the job search is broad."),
            ),
            Text::new(
                format!("Tilføj {} – eller skriv i begrundelsen, hvorfor planen har færre end tre spor.", add_da.join("; ")),
                format!("Add {} – or write in the justification why the plan has fewer than three ways.", add_en.join("; ")),
            ),
        ));
    }
}
