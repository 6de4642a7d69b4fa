//! The text folding lives in [`crate::common::fold`] (one copy for the crate and `build.rs`).

pub use crate::common::fold::*;
