use super::Ctx;
use crate::plan::t;
use crate::rules::Finding;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// Datoer, der ikke hænger sammen: en ansøgning efter i dag, en opfølgning før ansøgningen, en
    /// aftales frist før den dag, den blev indgået. / Dates out of order: an application after
    /// today, a follow-up before the application, a deadline before the agreement.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 003 §5.4 (frederikshavn-metodehaandbog.txt:1153–1157): jobloggen noterer "hvornår" der
    /// er søgt og "dato for, hvornår der skal følges op"; forkerte datoer tæller forkert i ugerne. /
    /// Wrong dates count in the wrong weeks.
    ///
    /// ## Sådan retter du / How to fix it
    /// Ret datoen. / Correct the date.
    pub struct DatesOutOfOrder {
        code: "PL406",
        name: "dates-out-of-order",
        title: ("Datoer i forkert rækkefølge", "Dates out of order"),
        severity: Warning,
        source: "seed 003 §5.4 Joblog (frederikshavn-metodehaandbog.txt:1153)",
        fires: r#"{"config": {"joblog": [{"date": "2026-02-25", "employer": "Salling Group", "title": "Lagermedarbejder", "jobspor": "lager", "follow_up": "2026-02-20"}, {"date": "2026-02-26", "employer": "Bilka", "title": "Butiksassistent", "jobspor": "butik"}]}}"#,
        quiet: r#"{}"#,
    }
}

impl DatesOutOfOrder {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let fix = || t("Ret datoen.", "Correct the date.");
        for e in &ctx.entries {
            if ctx.today.is_some_and(|today| e.date > today) && e.entry.status != crate::plan::Status::Planned {
                out.push(Self::META.finding(format!("joblog[{}].date", e.i), t(format!("Ansøgningen er dateret {}, efter i dag.", e.date), format!("The application is dated {}, after today.", e.date)), fix()));
            }
            if let Some(f) = e.entry.follow_up.as_deref().and_then(|f| crate::common::Date::parse(f.trim())).filter(|f| *f < e.date) {
                out.push(Self::META.finding(format!("joblog[{}].follow_up", e.i), t(format!("Opfølgningen ({f}) ligger før ansøgningen ({}).", e.date), format!("The follow-up ({f}) is before the application ({}).", e.date)), fix()));
            }
        }
        for (i, a) in ctx.agreements.iter().enumerate() {
            if let (Some(d), Some(dl)) = (a.date, a.deadline) {
                if dl < d {
                    out.push(Self::META.finding(format!("agreements[{i}].deadline"), t(format!("Fristen ({dl}) ligger før aftalens dato ({d})."), format!("The deadline ({dl}) is before the agreement's date ({d}).")), fix()));
                }
            }
        }
    }
}
