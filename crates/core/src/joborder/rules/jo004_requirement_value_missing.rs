use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At hvert krav har en værdi: en tekst, et antal år, et niveau eller `true`. / That every
    /// requirement has a value.
    ///
    /// ## Hvorfor / Why it matters
    /// Et krav uden værdi ("kørekort: ?") kan ikke udsøges (seed 002 §2.1); søgningen springer det
    /// over, og virksomheden tror, det er med. / A requirement without a value can't be searched:
    /// the search skips it while the company thinks it counts.
    ///
    /// ## Sådan retter du / How to fix it
    /// Udfyld værdien (fx kørekort "C") eller slet kravet. / Fill in the value or delete the
    /// requirement.
    pub struct RequirementValueMissing {
        code: "JO004",
        name: "requirement-value-missing",
        title: ("Krav uden værdi", "Requirement without a value"),
        severity: Error,
        source: "seed 002 §4.1, §2.1",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "driving_licence", "value": null, "mandatory": true}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "driving_licence", "value": "C", "mandatory": true}]}"#,
    }
}

impl RequirementValueMissing {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, r) in ctx.order.requirements.iter().enumerate() {
            if !r.has_value() {
                let (da, en) = r.kind.label();
                out.push(Self::META.finding(
                    format!("requirements[{i}].value"),
                    Text::new(format!("Kravet om {da} har ingen værdi, så søgningen kan ikke bruge det."), format!("The {en} requirement has no value, so the search can't use it.")),
                    Text::new("Udfyld værdien, eller slet kravet.", "Fill in the value or delete the requirement."),
                ));
            }
        }
    }
}
