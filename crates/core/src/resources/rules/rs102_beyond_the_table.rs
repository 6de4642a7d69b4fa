use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert scenarie (og `target`) kan dækkes i tabellen "Årsværk" med det valgte antal
    /// samtaler pr. dag (`per_day`). / That every scenario (and the target) is covered in the
    /// Årsværk table at the chosen conversations per day.
    ///
    /// ## Hvorfor / Why it matters
    /// Seed 004 (marselisborg-langtidsledighed-guide.txt:4434–4437): "I tabellen 'Årsværk' kan
    /// lederen herefter finde frem til dét område, som indbefatter antallet af samtaler, og på den
    /// baggrund … træffe beslutning om, hvorvidt der skal skrues på antallet af samtaler pr. dag
    /// eller på antallet af årsværk". Uden for tabellen er ingen af delene nok. / Beyond the table
    /// neither is enough.
    ///
    /// ## Sådan retter du / How to fix it
    /// Vælg flere samtaler pr. dag, færre samtaler pr. borger, eller udvid tabellen
    /// (`years_max`). / Choose more conversations per day, fewer per citizen, or a larger table.
    pub struct BeyondTheTable {
        code: "RS102",
        name: "beyond-the-table",
        title: ("Samtalerne dækkes ikke af tabellen", "The conversations are beyond the table"),
        severity: Info,
        source: "seed 004, Ressourceberegner (marselisborg-langtidsledighed-guide.txt:4434–4437)",
        fires: r#"{"input": {"per_day": 1}}"#,
        quiet: r#"{"input": {"per_day": 8}}"#,
    }
}

impl BeyondTheTable {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let r = ctx.result;
        let scenarios = r
            .whole_group
            .iter()
            .enumerate()
            .map(|(i, w)| (format!("whole_group[{i}]"), &w.cover))
            .chain(r.intensified.rows.iter().enumerate().map(|(i, w)| (format!("intensified.rows[{i}]"), &w.cover)))
            .chain(r.target.iter().map(|t| ("target".to_string(), t)));
        for (path, cover) in scenarios {
            let Some(chosen) = &cover.chosen else { continue };
            if chosen.years.is_none() {
                let (p, n, y) = (chosen.per_day, cover.conversations, ctx.config.years_max);
                out.push(Self::META.finding(
                    path,
                    Text::new(
                        format!("{n} samtaler om året kræver mere end {y} årsværk ved {p} samtaler pr. dag ({} årsværk).", crate::common::fmt_da(chosen.years_exact)),
                        format!("{n} conversations a year need more than {y} full-time years at {p} a day ({} years).", crate::common::fmt_num(chosen.years_exact)),
                    ),
                    Text::new(
                        "Vælg flere samtaler pr. dag eller færre samtaler pr. borger.",
                        "Choose more conversations per day or fewer conversations per citizen.",
                    ),
                ));
            }
        }
    }
}
