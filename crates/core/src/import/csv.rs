//! A small RFC 4180 CSV reader (quoted fields, doubled quotes, line breaks in quotes) for the
//! LinkedIn export: rows of texts, the first row the header.

use crate::InputError;

/// The rows of a CSV text. An unterminated quote is an error (a cut-off file).
pub fn rows(text: &str) -> Result<Vec<Vec<String>>, InputError> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(InputError::new(
            format!("line {}", rows.len() + 1),
            "the CSV ends inside a quoted field (the file is cut off)",
            "CSV-filen slutter midt i et felt i anførselstegn (filen er afskåret)",
        ));
    }
    if any || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}
