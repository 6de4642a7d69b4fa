use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Tekster, hvor der intet er at vurdere realismen af: en aftale uden handling og uden resultat
    /// ("Du skal være mere aktiv"), et jobmål uden stilling ("Et job"). Delvist; en tom tekst mangler.
    /// / Texts with nothing to judge: partly; an empty text is missing.
    ///
    /// ## Hvorfor / Why it matters
    /// Realistisk betyder "en realistisk chance for at nå målet" inden for kontrolcirklen (seed 003
    /// §3.3): det kræver, at der står, hvad der skal nås.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv hvad du gør (aftale) eller hvilken stilling (mål). / Say what you do (agreement) or which
    /// job (goal).
    pub struct NothingToJudge {
        code: "SM406",
        name: "nothing-to-judge",
        title: ("Intet at vurdere", "Nothing to judge"),
        criterion: Realistic,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du ringer til Bilka i Hjørring",
        fires: "Du skal være mere aktiv i din jobsøgning",
    }
}

impl NothingToJudge {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if !a.has_words() {
            return Some(Outcome::new(Missing, Text::new("Teksten er tom.", "The text is empty."), Text::new("Skriv aftalen eller målet.", "Write the agreement or goal.")));
        }
        let judged = match a.kind {
            Kind::Agreement => a.main_actions().next().is_some() || a.outcomes.iter().any(|x| !x.f.aside),
            Kind::Goal => a.has_job_or_education(),
        };
        if judged {
            return None;
        }
        let (msg, sug) = match a.kind {
            Kind::Agreement => (
                Text::new("Der står ikke, hvad du skal gøre, så realismen kan ikke vurderes.", "It doesn't say what you are to do, so realism can't be judged."),
                Text::new("Skriv en handling, du selv kan udføre: søge, sende, ringe, besøge.", "Write an action you can do yourself: apply, send, call, visit."),
            ),
            Kind::Goal => (
                Text::new("Uden en stilling kan det ikke vurderes, om målet er realistisk.", "Without a job title it can't be judged whether the goal is realistic."),
                Text::new("Skriv stillingen, så realismen kan vurderes ud fra efterspørgsel og dine kompetencer.", "Name the job so realism can be judged against demand and your skills."),
            ),
        };
        Some(Outcome::new(Partly, msg, sug))
    }
}
