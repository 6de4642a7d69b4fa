//! The openings list as CSV that opens correctly in Danish Excel: semicolons, a UTF-8 byte
//! order mark, CRLF line ends, dates `dd-mm-åååå`, the seed's column names in Danish. An export
//! re-imported is the same list; a bad row is refused with its row and column named, and the
//! rows before it are kept ([`CsvError::kept`]).

use super::{Contact, ContactResult, OpeningsList};
use crate::common::Date;

/// The columns, in order: (Danish header, the contract's field).
pub const COLUMNS: [(&str, &str); 12] = [
    ("Dato", "date"),
    ("Virksomhed", "company"),
    ("CVR-nummer", "cvr"),
    ("Adresse", "address"),
    ("Telefon", "phone"),
    ("E-mail", "email"),
    ("Kontaktperson", "contact_person"),
    ("Virksomhedstype", "company_type"),
    ("Resultat", "result"),
    ("Jobfunktion", "job_function"),
    ("Antal pladser", "places"),
    ("Antal besatte pladser", "places_filled"),
];

output! {
    /// A CSV refused: the row (as Excel numbers it: the header is row 1) and column of the first
    /// problem, and the rows before it, so nothing read is lost.
    pub struct CsvError {
        /// Always `"invalid_input"`.
        pub error: String,
        /// The contract's path of the value, e.g. `items[2].places`.
        pub path: String,
        pub message: String,
        pub message_da: String,
        /// The row in the spreadsheet (1 = the header).
        pub row: usize,
        /// The column's Danish header, e.g. "Antal pladser".
        pub column: String,
        /// The rows before the bad one.
        pub kept: OpeningsList,
    }
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}, column {:?}: {}", self.row, self.column, self.message)
    }
}

/// "dd-mm-åååå" of an ISO date; anything else as written.
pub fn danish_date(iso: &str) -> String {
    match Date::parse(iso.trim()) {
        Some(d) => {
            let (y, m, dd) = d.ymd();
            format!("{dd:02}-{m:02}-{y:04}")
        }
        None => iso.to_string(),
    }
}

/// An ISO date from `dd-mm-åååå` (also `dd.mm.åååå`, `d-m-åååå` and ISO itself).
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(d) = Date::parse(s) {
        return Some(d.to_string());
    }
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    let [d, m, y] = parts.as_slice() else { return None };
    if y.len() != 4 || d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    Date::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).map(|d| d.to_string())
}

fn result_cell(r: Option<ContactResult>) -> &'static str {
    match r {
        None => "",
        Some(ContactResult::NoOpening) => "Ingen åbning",
        Some(ContactResult::OrdinaryOpening) => "Ordinær åbning",
        Some(ContactResult::WorkPlacement) => "Praktikplads",
    }
}

fn parse_result(s: &str) -> Result<Option<ContactResult>, ()> {
    let t = s.trim().to_lowercase();
    Ok(Some(match t.as_str() {
        "" => return Ok(None),
        "ingen åbning" | "no opening" | "no_opening" => ContactResult::NoOpening,
        "ordinær åbning" | "ordinary opening" | "ordinary_opening" => ContactResult::OrdinaryOpening,
        "praktikplads" | "work placement" | "work_placement" => ContactResult::WorkPlacement,
        _ => return Err(()),
    }))
}

/// Starts like a formula to Excel (`=`, `+`, `-`, `@`): written with a `'` in front, so a
/// company name or phone number is never run as a formula (CSV injection); the import takes the
/// `'` off again.
fn formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@'])
}

/// One cell: a formula-like text behind a `'`; quoted when it holds a semicolon, a quote, a line
/// break or spaces at its ends. Public for the CLI's other CSVs for Danish Excel (`jobspor cv
/// check --cvs … --format csv`).
pub fn cell(s: &str) -> String {
    let guarded;
    let s = if formula_like(s) || (s.starts_with('\'') && formula_like(&s[1..])) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([';', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The list as CSV for Danish Excel (BOM, semicolons, CRLF, dd-mm-åååå).
pub fn openings_to_csv(list: &OpeningsList) -> String {
    let mut out = String::from('\u{feff}');
    out.push_str(&COLUMNS.iter().map(|(h, _)| *h).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
    for c in &list.items {
        let n = |x: Option<u32>| x.map(|x| x.to_string()).unwrap_or_default();
        let cells = [
            danish_date(&c.date),
            c.company.clone(),
            c.cvr.clone(),
            c.address.clone(),
            c.phone.clone(),
            c.email.clone(),
            c.contact_person.clone(),
            c.company_type.clone(),
            result_cell(c.result).to_string(),
            c.job_function.clone(),
            n(c.places),
            n(c.places_filled),
        ];
        out.push_str(&cells.iter().map(|s| cell(s)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The records of a CSV text: fields split on `;`, quotes as Excel writes them, CRLF or LF.
fn records(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Reads a CSV written by [`openings_to_csv`] or by Excel from it. The first bad row is refused
/// with its row and column; the rows before it are in the error's `kept`.
#[allow(clippy::result_large_err)] // the error carries the rows read before it, by design
pub fn openings_from_csv(text: &str) -> Result<OpeningsList, CsvError> {
    let mut list = OpeningsList::default();
    let fail = |list: &OpeningsList, row: usize, col: usize, en: String, da: String| CsvError {
        error: "invalid_input".into(),
        path: if row <= 1 { String::new() } else { format!("items[{}].{}", row - 2, COLUMNS[col].1) },
        message: format!("row {row}, column \"{}\": {en}", COLUMNS[col].0),
        message_da: format!("række {row}, kolonne »{}«: {da}", COLUMNS[col].0),
        row,
        column: COLUMNS[col].0.to_string(),
        kept: list.clone(),
    };
    let rows = records(text);
    let Some(header) = rows.first() else { return Err(fail(&list, 1, 0, "the file is empty".into(), "filen er tom".into())) };
    for (i, (name, _)) in COLUMNS.iter().enumerate() {
        if header.get(i).map(|h| h.trim()) != Some(name) {
            return Err(fail(&list, 1, i, format!("the header must be \"{name}\""), format!("overskriften skal være »{name}«")));
        }
    }
    for (r, fields) in rows.iter().enumerate().skip(1) {
        let row = r + 1;
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if fields.len() > COLUMNS.len() && fields[COLUMNS.len()..].iter().any(|f| !f.trim().is_empty()) {
            return Err(fail(&list, row, COLUMNS.len() - 1, "more columns than the 12 of the list".into(), "flere kolonner end listens 12".into()));
        }
        let get = |i: usize| {
            let f = fields.get(i).map(String::as_str).unwrap_or("");
            f.strip_prefix('\'').filter(|rest| formula_like(rest) || rest.starts_with('\'')).unwrap_or(f)
        };
        let date = get(0);
        let date = if date.trim().is_empty() {
            String::new()
        } else {
            iso_date(date).ok_or_else(|| fail(&list, row, 0, format!("{date:?} is not a date dd-mm-yyyy"), format!("»{date}« er ikke en dato dd-mm-åååå")))?
        };
        let result = parse_result(get(8)).map_err(|_| {
            fail(&list, row, 8, format!("{:?} is not one of Ingen åbning, Ordinær åbning, Praktikplads", get(8)), format!("»{}« er ikke en af Ingen åbning, Ordinær åbning, Praktikplads", get(8)))
        })?;
        #[allow(clippy::result_large_err)]
        let number = |i: usize| -> Result<Option<u32>, CsvError> {
            let s = get(i).trim();
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<u32>().map(Some).map_err(|_| fail(&list, row, i, format!("{s:?} is not a whole number ≥ 0"), format!("»{s}« er ikke et helt tal ≥ 0")))
        };
        let (places, places_filled) = (number(10)?, number(11)?);
        list.items.push(Contact {
            date,
            company: get(1).to_string(),
            cvr: get(2).to_string(),
            address: get(3).to_string(),
            phone: get(4).to_string(),
            email: get(5).to_string(),
            contact_person: get(6).to_string(),
            company_type: get(7).to_string(),
            result,
            job_function: get(9).to_string(),
            places,
            places_filled,
        });
    }
    Ok(list)
}
