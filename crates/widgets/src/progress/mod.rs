//! Following progress (issue 18) as custom elements of the `progress` module (the JS shim in
//! `pkg-config/progress.js` defines them):
//!
//! `<jobspor-progress-card>` – the progression card (Progressionskort, seed 002 appendix F):
//! - attributes: `lang` (`da` default, `en`);
//! - properties: `value` (read/write, `ProgressCard`: the header, the date columns with their
//!   scores, "Særlige hensyn"; no CPR field), `config` (read/write, `ProgressConfig`: the
//!   weights, equal by default), `result` (read-only: the latest `ProgressResult`);
//! - event: `result` (bubbles, composed) after every change, `detail` = `ProgressResult`.
//!
//! `<jobspor-placement-followup>` – the work-placement follow-up (seed 003 §4.2):
//! - attributes: `lang`;
//! - properties: `value` (read/write, `PlacementFollowup`), `config` (read/write,
//!   `FollowupConfig`), `result` (read-only: the latest `FollowupResult`);
//! - event: `result` after every change, `detail` = `FollowupResult`.

mod card;
mod followup;
mod labels;

#[cfg(test)]
mod tests;

use jobspor_core::rules::Finding;
use yew::prelude::*;

use crate::i18n::Lang;

use crate::element::to_json;
pub(crate) use card::State as CardState;
use card::{CardApp, LoadError, Msg as CardMsg};
pub(crate) use followup::State as FollowupState;
use followup::{FollowupApp, Msg as FollowupMsg};

crate::element::element! {
    /// The Rust side of `<jobspor-progress-card>`.
    ProgressCardElement(CardApp, CardState, CardMsg), result: "ProgressResult | null";
    /// The card (a plain object in the `ProgressCard` contract).
    value: "ProgressCard | null" = |s| to_json(&s.card);
    /// Replaces the card (`null`: an empty card). Invalid input keeps the card and shows the
    /// error naming the field.
    set_value: "ProgressCard | string | null | undefined" = ("the progression card", "progressionskortet", jobspor_core::progress::parse_card) |s, parsed| {
        let e = parsed.map(|c| s.set_card(c.unwrap_or_default())).err().map(LoadError::Value);
        s.load(e, |e| matches!(e, LoadError::Value(_)));
    };

    /// The configuration in force (the weights).
    config: "ProgressConfig | null" = |s| to_json(&s.config);
    /// Replaces the configuration (`null`: equal weights); invalid configuration is shown and
    /// ignored.
    set_config: "ProgressConfig | string | null | undefined" = ("the configuration", "indstillingerne", jobspor_core::progress::parse_config) |s, parsed| {
        let e = parsed.map(|c| s.config = c.unwrap_or_default()).err().map(LoadError::Config);
        s.load(e, |e| matches!(e, LoadError::Config(_)));
    };
}

crate::element::element! {
    /// The Rust side of `<jobspor-placement-followup>`.
    PlacementFollowupElement(FollowupApp, FollowupState, FollowupMsg), result: "FollowupResult | null";
    /// The follow-up (a plain object in the `PlacementFollowup` contract).
    value: "PlacementFollowup | null" = |s| to_json(&s.value);
    /// Replaces the follow-up (`null`: one empty visit). Invalid input keeps it and shows the
    /// error naming the field.
    set_value: "PlacementFollowup | string | null | undefined" = ("the follow-up", "opfølgningen", jobspor_core::progress::parse_followup) |s, v| s.value = v.unwrap_or_else(|| FollowupState::default().value); clears load_error;

    /// The configuration in force (`min_gap`).
    config: "FollowupConfig | null" = |s| to_json(&s.config);
    /// Replaces the configuration (`null`: the defaults); invalid configuration is shown and
    /// ignored.
    set_config: "FollowupConfig | string | null | undefined" = ("the configuration", "indstillingerne", jobspor_core::progress::followup::parse_config) |s, c| s.config = c.unwrap_or_default(); keeps load_error;
}

/// The stylesheet of the progress widgets, appended to the widgets' shared one in this module's
/// build only.
pub const CSS: &str = include_str!("progress.css");

use crate::form::{edit, opt};

/// The core's findings: code, message and fix.
fn findings(f: &[Finding], lang: Lang, l: &labels::Labels) -> Html {
    crate::form::findings("pc", f, lang, crate::form::FindingWords { findings: l.findings, no_findings: l.no_findings, fix: l.fix })
}
