use super::Ctx;
use crate::Text;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At en sagsbehandler har valgt sporet selv (`override` i konfigurationen: `track` og en
    /// skriftlig `reason`). Resultatets `track` bliver det valgte spor; reglernes forslag står i
    /// `proposed_track`. / That a caseworker chose the track (`override` with a written reason);
    /// `track` is the choice, `proposed_track` keeps the rules' proposal.
    ///
    /// ## Hvorfor / Why it matters
    /// Sporvalget er sagsbehandlerens vurdering: "Du kan nu vurdere, om den ledige er direkte klar
    /// til intensiv jobsøgning, vil begynde på et uddannelsesløft, eller er i risiko for
    /// langtidsledighed" (seed 001), og "Arketyperne supplerer den faglige vurdering" (seed 004).
    /// Reglerne er beslutningsstøtte, ikke en automatisk afgørelse (GDPR art. 22); begrundelsen
    /// gør valget gennemsigtigt. / The rules support a human decision; the reason documents it.
    ///
    /// ## Sådan bruger du reglen / How to use it
    /// Skriv, hvad du ved, som reglerne ikke ser (fx en aftalt praktik eller et jobtilbud). /
    /// Write what you know that the rules don't.
    pub struct CaseworkerOverride {
        code: "TR403",
        name: "caseworker-override",
        title: ("Sagsbehandlerens valg", "Caseworker's choice"),
        kind: Decision,
        track: None,
        source: "seed 001 (Du kan nu vurdere …); seed 004; DOMAIN.md §4",
        fires: r#"{"config": {"override": {"track": "long_term_risk", "reason": "Aftalt virksomhedspraktik hos Nordlager."}}}"#,
        quiet: r#"{"config": {"override": null}}"#,
    }
}

impl CaseworkerOverride {
    pub(super) fn run(ctx: &Ctx) -> Option<Text> {
        let o = ctx.config.override_track.as_ref()?;
        let (chosen, proposed) = (o.track.title(), ctx.decision?.proposed.title());
        let reason = o.reason.trim();
        if ctx.decision?.outside {
            return Some(Text::new(format!("Valgt uden for målgruppen: {}. Begrundelse: {reason}", chosen.da), format!("Chosen outside the target group: {}. Reason: {reason}", chosen.en)));
        }
        Some(if o.track == ctx.decision?.proposed {
            Text::new(
                format!("Sagsbehandleren har bekræftet forslaget, {}. Begrundelse: {reason}", chosen.da),
                format!("The caseworker confirmed the proposal, {}. Reason: {reason}", chosen.en),
            )
        } else {
            Text::new(
                format!("Sagsbehandleren har valgt {} i stedet for forslaget, {}. Begrundelse: {reason}", chosen.da, proposed.da),
                format!("The caseworker chose {} instead of the proposal, {}. Reason: {reason}", chosen.en, proposed.en),
            )
        })
    }
}
