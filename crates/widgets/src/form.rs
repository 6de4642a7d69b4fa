//! Form helpers the check widgets share (the progress and conversation modules): a callback
//! that edits the state with the field's value, a trimmed optional text, and the list of the
//! core's findings.

use std::rc::Rc;

use jobspor_core::rules::Finding;
use jobspor_core::Severity;
use yew::html::Scope;
use yew::prelude::*;

use crate::element::{App, Msg, View};
use crate::i18n::Lang;

/// A callback that edits a widget's state with the event target's value.
pub fn edit<S: View, E: AsRef<web_sys::Event> + 'static>(link: &Scope<App<S>>, f: impl Fn(&mut S, String) + 'static) -> Callback<E> {
    let f = Rc::new(f);
    link.callback(move |e: E| {
        let (v, f) = (crate::dom::target_value(e.as_ref()), f.clone());
        Msg::Edit(Box::new(move |s: &mut S| f(s, v)))
    })
}

/// A typed text, trimmed; `None` when blank.
pub fn opt(v: String) -> Option<String> {
    let v = v.trim().to_string();
    (!v.is_empty()).then_some(v)
}

/// The words of [`findings`]: the heading, "no findings", the fix's label.
pub struct FindingWords {
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub fix: &'static str,
}

/// The core's findings: code, message and fix; `prefix` names the classes and ids
/// (`{prefix}-findings`, `{prefix}-h-findings`, the fix hidden in print by `{prefix}-screen`).
pub fn findings(prefix: &str, f: &[Finding], lang: Lang, w: FindingWords) -> Html {
    let hid = format!("{prefix}-h-findings");
    let screen = format!("{prefix}-screen");
    html! {
        <section class={format!("{prefix}-findings")} aria-labelledby={hid.clone()}>
            <h3 id={hid}>{ format!("{} ({})", w.findings, f.len()) }</h3>
            if f.is_empty() { <p>{ w.no_findings }</p> }
            <ul class="list">
                { for f.iter().map(|f| {
                    let sev = match f.severity { Severity::Error => "sev-error", Severity::Warning => "sev-warning", Severity::Info => "sev-info" };
                    html! {
                        <li class={classes!("finding", sev)} data-code={f.code.clone()}>
                            <span class="code">{ f.code.clone() }</span>{ " " }{ lang.text(&f.message).to_string() }
                            <span class={classes!("fix", screen.clone())}>{ " " }<strong>{ w.fix }</strong>{ " " }{ lang.text(&f.fix).to_string() }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
