use super::Ctx;
use crate::rules::Finding;
use crate::common::Date;
use crate::Text;

/// A date `YYYY-MM-DD`, or `YYYY-MM` read as the first of the month.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    match s.len() {
        7 => Date::parse(&format!("{s}-01")),
        _ => Date::parse(s),
    }
}

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At `start_date` og `end_date` er datoer (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM), og at slutdatoen ikke
    /// ligger før startdatoen. / That the dates are dates and the end is not before the start.
    ///
    /// ## Hvorfor / Why it matters
    /// "Start og eventuel slutdato" (seed 003 §6.1) skal kunne læses af både mennesker og systemer;
    /// en slutdato før start er en tastefejl. / Dates must be readable; an end before the start is a
    /// typo.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv datoerne som ÅÅÅÅ-MM-DD. / Write the dates as YYYY-MM-DD.
    pub struct DateInvalid {
        code: "JO202",
        name: "date-invalid",
        title: ("Ugyldig dato", "Invalid date"),
        severity: Warning,
        source: "seed 003 §6.1 (Start og eventuel slutdato)",
        fires: r#"{"start_date": "4. januar", "end_date": "2026-13-01"}"#,
        quiet: r#"{"start_date": "2027-01", "end_date": "2027-06-30"}"#,
    }
}

impl DateInvalid {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let o = ctx.order;
        let mut dates = [None, None];
        for (k, (path, v)) in [("start_date", &o.start_date), ("end_date", &o.end_date)].into_iter().enumerate() {
            if !crate::text::filled(v) {
                continue;
            }
            dates[k] = parse_date(v);
            if dates[k].is_none() {
                let q = crate::text::quote(v);
                out.push(Self::META.finding(
                    path,
                    Text::new(format!("\"{q}\" er ikke en dato på formen ÅÅÅÅ-MM-DD."), format!("\"{q}\" is not a date of the form YYYY-MM-DD.")),
                    Text::new("Skriv datoen som ÅÅÅÅ-MM-DD, fx 2027-01-04.", "Write the date as YYYY-MM-DD, e.g. 2027-01-04."),
                ));
            }
        }
        if let [Some(start), Some(end)] = dates {
            super::flag(out, &Self::META, end < start, "end_date",
                ("Slutdatoen ligger før startdatoen.", "The end date is before the start date."),
                ("Ret datoerne, så slutdatoen kommer efter startdatoen.", "Correct the dates so the end comes after the start."));
        }
    }
}
