use super::*;
use crate::smart::model::Verdict::*;
use crate::lexicon::danish::ActionClass;
use crate::smart::analyse::NounClass;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Mængder, ingen kan nå: flere ansøgninger om ugen end `max_applications_per_week` (standard 25)
    /// eller flere opkald/kontakter/besøg end `max_contacts_per_week` (standard 40). Et antal uden
    /// hyppighed regnes om til en uge med fristen: 50 ansøgninger "i morgen" er 250 om ugen (en dag er
    /// 5 arbejdsdage om ugen). Uden frist bruges næste samtale (eller `assumed_days_to_meeting`). /
    /// Amounts no one can reach, per week; an amount with a deadline is converted to a weekly rate.
    ///
    /// ## Hvorfor / Why it matters
    /// "Hjælp med at formulere et realistisk mål, så vedkommende har en realistisk chance for at nå
    /// målet" (seed 003 §3.3). 100 applications a week can't be written with care, so the agreement
    /// will be broken.
    ///
    /// ## Sådan retter du / How to fix
    /// Sæt et tal, du kan nå med gode ansøgninger, fx 2–5 om ugen. / Set a number you can reach.
    pub struct ImplausibleAmount {
        code: "SM404",
        name: "implausible-amount",
        title: ("Urealistisk mængde", "Implausible amount"),
        criterion: Realistic,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du søger 25 stillinger om ugen som lagermedarbejder",
        fires: "Du søger 100 job om ugen som lagermedarbejder",
    }
}

impl ImplausibleAmount {
    pub(super) fn run(a: &Analysis, o: &SmartOptions) -> Option<Outcome> {
        let horizon = a.horizon_days(o);
        for q in a.quantities.iter().filter(|q| !q.f.aside && q.value > 0.0) {
            let apply = match q.class {
                NounClass::Apply => true,
                NounClass::Contact => false,
                NounClass::Outcome => continue,
                NounClass::Other => {
                    match a.main_actions().find(|x| x.f.sentence == q.f.sentence) {
                        Some(x) => x.class == ActionClass::Apply,
                        None => continue,
                    }
                }
            };
            let freq = a.frequencies.iter().find(|f| !f.f.aside && f.f.sentence == q.f.sentence);
            let (rate, per) = match (freq, horizon) {
                (Some(f), _) => (q.value * f.per_week, Some(f.f.span)),
                (None, Some(days)) => {
                    let workdays = ((days.max(1) as f64) * 5.0 / 7.0).round().max(1.0);
                    (q.value * 5.0 / workdays, None)
                }
                (None, None) => continue,
            };
            let max = if apply { o.max_applications_per_week } else { o.max_contacts_per_week };
            let limit = max as f64;
            if rate > limit {
                // Not `f64`'s Display, which would link core's float formatter.
                let about = crate::common::fmt_rounded(rate);
                let what = if apply { ("ansøgninger", "applications") } else { ("kontakter", "contacts") };
                let text = a.quote(q.f.span);
                let mut out = Outcome::new(
                    Missing,
                    Text::new(
                        format!("\"{text}\" svarer til ca. {about} {} om ugen; mere end {max} er ikke realistisk.", what.0),
                        format!("\"{text}\" comes to about {about} {} a week; more than {max} is not realistic.", what.1),
                    ),
                    Text::new(
                        format!("Sæt et antal, du kan nå med omhu, fx 2–5 {} om ugen.", what.0),
                        format!("Set a number you can reach with care, e.g. 2–5 {} a week.", what.1),
                    ),
                )
                .with([(q.f.span, "quantity")]);
                if let Some(p) = per {
                    out = out.with([(p, "frequency")]);
                }
                return Some(out);
            }
        }
        None
    }
}
