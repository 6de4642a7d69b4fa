use super::Ctx;
use crate::joborder::model::RequirementKind;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// Om jobordren kræver straffeattest. / Whether the order requires a criminal record.
    ///
    /// ## Hvorfor / Why it matters
    /// Straffeattest hører til minimumslisten (seed 002 §4.1), men den står ikke i et CV og er ikke
    /// blandt Jobnets søgefelter (§2.1). Den kan derfor ikke udsøges: søgesimulationen lader kravet
    /// stå uden at skjule nogen. / It is on the minimum list but not in a CV: it can't be searched
    /// and hides nobody.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv i opslaget, at der indhentes straffeattest ved ansættelse, og sig det til kandidaterne
    /// fra bruttolisten. / Say in the ad that a criminal record is requested when hiring.
    pub struct CriminalRecordNotSearchable {
        code: "JO013",
        name: "criminal-record-not-searchable",
        title: ("Straffeattest kan ikke udsøges", "Criminal record can't be searched"),
        severity: Info,
        source: "seed 002 §4.1 (straffeattest), §2.1 (søgefelter)",
        fires: r#"{"requirements": [{"kind": "criminal_record", "value": true, "mandatory": true}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}]}"#,
    }
}

impl CriminalRecordNotSearchable {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        if let Some((i, _)) = ctx.of_kind(RequirementKind::CriminalRecord).find(|(_, r)| r.value != Some(crate::joborder::model::RequirementValue::Bool(false))) {
            out.push(Self::META.finding(
                format!("requirements[{i}]"),
                Text::new(
                    "Straffeattest står ikke i et CV og kan ikke udsøges: kravet skjuler ingen i søgningen.",
                    "A criminal record is not in a CV and can't be searched: the requirement hides nobody.",
                ),
                Text::new(
                    "Skriv i opslaget, at der indhentes straffeattest ved ansættelse, og sig det til kandidaterne.",
                    "Say in the ad that a criminal record is requested when hiring, and tell the candidates.",
                ),
            ));
        }
    }
}
