use super::*;
use crate::smart::model::Verdict::*;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Et job (ikke en handling) med en frist kortere end `min_days_to_job` dage (standard 14): "fast
    /// job i morgen", "blive ansat inden for en uge". Mangler. / A job wanted sooner than
    /// `min_days_to_job` days: missing.
    ///
    /// ## Hvorfor / Why it matters
    /// Et realistisk mål giver "en realistisk chance for at nå målet" (seed 003 §3.3). A hiring process
    /// takes weeks; a job "tomorrow" sets the person up to fail.
    ///
    /// ## Sådan retter du / How to fix
    /// Giv målet en realistisk frist ("inden for 3 måneder"), og aftal hvad du gør i mellemtiden. / Give
    /// the goal a realistic deadline.
    pub struct TooSoon {
        code: "SM405",
        name: "too-soon",
        title: ("For kort frist til et job", "Too soon for a job"),
        criterion: Realistic,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3",
        quiet: "Du søger 3 stillinger som lagermedarbejder om ugen inden for 3 måneder",
        fires: "Få fast job som lagermedarbejder i morgen",
    }
}

impl TooSoon {
    pub(super) fn run(a: &Analysis, o: &SmartOptions) -> Option<Outcome> {
        let about_job = match a.kind {
            Kind::Goal => a.is_about_a_job() && !(a.main_occupations().next().is_none() && Analysis::main(&a.educations).next().is_some()),
            Kind::Agreement => a.outcomes.iter().any(|x| !x.f.aside && !x.intermediate),
        };
        if !about_job {
            return None;
        }
        let t = a.times.iter().filter(|t| t.kind.is_deadline() && !t.range_start).filter_map(|t| t.days.map(|d| (d, t))).min_by_key(|(d, _)| *d)?;
        let (days, time) = t;
        if days < 0 || days >= o.min_days_to_job as i64 {
            return None;
        }
        let q = a.quote(time.f.span);
        Some(
            Outcome::new(
                Missing,
                Text::new(
                    format!("Et job \"{q}\" er ikke realistisk: det tager som regel flere uger at blive ansat."),
                    format!("A job \"{q}\" is not realistic: getting hired usually takes weeks."),
                ),
                Text::new(
                    "Giv målet en realistisk frist, fx \"inden for 3 måneder\", og aftal hvad du gør i mellemtiden.",
                    "Give the goal a realistic deadline, e.g. \"inden for 3 måneder\" (within 3 months), and agree on what you do meanwhile.",
                ),
            )
            .with([(time.f.span, "deadline")]),
        )
    }
}
