use super::Ctx;
use crate::plan::{summary, t};
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At jobloggen har færre ansøgninger i en afsluttet periode, end "krav til jobsøgning"
    /// (`search_requirement`) beder om – talt pr. ISO-uge fra datoerne, kun hele perioder før i
    /// dag, og kun ansøgningerne af den art, kravet nævner. / Fewer applications in a complete
    /// period than the requirement asks, counted from the dates.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.4 (frederikshavn-metodehaandbog.txt:1153–1155): borgeren noterer, "hvor mange
    /// jobs, der skal søges", og jobloggen "bruges til at dokumentere rådighed" (linje 1147). /
    /// The joblog documents availability against the number asked.
    ///
    /// ## Sådan retter du / How to fix it
    /// Tal om, hvad der stod i vejen, og læg en plan for de næste uger. Sørg for, at alle
    /// ansøgninger står i jobloggen. / Discuss what got in the way; log every application.
    pub struct TooFewApplications {
        code: "PL402",
        name: "too-few-applications",
        title: ("Færre ansøgninger end aftalt", "Fewer applications than asked"),
        severity: Warning,
        source: "seed 003 §5.4 Joblog (frederikshavn-metodehaandbog.txt:1153)",
        fires: r#"{"config": {"joblog": [{"date": "2026-02-25", "employer": "Salling Group", "title": "Lagermedarbejder", "jobspor": "lager"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl TooFewApplications {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for p in summary::periods(ctx).into_iter().filter(|p| p.made < p.asked) {
            let (first, last) = (&ctx.weeks[p.first], &ctx.weeks[p.first + p.weeks - 1]);
            let (da, en) = if p.weeks == 1 { (format!("uge {}", first.label()), format!("week {}", first.label())) } else { (format!("{}–{}", first.label(), last.label()), format!("{}–{}", first.label(), last.label())) };
            out.push(Self::META.finding(
                "joblog",
                t(format!("I {da} står der {} i jobloggen; kravet er {}.", applications_da(p.made), p.asked), format!("In {en} the joblog has {} application{}; {} are asked.", p.made, if p.made == 1 { "" } else { "s" }, p.asked)),
                t("Tal om, hvad der stod i vejen, og skriv alle ansøgninger i jobloggen.", "Discuss what got in the way, and log every application."),
            ));
        }
    }
}

/// "1 ansøgning", "2 ansøgninger".
fn applications_da(n: u32) -> String {
    if n == 1 { "1 ansøgning".into() } else { format!("{n} ansøgninger") }
}
