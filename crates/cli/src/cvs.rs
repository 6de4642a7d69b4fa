//! Where several CVs come from, one at a time: every `*.json` in a folder (sorted by name), or
//! the lines of an NDJSON file or of stdin (`-`). Shared by `jobspor match --cvs DIR` and
//! `jobspor cv check --cvs DIR|FILE.ndjson|-`; nothing here holds more than one CV's text.

use std::io::{BufRead, BufReader};
use std::path::Path;

/// Every `*.json` in `dir` (regular files, following symlinks), sorted by file name.
pub fn json_files(dir: &str) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read folder {dir}: {e}"))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        // Regular files only (following symlinks): opening a FIFO or a device would block.
        .filter(|e| std::fs::metadata(e.path()).is_ok_and(|m| m.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    Ok(names)
}

/// The path of `name` in `dir`, as text for messages and `read_input`.
pub fn path_in(dir: &str, name: &str) -> String {
    Path::new(dir).join(name).to_string_lossy().into_owned()
}

/// One CV of a batch: the id it has when its JSON names none, its text (or why it could not be
/// read), and how far the source has come (for the progress bar).
pub struct Item {
    /// The file name without `.json`, or `linje N` for line N of an NDJSON stream.
    pub name: String,
    pub text: Result<String, String>,
    /// Files read so far (a folder), or bytes read so far (NDJSON).
    pub done: u64,
}

/// A stream of CVs (see the module docs).
pub enum Cvs {
    Folder { dir: String, names: std::vec::IntoIter<String>, done: u64 },
    Lines { what: String, reader: Box<dyn BufRead>, line: usize, done: u64, failed: bool },
}

impl Cvs {
    /// `-` is NDJSON on stdin, a folder is its `*.json`, any other file is NDJSON.
    pub fn open(source: &str) -> Result<Cvs, String> {
        if source == "-" {
            return Ok(Cvs::lines("stdin", Box::new(BufReader::with_capacity(1 << 16, std::io::stdin()))));
        }
        let meta = std::fs::metadata(source).map_err(|e| format!("--cvs: cannot read {source}: {e}"))?;
        if meta.is_dir() {
            let names = json_files(source)?;
            return Ok(Cvs::Folder { dir: source.to_string(), names: names.into_iter(), done: 0 });
        }
        let file = std::fs::File::open(source).map_err(|e| format!("--cvs: cannot read {source}: {e}"))?;
        Ok(Cvs::lines(source, Box::new(BufReader::with_capacity(1 << 16, file))))
    }

    fn lines(what: &str, reader: Box<dyn BufRead>) -> Cvs {
        Cvs::Lines { what: what.to_string(), reader, line: 0, done: 0, failed: false }
    }

    /// What the progress bar counts to: files in a folder, bytes of an NDJSON file (`None` for
    /// stdin, whose length is unknown).
    pub fn total(&self, source: &str) -> Option<u64> {
        match self {
            Cvs::Folder { names, .. } => Some(names.len() as u64),
            Cvs::Lines { .. } if source == "-" => None,
            Cvs::Lines { .. } => std::fs::metadata(source).ok().map(|m| m.len()),
        }
    }
}

impl Iterator for Cvs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        match self {
            Cvs::Folder { dir, names, done } => {
                let name = names.next()?;
                *done += 1;
                let text = super::read_input(&path_in(dir, &name));
                Some(Item { name: name.strip_suffix(".json").unwrap_or(&name).to_string(), text, done: *done })
            }
            Cvs::Lines { what, reader, line, done, failed } => loop {
                if *failed {
                    return None;
                }
                let mut bytes = Vec::new();
                *line += 1;
                let name = format!("linje {line}");
                match reader.read_until(b'\n', &mut bytes) {
                    Ok(0) => return None,
                    Ok(n) => *done += n as u64,
                    Err(e) => {
                        // The stream itself broke: say so once and stop.
                        *failed = true;
                        return Some(Item { name, text: Err(format!("cannot read {what}: {e}")), done: *done });
                    }
                }
                while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                    bytes.pop();
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let text = String::from_utf8(bytes)
                    .map_err(|e| format!("{what}, line {line}: not UTF-8 text (byte {})", e.utf8_error().valid_up_to()));
                return Some(Item { name, text, done: *done });
            },
        }
    }
}
