//! `jobspor cv import FILE [--format F]` and `jobspor cv export --to json-resume FILE` (issue 20).

use jobspor_core::import;
use std::io::Read;

/// Reads at most one byte more than the importer accepts, so a huge file is refused by the
/// importer's own message without being read whole.
fn read_bytes(file: &str) -> Result<Vec<u8>, String> {
    let limit = import::MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("cannot read {file}: {e}"))?;
    Ok(bytes)
}

pub fn run(a: &[&str]) -> Result<String, String> {
    match a {
        ["cv", "import", rest @ ..] => {
            let (file, format) = super::file_and_flag(rest, "--format")?;
            let bytes = read_bytes(file)?;
            import::import_cv_json(&bytes, format).map_err(|e| super::describe(&e))
        }
        ["cv", "export", rest @ ..] => {
            let (file, to) = super::file_and_flag(rest, "--to")?;
            match to {
                Some("json-resume") | None => {}
                Some(other) => return Err(format!("--to {other}: the only export format is json-resume")),
            }
            let json = super::read_input(file)?;
            import::export_json_resume_json(&json).map_err(|e| super::describe(&e))
        }
        _ => Err(format!("unknown command {:?}; see `jobspor --help`", a.join(" "))),
    }
}
