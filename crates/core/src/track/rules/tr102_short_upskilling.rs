use super::Ctx;
use crate::track::Track;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren har brug for kort opkvalificering for at få job inden for jobmålet:
    /// `needs_short_upskilling` er `certificate`, `fvu` eller `obu`. / That the person needs short
    /// upskilling (a certificate, FVU or OBU) to get a job within the goal.
    ///
    /// ## Hvorfor / Why it matters
    /// Intensiv jobsøgning er for ledige, der er klar til job "evt. via kort opkvalificering";
    /// kerneelementet "Vurdér om den ledige har brug for opkvalificering" nævner "kort faglig
    /// opkvalificering (fx for at få et påkrævet certifikat) eller almen opkvalificering (fx FVU
    /// eller OBU)", gennemført "parallelt med jobsøgningen" (seed 001). / Short upskilling keeps
    /// the person on the main road, alongside the search.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Aftal opkvalificeringen og følg op på, at jobmål og CV opdateres bagefter. Borgeren regnes
    /// som klar til job efter opkvalificeringen, også hvis "klar til job nu" er nej. / Agree on the
    /// upskilling; the person counts as ready after it, even if "ready now" is no.
    pub struct ShortUpskilling {
        code: "TR102",
        name: "short-upskilling",
        title: ("Kort opkvalificering", "Short upskilling"),
        kind: Supports,
        track: Some(Track::IntensiveJobSearch),
        source: "seed 001, Hovedvej: Intensiv jobsøgning",
        fires: r#"{"profile": {"ready_for_job_now": false, "needs_short_upskilling": "certificate"}}"#,
        quiet: r#"{"profile": {"needs_short_upskilling": null}}"#,
    }
}

impl ShortUpskilling {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let u = ctx.profile.needs_short_upskilling?.label();
        Some(Text::new(
            format!("Klar til job via kort opkvalificering: {}, parallelt med jobsøgningen.", u.da),
            format!("Ready for a job via short upskilling: {}, alongside the job search.", u.en),
        ))
    }
}
