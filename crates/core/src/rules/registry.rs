//! `declare_rule!` (one rule) and `registry!` (a check's list of rules): the same two macros
//! for every check.

use super::meta::RuleMeta;

/// A registered rule: its metadata and its check (`F`, the function type every rule of one
/// check has).
pub struct Rule<X: 'static, F: 'static> {
    pub meta: &'static RuleMeta<X>,
    pub run: F,
}

impl<X, F> Rule<X, F> {
    /// The rule's metadata.
    pub fn meta(&self) -> &'static RuleMeta<X> {
        self.meta
    }
}

/// Declares a rule struct with a `META` constant ([`RuleMeta`] of the check's `Extra`, the type
/// named `Extra` in the module that declares the registry, i.e. `super::Extra` of the rule's
/// file). Its doc comment becomes [`RuleMeta::docs`]; the fields are the common ones and then
/// the check's own, in any order:
///
/// ```ignore
/// declare_rule! {
///     /// ## Hvad reglen tjekker / What it checks
///     /// …
///     pub struct RowWithoutFunctions {
///         code: "AB101",
///         name: "row-without-functions",
///         title: ("Ingen jobfunktioner", "No job functions"),
///         severity: Warning,          // Error | Warning | Info; omitted: Info
///         source: "seed 004, ABC-jobplan",
///         fires: r#"{"rows": …}"#,    // an input (patch) under which the rule fires
///         quiet: r#"{}"#,             // … and one under which it stays quiet
///         // the check's own fields, e.g. for the CV: category: Findability, weight: 10.0, …
///     }
/// }
/// ```
///
/// A bare name as a value of the check's own fields is looked up in `super::values` (the
/// check's enums' variants), e.g. `category: Findability`.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident {
            $($key:ident : $value:expr),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta<super::Extra> = {
                #[allow(unused_mut)]
                let mut m = $crate::rules::RuleMeta::<super::Extra>::BLANK;
                m.docs = if $crate::rules::docs_in(module_path!()) { concat!($($doc, "\n"),+) } else { "" };
                $($crate::rules::rule_field!(m, $key, $value);)+
                m
            };
        }
    };
}

/// Whether the rules declared in `module` compile their docs and examples in: with the `docs`
/// feature (and in tests) every rule's, but with `cv-docs-only` as well only the CV rules'
/// (`jobspor_core::cv::…`). The CV widget shows its rules' docs; a module that holds it beside
/// other checks (the `jobspor/suite` entry, issue 14) would otherwise carry every rule's docs,
/// which no widget there shows (the per-widget modules have none of the other checks' docs).
pub const fn docs_in(module: &str) -> bool {
    if cfg!(test) {
        return true;
    }
    if !cfg!(feature = "docs") {
        return false;
    }
    if !cfg!(feature = "cv-docs-only") {
        return true;
    }
    let (m, p) = (module.as_bytes(), b"jobspor_core::cv::");
    if m.len() < p.len() {
        return false;
    }
    let mut i = 0;
    while i < p.len() {
        if m[i] != p[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// One field of `declare_rule!`.
macro_rules! rule_field {
    ($m:ident, code, $v:expr) => { $m.code = $v; };
    ($m:ident, name, $v:expr) => { $m.name = $v; };
    ($m:ident, title, $v:expr) => { $m.title = $crate::rules::StaticText::pair($v); };
    ($m:ident, severity, $v:expr) => {{
        #[allow(unused_imports)]
        use $crate::Severity::*;
        $m.severity = $v;
    }};
    ($m:ident, source, $v:expr) => { $m.source = $v; };
    ($m:ident, fires, $v:expr) => { $m.fires_example = if $crate::rules::docs_in(module_path!()) { $v } else { "" }; };
    ($m:ident, quiet, $v:expr) => { $m.quiet_example = if $crate::rules::docs_in(module_path!()) { $v } else { "" }; };
    ($m:ident, $key:ident, $v:expr) => {{
        #[allow(unused_imports)]
        use super::values::*;
        $m.extra.$key = $v;
    }};
}

/// Declares the rule modules and the registry of a check: `RULES` (every rule, in code
/// order), `metas()`, `rule_meta(code_or_name)` and `rule(code_or_name)`. `$run` is the
/// function type every rule's `run` has, e.g. `for<'a> fn(&Ctx<'a>, &mut Vec<Finding>)`; an
/// optional visibility in front (`pub`) is the one of `RULES` and `rule` (default `pub(crate)`).
/// `findings Ctx;` instead of `$run;` is the short form for a check with `Extra = ()` whose
/// rules are `fn(&Ctx, &mut Vec<Finding>)`: it declares `Extra` and `Run` as well.
macro_rules! registry {
    (@ [$vis:vis] $run:ty; $($module:ident :: $rule:ident),*) => {
        $(mod $module;)*

        /// Every rule, in code order.
        #[allow(private_interfaces)]
        $vis static RULES: &[$crate::rules::Rule<Extra, $run>] = &[
            $($crate::rules::Rule { meta: &$module::$rule::META, run: $module::$rule::run }),*
        ];

        /// Every rule's metadata, in code order.
        pub fn metas() -> Vec<&'static $crate::rules::RuleMeta<Extra>> {
            RULES.iter().map(|r| r.meta).collect()
        }

        /// Looks a rule's metadata up by code (any case) or name.
        pub fn rule_meta(code_or_name: &str) -> Option<&'static $crate::rules::RuleMeta<Extra>> {
            RULES.iter().map(|r| r.meta).find(|m| m.is(code_or_name))
        }

        /// Looks a rule up by code (any case) or name.
        #[allow(dead_code)]
        #[allow(private_interfaces)]
        $vis fn rule(code_or_name: &str) -> Option<&'static $crate::rules::Rule<Extra, $run>> {
            RULES.iter().find(|r| r.meta.is(code_or_name))
        }
    };
    // A check whose rules add nothing to the common metadata (`Extra = ()`) and each push
    // findings: `registry! { findings Ctx; module::Rule, … }` declares `Extra` and `Run` too.
    (findings $ctx:ident; $($module:ident :: $rule:ident),* $(,)?) => {
        /// This check's rules add nothing to the common [`RuleMeta`](crate::rules::RuleMeta).
        pub type Extra = ();

        /// The function every rule's `run` is.
        pub(crate) type Run = for<'a> fn(&$ctx<'a>, &mut Vec<$crate::rules::Finding>);

        $crate::rules::registry!(@ [pub(crate)] Run; $($module :: $rule),*);
    };
    (pub $run:ty; $($module:ident :: $rule:ident),* $(,)?) => {
        $crate::rules::registry!(@ [pub] $run; $($module :: $rule),*);
    };
    ($run:ty; $($module:ident :: $rule:ident),* $(,)?) => {
        $crate::rules::registry!(@ [pub(crate)] $run; $($module :: $rule),*);
    };
}

pub(crate) use declare_rule;
pub(crate) use registry;
pub(crate) use rule_field;
