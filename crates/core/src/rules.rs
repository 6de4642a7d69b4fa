//! Shared rule plumbing for the checks that report plain findings (the ABC job plan, the job
//! order): one rule per file, declared with [`declare!`](crate::rules::declare), one registry
//! per check built with [`registry!`](crate::rules::registry).
//!
//! A rule's doc comment *is* its documentation, with fixed sections (Hvad reglen tjekker / What
//! it checks, Hvorfor / Why it matters – with the seed passage –, Sådan retter du / How to fix
//! it); its two examples (`fires` and `quiet`, JSON merge patches over the check's example
//! input) run as tests. Codes are stable: never reused or renumbered.
//!
//! In WebAssembly the long texts (docs and examples) are compiled out to save bytes; the CLI
//! and the generated Markdown reference carry them.

use crate::{Severity, Text};
use serde::Serialize;

pub use crate::cv::rules::StaticText;

/// Static description of a rule. (`CheckRuleMeta`, not `RuleMeta`: the CV check has its own
/// `RuleMeta`, and two TypeScript interfaces of one name would merge in a module's declarations.)
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CheckRuleMeta {
    /// Stable code, e.g. `AB101`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `row-without-functions`.
    pub name: &'static str,
    pub title: StaticText,
    /// Severity of its findings.
    pub severity: Severity,
    /// Where the rule comes from (seed and passage).
    pub source: &'static str,
    /// The rule's documentation in Markdown (Danish, then English per section). Empty in the
    /// WebAssembly build.
    #[serde(serialize_with = "serialize_docs")]
    pub docs: &'static str,
    /// Example input under which the rule fires (a JSON merge patch; empty in WebAssembly).
    pub fires_example: &'static str,
    /// Example input under which it stays quiet (empty in WebAssembly).
    pub quiet_example: &'static str,
}

/// The name the checks' code uses.
pub type RuleMeta = CheckRuleMeta;

impl CheckRuleMeta {
    /// The doc comment as Markdown, without the one space each `///` line starts with.
    pub fn docs_markdown(&self) -> String {
        unindent(self.docs)
    }

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

pub(crate) fn unindent(docs: &str) -> String {
    let mut out = String::with_capacity(docs.len());
    for line in docs.lines() {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    out
}

fn serialize_docs<S: serde::Serializer>(docs: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&unindent(docs))
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

/// A registered rule: its metadata and its check.
pub struct Rule<F: 'static> {
    pub meta: &'static RuleMeta,
    pub run: F,
}

/// Declares a rule struct with a `META` constant; its doc comment becomes [`RuleMeta::docs`].
///
/// ```ignore
/// crate::rules::declare! {
///     /// ## Hvad reglen tjekker / What it checks
///     /// …
///     pub struct RowWithoutFunctions {
///         code: "AB101",
///         name: "row-without-functions",
///         title: ("Ingen jobfunktioner", "No job functions"),
///         severity: Warning,
///         source: "seed 004, ABC-jobplan",
///         fires: r#"{"rows": …}"#,
///         quiet: r#"{}"#,
///     }
/// }
/// ```
macro_rules! declare {
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident {
            code: $code:literal,
            name: $slug:literal,
            title: ($title_da:literal, $title_en:literal),
            severity: $severity:ident,
            source: $source:literal,
            fires: $fires:literal,
            quiet: $quiet:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        ///
        /// ## Eksempel / Example
        ///
        /// Fires (merged into the example input):
        #[doc = concat!("```json\n", $fires, "\n```")]
        /// Stays quiet:
        #[doc = concat!("```json\n", $quiet, "\n```")]
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                code: $code,
                name: $slug,
                title: $crate::rules::StaticText { da: $title_da, en: $title_en },
                severity: $crate::Severity::$severity,
                source: $source,
                docs: if cfg!(target_arch = "wasm32") { "" } else { concat!($($doc, "\n"),+) },
                fires_example: if cfg!(target_arch = "wasm32") { "" } else { $fires },
                quiet_example: if cfg!(target_arch = "wasm32") { "" } else { $quiet },
            };
        }
    };
}
pub(crate) use declare;

/// Declares the rule modules and the `RULES` registry of a check. `$run` is the function-pointer
/// type every rule's `run` has, e.g. `for<'a> fn(&Ctx<'a>, &mut Vec<Finding>)`.
macro_rules! registry {
    ($run:ty; $($module:ident :: $rule:ident),* $(,)?) => {
        $(mod $module;)*
        /// Every rule, in code order.
        pub(crate) static RULES: &[$crate::rules::Rule<$run>] = &[
            $($crate::rules::Rule { meta: &$module::$rule::META, run: $module::$rule::run }),*
        ];

        /// Every rule's metadata, in code order.
        pub fn metas() -> Vec<&'static $crate::rules::RuleMeta> {
            RULES.iter().map(|r| r.meta).collect()
        }

        /// Looks a rule up by code (any case) or name.
        pub fn rule_meta(code_or_name: &str) -> Option<&'static $crate::rules::RuleMeta> {
            RULES.iter().map(|r| r.meta).find(|m| m.code.eq_ignore_ascii_case(code_or_name) || m.name == code_or_name)
        }
    };
}
pub(crate) use registry;

/// Derives what a check's public output types need – serde both ways, JSON Schema (`schema`
/// feature) and TypeScript (`ts` feature) – for each item.
macro_rules! output {
    ($($item:item)*) => {
        $(
            #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
            #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
            #[cfg_attr(feature = "ts", derive(tsify::Tsify))]
            $item
        )*
    };
}
pub(crate) use output;

/// Markdown reference of a rule list (`docs/*.md`, `jobspor … rules --markdown`).
pub fn markdown(title: &str, intro: &str, metas: &[&RuleMeta]) -> String {
    let mut out = format!("# {title}\n\n{intro}\n\n| Code | Name | Severity | Titel / Title |\n|---|---|---|---|\n");
    for m in metas {
        out.push_str(&format!(
            "| [{}](#{}) | `{}` | {:?} | {} / {} |\n",
            m.code,
            m.code.to_lowercase(),
            m.name,
            m.severity,
            m.title.da,
            m.title.en
        ));
    }
    for m in metas {
        out.push_str(&format!(
            "\n## {}\n\n**{}** / {} · `{}` · {:?} · {}\n\n{}",
            m.code,
            m.title.da,
            m.title.en,
            m.name,
            m.severity,
            m.source,
            shift_headings(&m.docs_markdown())
        ));
        out.push_str(&format!(
            "\n**Eksempel / Example** – fires:\n\n```json\n{}\n```\n\nstays quiet:\n\n```json\n{}\n```\n",
            m.fires_example, m.quiet_example
        ));
    }
    out
}

/// `## ` → `### ` so a rule's sections sit under its heading.
fn shift_headings(md: &str) -> String {
    md.lines()
        .map(|l| if l.starts_with('#') { format!("#{l}\n") } else { format!("{l}\n") })
        .collect()
}

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
