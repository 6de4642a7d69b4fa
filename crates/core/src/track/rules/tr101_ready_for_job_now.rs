use super::Ctx;
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er vurderet klar til at gå direkte i job (`ready_for_job_now: true`). / That
    /// the person is assessed ready to go straight into a job.
    ///
    /// ## Hvorfor / Why it matters
    /// Hovedvejen Intensiv jobsøgning: "Målgruppen er ledige, der er klar til at gå direkte i job
    /// – evt. via kort opkvalificering. […] De fleste jobparate følger dette spor" (seed 001). /
    /// The main road's target group; most job-ready people follow it.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Reglen peger på hovedvejen; den vælges, medmindre et andet spor er muligt og går forud i
    /// rækkefølgen. / It points to the main road, chosen unless another eligible track comes first.
    pub struct ReadyForJobNow {
        code: "TR101",
        name: "ready-for-job-now",
        title: ("Klar til job nu", "Ready for a job now"),
        kind: Supports,
        track: Some(Track::IntensiveJobSearch),
        source: "seed 001, Hovedvej: Intensiv jobsøgning",
        fires: r#"{"profile": {"ready_for_job_now": true}}"#,
        quiet: r#"{"profile": {"ready_for_job_now": null}}"#,
    }
}

impl ReadyForJobNow {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        (ctx.profile.ready_for_job_now == Some(true)).then(|| {
            Text::new(
                "Klar til at gå direkte i job: målgruppen for hovedvejen, Intensiv jobsøgning.",
                "Ready to go straight into a job: the target group of the main road, intensive job search.",
            )
        })
    }
}
