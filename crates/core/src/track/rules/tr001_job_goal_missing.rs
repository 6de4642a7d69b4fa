use super::Ctx;
use crate::text::quote;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At der ikke er sat et konkret jobmål: `job_goal` er tomt, eller det nævner hverken en
    /// stilling (stillingsgenkenderen, den samme som alle tjek bruger: godt 1.000 stillinger med
    /// synonymer, bøjninger, sammensatte ord og en stavefejl; kommunens egne titler i `job_titles`)
    /// eller en bestemt uddannelse ("SOSU-uddannelsen"). Et certifikat eller kørekort
    /// ("truckcertifikat", "C-kørekort") er et delmål, ikke et jobmål. "Noget med børn" og "et job"
    /// er ikke konkrete. / That no concrete job goal is set: empty, or it names neither a job title
    /// (the occupation recogniser, or the host's `job_titles`) nor a specific education; a
    /// certificate or driving licence is a step (delmål), not a job goal.
    ///
    /// ## Hvorfor / Why it matters
    /// Startfasen "Tidlig intensiv start" har to kerneelementer; det første er "Hjælp den ledige
    /// med at vælge jobmål": "Afklar med den ledige, hvilken retning mod job eller uddannelse,
    /// han/hun ønsker og fastsæt job- eller uddannelsesmål" (seed 001), og "Målet skal være en
    /// konkret stillingsbetegnelse" (seed 003 §5.2). Først derefter kan du vurdere sporet. / The
    /// start phase's first core element is choosing a concrete job goal; only then is the track
    /// assessed.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Sæt jobmålet sammen med borgeren – en stilling, fx "Lagermedarbejder" – og notér det i Min
    /// Plan. Forslaget til spor vises stadig, men er foreløbigt, indtil startfasen er afsluttet. /
    /// Set a concrete goal together and record it in Min Plan; until then the proposal is
    /// provisional.
    pub struct JobGoalMissing {
        code: "TR001",
        name: "job-goal-missing",
        title: ("Konkret jobmål mangler", "No concrete job goal"),
        kind: StartPhase,
        track: None,
        source: "seed 001, Tidlig intensiv start; seed 003 §5.2",
        fires: r#"{"profile": {"job_goal": "Noget med børn"}}"#,
        quiet: r#"{"profile": {"job_goal": "Pædagogmedhjælper"}}"#,
    }
}

impl JobGoalMissing {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        if ctx.facts.goal_concrete {
            return None;
        }
        let goal = quote(&ctx.profile.job_goal);
        Some(match &ctx.facts.goal_suggestion {
            _ if goal.is_empty() => Text::new(
                "Der er ikke sat et jobmål. Startfasen er ikke afsluttet, før jobmålet er valgt.",
                "No job goal is set. The start phase is not complete until a job goal is chosen.",
            ),
            Some(s) => Text::new(
                format!("Jobmålet »{goal}« er ikke en konkret stillingsbetegnelse. {}", s.da),
                format!("The job goal \"{goal}\" is not a concrete job title. {}", s.en),
            ),
            None => Text::new(
                format!("Jobmålet »{goal}« er ikke en konkret stillingsbetegnelse."),
                format!("The job goal \"{goal}\" is not a concrete job title."),
            ),
        })
    }
}
