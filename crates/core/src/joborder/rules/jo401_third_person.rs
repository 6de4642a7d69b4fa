use super::Ctx;
use crate::rules::Finding;
use crate::Text;

/// Phrases that speak about the candidate instead of to them (Words patterns).
const THIRD_PERSON: &[&str] = &[
    "ansøgeren", "ansøgerne", "ansøger skal", "vedkommende", "han hun", "hun han", "han eller hun", "hun eller han",
    "han hende", "den nye medarbejder", "den nye kollega skal", "medarbejderen skal", "medarbejderen har", "kandidaten",
    "kandidaterne", "den rette kandidat", "den ideelle kandidat", "the applicant", "the candidate", "he she", "he or she",
];

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At opslagets tekster (opgaver, personlige kompetencer, fysik, kultur, mødetider) ikke taler
    /// om kandidaten i 3. person: "ansøgeren", "vedkommende", "han/hun", "den nye medarbejder
    /// skal", "kandidaten". / That the ad texts don't speak of the candidate in the third person.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1 (jobordreskabelonen): "Tænk på hvem du taler med – brug ALDRIG 3. person" og
    /// "Beskriv hvad I søger – det skal handle om kandidaten". Et opslag, der siger "du", får
    /// læseren til at se sig selv i jobbet. / "Never use the third person": an ad that says "you"
    /// lets the reader see themselves in the job.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv til kandidaten: "Du kører truck …" i stedet for "Medarbejderen skal køre truck …". /
    /// Write to the candidate: "You drive a truck …".
    pub struct ThirdPerson {
        code: "JO401",
        name: "third-person",
        title: ("Taler om kandidaten i 3. person", "Third person"),
        severity: Info,
        source: "seed 003 §6.1 (brug ALDRIG 3. person)",
        fires: r#"{"tasks": "Den nye medarbejder skal plukke og pakke ordrer. Han/hun skal også køre truck."}"#,
        quiet: r#"{"tasks": "Du plukker og pakker ordrer og kører truck ved varemodtagelsen."}"#,
    }
}

impl ThirdPerson {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (path, text) in super::ad_texts(ctx.order) {
            if !crate::text::filled(text) {
                continue;
            }
            if let Some(p) = super::phrases_in(text, THIRD_PERSON).first() {
                // "han hun" was written "han/hun" (the words are what matched)
                let p = if matches!(*p, "han hun" | "hun han" | "han hende" | "he she") { p.replace(' ', "/") } else { p.to_string() };
                out.push(Self::META.finding(
                    path,
                    Text::new(
                        format!("Teksten taler om kandidaten i 3. person (\"{p}\"). Skriv til læseren – brug aldrig 3. person."),
                        format!("The text speaks of the candidate in the third person (\"{p}\"). Write to the reader – never the third person."),
                    ),
                    Text::new(
                        "Skriv \"du\": \"Du kører truck …\" i stedet for \"Medarbejderen skal køre truck …\".",
                        "Write \"you\": \"You drive a truck …\" instead of \"The employee must drive a truck …\".",
                    ),
                ));
            }
        }
    }
}
