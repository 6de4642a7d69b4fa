use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// At aftalen kan tælles: et antal ("3 ansøgninger", "to stillinger", "femogtyve"), en hyppighed
    /// ("om ugen", "pr. uge", "hver mandag", "dagligt"), en universel mængde ("alle opslåede stillinger
    /// som …"), et resultat ("en liste over …", "et opdateret CV") eller én handling mod et navngivet
    /// mål ("ringer til XXX", "tilmelder dig truckkurset"). / That the agreement can be counted: a
    /// number, a frequency, a universal set, a deliverable or one action aimed at a named target.
    ///
    /// ## Hvorfor / Why it matters
    /// "Understøt at målet bliver målbart. Det vil sige, at det skal være let at følge op på, om målet
    /// er nået" (seed 003 §3.3). Seed 002 §6.2 and the joblog (003 §5.4) follow up on exactly these
    /// counts.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv et tal, en hyppighed eller "alle …": "3 stillinger om ugen", "alle opslåede stillinger
    /// som lagermedarbejder". / Add a number, a frequency or "all …".
    pub struct Countable {
        code: "SM201",
        name: "countable",
        title: ("Kan tælles", "Countable"),
        criterion: Measurable,
        applies: Agreement,
        positive: true,
        source: "seed 003 §3.3, §5.3, §5.4; seed 002 §6.2",
        fires: "At du søger alle opslåede stillinger som lagermedarbejder i Frederikshavn og omegn frem til næste samtale.",
        quiet: "Du søger stillinger som lagermedarbejder",
    }
}

impl Countable {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        let ev = countable(a);
        let (span, what) = *ev.first()?;
        let q = a.quote(span);
        let (da, en) = match what {
            "universal" => (format!("\"{q}\" er let at følge op på: alle, der er slået op."), format!("\"{q}\" is easy to follow up: every advertised one.")),
            "deliverable" => (format!("Der kommer et resultat, man kan se: \"{q}\"."), format!("There is a result to look at: \"{q}\".")),
            "frequency" => (format!("Hyppigheden \"{q}\" kan følges op."), format!("The frequency \"{q}\" can be followed up.")),
            "quantity" => (format!("Antallet \"{q}\" kan følges op."), format!("The number \"{q}\" can be followed up.")),
            _ => (format!("Én handling mod \"{q}\": den er gjort eller ej."), format!("One action aimed at \"{q}\": done or not.")),
        };
        Some(Outcome::new(Met, Text::new(da, en), Text::new("Behold tallet, hyppigheden eller resultatet.", "Keep the number, frequency or result.")).with(ev))
    }
}
