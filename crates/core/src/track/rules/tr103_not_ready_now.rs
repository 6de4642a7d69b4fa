use super::Ctx;
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er vurderet ikke klar til job nu (`ready_for_job_now: false`), og at kort
    /// opkvalificering ikke er nok (`needs_short_upskilling: null`). / That the person is not
    /// ready for a job now, and short upskilling would not make them ready.
    ///
    /// ## Hvorfor / Why it matters
    /// Hovedvejen er for ledige, "der er klar til at gå direkte i job – evt. via kort
    /// opkvalificering" (seed 001); de andre er ikke i dens målgruppe. Risikosporet er for ledige,
    /// "der har svært ved at få job og har behov for at supplere jobsøgningen med fx
    /// virksomhedspraktik/løntilskud". Reglen udelukker hovedvejen og tæller som risikotegnet
    /// `not_ready_now` (vægt 3 = tærsklen). / Rules out the main road and counts as a risk
    /// indicator that on its own reaches the default threshold.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Drøft, hvad der skal til: kort opkvalificering (så gælder TR102), uddannelse, eller
    /// virksomhedspraktik og løntilskud i risikosporet. / Discuss what it takes.
    pub struct NotReadyNow {
        code: "TR103",
        name: "not-ready-now",
        title: ("Ikke klar til job nu", "Not ready for a job now"),
        kind: Blocks,
        track: Some(Track::IntensiveJobSearch),
        source: "seed 001, Hovedvej: Intensiv jobsøgning and Risiko for langtidsledighed",
        fires: r#"{"profile": {"ready_for_job_now": false}}"#,
        quiet: r#"{"profile": {"ready_for_job_now": false, "needs_short_upskilling": "fvu"}}"#,
    }
}

impl NotReadyNow {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        ctx.facts.not_ready.then(|| {
            Text::new(
                "Ikke klar til at gå direkte i job, heller ikke efter kort opkvalificering: uden for hovedvejens målgruppe.",
                "Not ready to go straight into a job, not even after short upskilling: outside the main road's target group.",
            )
        })
    }
}
