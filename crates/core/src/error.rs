use serde::{Deserialize, Serialize};
use std::fmt;

/// Bad input: what is wrong and where (a JSON path such as `education[0].level`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct InputError {
    /// Always `"invalid_input"`, so a host can tell it from a result.
    pub error: String,
    /// JSON path of the offending value; empty for the document itself.
    pub path: String,
    /// What is wrong, in English (serde's words, with the path removed).
    pub message: String,
    /// The same in Danish, for showing to a citizen.
    pub message_da: String,
}

impl InputError {
    pub fn new(path: impl Into<String>, message: impl Into<String>, message_da: impl Into<String>) -> Self {
        InputError { error: "invalid_input".into(), path: path.into(), message: message.into(), message_da: message_da.into() }
    }

    /// Parses JSON into `T`, reporting the path of the first problem.
    pub fn parse_json<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<T, InputError> {
        let mut de = serde_json::Deserializer::from_str(json);
        // Deep nesting is refused by serde_json's recursion limit (128), not by a stack overflow.
        let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let path = if path == "." { String::new() } else { path };
            Self::from_serde(what, path, &inner)
        })?;
        de.end().map_err(|e| Self::from_serde(what, String::new(), &e))?;
        Ok(value)
    }

    fn from_serde(what: &str, path: String, e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let (en, da) = match e.classify() {
            Category::Syntax | Category::Eof => (
                format!("{what} is not valid JSON ({e})"),
                format!("{what} er ikke gyldig JSON ({e})"),
            ),
            Category::Io => (format!("could not read {what}: {e}"), format!("kunne ikke læse {what}: {e}")),
            Category::Data => {
                // serde's message ends with " at line L column C"; the path says more.
                let msg = e.to_string();
                let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
                let da = danish_data_error(&msg);
                (msg, da)
            }
        };
        InputError::new(path, en, da)
    }
}

fn danish_data_error(msg: &str) -> String {
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        return format!("ukendt værdi {}", rest.replace("expected one of", "forventede en af").replace("expected", "forventede"));
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        return format!("forkert type: {}", rest.replace("expected", "forventede"));
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("felt mangler: {rest}");
    }
    format!("ugyldig værdi: {msg}")
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for InputError {}
