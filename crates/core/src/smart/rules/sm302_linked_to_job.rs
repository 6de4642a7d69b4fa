use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en aftale hører til et konkret job: en stillingsbetegnelse, en bestemt stilling ("uopslået
    /// stilling hos XYZ", "stillingen som pædagog") eller en uddannelse/elevplads. Så er aftalens
    /// "hvorfor" jobmålets begrundelse, og kriteriet er opfyldt uden en egen begrundelse. / That an
    /// agreement belongs to a concrete job: its "why" is then the job goal's reason.
    ///
    /// ## Hvorfor / Why it matters
    /// I Min Plan står begrundelsen ved jobmålet ("Begrundelse for jobmål", "jobspor … begrundet ift.
    /// borgers kompetencer, interesser og arbejdsmarkedets behov"), og aftalerne laves "til hvert
    /// jobspor" (seed 003 §5.2, §5.3). Seed 003 §5.3 gives "At du søger alle opslåede stillinger som
    /// lagermedarbejder …" and "På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling
    /// hos XYZ" as models of good agreements, without a "fordi": their attraction is the job they
    /// lead to. Jobspor's choice, written down in docs/smart.md.
    ///
    /// ## Sådan retter du / How to fix
    /// Knyt aftalen til dit jobmål: "… stillinger som lagermedarbejder", eller skriv hvorfor. / Tie
    /// the agreement to your job goal, or say why.
    pub struct LinkedToJob {
        code: "SM302",
        name: "linked-to-job",
        title: ("Knyttet til et konkret job", "Tied to a concrete job"),
        criterion: Attractive,
        applies: Agreement,
        positive: true,
        source: "seed 003 §5.2, §5.3",
        fires: "På mandag tager du telefonisk kontakt til XXX ift. uopslået stilling hos XYZ.",
        quiet: "Du opdaterer dit CV inden fredag",
    }
}

impl LinkedToJob {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let mut ev: Vec<(Span, &'static str)> = a.main_occupations().map(|o| (o.f.span, "occupation")).collect();
        ev.extend(Analysis::main(&a.openings).map(|f| (f.span, "opening")));
        ev.extend(Analysis::main(&a.educations).map(|f| (f.span, "education")));
        ev.sort();
        let first = ev.first()?.0;
        let q = a.quote(first);
        Some(
            Outcome::new(
                Met,
                Text::new(
                    format!("Aftalen hører til et konkret job (\"{q}\"): dit jobmål er begrundelsen."),
                    format!("The agreement belongs to a concrete job (\"{q}\"): your job goal is the reason."),
                ),
                Text::new("Skriv gerne også, hvad du får ud af det, fx \"så jeg kan …\".", "You may also say what it gives you, e.g. \"så jeg kan …\" (so that I can …)."),
            )
            .with(ev),
        )
    }
}
