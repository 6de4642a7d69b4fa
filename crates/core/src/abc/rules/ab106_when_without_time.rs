use super::Ctx;
use crate::abc::When;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At "hvornår" (`when`) er en tekst, som SMART-tjekkets tidsparser ikke kan finde en tid i,
    /// man kan følge op på: ingen tid ("når jeg har tid"), eller kun en løs eller vag tid ("til
    /// sommer", "hurtigst muligt", "på sigt"). En dato `ÅÅÅÅ-MM-DD`, "den 15. juni", "uge 24",
    /// "inden for 3 måneder", "frem til næste samtale" og "hver uge" er tider. Gælder alle rækker,
    /// der ikke er tomme. / That the row's "when" is text in which the SMART check's time parser
    /// finds no time to follow up on: none, or only a loose or vague one.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004: planen skal indeholde "delmål og tidsfrister", og ABC-jobplanen "understøtter
    /// progressionen via samtaler, deadlines og aftaler". Seed 003 §3.3/§5.3: aftaler skal være
    /// tidsbestemte (SMART). "Hurtigst muligt" kan ingen følge op på. / A deadline nobody can
    /// follow up on does not move the plan.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv en dato eller en frist: "senest 15. juni", "uge 24", "frem til næste samtale" eller
    /// "hver uge". / Write a date or a deadline.
    pub struct WhenWithoutTime {
        code: "AB106",
        name: "when-without-time",
        title: ("Hvornår er ikke en tid", "When is not a time"),
        severity: Warning,
        source: "seed 004, ABC-jobplan (tidsfrister); seed 003 §5.3 SMART-aftaler",
        fires: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "when": "hurtigst muligt"}]}}"#,
        quiet: r#"{"plan": {"rows": [{"plan": "A", "occupation": "Grafiker", "when": "inden udgangen af juni"}]}}"#,
    }
}

impl WhenWithoutTime {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for r in ctx.filled_rows() {
            let When::Text(t) = r.when else { continue };
            if t.followable {
                continue;
            }
            let (q, name) = (crate::text::quote(&r.row.when), r.name());
            let message = if t.vague {
                Text::new(
                    format!("»{q}« ved {} er ikke en tid, man kan følge op på.", name.da),
                    format!("\"{q}\" for {} is not a time anyone can follow up on.", name.en),
                )
            } else {
                Text::new(format!("»{q}« ved {} siger ikke hvornår.", name.da), format!("\"{q}\" for {} does not say when.", name.en))
            };
            out.push(WhenWithoutTime::META.finding(
                r.path("when"),
                message,
                Text::new(
                    "Skriv en dato eller en frist, fx »senest 15. juni«, »uge 24«, »frem til næste samtale« eller »hver uge«.",
                    "Write a date or a deadline, e.g. \"senest 15. juni\", \"uge 24\", \"frem til næste samtale\" or \"hver uge\".",
                ),
            ));
        }
    }
}
