//! Reading the entries of a zip file (the LinkedIn export) with a bounded inflate: the central
//! directory is read, every entry's size is checked before it is inflated, and the inflater
//! stops at [`MAX_INFLATED_BYTES`](super::MAX_INFLATED_BYTES) whatever the header claims.

use super::MAX_INFLATED_BYTES;
use crate::InputError;

fn err(en: impl Into<String>, da: impl Into<String>) -> InputError {
    InputError::new("", en, da)
}

fn broken() -> InputError {
    err("the zip file is damaged or cut off", "zip-filen er beskadiget eller afskåret")
}

fn u16_at(b: &[u8], i: usize) -> Result<usize, InputError> {
    b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]) as usize).ok_or_else(broken)
}

fn u32_at(b: &[u8], i: usize) -> Result<usize, InputError> {
    b.get(i..i + 4).map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]) as usize).ok_or_else(broken)
}

struct Entry {
    name: String,
    method: usize,
    compressed: usize,
    local_offset: usize,
}

fn entries(b: &[u8]) -> Result<Vec<Entry>, InputError> {
    // The end of central directory record: within the last 64 KB + 22 bytes.
    let from = b.len().saturating_sub(65_557);
    let eocd = (from..b.len().saturating_sub(21)).rev().find(|&i| b[i..].starts_with(b"PK\x05\x06")).ok_or_else(broken)?;
    let count = u16_at(b, eocd + 10)?;
    let mut at = u32_at(b, eocd + 16)?;
    let mut out = Vec::with_capacity(count.min(1024));
    for _ in 0..count.min(4096) {
        if !b.get(at..).is_some_and(|x| x.starts_with(b"PK\x01\x02")) {
            return Err(broken());
        }
        let name_len = u16_at(b, at + 28)?;
        let extra = u16_at(b, at + 30)?;
        let comment = u16_at(b, at + 32)?;
        let name = b.get(at + 46..at + 46 + name_len).ok_or_else(broken)?;
        out.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            method: u16_at(b, at + 10)?,
            compressed: u32_at(b, at + 20)?,
            local_offset: u32_at(b, at + 42)?,
        });
        at += 46 + name_len + extra + comment;
    }
    Ok(out)
}

/// The names of the entries.
pub fn entry_names(b: &[u8]) -> Result<Vec<String>, InputError> {
    Ok(entries(b)?.into_iter().map(|e| e.name).collect())
}

/// The entries whose name `want` accepts, as UTF-8 text (name, text). Refuses an entry that
/// inflates beyond the bound, and stops when all of them together pass it.
pub fn read_entries(b: &[u8], want: impl Fn(&str) -> bool) -> Result<Vec<(String, String)>, InputError> {
    let mut out = Vec::new();
    let mut total = 0usize;
    for e in entries(b)?.into_iter().filter(|e| want(&e.name)) {
        let lh = e.local_offset;
        if !b.get(lh..).is_some_and(|x| x.starts_with(b"PK\x03\x04")) {
            return Err(broken());
        }
        let start = lh + 30 + u16_at(b, lh + 26)? + u16_at(b, lh + 28)?;
        let data = b.get(start..start.checked_add(e.compressed).ok_or_else(broken)?).ok_or_else(broken)?;
        let bytes = match e.method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_INFLATED_BYTES - total).map_err(|x| {
                if x.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                    too_big(&e.name)
                } else {
                    broken()
                }
            })?,
            _ => return Err(err(format!("{}: a zip compression method Jobspor can't read", e.name), format!("{}: en zip-komprimering, Jobspor ikke kan læse", e.name))),
        };
        total += bytes.len();
        if total > MAX_INFLATED_BYTES {
            return Err(too_big(&e.name));
        }
        let text = String::from_utf8(bytes).map_err(|_| err(format!("{} is not UTF-8 text", e.name), format!("{} er ikke UTF-8-tekst", e.name)))?;
        out.push((e.name, text));
    }
    Ok(out)
}

fn too_big(name: &str) -> InputError {
    err(
        format!("{name} unpacks to more than {MAX_INFLATED_BYTES} bytes: refused (a LinkedIn CSV is a few KB)"),
        format!("{name} fylder mere end {MAX_INFLATED_BYTES} bytes udpakket: afvist (en LinkedIn-CSV er på få KB)"),
    )
}
