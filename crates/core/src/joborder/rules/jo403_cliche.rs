use super::Ctx;
use crate::rules::Finding;
use crate::Text;

/// Clichés of job ads (Words patterns; `*` is any ending).
const CLICHES: &[&str] = &[
    "fleksibel medarbejder", "fleksible medarbejder*", "dynamisk*", "selvstændig og ansvarsbevidst", "ansvarsbevidst og selvstændig",
    "teamplayer", "team player", "godt humør", "arbejde under pres", "omstillingsparat*", "engageret og motiveret",
    "positiv og udadvendt", "brænder for", "passioneret", "proaktiv", "gåpåmod", "gå på mod", "stærke samarbejdsevner",
    "gode samarbejdsevner", "struktureret og grundig", "unik mulighed", "spændende og udfordrende", "ung og dynamisk",
    "højt til loftet", "travl hverdag", "en hverdag i højt tempo", "kvalitetsbevidst", "serviceminded", "servicemindet",
];

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// Klichéer i opslagets tekster: "fleksibel medarbejder", "dynamisk", "selvstændig og
    /// ansvarsbevidst", "teamplayer", "godt humør", "kan arbejde under pres", "højt til loftet" og
    /// lignende. / Clichés in the ad texts.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §6.1: "Undgå klichéer – fleksibel medarbejder" og "Vær ærlig". Klichéer står i alle
    /// opslag og siger intet om jobbet; de skræmmer dem væk, der tager dem bogstaveligt. / Clichés
    /// are in every ad and say nothing about the job.
    ///
    /// ## Sådan retter du / How to fix it
    /// Sig, hvad det betyder i jobbet: i stedet for "fleksibel" fx "du kan tage en aftenvagt, når
    /// en kollega er syg". / Say what it means in the job.
    pub struct Cliche {
        code: "JO403",
        name: "cliche",
        title: ("Klichéer i teksten", "Clichés"),
        severity: Info,
        source: "seed 003 §6.1 (Undgå klichéer – fleksibel medarbejder)",
        fires: r#"{"personal_competences": ["Du er en fleksibel medarbejder med godt humør", "Selvstændig og ansvarsbevidst"]}"#,
        quiet: r#"{"personal_competences": ["Du kan tage en aftenvagt, når en kollega er syg"]}"#,
    }
}

impl Cliche {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (path, text) in super::ad_texts(ctx.order) {
            if !crate::text::filled(text) {
                continue;
            }
            let found: Vec<String> = super::phrases_in(text, CLICHES).iter().take(3).map(|c| format!("\"{}\"", c.trim_end_matches('*'))).collect();
            if found.is_empty() {
                continue;
            }
            let list = found.join(", ");
            out.push(Self::META.finding(
                path,
                Text::new(
                    format!("Teksten bruger klichéer ({list}), som står i alle opslag og ikke siger noget om jobbet."),
                    format!("The text uses clichés ({list}) that are in every ad and say nothing about the job."),
                ),
                Text::new(
                    "Skriv, hvad det betyder i netop dette job, fx \"du kan tage en aftenvagt, når en kollega er syg\" i stedet for \"fleksibel\".",
                    "Say what it means in this job, e.g. \"you can take an evening shift when a colleague is ill\" instead of \"flexible\".",
                ),
            ));
        }
    }
}
