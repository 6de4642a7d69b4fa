//! `<jobspor-track>`: the track assessment (sporvalg) for caseworkers as a custom element (the
//! JS shim in `pkg-config/jobspor.js` defines it and forwards its lifecycle to [`TrackElement`]).
//!
//! - attribute: `lang` (`da` default, `en`);
//! - properties: `profile` (read/write, the track profile contract), `config` (read/write,
//!   `TrackConfig`; its `override` is the caseworker's choice made in the widget), `result`
//!   (read-only: the latest result plus `checked`);
//! - event: `result` (bubbles, composed) after every change, `detail` = `TrackResult` plus
//!   `checked` (ids of the ticked actions). With an override, `track` is the caseworker's choice,
//!   `proposed_track` the original proposal and `override` the track with its written reason.

mod labels;
mod state;
mod view;

#[cfg(test)]
mod tests;

use jobspor_core::track::{parse_config, parse_profile};

use crate::element::to_json;
use state::{Form, LoadError};
pub(crate) use state::State;
pub use view::{Msg, TrackApp};

crate::element::element! {
    /// The Rust side of `<jobspor-track>`.
    TrackElement(TrackApp, State, Msg), result: "(TrackResult & { checked: string[] }) | null";
    /// The profile as currently filled in (a plain object in the profile contract).
    profile: "TrackProfile | null" = |s| to_json(&s.form.to_profile());
    /// Replaces the questionnaire's content. Invalid input keeps the form and shows the error.
    set_profile: "TrackProfile | string | null | undefined" = ("the profile", "profilen", parse_profile) |s, parsed| match parsed {
        Ok(p) => {
            s.form = Form::from_profile(p.unwrap_or_default());
            if matches!(s.ui.error, Some(LoadError::Profile(_))) {
                s.ui.error = None;
            }
        }
        Err(e) => s.ui.error = Some(LoadError::Profile(e)),
    };

    /// The configuration in force, with the caseworker's override.
    config: "TrackConfig | null" = |s| to_json(&s.config);
    /// Replaces the configuration (`null` for the defaults). Invalid configuration is shown and ignored.
    set_config: "TrackConfig | string | null | undefined" = ("the configuration", "indstillingerne", parse_config) |s, parsed| match parsed {
        Ok(c) => {
            s.config = c.unwrap_or_default();
            if matches!(s.ui.error, Some(LoadError::Config(_))) {
                s.ui.error = None;
            }
        }
        Err(e) => s.ui.error = Some(LoadError::Config(e)),
    };
}
