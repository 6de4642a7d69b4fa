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
    ///
    /// Deep nesting is refused by serde_json's recursion limit (128), not by a stack overflow.
    /// The path comes from [`path_at`] on the error's position, which costs a few hundred bytes
    /// of wasm instead of a path-tracking deserializer monomorphised for every type (~12 KB gzip).
    pub fn parse_json<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<T, InputError> {
        serde_json::from_str(json).map_err(|e| {
            let path = match e.classify() {
                serde_json::error::Category::Data => path_at(json, e.line(), e.column()),
                _ => String::new(),
            };
            Self::from_serde(what, path, &e)
        })
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

/// The JSON path (`education[0].level`) of the value at serde_json's 1-based `line` and byte
/// `column`: a small scanner over the text up to that point, independent of the target type.
pub(crate) fn path_at(json: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object { key: Option<String>, expecting_key: bool },
        Array { index: usize },
    }
    let offset = {
        let mut lines_left = line.saturating_sub(1);
        let mut start = 0;
        for (i, b) in json.bytes().enumerate() {
            if lines_left == 0 {
                break;
            }
            if b == b'\n' {
                lines_left -= 1;
                start = i + 1;
            }
        }
        (start + column).min(json.len())
    };
    let bytes = &json.as_bytes()[..offset];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, expecting_key }) = stack.last_mut() {
                    if *expecting_key {
                        *key = Some(String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned());
                        *expecting_key = false;
                    }
                }
            }
            b'{' => stack.push(Frame::Object { key: None, expecting_key: true }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
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

#[cfg(test)]
mod tests {
    use super::path_at;

    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let e = serde_json::from_str::<T>(json).unwrap_err();
        path_at(json, e.line(), e.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        level: Option<Level>,
        n: Option<u32>,
    }
    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Level {
        Native,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        #[serde(default)]
        items: Vec<Inner>,
        #[serde(default)]
        name: String,
        #[serde(default)]
        nested: Option<Box<Outer>>,
    }

    #[test]
    fn finds_the_path_of_the_offending_value() {
        assert_eq!(path_of_error::<Outer>(r#"{"items": [{"level": "native"}, {"level": "alien"}]}"#), "items[1].level");
        assert_eq!(path_of_error::<Outer>(r#"{"name": "x, \"y\" [", "items": {"a": 1}}"#), "items");
        assert_eq!(path_of_error::<Outer>("{\n  \"nested\": {\n    \"items\": [\n      {\"n\": -1}\n    ]\n  }\n}"), "nested.items[0].n");
        assert_eq!(path_of_error::<Outer>(r#"{"items": [], "name": 5}"#), "name");
        assert_eq!(path_of_error::<Outer>(r#"{"ø": "æ", "items": [{"n": "æøå"}]}"#), "items[0].n");
    }
}
