use super::Ctx;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At borgeren er vurderet ikke klar til job nu (`ready_for_job_now: false`), og at kort
    /// opkvalificering ikke er nok (TR103). Så foreslås intet spor: borgeren er uden for
    /// målgruppen for de tre spor. Værten kan slå det fra med `not_ready_outside_tracks: false`.
    /// / That the person is not ready for a job now, even with short upskilling: no track is
    /// proposed – the person is outside the target group of the three tracks.
    ///
    /// ## Hvorfor / Why it matters
    /// STAR's guide hedder "Den gode indsats for jobparate ledige" og dens startfase og tre spor
    /// er "for jobparate" (seed 001 l. 5, 21–23); hovedvejens målgruppe er ledige, "der er klar
    /// til at gå direkte i job – evt. via kort opkvalificering" (l. 55). Seed 004 afgrænser sig
    /// til "langtidsledige, men jobklare borgere" (l. 76–77). Risikosporet er for jobparate, der
    /// har svært ved at få job (seed 001 l. 112) – ikke for dem, der ikke er jobparate. / The
    /// guide covers job-ready people only; proposing a track here would misuse it.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Revurdér jobparatheden: er kort opkvalificering (certifikat, FVU, OBU) nok, så angiv den
    /// (TR102), og borgeren er i hovedvejens målgruppe. Ellers tilrettelæg indsatsen efter
    /// reglerne for ledige, der ikke er jobparate, og vurdér sporene igen, når borgeren er klar.
    /// En sagsbehandler kan stadig vælge et spor med en begrundelse (TR403). / Reassess
    /// readiness; otherwise plan the effort under the rules for people who are not job-ready.
    pub struct OutsideTargetGroup {
        code: "TR404",
        name: "outside-target-group",
        title: ("Uden for målgruppen for de tre spor", "Outside the target group of the three tracks"),
        kind: Decision,
        track: None,
        source: "seed 001 l. 5, 55; seed 004 l. 77",
        fires: r#"{"profile": {"ready_for_job_now": false}}"#,
        quiet: r#"{"profile": {"ready_for_job_now": false, "needs_short_upskilling": "fvu"}}"#,
    }
}

impl OutsideTargetGroup {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        ctx.decision?.outside.then(|| {
            Text::new(
                "Ikke jobparat nu: uden for målgruppen for de tre spor. Intet spor foreslås.",
                "Not job-ready now: outside the target group of the three tracks. No track is proposed.",
            )
        })
    }
}
