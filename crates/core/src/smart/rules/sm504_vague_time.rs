use super::*;
use crate::smart::model::Verdict::*;
use crate::smart::analyse::TimeKind;

declare_rule! {
    /// ## Hvad reglen tjekker / What it checks
    /// Tidsord, der ikke er en frist: "hurtigst muligt", "snart", "på sigt", "løbende", "senere",
    /// "indtil videre". Mangler, når der ikke også er en frist. / Time words that are no deadline:
    /// missing unless there is also a deadline.
    ///
    /// ## Hvorfor / Why it matters
    /// Tidsbestemt betyder "en deadline for, hvornår målet skal være nået" (seed 003 §3.3).
    /// "Hurtigst muligt" sounds urgent but can't be followed up: DOMAIN.md §3 and the issue count it as
    /// not time-bound.
    ///
    /// ## Sådan retter du / How to fix
    /// Skriv hvornår: "inden fredag", "frem til næste samtale". / Say when.
    pub struct VagueTime {
        code: "SM504",
        name: "vague-time",
        title: ("Vag tid", "Vague time"),
        criterion: TimeBound,
        applies: Both,
        positive: false,
        source: "seed 003 §3.3; DOMAIN.md §3",
        quiet: "Du sender ansøgninger til stillinger som kok inden fredag",
        fires: "hurtigst muligt sender du ansøgninger til relevante stillinger",
    }
}

impl VagueTime {
    pub(super) fn run(a: &Analysis, _: &SmartOptions) -> Option<Outcome> {
        if a.times.iter().any(|t| t.kind != TimeKind::Vague) {
            return None;
        }
        let first = a.times.first()?;
        let q = a.quote(first.f.span);
        let when = suggested_time(a);
        Some(
            Outcome::new(
                Missing,
                Text::new(format!("\"{q}\" er ikke en frist: det kan ikke følges op, hvornår det er sket."), format!("\"{q}\" is not a deadline: no one can follow up when it happened.")),
                Text::new(format!("Skriv hvornår, fx {}.", when.da), format!("Say when, e.g. {}.", when.en)),
            )
            .with(a.times.iter().map(|t| (t.f.span, "vague_time"))),
        )
    }
}
