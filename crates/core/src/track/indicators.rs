//! Indicators: the caseworker's risk indicators (seed 004, Mploy's list), the ones derived from
//! the profile (age, weeks unemployed, benefit weeks, readiness) and the education-boost traits.
//! They feed the risk score (each with a configurable weight) and the archetype match.

use super::config::TrackConfig;
use super::model::TrackProfile;
use crate::Text;
use serde::{Deserialize, Serialize};

/// Declares [`TrackIndicator`] from one list – each variant with its JSON name – and with it
/// [`TrackIndicator::ALL`] (the list's order) and [`TrackIndicator::id`].
macro_rules! indicators {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)+) => {
        /// Every indicator a weight or an archetype can name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "ts", derive(tsify::Tsify))]
        #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
        #[serde(rename_all = "snake_case")]
        pub enum TrackIndicator {
            $($(#[$doc])* $variant,)+
        }

        impl TrackIndicator {
            /// Every indicator, in declaration order.
            pub const ALL: [TrackIndicator; [$($id),+].len()] = [$(TrackIndicator::$variant),+];

            /// The JSON name, e.g. `no_network`.
            pub fn id(self) -> &'static str {
                match self {
                    $(TrackIndicator::$variant => $id,)+
                }
            }
        }
    };
}

indicators! {
    // Mploy's list (seed 004), as assessed by the caseworker in `indicators`.
    ExposedGroup = "exposed_group",
    UnstableAttachment = "unstable_attachment",
    ShortOrNoExperience = "short_or_no_experience",
    LowMobility = "low_mobility",
    UnwillingToChangeTrade = "unwilling_to_change_trade",
    CannotTransferCompetences = "cannot_transfer_competences",
    NoNetwork = "no_network",
    NarrowOrFewApplications = "narrow_or_few_applications",
    PersonalBarriers = "personal_barriers",
    HardBehaviour = "hard_behaviour",
    /// Low motivation (seed 004: "motivation ofte er en væsentlig moderator"); not Mploy's.
    LowMotivation = "low_motivation",
    // Derived from the profile.
    /// `age` over `age_threshold` (default 40; seed 004: "over 40 år").
    AgeOverThreshold = "age_over_threshold",
    /// `weeks_unemployed` at least `self_support_weeks` (default 39; seed 004).
    ManyWeeksUnemployed = "many_weeks_unemployed",
    /// Benefits in at least `long_term_share` (80 %) of the last 52 weeks (seed 004).
    LongTermUnemployed = "long_term_unemployed",
    /// `ready_for_job_now: false` without short upskilling (rule TR103).
    NotReadyNow = "not_ready_now",
    // Education-boost traits (no risk weight by default).
    /// No vocational or higher education (rule TR201).
    Unskilled = "unskilled",
    /// Education not used for `education_unused_years` (rule TR202).
    EducationNotUsed = "education_not_used",
    CareerChanger = "career_changer",
    WantsEducation = "wants_education",
    NeedsShortUpskilling = "needs_short_upskilling",
}

use TrackIndicator::*;

impl TrackIndicator {
    /// The indicators a caseworker ticks: Mploy's list in seed 004 (without ethnicity) and
    /// motivation – the first eleven of [`TrackIndicator::ALL`].
    pub const ASSESSED: [TrackIndicator; 11] = {
        let mut assessed = [ExposedGroup; 11];
        let mut i = 0;
        while i < assessed.len() {
            assessed[i] = Self::ALL[i];
            i += 1;
        }
        assessed
    };

    /// Counts towards the risk score by default (all but the education traits).
    pub fn is_risk(self) -> bool {
        !matches!(self, Unskilled | EducationNotUsed | CareerChanger | WantsEducation | NeedsShortUpskilling)
    }

    /// Jobspor's default weight in the risk score – a starting point of ours, not the seed's
    /// (seed 004 gives the indicators as examples for local archetypes, "ikke determinerende",
    /// l. 2385–2386): 1 per assessed indicator (Mploy's list and motivation) and for age; 3 (the
    /// default threshold: enough on its own) for long-term unemployed (seed 004's definition of
    /// the guide's group) and for not ready now; 0 for many weeks unemployed (39 weeks is a
    /// population figure in seed 004, l. 736–738 and 4432, not an individual indicator) and for
    /// the education traits. A host overrides any of them in `weights`.
    pub fn default_weight(self) -> f64 {
        match self {
            ManyWeeksUnemployed => 0.0,
            LongTermUnemployed | NotReadyNow => 3.0,
            i if i.is_risk() => 1.0,
            _ => 0.0,
        }
    }

    /// The indicator in words (Mploy's list is quoted from seed 004); thresholds from the config.
    pub fn label(self, c: &TrackConfig) -> Text {
        let s = |da: &str, en: &str| Text::new(da, en);
        match self {
            ExposedGroup => s(
                "Tilhører en målgruppe, der aktuelt er udsat på grund af konjunkturudviklingen",
                "Belongs to a group currently exposed by the business cycle",
            ),
            UnstableAttachment => s(
                "Har haft en ustabil tilknytning til arbejdsmarkedet gennem en længere årrække",
                "Has had an unstable attachment to the labour market over many years",
            ),
            ShortOrNoExperience => s("Har kort eller ingen erhvervserfaring", "Has short or no work experience"),
            LowMobility => s(
                "Er i begrænset omfang parat til eller i stand til at rejse/pendle for at opnå et nyt job",
                "Is only to a limited extent willing or able to travel/commute for a new job",
            ),
            UnwillingToChangeTrade => s(
                "Er i begrænset omfang parat til eller i stand til at skifte branche og jobfunktion",
                "Is only to a limited extent willing or able to change trade and job function",
            ),
            CannotTransferCompetences => s(
                "Kan ikke se egne kompetencer anvendt i andre brancher eller jobfunktioner",
                "Cannot see own competences used in other trades or job functions",
            ),
            NoNetwork => s(
                "Har ikke et aktivt netværk ud til virksomheder og arbejdspladser",
                "Has no active network to companies and workplaces",
            ),
            NarrowOrFewApplications => s(
                "Søger for få job eller søger job inden for et snævert jobområde",
                "Applies for too few jobs or within a narrow field",
            ),
            PersonalBarriers => s(
                "Har personlige karakteristika eller problemer, der gør det svært at opnå job",
                "Has personal characteristics or problems that make it hard to get a job",
            ),
            HardBehaviour => s(
                "Har en adfærd, der gør det svært at opnå job",
                "Has a behaviour that makes it hard to get a job",
            ),
            LowMotivation => s("Har lav motivation for at finde job", "Has low motivation for finding a job"),
            AgeOverThreshold => Text::new(format!("Er over {} år", c.age_threshold), format!("Is over {}", c.age_threshold)),
            ManyWeeksUnemployed => Text::new(
                format!("Har været ledig i mindst {} uger", fmt_da(c.self_support_weeks)),
                format!("Has been unemployed for at least {} weeks", fmt_num(c.self_support_weeks)),
            ),
            LongTermUnemployed => Text::new(
                format!("Langtidsledig: på ydelse i mindst {} % af de seneste 52 uger", fmt_da(c.long_term_share * 100.0)),
                format!("Long-term unemployed: on benefits in at least {} % of the last 52 weeks", fmt_num(c.long_term_share * 100.0)),
            ),
            NotReadyNow => s(
                "Er ikke klar til job nu, heller ikke efter kort opkvalificering",
                "Is not ready for a job now, not even after short upskilling",
            ),
            Unskilled => s(
                "Ufaglært: ingen erhvervsuddannelse eller videregående uddannelse",
                "Unskilled: no vocational or higher education",
            ),
            EducationNotUsed => Text::new(
                format!("Har ikke brugt sin uddannelse i mindst {} år", fmt_da(c.education_unused_years)),
                format!("Has not used their education for at least {} years", fmt_num(c.education_unused_years)),
            ),
            CareerChanger => s("Sporskifter: vil skifte til en anden branche", "Career changer: wants to change trade"),
            WantsEducation => s("Ønsker uddannelse", "Wants an education"),
            NeedsShortUpskilling => s("Har brug for kort opkvalificering", "Needs short upskilling"),
        }
    }
}

/// Danish numbers, at their old path.
pub use crate::common::number::{fmt_da, fmt_num};

/// The assessed indicators that are ticked in the profile.
pub(crate) fn assessed(p: &TrackProfile) -> impl Iterator<Item = TrackIndicator> + '_ {
    let i = &p.indicators;
    let flags = [
        i.exposed_group,
        i.unstable_attachment,
        i.short_or_no_experience,
        i.low_mobility,
        i.unwilling_to_change_trade,
        i.cannot_transfer_competences,
        i.no_network,
        i.narrow_or_few_applications,
        i.personal_barriers,
        i.hard_behaviour,
        i.low_motivation,
    ];
    TrackIndicator::ASSESSED.into_iter().zip(flags).filter(|(_, on)| *on).map(|(ind, _)| ind)
}

#[cfg(test)]
mod tests {
    use super::{fmt_da, fmt_num};

    #[test]
    fn numbers_to_two_decimals_without_trailing_zeros() {
        let cases = [(39.0, "39"), (41.6, "41.6"), (80.769, "80.77"), (0.5, "0.5"), (0.05, "0.05"), (-1.25, "-1.25"), (0.0, "0"), (1e20, "?")];
        for (x, s) in cases {
            assert_eq!(fmt_num(x), s, "{x}");
        }
        assert_eq!(fmt_da(80.8), "80,8");
    }
}
