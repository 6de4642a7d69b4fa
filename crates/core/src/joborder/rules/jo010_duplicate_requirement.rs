use super::Ctx;
use crate::rules::Finding;
use crate::Text;

crate::rules::declare! {
    /// ## Hvad reglen tjekker / What it checks
    /// At det samme krav (samme type og værdi, uanset store/små bogstaver) ikke står to gange. /
    /// That the same requirement is not listed twice.
    ///
    /// ## Hvorfor / Why it matters
    /// Et krav, der står både som ufravigeligt og som knap så vigtigt, er uklart for den, der
    /// udsøger (seed 002 §4.1: hvilke krav er ufravigelige?), og tæller dobbelt i prioriteringen. /
    /// A requirement both mandatory and nice to have is unclear and counts twice.
    ///
    /// ## Sådan retter du / How to fix it
    /// Slet den ene, og beslut, om kravet er ufravigeligt. / Delete one and decide whether it is
    /// mandatory.
    pub struct DuplicateRequirement {
        code: "JO010",
        name: "duplicate-requirement",
        title: ("Kravet står to gange", "Requirement listed twice"),
        severity: Warning,
        source: "seed 002 §4.1",
        fires: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "qualification", "value": "truckkørsel ", "mandatory": false}]}"#,
        quiet: r#"{"requirements": [{"kind": "qualification", "value": "Truckkørsel", "mandatory": true}, {"kind": "certificate", "value": "Truckkørsel", "mandatory": false}]}"#,
    }
}

impl DuplicateRequirement {
    pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
        let reqs = &ctx.order.requirements;
        if reqs.len() > 200 {
            return; // quadratic; no real order has that many
        }
        let key = |r: &crate::joborder::model::Requirement| r.value_text().to_lowercase();
        for (j, b) in reqs.iter().enumerate() {
            if !b.has_value() {
                continue;
            }
            if let Some(i) = reqs[..j].iter().position(|a| a.kind == b.kind && key(a) == key(b)) {
                let v = reqs[i].value_text();
                out.push(Self::META.finding(
                    format!("requirements[{j}]"),
                    Text::new(format!("Kravet \"{v}\" står også som krav nr. {}.", i + 1), format!("The requirement \"{v}\" is also requirement no. {}.", i + 1)),
                    Text::new("Slet det ene, og beslut, om kravet er ufravigeligt.", "Delete one and decide whether it is mandatory."),
                ));
            }
        }
    }
}
