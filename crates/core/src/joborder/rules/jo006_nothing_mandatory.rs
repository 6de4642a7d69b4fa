use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At mindst ét krav er ufravigeligt, når der er krav, og alle er besluttet. / That at least one
    /// requirement is mandatory.
    ///
    /// ## Hvorfor / Why it matters
    /// Uden et eneste ufravigeligt krav søges der kun på stillingen: bruttolisten rummer alle, der
    /// søger den slags job, og skal gennemgås i hånden (seed 002 §2.1 om lange bruttolister, §4.1
    /// om ufravigelige krav). Det kan være rigtigt – derfor en advarsel. / Without any mandatory
    /// requirement the search is on the occupation alone and the gross list is long.
    ///
    /// ## Sådan retter du / How to fix it
    /// Markér de krav, virksomheden ikke kan undvære, som ufravigelige – typisk en faglig
    /// kvalifikation eller et certifikat. / Mark what the company can't do without as mandatory.
    pub struct NothingMandatory {
        code: "JO006",
        name: "nothing-mandatory",
        title: ("Ingen ufravigelige krav", "No mandatory requirement"),
        severity: Warning,
        source: "seed 002 §4.1, §2.1 (bruttoliste)",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": false}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}]}"#,
    }
}

impl NothingMandatory {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let r = &ctx.order.requirements;
        if !r.is_empty() && r.iter().all(|r| r.mandatory == Some(false)) {
            out.push(Self::META.finding(
                "requirements",
                Text::new(
                    "Ingen af kravene er ufravigelige, så søgningen er kun på stillingen, og bruttolisten bliver lang.",
                    "None of the requirements is mandatory, so the search is on the occupation alone and the gross list will be long.",
                ),
                Text::new(
                    "Markér de krav, virksomheden ikke kan undvære, som ufravigelige.",
                    "Mark the requirements the company can't do without as mandatory.",
                ),
            ));
        }
    }
}
