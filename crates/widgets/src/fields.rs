//! Labelled form controls the form widgets share: each renders a `<label for>` (or a fieldset's
//! `<legend>`), an optional hint and error tied to the control with `aria-describedby`, and the
//! control itself; the widget supplies the value and the callback.
#![cfg_attr(not(any(feature = "cv", feature = "joborder")), allow(dead_code))]

use yew::prelude::*;

/// A text input's options beyond its id, label and value.
#[derive(Default, Clone, Copy)]
pub struct TextOpts<'a> {
    /// `text` (default), `email`, `tel`, `url`, `date`, or `decimal`/`numeric` (a text input
    /// with that `inputmode`).
    pub kind: &'a str,
    pub hint: Option<&'a str>,
    /// An error shown under the input (the input is then `aria-invalid`).
    pub error: Option<&'a str>,
    /// `autocomplete` (WCAG 1.3.5 for a person's own details).
    pub autocomplete: Option<&'static str>,
}

fn described(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "err")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, s)| format!("{id}-{s}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled text input.
pub fn text(id: &str, label: &str, value: &str, o: TextOpts, oninput: Callback<InputEvent>) -> Html {
    let (kind, inputmode) = match o.kind {
        "decimal" | "numeric" => ("text", Some(o.kind.to_string())),
        "" => ("text", None),
        k => (k, None),
    };
    let invalid = o.error.is_some();
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            if let Some(h) = o.hint { <p class="hint" id={format!("{id}-hint")}>{ h.to_string() }</p> }
            <input id={id.to_string()} type={kind.to_string()} value={value.to_string()}
                aria-describedby={described(id, o.hint.is_some(), invalid)}
                aria-invalid={invalid.then_some("true")} autocomplete={o.autocomplete} {inputmode} {oninput} />
            if let Some(e) = o.error { <p class="error" id={format!("{id}-err")}>{ e.to_string() }</p> }
        </div>
    }
}

/// A labelled textarea.
pub fn area(id: &str, label: &str, value: &str, rows: u32, hint: Option<&str>, oninput: Callback<InputEvent>) -> Html {
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            if let Some(h) = hint { <p class="hint" id={format!("{id}-hint")}>{ h.to_string() }</p> }
            <textarea id={id.to_string()} rows={rows.to_string()} value={value.to_string()}
                aria-describedby={described(id, hint.is_some(), false)} {oninput} />
        </div>
    }
}

/// A labelled checkbox.
pub fn check(id: &str, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <div class="check">
            <input id={id.to_string()} type="checkbox" {checked} {onchange} />
            <label for={id.to_string()}>{ label.to_string() }</label>
        </div>
    }
}

/// A labelled select of `(value, text)` options; `data-value` keeps it in step after renders
/// (see [`crate::dom::sync_selects`]).
pub fn select(id: &str, label: &str, options: &[(&str, &str)], current: &str, onchange: Callback<Event>) -> Html {
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} data-value={current.to_string()} {onchange}>
                { for options.iter().map(|(value, text)| html! {
                    <option value={value.to_string()} selected={*value == current}>{ text.to_string() }</option>
                }) }
            </select>
        </div>
    }
}

#[cfg_attr(not(feature = "joborder"), allow(dead_code))]
/// A group of radio buttons in a fieldset (`id` on the fieldset; each radio `{id}-{value}`);
/// `onpick` gets the chosen value. Each option may have a hint after its label.
pub fn radios(id: &str, legend: &str, options: &[(&str, &str, Option<&str>)], current: &str, onpick: Callback<String>) -> Html {
    html! {
        <fieldset class="group-radios" id={id.to_string()}>
            <legend>{ legend.to_string() }</legend>
            { for options.iter().map(|(value, text, hint)| {
                let rid = format!("{id}-{value}");
                let v = value.to_string();
                let onpick = onpick.clone();
                let onchange = Callback::from(move |_: Event| onpick.emit(v.clone()));
                html! {
                    <div class="check">
                        <input id={rid.clone()} type="radio" name={id.to_string()} value={value.to_string()}
                            checked={*value == current} {onchange} />
                        <label for={rid}>{ text.to_string() }
                            if let Some(h) = hint { <span class="hint-inline">{ format!(" – {h}") }</span> }
                        </label>
                    </div>
                }
            }) }
        </fieldset>
    }
}
