use super::Ctx;
use crate::joborder::model::RequirementKind;
use crate::joborder::search::licence_bit;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At et kørekortkrav er en kørekortkategori: AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D,
    /// DE eller T (traktor). Skrivemåder som "C+E", "kat. C" og "C-kørekort" godtages. / That a
    /// licence requirement is a licence category.
    ///
    /// ## Hvorfor / Why it matters
    /// Jobnet søger på kørekort (seed 002 §2.1) efter kategori; "lastbil" eller "stort kørekort" kan
    /// ikke udsøges og springes over i søgesimulationen. / Jobnet searches licences by category; "lorry"
    /// can't be searched.
    ///
    /// ## Sådan retter du / How to fix it
    /// Skriv kategorien, fx "C" for lastbil over 3.500 kg eller "CE" for lastbil med påhængsvogn. /
    /// Write the category, e.g. "C" for a lorry or "CE" for a lorry with a trailer.
    pub struct LicenceCategoryUnknown {
        code: "JO008",
        name: "licence-category-unknown",
        title: ("Ukendt kørekortkategori", "Unknown licence category"),
        severity: Error,
        source: "seed 002 §2.1 (Kørekort), §4.1",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "driving_licence", "value": "stort kørekort", "mandatory": true}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "driving_licence", "value": "C+E", "mandatory": true}]}"#,
    }
}

impl LicenceCategoryUnknown {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        for (i, r) in ctx.of_kind(RequirementKind::DrivingLicence) {
            if let Some(t) = r.text().filter(|t| licence_bit(t).is_none()) {
                let q = crate::text::quote(t);
                out.push(Self::META.finding(
                    format!("requirements[{i}].value"),
                    Text::new(format!("\"{q}\" er ikke en kørekortkategori, så der kan ikke søges på det."), format!("\"{q}\" is not a licence category, so it can't be searched.")),
                    Text::new(
                        "Skriv kategorien: B (bil), C1, C (lastbil), CE (lastbil med påhængsvogn), D (bus) osv.",
                        "Write the category: B (car), C1, C (lorry), CE (lorry with trailer), D (bus) etc.",
                    ),
                ));
            }
        }
    }
}
