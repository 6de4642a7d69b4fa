//! The ABC job plan (seed 004): classification and plan checks.
