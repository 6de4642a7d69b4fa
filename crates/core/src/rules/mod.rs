//! The one rule kernel of every check (CV, SMART, track, ABC, job order): one rule per file,
//! declared with [`declare_rule!`](crate::rules::declare_rule), one registry per check built
//! with [`registry!`](crate::rules::registry), one [`RuleMeta`] with a per-check `extra`, one
//! Markdown generator ([`docs`]) and one test harness (`harness`, generic over the check).
//!
//! A rule's doc comment *is* its documentation, with fixed sections ([`SECTIONS`]: Hvad reglen
//! tjekker / What it checks, Hvorfor / Why it matters – with the seed passage –, Sådan retter du
//! / How to fix it); its two examples (`fires` and `quiet`: inputs, or JSON merge patches over
//! the check's example input) run as tests. Codes are stable: never reused or renumbered.
//!
//! The long texts (docs and examples) are compiled only with the `docs` cargo feature (the CLI,
//! the tests and the CV widget, which shows them); the other WebAssembly modules leave them out.
//! See docs/rules-kernel.md for how to add a rule or a check.

#[macro_use]
mod registry;
mod docs;
#[cfg(test)]
pub(crate) mod harness;
mod meta;

pub use docs::{markdown, shift_headings, unindent, SECTIONS};
pub use meta::{Extra, RuleMeta, StaticText};
#[allow(unused_imports)]
pub(crate) use registry::{declare_rule, registry, rule_field};
pub use registry::Rule;
pub(crate) use registry::docs_in;

use crate::{Severity, Text};
use serde::Serialize;

/// The spelling the ABC and job-order rule files use.
pub(crate) use registry::declare_rule as declare;

/// Static description of a rule of the checks without extra fields (ABC, job order). The
/// TypeScript name is `CheckRuleMeta` (apart from the CV's `RuleMeta`).
pub type CheckRuleMeta = RuleMeta<()>;

impl<X> RuleMeta<X> {
    /// A finding of this rule at `path`.
    pub fn finding(&self, path: impl Into<String>, message: Text, fix: Text) -> Finding {
        Finding {
            code: self.code.into(),
            rule: self.name.into(),
            severity: self.severity,
            path: path.into(),
            message,
            fix,
        }
    }
}

/// One finding: a rule that fired at one place of the input. (`CheckFinding`, apart from the CV
/// check's `Finding`, which has more fields: one TypeScript name each.)
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CheckFinding {
    /// Stable rule code, e.g. `AB101`.
    pub code: String,
    /// Rule name, e.g. `row-without-functions`.
    pub rule: String,
    pub severity: Severity,
    /// Path of the field, e.g. `rows[1].functions`; empty for the input as a whole.
    pub path: String,
    /// What the rule noticed, in plain words.
    pub message: Text,
    /// What to do about it.
    pub fix: Text,
}

/// The name the checks' code uses.
pub type Finding = CheckFinding;

impl CheckFinding {
    /// Sets another severity than the rule's default (e.g. advice that becomes a warning).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// The output derive, at its old path (`crate::rules::output!`).
#[allow(unused_imports)]
pub(crate) use crate::common::output;

/// RFC 7386 JSON merge patch, for rule examples (nulls are kept for scalar fields: the contracts
/// read null as unset).
pub fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    use serde_json::Value;
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_object() {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                } else {
                    t.insert(k.clone(), v.clone());
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

/// The most findings one rule reports in one check; the rest are one summary finding (so
/// 10,000 invalid values don't give megabytes of findings).
pub const MAX_FINDINGS_PER_RULE: usize = 20;

/// Keeps the first [`MAX_FINDINGS_PER_RULE`] findings of each rule and replaces the rest with
/// one summary finding of the same rule ("… and N more like this"), placed after them. The
/// checks push a rule's findings together, so one linear pass over runs of a code suffices.
pub fn cap_repeated(findings: &mut Vec<Finding>) {
    let mut out: Vec<Finding> = Vec::new();
    let mut i = 0;
    while i < findings.len() {
        let run = findings[i..].iter().take_while(|f| f.code == findings[i].code).count();
        if run > MAX_FINDINGS_PER_RULE && out.is_empty() {
            out.extend(findings[..i].iter().cloned());
        }
        if run > MAX_FINDINGS_PER_RULE || !out.is_empty() {
            let keep = run.min(MAX_FINDINGS_PER_RULE);
            out.extend(findings[i..i + keep].iter().cloned());
            if run > keep {
                let last = &findings[i + keep - 1];
                let more = run - keep;
                out.push(Finding {
                    code: last.code.clone(),
                    rule: last.rule.clone(),
                    severity: last.severity,
                    path: last.path.split('[').next().unwrap_or("").to_string(),
                    message: Text::new(
                        format!("… og {more} mere af samme slags (kun de første {MAX_FINDINGS_PER_RULE} vises)."),
                        format!("… and {more} more like this (only the first {MAX_FINDINGS_PER_RULE} are shown)."),
                    ),
                    fix: last.fix.clone(),
                });
            }
        }
        i += run;
    }
    if !out.is_empty() {
        *findings = out;
    }
}
