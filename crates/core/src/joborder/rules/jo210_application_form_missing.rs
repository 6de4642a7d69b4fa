use super::Ctx;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At ansøgningsformen er angivet (`application_form`: digitalt, personligt, skriftligt,
    /// telefonisk). / That the application form is given.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1, punkt 5 "Ansøgningsform: Digitalt, Personligt, Skriftligt, Telefonisk":
    /// kandidaten skal vide, hvordan man søger. / The candidate must know how to apply.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg en eller flere ansøgningsformer. / Choose one or more.
    pub struct ApplicationFormMissing {
        code: "JO210",
        name: "application-form-missing",
        title: ("Ansøgningsform mangler", "Application form missing"),
        severity: Info,
        source: "seed 003 §6.1 (Ansøgningsform)",
        fires: r#"{"application_form": []}"#,
        quiet: r#"{"application_form": ["phone", "personal"]}"#,
    }
}

impl ApplicationFormMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        super::flag(out, &Self::META, ctx.order.application_form.is_empty(), "application_form",
            ("Det står ikke, hvordan man søger: digitalt, personligt, skriftligt eller på telefon.", "It doesn't say how to apply: digitally, in person, in writing or by phone."),
            ("Vælg en eller flere ansøgningsformer.", "Choose one or more application forms."));
    }
}
