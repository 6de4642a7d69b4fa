//! Reading a public input: a JSON object, with errors that name the input in Danish and English.

use crate::InputError;
use serde::de::DeserializeOwned;

/// What an input is called in errors: "the plan" / "planen".
#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub en: &'static str,
    pub da: &'static str,
}

impl Noun {
    pub const fn new(en: &'static str, da: &'static str) -> Self {
        Noun { en, da }
    }
}

/// Refuses a JSON array or scalar where an object belongs (serde would take an array for a
/// struct). Empty input and invalid JSON are left to the parser's message.
pub fn require_object(json: &str, what: Noun) -> Result<(), InputError> {
    match json.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}').chars().next() {
        Some('{') | None => Ok(()),
        Some(_) if serde_json::from_str::<serde::de::IgnoredAny>(json).is_err() => Ok(()),
        Some(_) => Err(InputError::new(
            "",
            format!("{} must be a JSON object ({{ … }})", what.en),
            format!("{} skal være et JSON-objekt ({{ … }})", what.da),
        )),
    }
}

/// [`require_object`], then the parse, naming the path of the first problem.
pub fn parse_object<T: DeserializeOwned>(json: &str, what: Noun) -> Result<T, InputError> {
    require_object(json, what)?;
    InputError::parse_json(what.en, json)
}

/// The configuration given as JSON, or the defaults when there is none (`None` or blank).
pub fn config_or_default<C: Default>(json: Option<&str>, parse: impl FnOnce(&str) -> Result<C, InputError>) -> Result<C, InputError> {
    match json {
        Some(j) if !j.trim().is_empty() => parse(j),
        _ => Ok(C::default()),
    }
}

/// A check's entry from JSON: `NAME(INPUT, CONFIG) -> OUT = PARSE, PARSE_CONFIG => CHECK;` writes
/// `pub fn NAME(INPUT: &str, CONFIG: Option<&str>) -> Result<OUT, InputError>` that parses the
/// input, reads the configuration with [`config_or_default`] (`None` or blank: the defaults) and
/// runs the check.
macro_rules! check_json {
    ($(#[$attr:meta])* $name:ident($input:ident, $config:ident) -> $out:ty = $parse:path, $parse_config:path => $check:path;) => {
        $(#[$attr])*
        pub fn $name($input: &str, $config: Option<&str>) -> Result<$out, $crate::InputError> {
            let input = $parse($input)?;
            let config = $crate::common::config_or_default($config, $parse_config)?;
            Ok($check(&input, &config))
        }
    };
}
pub(crate) use check_json;
