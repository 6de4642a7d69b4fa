//! The job order (jobordre) and the search simulation (seed 002 §2, §4, appendix C).
