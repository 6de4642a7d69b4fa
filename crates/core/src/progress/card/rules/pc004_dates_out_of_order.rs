use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At datokolonnerne står i tidsorden, fra venstre mod højre. / That the date columns are in
    /// time order, left to right.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 002 appendix F (discus-laeringskatalog-matchning.txt:1677): kortet har tre
    /// datokolonner side om side, og progressionen læses fra den ene til den næste. Står de i
    /// forkert rækkefølge, vender fremgang og tilbagegang. / Out of order, progress and decline
    /// swap places.
    ///
    /// ## Sådan retter du / How to fix it
    /// Sæt kolonnerne i datoorden – eller ret den dato, der er skrevet forkert. / Put the columns
    /// in date order, or correct the wrong date.
    pub struct DatesOutOfOrder {
        code: "PC004",
        name: "dates-out-of-order",
        title: ("Datoerne står ikke i rækkefølge", "The dates are out of order"),
        severity: Warning,
        source: "seed 002 appendix F, Progressionskort (discus-laeringskatalog-matchning.txt:1677)",
        fires: r#"{"card": {"evaluations": [{"date": "2026-04-03", "scores": {"attendance": 3}}, {"date": "2026-03-06", "scores": {"attendance": 3}}]}}"#,
        quiet: r#"{"card": {"evaluations": [{"date": "2026-03-06", "scores": {"attendance": 3}}, {"date": "2026-04-03", "scores": {"attendance": 3}}]}}"#,
    }
}

impl DatesOutOfOrder {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let dated: Vec<(usize, crate::common::Date)> = (0..ctx.card.evaluations.len()).filter_map(|i| Some((i, ctx.date(i)?))).collect();
        for pair in dated.windows(2).filter(|p| p[1].1 < p[0].1) {
            let ((k, before), (i, d)) = (pair[0], pair[1]);
            let message = Text::new(
                format!("Kolonne {} ({d}) ligger før kolonne {} ({before}).", i + 1, k + 1),
                format!("Column {} ({d}) is before column {} ({before}).", i + 1, k + 1),
            );
            let fix = Text::new("Sæt kolonnerne i datoorden, eller ret datoen.", "Put the columns in date order, or correct the date.");
            out.push(Self::META.finding(format!("evaluations[{i}].date"), message, fix));
        }
    }
}
