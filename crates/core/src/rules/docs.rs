//! The rule reference in Markdown (`docs/*.md`, `jobspor <check> rules --markdown`), and the
//! fixed sections every rule's doc comment has.

use super::meta::RuleMeta;

/// The sections every rule's doc comment has, in this order (Ruff's shape: what, why, fix).
/// The third one reads "Sådan bruger du reglen / How to use it" for rules a caseworker applies
/// rather than fixes (the track rules).
pub const SECTIONS: [&str; 3] = ["## Hvad reglen tjekker / What it checks", "## Hvorfor / Why it matters", "## Sådan "];

pub use crate::common::text::unindent;

/// Markdown reference of a rule list: a table, then one section per rule with its docs and
/// examples.
pub fn markdown<X>(title: &str, intro: &str, metas: &[&RuleMeta<X>]) -> String {
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
pub fn shift_headings(md: &str) -> String {
    md.lines()
        .map(|l| if l.starts_with('#') { format!("#{l}\n") } else { format!("{l}\n") })
        .collect()
}
