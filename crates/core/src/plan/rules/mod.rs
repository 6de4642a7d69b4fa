//! The plan rules: one rule per file, declared with [`crate::rules::declare!`], one registry
//! ([`RULES`]).
//!
//! A rule's two examples are JSON merge patches over the example input `{"plan":
//! tests/fixtures/plan/plan.json, "config": tests/fixtures/plan/options.json}` (a patch's list
//! replaces the whole list); `tests.rs` runs them all. Codes are stable: never reused or
//! renumbered.
//!
//! Codes: `PL0xx` the jobspor, `PL1xx` the jobmål, `PL2xx` the CV, `PL3xx` agreements and
//! activities, `PL4xx` the joblog.

use super::Ctx;

crate::rules::registry! {
    findings Ctx;
    pl001_fewer_than_three_jobspor::FewerThanThreeJobspor,
    pl002_jobspor_without_reason::JobsporWithoutReason,
    pl003_jobspor_same_area::JobsporSameArea,
    pl004_jobspor_not_concrete::JobsporNotConcrete,
    pl005_unknown_jobspor_id::UnknownJobsporId,
    pl006_jobspor_without_demand::JobsporWithoutDemand,
    pl101_job_goal_missing::JobGoalMissing,
    pl102_job_goal_not_among_jobspor::JobGoalNotAmongJobspor,
    pl201_jobspor_not_in_cv::JobsporNotInCv,
    pl202_cv_wish_outside_jobspor::CvWishOutsideJobspor,
    pl301_agreement_without_jobspor::AgreementWithoutJobspor,
    pl302_activity_without_jobspor::ActivityWithoutJobspor,
    pl303_jobspor_without_agreement::JobsporWithoutAgreement,
    pl401_entry_in_no_jobspor::EntryInNoJobspor,
    pl402_too_few_applications::TooFewApplications,
    pl403_agreed_application_missing::AgreedApplicationMissing,
    pl404_follow_up_passed::FollowUpPassed,
    pl405_one_jobspor_for_weeks::OneJobsporForWeeks,
    pl406_dates_out_of_order::DatesOutOfOrder,
    pl407_agreed_amount_short::AgreedAmountShort,
}

#[cfg(test)]
pub(crate) mod tests;
