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
    /// A UTF-8 byte-order mark at the start is skipped (editors on Windows write one).
    pub fn parse_json<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<T, InputError> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        serde_json::from_str(json).map_err(|e| {
            use serde_json::error::Category;
            let msg = e.to_string();
            match e.classify() {
                Category::Data => Self::from_serde(what, path_at(json, e.line(), e.column()), &e),
                // serde_json reports a number, `true`, an object or `null` where an enum string
                // belongs as the syntax error "expected value": it is a type error when the
                // document itself is valid JSON.
                Category::Syntax
                    if msg.starts_with("expected value")
                        && serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok() =>
                {
                    // At an object or array, the error is just after its opening bracket: the
                    // container itself is the value of the wrong type.
                    let at = offset_of(json, e.line(), e.column());
                    let before = json[..at].trim_end_matches(|c: char| c.is_ascii_whitespace());
                    let at = if before.ends_with(['[', '{']) { before.len() - 1 } else { at };
                    InputError::new(
                        path_to(json, at),
                        "invalid type: expected a text, one of the allowed values",
                        "forkert type: forventede en tekst, en af de tilladte værdier",
                    )
                }
                // An error inside a value (a bad escape, a lone surrogate, a control character,
                // a number out of range) is named by the path of the value it is in.
                Category::Syntax if ["escape", "surrogate", "code point", "control character", "number"].iter().any(|w| msg.contains(w)) => {
                    Self::from_serde(what, path_at(json, e.line(), e.column()), &e)
                }
                _ => Self::from_serde(what, String::new(), &e),
            }
        })
    }

    fn from_serde(what: &str, path: String, e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let full = e.to_string();
        // serde's message ends with " at line L column C"; the path says more.
        let msg = full.split(" at line ").next().unwrap_or(&full).to_string();
        let (en, da) = match e.classify() {
            Category::Syntax | Category::Eof => (
                format!("{what} is not valid JSON ({e})"),
                format!("{} er ikke gyldig JSON ({}, linje {}, kolonne {})", danish_what(what), danish_syntax_error(&msg), e.line(), e.column()),
            ),
            Category::Io => (format!("could not read {what}: {e}"), format!("kunne ikke læse {}", danish_what(what))),
            Category::Data => {
                let da = danish_data_error(&msg);
                (msg, da)
            }
        };
        InputError::new(path, en, da)
    }
}

/// Where the contracts have an object (`[]` stands for any array index): serde would take a JSON
/// array there and map it to the fields by position, so [`refuse_arrays`] refuses it.
pub(crate) const CV_OBJECTS: &[&str] =
    &["contact", "employment_terms", "job_wishes[]", "work_experience[]", "education[]", "courses[]", "languages[]", "other_experience[]"];

/// Refuses a JSON array at a path in `objects` (each optionally under `prefix`, e.g. `cv.`),
/// naming its path. One scan of valid JSON without allocation per value: much smaller in wasm
/// than a second, object-only deserializer for every contract type.
pub(crate) fn refuse_arrays(json: &str, prefixes: &[&str], objects: &[&str]) -> Result<(), InputError> {
    let mut path = String::new();
    let mut hit = None;
    walk(json, json.len(), |stack, i, opens_array| {
        if opens_array && !stack.is_empty() && stack.len() <= 8 {
            // The path ends with its last part (a key, or `[]` in an array), and so does any
            // path it matches: render only when some object path could end that way (one
            // comparison per array instead of a path per array; the CVs of a ranking have
            // many arrays and none at an object path).
            let last: &[u8] = match stack.last() {
                Some(Frame { array: true, .. }) => b"]",
                Some(Frame { key, .. }) if key.1 != usize::MAX => &json.as_bytes()[key.0..key.1],
                _ => b"",
            };
            let ends = |o: &&str| o.as_bytes().last() == last.last() && (o.as_bytes().ends_with(last) || last.ends_with(o.as_bytes()));
            if !last.is_empty() && !objects.iter().any(ends) {
                return false;
            }
            // A key with `[`, `]` or `.` in it is no field of any contract, and rendered it could
            // read as another path (`"job_wishes[]"` as the elements of `job_wishes`): serde
            // ignores such an unknown field, so its array is not refused here either.
            let odd = |f: &Frame| !f.array && f.key.1 != usize::MAX && json.as_bytes()[f.key.0..f.key.1].iter().any(|b| matches!(b, b'[' | b']' | b'.'));
            if stack.iter().any(odd) {
                return false;
            }
            render(json, stack, false, &mut path);
            if prefixes.iter().any(|p| path.strip_prefix(p).is_some_and(|rest| objects.contains(&rest))) {
                hit = Some(i);
                return true;
            }
        }
        false
    });
    match hit {
        Some(i) => Err(InputError::new(
            path_to(json, i),
            "invalid type: sequence, expected a JSON object",
            "forkert type: en liste, forventede et objekt",
        )),
        None => Ok(()),
    }
}

/// An open container while [`walk`]ing JSON text: an array with the index of its current
/// element, or an object with the byte range of its current key (`key.1 == usize::MAX` while a
/// key is expected).
struct Frame {
    array: bool,
    index: usize,
    key: (usize, usize),
}

/// The one scan of JSON text that [`refuse_arrays`] and [`path_to`] share: walks the bytes before
/// `end`, calls `open(stack, i, is_array)` at each `{` or `[` (before it is pushed; `true` stops
/// the walk) and returns the containers still open. Strings are skipped with their escapes; no
/// allocation per value.
fn walk(json: &str, end: usize, mut open: impl FnMut(&[Frame], usize, bool) -> bool) -> Vec<Frame> {
    let bytes = &json.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                // To the closing quote, over runs of plain bytes, an escape's two bytes at a time.
                loop {
                    i = plain_run(bytes, i);
                    if bytes.get(i) != Some(&b'\\') {
                        break;
                    }
                    i += 2;
                }
                if bytes.get(i) != Some(&b'"') {
                    i = bytes.len();
                }
                if let Some(Frame { array: false, key, .. }) = stack.last_mut() {
                    if key.1 == usize::MAX {
                        *key = (start, i.min(bytes.len()));
                    }
                }
            }
            c @ (b'{' | b'[') => {
                if open(&stack, i, c == b'[') {
                    break;
                }
                stack.push(Frame { array: c == b'[', index: 0, key: (0, usize::MAX) });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame { array: true, index, .. }) => *index += 1,
                Some(Frame { key, .. }) => key.1 = usize::MAX,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    stack
}

/// The index of the first `"` or `\\` in `bytes` from `i` (`bytes.len()` when none; `i` when `i`
/// is past the end): eight bytes at a time, as most of a document is the plain text of strings.
fn plain_run(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero → its high bit in `zero(x)`; the lowest such bit is exact.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    while let Some(chunk) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let w = u64::from_le_bytes(chunk);
        let hit = zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\')));
        if hit != 0 {
            return i + (hit.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\\' {
        i += 1;
    }
    i
}

/// Writes the path of `stack` into `path`: keys joined by `.`, arrays as `[i]` (or `[]` without
/// `indices`); an object whose key is not read yet adds nothing.
fn render(json: &str, stack: &[Frame], indices: bool, path: &mut String) {
    path.clear();
    for f in stack {
        if f.array {
            path.push('[');
            if indices {
                path.push_str(&f.index.to_string());
            }
            path.push(']');
        } else if f.key.1 != usize::MAX {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&String::from_utf8_lossy(&json.as_bytes()[f.key.0..f.key.1]));
        }
    }
}

impl InputError {
    /// The Danish name of an input named in English ("the CV" → "CV'et"), for hosts that
    /// write their own messages about an input.
    pub fn name_da(what: &str) -> &'static str {
        danish_what(what)
    }
}

/// The Danish name of an input named in English ("the CV" → "CV'et").
fn danish_what(what: &str) -> &'static str {
    match what {
        "the CV" => "CV'et",
        "the CVs" => "CV'erne",
        "the options" => "indstillingerne",
        "the job order" => "jobordren",
        "the profile" => "profilen",
        "the configuration" => "konfigurationen",
        "the plan" => "planen",
        "the demand data" => "efterspørgselsdata",
        "the job orders" => "jobordrerne",
        "the order" => "jobordren",
        "the text" => "teksten",
        _ => "input",
    }
}

/// serde_json's syntax messages in Danish, in short: the position says where (a table of
/// every message cost the wasm modules more than their budget allows).
fn danish_syntax_error(msg: &str) -> &'static str {
    if msg.starts_with("EOF") {
        "dokumentet slutter for tidligt"
    } else if msg.starts_with("recursion") {
        "for dybt indlejret"
    } else if msg.starts_with("trailing") {
        "tegn efter dokumentets slutning"
    } else {
        "ugyldig syntaks"
    }
}

fn danish_data_error(msg: &str) -> String {
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        // "`x`, expected one of `a`, `b`" (the values are the contract's own words)
        let (value, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = expected.strip_prefix("one of ").map(|v| format!("en af {v}")).unwrap_or_else(|| danish_expected(expected));
        return format!("ukendt værdi {value}, forventede {expected}");
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let _ = found;
        return format!("forkert type: forventede {}", danish_expected(expected));
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let _ = found;
        return format!("ugyldig værdi: forventede {}", danish_expected(expected));
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("felt mangler: {rest}");
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        return format!("feltet står to gange: {rest}");
    }
    if msg.starts_with("invalid length") {
        return "forkert antal elementer".to_string();
    }
    "ugyldig værdi".to_string()
}

/// serde's description of what was expected ("a string", "u8", "struct Contact").
fn danish_expected(expected: &str) -> String {
    let e = expected.trim();
    if let Some(values) = e.strip_prefix("one of ") {
        return format!("en af {values}");
    }
    match e {
        "a string" | "a text" => "en tekst",
        "a sequence" => "en liste",
        "a boolean" => "true eller false",
        "a map" | "a JSON object" | "an object" => "et objekt",
        "unit" | "null" => "null",
        "a number" | "f64" | "f32" => "et tal",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "et helt tal",
        _ if e.starts_with("struct ") => "et objekt",
        _ if e.starts_with("a string, a number") || e.contains("number") => "en tekst, et tal eller true/false",
        _ => "en anden værdi",
    }
    .to_string()
}

/// The JSON path (`education[0].level`) of the value at serde_json's 1-based `line` and byte
/// `column`: a small scanner over the text up to that point, independent of the target type.
pub(crate) fn path_at(json: &str, line: usize, column: usize) -> String {
    path_to(json, offset_of(json, line, column))
}

/// The byte offset of serde_json's 1-based `line` and byte `column` (at most `json.len()`, on a
/// character boundary).
fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let mut offset = {
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
    while !json.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The JSON path of the value being read at byte `offset`.
fn path_to(json: &str, offset: usize) -> String {
    let mut path = String::new();
    render(json, &walk(json, offset, |_, _, _| false), true, &mut path);
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
    use super::{path_at, plain_run, refuse_arrays, CV_OBJECTS};

    /// `plain_run` (eight bytes at a time) finds the first `"` or `\\` exactly as a byte loop
    /// would, wherever it is in or after a word, and the path of an array in an object is found
    /// behind escaped quotes and backslashes.
    #[test]
    fn plain_run_is_the_first_quote_or_backslash() {
        for len in 0..24 {
            for at in 0..=len {
                for mark in [b'"', b'\\'] {
                    let mut bytes = vec![b'a'; len];
                    bytes.extend("ø\u{80}".as_bytes());
                    if at < len {
                        bytes[at] = mark;
                    }
                    let want = bytes.iter().position(|&b| b == b'"' || b == b'\\').unwrap_or(bytes.len());
                    for from in 0..=want {
                        assert_eq!(plain_run(&bytes, from), want, "len {len}, at {at}, from {from}");
                    }
                }
            }
        }
        assert_eq!(plain_run(b"ab", 5), 5);
        let json = r#"{"a\\\"b[": "x\\", "contact": {"name": "\"[\\"}, "job_wishes": [{}, []]}"#;
        let e = refuse_arrays(json, &[""], CV_OBJECTS).unwrap_err();
        assert_eq!(e.path, "job_wishes[1]");
        assert!(refuse_arrays(r#"{"contact": {"x": [[1]]}, "qualifications": ["[", "\\"]}"#, &[""], CV_OBJECTS).is_ok());
    }

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
