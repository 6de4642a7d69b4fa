use super::Ctx;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At intet spor er muligt, og at værten har slået `not_ready_outside_tracks` fra – typisk:
    /// ikke klar til job nu (TR103), uden ønske om uddannelse, og en risikoscore under tærsklen.
    /// Så foreslås hovedvejen. Med standardindstillingen er en borger, der ikke er klar til job,
    /// i stedet uden for målgruppen for de tre spor (TR404). / That no track is eligible with
    /// `not_ready_outside_tracks: false`; the main road is proposed. By default TR404 applies.
    ///
    /// ## Hvorfor / Why it matters
    /// Intensiv jobsøgning er hovedvejen: "De fleste jobparate følger dette spor" (seed 001).
    /// Et forslag skal altid være der, men det bør efterprøves. / The main road is the default, but
    /// the proposal needs a second look.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Afklar, hvad der står i vejen for job, og vælg eventuelt et andet spor med en
    /// tilsidesættelse. / Clarify what stands in the way, and override if needed.
    pub struct MainRoadByDefault {
        code: "TR402",
        name: "main-road-by-default",
        title: ("Hovedvejen som standard", "Main road by default"),
        kind: Decision,
        track: None,
        source: "seed 001, Hovedvej: Intensiv jobsøgning",
        fires: r#"{"profile": {"ready_for_job_now": false}, "config": {"not_ready_outside_tracks": false, "weights": {"not_ready_now": 0}}}"#,
        quiet: r#"{"profile": {"ready_for_job_now": false}}"#,
    }
}

impl MainRoadByDefault {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let d = ctx.decision?;
        (d.eligible.is_empty() && !d.outside).then(|| {
            Text::new(
                "Intet spor passer helt. Forslaget er hovedvejen, Intensiv jobsøgning; afklar, hvad der står i vejen for job.",
                "No track fits fully. The proposal is the main road, intensive job search; clarify what stands in the way of a job.",
            )
        })
    }
}
