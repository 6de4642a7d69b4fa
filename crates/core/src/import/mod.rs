//! Importers (issue 20): a CV someone already has – JSON Resume, HR Open Candidate JSON, the
//! LinkedIn data export (the zip or its single CSV files) or Europass XML (the 2020+ `Candidate`
//! document and the older v3 `SkillsPassport`) – read into the CV contract ([`Cv`]), with an
//! [`ImportReport`] that names every source field mapped (and to where), every one dropped (and
//! why) and every value that needed a guess. Nothing is lost silently, and no job wish is invented:
//! job titles the occupation recogniser knows become *proposals* the citizen confirms.
//!
//! The format is detected from the content, never from a file name ([`detect`]). Input is
//! bounded: at most [`MAX_INPUT_BYTES`]; a zip entry inflates to at most [`MAX_INFLATED_BYTES`];
//! XML with a DTD (the door to entity expansion) is refused. Bad input gives an [`InputError`],
//! never a panic. The choices are written down in `docs/import.md`.

mod csv;
mod europass;
pub mod export;
mod guess;
mod hropen;
mod json_resume;
mod linkedin;
mod tree;
mod xml;
mod zip;

use crate::cv::Cv;
use crate::{InputError, Text};
use serde::{Deserialize, Serialize};

pub use export::{export_json_resume, export_json_resume_json};

/// The largest input read: 10 MB (a CV is a few KB; a LinkedIn export zip a few hundred).
pub const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;
/// The most one zip entry may inflate to (a LinkedIn CSV is a few KB), and the most all the
/// entries read may inflate to together: a zip bomb stops here.
pub const MAX_INFLATED_BYTES: usize = 4 * 1024 * 1024;

/// A CV format Jobspor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// JSON Resume (`resume.json`, schema v1).
    JsonResume,
    /// HR Open Standards Candidate (JSON, 4.x).
    HrOpen,
    /// Europass XML (the 2020+ `Candidate` document or the v3 `SkillsPassport`).
    Europass,
    /// The LinkedIn data export: the zip or one of its CSV files.
    Linkedin,
    /// A Jobspor CV (the CV contract itself).
    Jobspor,
}

impl Format {
    /// The names `--format` and `{format}` accept.
    pub const NAMES: [&'static str; 5] = ["json-resume", "hr-open", "europass", "linkedin", "jobspor"];

    /// Parses a format name (`json-resume`, `hr-open`, `europass`, `linkedin`, `jobspor`).
    pub fn parse(name: &str) -> Result<Format, InputError> {
        let all = [Format::JsonResume, Format::HrOpen, Format::Europass, Format::Linkedin, Format::Jobspor];
        Format::NAMES.iter().position(|n| n.eq_ignore_ascii_case(name.trim())).map(|i| all[i]).ok_or_else(|| {
            InputError::new(
                "format",
                format!("unknown format {name:?}: use one of {}", Format::NAMES.join(", ")),
                format!("ukendt format {name:?}: brug et af {}", Format::NAMES.join(", ")),
            )
        })
    }
}

/// One source field read into the CV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Mapped {
    /// The source field, `[]` for every entry of a list (`work[].position`).
    pub from: String,
    /// Where it went in the CV contract (`work_experience[].title`), or `report.job_wish_proposals`.
    pub to: String,
}

/// One source field with content that the CV does not keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Dropped {
    /// The source field.
    pub field: String,
    /// Why it is not kept.
    pub reason: Text,
}

/// One value that needed a guess: check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Guess {
    /// Where in the CV (`education[0].level`).
    pub field: String,
    /// The source's words.
    pub from: String,
    /// What Jobspor made of them (a JSON value as text: `"bachelor"`, `"2019-03"`).
    pub value: String,
    /// How.
    pub how: Text,
}

/// A "Jeg søger job som" the CV could have: a job title the occupation recogniser knows. Never
/// added to the CV by the importer – the citizen confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Proposal {
    /// The occupation's title in Jobspor's taxonomy.
    pub occupation: String,
    /// The title as the source wrote it.
    pub from: String,
    /// Where it was found (`work_experience[0].title`).
    pub field: String,
}

/// What the import did with every field of the source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ImportReport {
    /// The format read.
    pub format: Format,
    /// Every source field read, and where it went (one row per field, lists as `[]`).
    pub mapped: Vec<Mapped>,
    /// Every source field with content that was not kept, and why.
    pub dropped: Vec<Dropped>,
    /// Every value that needed a guess.
    pub guesses: Vec<Guess>,
    /// "Jeg søger job som" proposals for the citizen to confirm.
    pub job_wish_proposals: Vec<Proposal>,
    /// Skills the source lists: Jobnet keeps skills as the qualifications of a job wish, so they
    /// are offered for the wishes the citizen confirms.
    pub skills: Vec<String>,
}

/// A CV and its import report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Imported {
    pub cv: Cv,
    pub report: ImportReport,
}

fn refuse(en: impl Into<String>, da: impl Into<String>) -> InputError {
    InputError::new("", en, da)
}

/// The byte-order mark and whitespace before the first character.
fn content_start(bytes: &[u8]) -> &[u8] {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn as_text(bytes: &[u8]) -> Result<&str, InputError> {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(b).map_err(|e| {
        refuse(
            format!("the file is not UTF-8 text (byte {}): save it as UTF-8", e.valid_up_to()),
            format!("filen er ikke UTF-8-tekst (byte {}): gem den som UTF-8", e.valid_up_to()),
        )
    })
}

/// Which format the content is, from the content alone. Errors say what to do with a PDF, a
/// Word file, another zip, another XML or JSON document.
pub fn detect(bytes: &[u8]) -> Result<Format, InputError> {
    check_size(bytes)?;
    let b = content_start(bytes);
    if b.starts_with(b"PK\x03\x04") || b.starts_with(b"PK\x05\x06") {
        let names = zip::entry_names(b)?;
        if names.iter().any(|n| n.starts_with("word/")) {
            return Err(word_error());
        }
        if names.iter().any(|n| linkedin::is_linkedin_name(n)) {
            return Ok(Format::Linkedin);
        }
        return Err(refuse(
            "a zip file without LinkedIn's CSV files (Profile.csv, Positions.csv, …): use the zip from LinkedIn's \"Get a copy of your data\"",
            "en zip-fil uden LinkedIns CSV-filer (Profile.csv, Positions.csv …): brug zip-filen fra LinkedIns \"Hent en kopi af dine data\"",
        ));
    }
    if b.starts_with(b"%PDF") {
        return match europass::xml_in_pdf(b) {
            Some(_) => Ok(Format::Europass),
            None => Err(refuse(
                "a PDF without Europass XML inside: Jobspor can't read the text of a PDF. In Europass, save your CV as XML (or as a PDF with the XML included) and try that; or fill in the form",
                "en PDF uden Europass-XML indeni: Jobspor kan ikke læse teksten i en PDF. Gem dit CV som XML i Europass (eller som PDF med XML'en indlejret) og prøv den; eller udfyld formularen",
            )),
        };
    }
    if b.starts_with(b"\xD0\xCF\x11\xE0") || b.starts_with(b"{\\rtf") {
        return Err(word_error());
    }
    if b.starts_with(b"<") {
        let head = String::from_utf8_lossy(&b[..b.len().min(4096)]);
        if head.contains("SkillsPassport") || head.contains("<Candidate") || head.contains(":Candidate") || head.contains("europass") {
            return Ok(Format::Europass);
        }
        return Err(refuse(
            "an XML document that is not a Europass CV: in Europass, save your CV as XML; other XML formats are not read",
            "et XML-dokument, der ikke er et Europass-CV: gem dit CV som XML i Europass; andre XML-formater læses ikke",
        ));
    }
    if b.starts_with(b"{") {
        let text = as_text(bytes)?;
        let v: serde_json::Value = InputError::parse_json("the CV", text)?;
        return json_format(&v).ok_or_else(|| {
            refuse(
                "JSON that is not a JSON Resume (\"basics\", \"work\"), an HR Open Candidate (\"person\", \"profiles\") or a Jobspor CV (\"job_wishes\", \"contact\")",
                "JSON, der hverken er et JSON Resume (\"basics\", \"work\"), en HR Open Candidate (\"person\", \"profiles\") eller et Jobspor-CV (\"job_wishes\", \"contact\")",
            )
        });
    }
    if let Ok(text) = as_text(bytes) {
        if linkedin::csv_kind(text).is_some() {
            return Ok(Format::Linkedin);
        }
    }
    Err(refuse(
        "not a CV format Jobspor reads: use a JSON Resume (resume.json), Europass XML, an HR Open Candidate (JSON) or LinkedIn's data export (the zip or its CSV files)",
        "ikke et CV-format, Jobspor kan læse: brug et JSON Resume (resume.json), Europass-XML, en HR Open Candidate (JSON) eller LinkedIns dataeksport (zip-filen eller dens CSV-filer)",
    ))
}

fn word_error() -> InputError {
    refuse(
        "a Word document: Jobspor can't read Word files. Make your CV in Europass (europass.eu) and save it as XML, or fill in the form",
        "et Word-dokument: Jobspor kan ikke læse Word-filer. Lav dit CV i Europass (europass.eu) og gem det som XML, eller udfyld formularen",
    )
}

fn check_size(bytes: &[u8]) -> Result<(), InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(refuse(
            format!("the file is {} bytes; at most {MAX_INPUT_BYTES} (10 MB) are read", bytes.len()),
            format!("filen er på {} bytes; højst {MAX_INPUT_BYTES} (10 MB) læses", bytes.len()),
        ));
    }
    if content_start(bytes).is_empty() {
        return Err(refuse("the file is empty", "filen er tom"));
    }
    Ok(())
}

fn json_format(v: &serde_json::Value) -> Option<Format> {
    let o = v.as_object()?;
    let has = |k: &str| o.contains_key(k);
    if has("basics") || (has("work") && !has("work_experience")) || has("$schema") && o["$schema"].as_str().is_some_and(|s| s.contains("jsonresume")) {
        Some(Format::JsonResume)
    } else if has("person") || has("profiles") {
        Some(Format::HrOpen)
    } else if has("job_wishes") || has("contact") || has("work_experience") {
        Some(Format::Jobspor)
    } else {
        None
    }
}

/// Reads a CV in any format Jobspor knows (detected from the content unless `format` is given).
pub fn import_cv(bytes: &[u8], format: Option<Format>) -> Result<Imported, InputError> {
    check_size(bytes)?;
    let format = match format {
        Some(f) => f,
        None => detect(bytes)?,
    };
    match format {
        Format::JsonResume | Format::HrOpen | Format::Jobspor => {
            let text = as_text(bytes)?;
            if format == Format::Jobspor {
                let cv = crate::cv::parse_cv(text)?;
                return Ok(Imported { cv, report: tree::Ctx::new(format).finish() });
            }
            let v: serde_json::Value = InputError::parse_json("the CV", text)?;
            if !v.is_object() {
                return Err(InputError::new("", "expected a JSON object", "forventede et JSON-objekt"));
            }
            if format == Format::JsonResume {
                json_resume::import(&v)
            } else {
                hropen::import(&v)
            }
        }
        Format::Europass => {
            let b = content_start(bytes);
            if b.starts_with(b"%PDF") {
                let xml = europass::xml_in_pdf(b).ok_or_else(|| refuse("no Europass XML in the PDF", "ingen Europass-XML i PDF'en"))?;
                return europass::import(&xml);
            }
            europass::import(as_text(bytes)?)
        }
        Format::Linkedin => {
            let b = content_start(bytes);
            if b.starts_with(b"PK") {
                let files = zip::read_entries(b, linkedin::is_linkedin_name)?;
                let texts: Vec<&str> = files.iter().map(|(_, t)| t.as_str()).collect();
                linkedin::import(&texts)
            } else {
                linkedin::import(&[as_text(bytes)?])
            }
        }
    }
}

/// Reads several LinkedIn CSV files (picked one by one instead of the zip) as one CV.
pub fn import_linkedin_csvs(files: &[&[u8]]) -> Result<Imported, InputError> {
    let mut texts = Vec::with_capacity(files.len());
    for f in files {
        check_size(f)?;
        texts.push(as_text(f)?);
    }
    linkedin::import(&texts)
}

/// [`import_cv`] on text, with the format as a name (the JS and CLI entry): `{"cv", "report"}`.
pub fn import_cv_json(bytes: &[u8], format: Option<&str>) -> Result<String, InputError> {
    let format = format.filter(|f| !f.trim().is_empty()).map(Format::parse).transpose()?;
    let imported = import_cv(bytes, format)?;
    serde_json::to_string(&imported).map_err(|e| InputError::new("", e.to_string(), e.to_string()))
}
