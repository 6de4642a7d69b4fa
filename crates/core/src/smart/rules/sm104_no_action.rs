use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Aftaler uden en handling, borgeren selv udfører (intet "søge", "sende", "ringe" …). Delvist,
    /// når der er noget konkret (en stilling, en virksomhed); ellers mangler. / Agreements without an
    /// action the citizen does: partly with a concrete object, otherwise missing.
    ///
    /// ## Hvorfor / Why it matters
    /// "Det er i aftalerne, at rådgivning omsættes til handling" og aftaler skal være
    /// "handlingsorienterede" (seed 003 §5.3). An agreement that names no action leaves open what
    /// the citizen is to do.
    ///
    /// ## Sådan retter du / How to fix
    /// Begynd med det, du gør: "At du søger …", "Du ringer til …", "Du sender …". / Start with what
    /// you do.
    pub struct NoAction {
        code: "SM104",
        name: "no-action",
        title: ("Ingen handling", "No action"),
        criterion: Specific,
        applies: Agreement,
        positive: false,
        source: "seed 003 §5.3",
        quiet: "Du ringer til Bilka i Hjørring",
        fires: "Du skal have et job inden næste samtale",
    }
}

impl NoAction {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if a.main_actions().next().is_some() {
            return None;
        }
        let objects = a.concrete_objects(true);
        let verdict = if objects.is_empty() { Missing } else { Partly };
        let msg = if a.outcomes.iter().any(|o| !o.f.aside) {
            Text::new(
                "Aftalen beskriver et resultat, andre afgør, men ikke hvad du selv skal gøre.",
                "The agreement describes a result others decide, not what you do yourself.",
            )
        } else {
            Text::new("Aftalen siger ikke, hvad du selv skal gøre.", "The agreement doesn't say what you are to do.")
        };
        let sug = match first_title(a) {
            Some(t) => Text::new(
                format!("Skriv det, du gør: fx \"At du søger alle opslåede stillinger som {t}\"."),
                format!("Write what you do: e.g. \"At du søger alle opslåede stillinger som {t}\" (apply for every advertised {t} job)."),
            ),
            None => Text::new(
                "Begynd med et udsagnsord for det, du gør: \"At du søger …\", \"Du ringer til …\", \"Du sender …\".",
                "Start with what you do: \"At du søger …\" (you apply), \"Du ringer til …\" (you call), \"Du sender …\" (you send).",
            ),
        };
        Some(Outcome::new(verdict, msg, sug).with(objects).with(a.outcomes.iter().filter(|o| !o.f.aside).map(|o| (o.f.span, "outcome"))))
    }
}
