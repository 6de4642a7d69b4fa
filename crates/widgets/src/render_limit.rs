//! The render bound of the list widgets (issue 13): a widget renders at most the first
//! `render-limit` items of a list (agreements, plan rows, a CV's jobs and findings, a job order's
//! requirements), with a note saying how many it shows of how many. The check itself always runs
//! on every item, and the `result` event lists them all.
//!
//! 10,000 agreements set as the SMART widget's `value` took over 3 GB of renderer memory and
//! crashed the tab; bounded, they take what 200 take. The host sets another limit with the
//! `render-limit` attribute (a whole number from 1 to 100,000); an invalid one is shown and the
//! default is used.
#![cfg_attr(not(any(feature = "abc", feature = "smart", feature = "numbers", feature = "cv", feature = "joborder")), allow(dead_code))]

use jobspor_core::InputError;
use yew::prelude::*;

use crate::i18n::Lang;

/// The default bound: more than any real plan has, few enough to render at once on a phone.
pub const DEFAULT: usize = 200;

/// The largest `render-limit` accepted.
pub const MAX: usize = 100_000;

/// The `render-limit` attribute: `Ok(DEFAULT)` when absent or blank, else a whole number from 1
/// to [`MAX`].
pub fn parse(value: Option<&str>) -> Result<usize, InputError> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(DEFAULT) };
    match v.parse::<usize>() {
        Ok(n) if (1..=MAX).contains(&n) => Ok(n),
        _ => {
            // One `format!` and the value quoted by hand (bytes: the CV module has few to spare);
            // 200 is DEFAULT (a test checks).
            let q = format!("\"{v}\"");
            Err(InputError::new(
                "render-limit",
                q.clone() + " is not a whole number from 1 to 100,000 (the first 200 are shown)",
                q + " er ikke et helt tal fra 1 til 100.000 (de første 200 vises)",
            ))
        }
    }
}

/// A count with the language's thousands separator (10.000 in Danish, 10,000 in English).
pub fn fmt_count(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.bytes().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(char::from(c));
    }
    out
}

/// The note's text when `total` exceeds `limit` (`None` otherwise). `noun` is the plural in
/// `lang` ("aftaler", "agreements").
pub fn message(lang: Lang, limit: usize, total: usize, noun: &str) -> Option<String> {
    (total > limit).then(|| {
        let (shown, all) = (fmt_count(lang, limit), fmt_count(lang, total));
        // One `format!` for both languages (bytes: the CV module has few to spare).
        let [first, of, end] = match lang {
            Lang::Da => ["Viser de første", "af", "Tjekket gælder dem alle."],
            Lang::En => ["Showing the first", "of", "The check covers all of them."],
        };
        format!("{first} {shown} {of} {all} {noun}. {end}")
    })
}

/// The note. `live`: as its own live region, always in the page (empty under the limit) so a
/// screen reader announces it when a list grows past the limit; otherwise only over the limit
/// (for a widget whose own live region repeats the message, see [`message`]).
#[cfg_attr(not(any(feature = "abc", feature = "smart", feature = "numbers")), allow(dead_code))]
pub fn note(lang: Lang, id: &str, limit: usize, total: usize, noun: &str, live: bool) -> Html {
    if live {
        let text = message(lang, limit, total, noun);
        return html! {
            <p class="hint render-limit" id={id.to_string()} role="status" aria-live="polite">{ text.unwrap_or_default() }</p>
        };
    }
    text_note(lang, id, limit, total, noun)
}

/// The note, not a live region, only over the limit: `note(…, false)` without the live region's
/// code (for the CV and job-order modules, which have no byte to spare).
pub fn text_note(lang: Lang, id: &str, limit: usize, total: usize, noun: &str) -> Html {
    match message(lang, limit, total, noun) {
        Some(t) => html! { <p class="hint render-limit" id={id.to_string()}>{ t }</p> },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attribute_is_a_whole_number_from_1_to_100000() {
        assert_eq!(parse(None), Ok(DEFAULT));
        assert_eq!(parse(Some("  ")), Ok(DEFAULT));
        assert_eq!(parse(Some(" 500 ")), Ok(500));
        assert_eq!(parse(Some("100000")), Ok(MAX));
        for bad in ["0", "-1", "1.5", "abc", "100001", "99999999999999999999999"] {
            let e = parse(Some(bad)).unwrap_err();
            assert_eq!(e.path, "render-limit", "{bad}");
            assert!(e.message_da.contains("helt tal"), "{bad}: {}", e.message_da);
            assert!(e.message_da.contains(&format!("de første {DEFAULT} vises")), "{}", e.message_da);
            assert!(e.message.contains(&format!("the first {DEFAULT} are shown")), "{}", e.message);
        }
        assert_eq!(parse(Some("x")).unwrap_err().message, "\"x\" is not a whole number from 1 to 100,000 (the first 200 are shown)");
    }

    #[test]
    fn the_message_counts_in_each_language() {
        assert_eq!(message(Lang::Da, 200, 200, "aftaler"), None);
        assert_eq!(
            message(Lang::Da, 200, 10_000, "aftaler").as_deref(),
            Some("Viser de første 200 af 10.000 aftaler. Tjekket gælder dem alle.")
        );
        assert_eq!(
            message(Lang::En, 1_000, 1_234_567, "agreements").as_deref(),
            Some("Showing the first 1,000 of 1,234,567 agreements. The check covers all of them.")
        );
        assert_eq!(fmt_count(Lang::Da, 999), "999");
        assert_eq!(fmt_count(Lang::Da, 100_000), "100.000");
    }
}
