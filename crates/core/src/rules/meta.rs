//! [`RuleMeta`]: the one description of a rule every check shares, with a per-check `extra`.

use crate::common::text::unindent;
use crate::Severity;
use serde::ser::SerializeStruct;
use serde::Serialize;

pub use crate::common::text::StaticText;

/// What a check adds to [`RuleMeta`]: its own fields (`()` for none), how they are written in
/// JSON (as top-level keys beside the common ones), and the old spellings of the examples.
pub trait Extra: Sized + Sync + 'static {
    /// The value before `declare_rule!` sets the fields.
    const BLANK: Self;
    /// False when the check's rules have no severity of their own (SMART, track): the key is
    /// then left out of the JSON.
    const HAS_SEVERITY: bool = true;
    /// Writes the extra fields as top-level keys.
    fn serialize_fields<S: SerializeStruct>(&self, _s: &mut S) -> Result<(), S::Error> {
        Ok(())
    }
    /// `(pass_example, fail_example)` for the checks that published their examples under those
    /// names (CV, SMART): both spellings are written.
    fn pass_fail(&self, _fires: &'static str, _quiet: &'static str) -> Option<(&'static str, &'static str)> {
        None
    }
}

impl Extra for () {
    const BLANK: Self = ();
}

/// Static description of a rule, the same for every check; `extra` holds what one check adds
/// (CV: category, module, weight …; SMART: criterion, applies, positive; track: kind, track).
/// The check's own fields read through it (`meta.weight`, via `Deref`).
#[derive(Debug, Clone)]
pub struct RuleMeta<X: 'static = ()> {
    /// Stable code, e.g. `AB101`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `row-without-functions`.
    pub name: &'static str,
    pub title: StaticText,
    /// Severity of its findings (`Info` and not written for checks without one).
    pub severity: Severity,
    /// Where the rule comes from (seed and passage).
    pub source: &'static str,
    /// The rule's doc comment: Markdown, Danish then English per section. Empty without the
    /// `docs` feature (the WebAssembly modules that don't show it).
    pub docs: &'static str,
    /// Example input under which the rule fires (empty without the `docs` feature).
    pub fires_example: &'static str,
    /// Example input under which it stays quiet (empty without the `docs` feature).
    pub quiet_example: &'static str,
    /// What the check adds.
    pub extra: X,
}

impl<X: Extra> RuleMeta<X> {
    /// The value `declare_rule!` starts from.
    pub const BLANK: Self = RuleMeta {
        code: "",
        name: "",
        title: StaticText { da: "", en: "" },
        severity: Severity::Info,
        source: "",
        docs: "",
        fires_example: "",
        quiet_example: "",
        extra: X::BLANK,
    };
}

impl<X> RuleMeta<X> {
    /// The doc comment as Markdown, without the one space each `///` line starts with.
    pub fn docs_markdown(&self) -> String {
        unindent(self.docs)
    }

    /// True for `code` (any case) or `name`.
    pub fn is(&self, code_or_name: &str) -> bool {
        self.code.eq_ignore_ascii_case(code_or_name) || self.name == code_or_name
    }
}

impl<X> std::ops::Deref for RuleMeta<X> {
    type Target = X;
    fn deref(&self) -> &X {
        &self.extra
    }
}

impl<X: Extra> Serialize for RuleMeta<X> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut s = ser.serialize_struct("RuleMeta", 16)?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("title", &self.title)?;
        if X::HAS_SEVERITY {
            s.serialize_field("severity", &self.severity)?;
        }
        self.extra.serialize_fields(&mut s)?;
        s.serialize_field("source", self.source)?;
        s.serialize_field("docs", &unindent(self.docs))?;
        if let Some((pass, fail)) = self.extra.pass_fail(self.fires_example, self.quiet_example) {
            s.serialize_field("pass_example", pass)?;
            s.serialize_field("fail_example", fail)?;
        }
        s.serialize_field("fires_example", self.fires_example)?;
        s.serialize_field("quiet_example", self.quiet_example)?;
        s.end()
    }
}

/// The TypeScript of the rule descriptions (the names the JS API has always published).
#[cfg(feature = "ts")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const RULE_META_TS: &str = r#"
/** A `Text` known at compile time. */
export interface StaticText {
    da: string;
    en: string;
}

/** Static description of a CV rule (`cvRules()`). */
export interface RuleMeta {
    /** Stable code, e.g. `CV101`. */
    code: string;
    /** Kebab-case name, e.g. `job-wish-without-qualifications`. */
    name: string;
    /** Short title. */
    title: StaticText;
    /** Severity of its findings. */
    severity: Severity;
    /** Which score the rule feeds. */
    category: Category;
    /** The Jobnet CV module the rule belongs to. */
    module: Module;
    /** Default weight: points of its category's 100 that the rule can take away. */
    weight: number;
    /** True for the parts of Jobnet's own rule for a searchable CV. */
    jobnet_required: boolean;
    /** Code of the rule this one builds on (empty if none). */
    requires: string;
    /** Where the rule comes from. */
    source: string;
    /** The rule's documentation in Markdown (Danish, then English), its doc comment. */
    docs: string;
    /** A JSON merge patch over the example CV under which the rule does not fire. */
    pass_example: string;
    /** A JSON merge patch over the example CV under which the rule fires. */
    fail_example: string;
    /** The same as `fail_example`. */
    fires_example: string;
    /** The same as `pass_example`. */
    quiet_example: string;
}

/** Static description of a rule of the ABC and job-order checks (`abcRules()`, `jobOrderRules()`). */
export interface CheckRuleMeta {
    /** Stable code, e.g. `AB101`. */
    code: string;
    /** Kebab-case name, e.g. `row-without-functions`. */
    name: string;
    title: StaticText;
    /** Severity of its findings. */
    severity: Severity;
    /** Where the rule comes from (seed and passage). */
    source: string;
    /** The rule's documentation in Markdown. Empty in the WebAssembly build. */
    docs: string;
    /** Example input under which the rule fires (empty in WebAssembly). */
    fires_example: string;
    /** Example input under which it stays quiet (empty in WebAssembly). */
    quiet_example: string;
}

/** Static description of a track rule (`trackRules()`). */
export interface TrackRuleMeta {
    /** Stable code, e.g. `TR301`. */
    code: string;
    /** Kebab-case name, e.g. `long-term-unemployed`. */
    name: string;
    title: StaticText;
    kind: RuleKind;
    /** The track the rule speaks for or against (none for the start phase and decisions). */
    track: Track | null;
    /** Where the rule comes from. */
    source: string;
    /** The rule's documentation in Markdown. Empty in the WebAssembly build. */
    docs: string;
    /** `{"profile": patch, "config": …}` under which the rule fires (empty in WebAssembly). */
    fires_example: string;
    /** `{"profile": patch, "config": …}` under which it does not (empty in WebAssembly). */
    quiet_example: string;
}
"#;
