//! `jobspor cv check --cvs DIR|FILE.ndjson|- …`: every member's CV at once, and whom to call
//! first (issue 21; docs/batch.md).
//!
//! ```text
//! jobspor cv check --cvs DIR|FILE.ndjson|- [--format table|csv|ndjson] [--report FILE.html]
//!                  [--options FILE] [--since YYYY-MM-DD]
//! jobspor bench batch [--cvs N]
//! ```
//!
//! The CVs are read and checked one at a time (`cvs.rs`); what is kept is a small summary row
//! per CV (for the call list, which needs every CV's scores before its first line) and the run's
//! counts. `--format ndjson` without `--report` keeps no rows at all. Everything per CV comes
//! from the core's [`CvResult`]: the scores, `searchable`, the findings with their severity,
//! module, `blocks_search` and Danish fix.
//!
//! Exit status: 0 every CV was checked (CVs left out by `--since` count as fine), 1 some CV could
//! not be read (each is listed with its id and the error) or the output or the report could not
//! be written, 2 bad usage (unknown option, bad `--options`, a source that cannot be opened).

use super::cvs::{Cvs, Item};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jobspor_core::cv::{self, CvOptions, CvResult, Module};
use jobspor_core::openings::csv::cell;
use jobspor_core::smart::Date;
use jobspor_core::Severity;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::rc::Rc;

pub const USAGE: &str = "jobspor cv check --cvs DIR|FILE.ndjson|- [--format table|csv|ndjson] [--report FILE.html] [--options FILE] [--since YYYY-MM-DD]";

const HELP: &str = "\
Check every CV of a folder (*.json), an NDJSON file or stdin (-), one at a time.

Usage: jobspor cv check --cvs DIR|FILE.ndjson|- [--format table|csv|ndjson] [--report FILE.html]
                        [--options FILE] [--since YYYY-MM-DD]

  --format table   the call list, most urgent first (default when stdout is a terminal)
  --format csv     one row per CV for Danish Excel (semicolons, UTF-8 BOM), in call-list order
  --format ndjson  {\"id\", \"result\"} or {\"id\", \"error\"} per CV, in input order (default otherwise)
  --report FILE    a self-contained HTML report for the team lead
  --options FILE   the CV check's options (weights, disabled rules, overrides) for every CV
  --since DATE     only CVs whose `updated` is DATE or later

Ids: the CV's top-level `id`, else the file name or `linje N`. A CV that cannot be read is
listed with its id and the error, and the run goes on.
Exit status: 0 every CV checked, 1 some CV could not be read (or the output could not be
written), 2 bad usage. See docs/batch.md.";

/// The CSV's columns, in order (Danish, as the CV widget words them).
pub const CSV_HEADER: [&str; 11] = [
    "id",
    "Kan findes i Jobnet",
    "Søgbarhed",
    "Udvælgelse",
    "Blokerende moduler",
    "Skal rettes",
    "Bør rettes",
    "Tip",
    "Rettelse 1",
    "Rettelse 2",
    "Rettelse 3",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Ndjson,
}

struct Args {
    source: String,
    format: Format,
    report: Option<String>,
    options: CvOptions,
    since: Option<Date>,
}

fn parse_args(rest: &[&str]) -> Result<Args, String> {
    let (mut source, mut format, mut report, mut options, mut since) = (None, None, None, None, None);
    let mut it = rest.iter();
    while let Some(&arg) = it.next() {
        let mut value = || it.next().copied().ok_or_else(|| format!("{arg} needs a value; usage: {USAGE}"));
        match arg {
            "--cvs" => source = Some(value()?.to_string()),
            "--format" => {
                format = Some(match value()? {
                    "table" => Format::Table,
                    "csv" => Format::Csv,
                    "ndjson" => Format::Ndjson,
                    other => return Err(format!("--format: expected table, csv or ndjson, got {other:?}")),
                })
            }
            "--report" => report = Some(value()?.to_string()),
            "--options" => {
                let file = value()?;
                options = Some(cv::parse_options(&super::read_input(file)?).map_err(|e| format!("{file}: {}", super::describe(&e)))?);
            }
            "--since" => {
                let v = value()?;
                since = Some(Date::parse(v).ok_or_else(|| format!("--since: not a date of the form YYYY-MM-DD: {v:?}"))?);
            }
            a => return Err(format!("unknown argument {a:?}; usage: {USAGE}")),
        }
    }
    let source = source.ok_or_else(|| format!("missing --cvs; usage: {USAGE}"))?;
    let format = format.unwrap_or(if std::io::stdout().is_terminal() { Format::Table } else { Format::Ndjson });
    Ok(Args { source, format, report, options: options.unwrap_or_default(), since })
}

/// One CV's line of the call list: what the table, the CSV and the report show of it. Small
/// (44 bytes): its texts live in the [`CallList`].
pub struct Row {
    /// Where the id is in [`CallList`]'s text of ids: (start, length) in bytes.
    id: (u32, u32),
    /// Place in the input (0-based): the last key of the call list's order.
    pub order: u32,
    pub searchable: bool,
    pub findability: u8,
    pub selection: u8,
    /// Bit `m as usize` set: module `m` has a finding that keeps the CV out of Jobnet's search.
    pub blocking: u16,
    /// Findings not overruled, per severity: error ("skal rettes"), warning, info.
    pub counts: [u32; 3],
    /// The first three distinct Danish fixes: 1 + their index in [`CallList`]'s fixes, 0 for none.
    fixes: [u32; 3],
}

impl Row {
    pub fn blocking_modules(&self) -> impl Iterator<Item = Module> + '_ {
        Module::ALL.into_iter().filter(|m| self.blocking & (1 << *m as usize) != 0)
    }

    /// The blocking modules' Danish names, comma-separated.
    pub fn blocking_text(&self) -> String {
        self.blocking_modules().map(|m| m.label().da).collect::<Vec<_>>().join(", ")
    }
}

/// The rows of the checked CVs, with their ids in one text and each distinct fix once (most CVs
/// share their fixes' sentences), so a row costs ~50 bytes whatever the CV's size.
#[derive(Default)]
pub struct CallList {
    pub rows: Vec<Row>,
    ids: String,
    fixes: Vec<Rc<str>>,
    fix_index: HashMap<Rc<str>, u32>,
}

impl CallList {
    pub fn id(&self, r: &Row) -> &str {
        &self.ids[r.id.0 as usize..(r.id.0 + r.id.1) as usize]
    }

    /// The row's fix number `i` (0, 1, 2), if it has one.
    pub fn fix(&self, r: &Row, i: usize) -> Option<&str> {
        r.fixes[i].checked_sub(1).map(|k| &*self.fixes[k as usize])
    }

    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&k) = self.fix_index.get(s) {
            return k + 1;
        }
        let k = self.fixes.len() as u32;
        let x: Rc<str> = Rc::from(s);
        self.fixes.push(x.clone());
        self.fix_index.insert(x, k);
        k + 1
    }

    /// The call list's order: not searchable first, then the lowest findability, then the lowest
    /// selection; ties in input order.
    pub fn sort(&mut self) {
        self.rows.sort_unstable_by_key(|r| (r.searchable, r.findability, r.selection, r.order));
    }
}

/// How often a rule fired across the run.
#[derive(Default, Clone, Copy)]
pub struct RuleCount {
    /// CVs with at least one finding of the rule (not overruled).
    pub cvs: u32,
    /// Its findings (not overruled).
    pub findings: u32,
    /// Whether the rule keeps a CV out of Jobnet's search.
    pub blocks: bool,
    /// The CV (its number in the run) last counted in `cvs`.
    last_cv: u64,
}

/// The run's figures, counted as the CVs go by (the summary and the report use them).
#[derive(Default)]
pub struct Totals {
    pub checked: u64,
    pub searchable: u64,
    /// Score bands 0–9, 10–19, …, 90–100.
    pub findability: [u32; 10],
    pub selection: [u32; 10],
    /// CVs kept out of the search by each module (`Module as usize`).
    pub blocking_modules: [u32; 11],
    /// Findings not overruled, per severity, over all CVs.
    pub severities: [u64; 3],
    pub rules: BTreeMap<String, RuleCount>,
    /// Left out by `--since`: updated before the date, or without an `updated` date.
    pub older: u64,
    pub undated: u64,
    /// CVs that could not be read: (id, the error).
    pub broken: Vec<(String, String)>,
}

/// The band of a score: 0 for 0–9, …, 9 for 90–100.
pub fn band(score: u8) -> usize {
    (score as usize / 10).min(9)
}

fn severity_index(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// The fields of a CV the batch reads besides the CV contract (unknown to it, so ignored by the
/// check): the member's `id` and the date the CV was last `updated`.
#[derive(Default)]
struct Meta {
    id: Option<serde_json::Value>,
    updated: Option<serde_json::Value>,
}

impl Meta {
    /// The top-level `id` and `updated` of a CV's JSON text, found by a scan that steps over
    /// every other value without building it (the CV itself is parsed by the core; a second full
    /// parse would cost a fifth of the check). Lenient on purpose: in a text that is not valid
    /// JSON it finds what comes before the problem, so a broken CV is still named by its id.
    /// Stops at the `id` unless `want_updated` (only `--since` reads it).
    fn read(text: &str, want_updated: bool) -> Meta {
        let b = text.as_bytes();
        let mut meta = Meta::default();
        let (mut depth, mut i) = (0usize, 0usize);
        while i < b.len() {
            match b[i] {
                b'"' => {
                    let start = i + 1;
                    let Some(end) = string_end(b, start) else { break };
                    i = end + 1;
                    if depth != 1 {
                        continue;
                    }
                    let colon = i + b[i..].iter().take_while(|c| c.is_ascii_whitespace()).count();
                    let key = &text[start..end];
                    if b.get(colon) != Some(&b':') || (key != "id" && key != "updated") {
                        continue;
                    }
                    let mut values = serde_json::Deserializer::from_str(&text[colon + 1..]).into_iter::<serde_json::Value>();
                    let value = values.next().and_then(Result::ok);
                    i = colon + 1 + values.byte_offset().max(1);
                    match key {
                        "id" => meta.id = meta.id.or(value),
                        _ => meta.updated = meta.updated.or(value),
                    }
                    if meta.id.is_some() && (meta.updated.is_some() || !want_updated) {
                        break;
                    }
                }
                b'{' | b'[' => {
                    depth += 1;
                    i += 1;
                }
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                }
                _ => i += 1,
            }
        }
        meta
    }
}

/// The index of the `"` that ends the JSON string whose text starts at `i`.
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// What became of one CV.
enum Outcome {
    Checked(String, CvResult),
    Broken(String, String),
    Older,
    Undated,
}

fn check_item(item: Item, options: &CvOptions, since: Option<Date>) -> Outcome {
    let text = match item.text {
        Ok(t) => t,
        Err(e) => return Outcome::Broken(item.name, e),
    };
    // The id first, so a CV that does not parse is still named by it when it has one.
    let meta = Meta::read(&text, since.is_some());
    let id = match meta.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => item.name,
    };
    let parsed = match cv::parse_cv(&text) {
        Ok(c) => c,
        Err(e) => return Outcome::Broken(id, super::describe(&e)),
    };
    if let Some(since) = since {
        match &meta.updated {
            None | Some(serde_json::Value::Null) => return Outcome::Undated,
            Some(v) => match v.as_str().and_then(updated_date) {
                Some(d) if d < since => return Outcome::Older,
                Some(_) => {}
                None => return Outcome::Broken(id, "invalid input at updated: expected a date YYYY-MM-DD (or an ISO date and time)".into()),
            },
        }
    }
    Outcome::Checked(id, cv::check_cv(&parsed, options))
}

/// `2026-12-01` or `2026-12-01T10:00:00Z`.
fn updated_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let (day, rest) = s.split_at(s.len().min(10));
    (rest.is_empty() || rest.starts_with(['T', ' '])).then(|| Date::parse(day)).flatten()
}

impl CallList {
    /// Counts a checked CV into `totals` and, when `keep`, adds its row.
    fn add(&mut self, totals: &mut Totals, id: &str, order: u32, r: &CvResult, keep: bool) {
        totals.checked += 1;
        totals.searchable += r.searchable as u64;
        totals.findability[band(r.findability)] += 1;
        totals.selection[band(r.selection)] += 1;
        let mut row = Row {
            id: (0, 0),
            order,
            searchable: r.searchable,
            findability: r.findability,
            selection: r.selection,
            blocking: 0,
            counts: [0; 3],
            fixes: [0; 3],
        };
        for f in &r.findings {
            if f.blocks_search {
                row.blocking |= 1 << f.module as usize;
            }
            if f.overridden.is_some() {
                continue;
            }
            row.counts[severity_index(f.severity)] += 1;
            let count = match totals.rules.get_mut(&f.code) {
                Some(c) => c,
                None => totals.rules.entry(f.code.clone()).or_default(),
            };
            count.findings += 1;
            count.blocks |= f.blocks_search;
            if count.last_cv != totals.checked {
                count.last_cv = totals.checked;
                count.cvs += 1;
            }
        }
        for (i, c) in row.counts.iter().enumerate() {
            totals.severities[i] += *c as u64;
        }
        for (i, m) in Module::ALL.iter().enumerate() {
            totals.blocking_modules[i] += (row.blocking & (1 << *m as usize) != 0) as u32;
        }
        if keep {
            for (slot, fix) in row.fixes.iter_mut().zip(top_fixes(r)) {
                *slot = self.intern(fix);
            }
            let start = self.ids.len();
            self.ids.push_str(id);
            row.id = (start as u32, (self.ids.len() - start) as u32);
            self.rows.push(row);
        }
    }
}

/// The fixes to do first, from the findings not overruled: what keeps the CV out of the search,
/// then by severity, then by the points the finding costs; each text once.
pub fn top_fixes(r: &CvResult) -> Vec<&str> {
    let mut findings: Vec<&cv::Finding> = r.findings.iter().filter(|f| f.overridden.is_none() && !f.fix.da.trim().is_empty()).collect();
    findings.sort_by(|a, b| {
        b.blocks_search.cmp(&a.blocks_search).then(a.severity.cmp(&b.severity)).then(b.points.total_cmp(&a.points))
    });
    let mut out: Vec<&str> = Vec::with_capacity(3);
    for f in findings {
        if out.len() == 3 {
            break;
        }
        if !out.contains(&f.fix.da.as_str()) {
            out.push(&f.fix.da);
        }
    }
    out
}

/// One NDJSON line.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<&'a CvResult>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

fn progress(cvs: &Cvs, source: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match cvs.total(source) {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let template = match (cvs, cvs.total(source)) {
        (_, None) => "{spinner} {msg}",
        (Cvs::Folder { .. }, _) => "{bar:30} {pos}/{len} CV'er · {msg}",
        _ => "{bar:30} {bytes}/{total_bytes} · {msg}",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.set_message("0 tjekket");
    bar
}

/// `jobspor cv check --cvs …`: runs the batch and says how it went (see the module docs).
pub fn main(rest: &[&str]) -> ExitCode {
    if rest.iter().any(|a| *a == "--help" || *a == "-h") {
        return super::output::print_result(HELP);
    }
    let args = match parse_args(rest) {
        Ok(a) => a,
        Err(e) => return usage_error(&e),
    };
    let cvs = match Cvs::open(&args.source) {
        Ok(c) => c,
        Err(e) => return usage_error(&e),
    };
    let bar = progress(&cvs, &args.source);
    let keep_rows = args.format != Format::Ndjson || args.report.is_some();
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut totals = Totals::default();
    let mut list = CallList::default();
    let mut order = 0u32;
    for item in cvs {
        let done = item.done;
        let outcome = check_item(item, &args.options, args.since);
        let written = match &outcome {
            Outcome::Checked(id, r) if args.format == Format::Ndjson => ndjson_line(&mut out, &Line { id, result: Some(r), error: None }),
            Outcome::Broken(id, e) if args.format == Format::Ndjson => ndjson_line(&mut out, &Line { id, result: None, error: Some(e) }),
            _ => Ok(()),
        };
        if let Err(e) = written {
            bar.finish_and_clear();
            return super::output::write_failed(&e);
        }
        match outcome {
            Outcome::Checked(id, r) => {
                list.add(&mut totals, &id, order, &r, keep_rows);
                order = order.saturating_add(1);
            }
            Outcome::Broken(id, e) => totals.broken.push((id, e)),
            Outcome::Older => totals.older += 1,
            Outcome::Undated => totals.undated += 1,
        }
        if !bar.is_hidden() {
            bar.set_position(done);
            if done % 64 == 0 {
                bar.set_message(format!("{} tjekket, {} kunne ikke læses", totals.checked, totals.broken.len()));
            }
        }
    }
    bar.finish_and_clear();
    list.sort();
    let summary = summary(&totals, args.since);
    let written = match args.format {
        Format::Table => write_table(&mut out, &list, &totals, &summary),
        Format::Csv => write_csv(&mut out, &list),
        Format::Ndjson => Ok(()),
    }
    .and_then(|()| out.flush());
    if let Err(e) = written {
        return super::output::write_failed(&e);
    }
    drop(out);
    if args.format != Format::Table {
        for (id, e) in &totals.broken {
            eprintln!("jobspor: {id}: {e}");
        }
        eprintln!("{summary}");
    }
    if let Some(file) = &args.report {
        let html = super::report::html(&totals, &list, &args.source, args.since);
        if let Err(e) = std::fs::write(file, html) {
            eprintln!("jobspor: could not write the report {file}: {e}");
            return ExitCode::from(1);
        }
    }
    if std::env::var_os("JOBSPOR_BENCH_PEAK").is_some() {
        // For `jobspor bench batch` only: this process's own peak memory (VmHWM starts afresh at
        // exec; the parent's wait4 `ru_maxrss` would include the parent's, inherited over vfork).
        eprintln!("peak_rss_kib {}", peak_rss_kib().unwrap_or(0));
    }
    if totals.broken.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn usage_error(e: &str) -> ExitCode {
    eprintln!("jobspor: {e}");
    ExitCode::from(2)
}

fn ndjson_line(out: &mut impl Write, line: &Line) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, line).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

/// "N CV'er" with the right form for one.
pub fn cvs_da(n: u64) -> String {
    if n == 1 {
        "1 CV".into()
    } else {
        format!("{n} CV'er")
    }
}

/// The run in one line of Danish.
fn summary(t: &Totals, since: Option<Date>) -> String {
    let mut s = format!(
        "I alt: {} tjekket; {} kan findes i Jobnet, {} kan ikke",
        cvs_da(t.checked),
        t.searchable,
        t.checked - t.searchable
    );
    s += &format!("; {} kunne ikke læses", t.broken.len());
    if let Some(d) = since {
        s += &format!("; udeladt med --since {d}: {} opdateret før, {} uden dato", t.older, t.undated);
    }
    s.push('.');
    s
}

/// A text for a terminal: control characters shown as `?`.
fn printable(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { '?' } else { c }).collect()
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

fn write_table(out: &mut impl Write, list: &CallList, t: &Totals, summary: &str) -> std::io::Result<()> {
    let rows = &list.rows;
    writeln!(out, "Ringeliste – mest presserende først: kan ikke findes i Jobnet, så lavest søgbarhed, så lavest udvælgelse")?;
    writeln!(out)?;
    let ids: Vec<String> = rows.iter().map(|r| printable(list.id(r))).collect();
    let jobnet: Vec<String> = rows.iter().map(|r| if r.searchable { "ja".into() } else { format!("nej – {}", r.blocking_text()) }).collect();
    let w_nr = rows.len().to_string().len().max(1);
    let w_id = ids.iter().map(|s| s.chars().count()).max().unwrap_or(0).clamp(2, 40);
    let w_jobnet = jobnet.iter().map(|s| s.chars().count()).max().unwrap_or(0).max("Kan findes i Jobnet".len());
    writeln!(
        out,
        "{}  {}  {}  Søgbarhed  Udvælgelse  Ret først",
        pad("#", w_nr),
        pad("id", w_id),
        pad("Kan findes i Jobnet", w_jobnet)
    )?;
    for (i, r) in rows.iter().enumerate() {
        let fix = list.fix(r, 0).unwrap_or("–");
        writeln!(
            out,
            "{:>w_nr$}  {}  {}  {:>9}  {:>10}  {}",
            i + 1,
            pad(&ids[i], w_id),
            pad(&jobnet[i], w_jobnet),
            r.findability,
            r.selection,
            printable(fix)
        )?;
    }
    if !t.broken.is_empty() {
        writeln!(out)?;
        writeln!(out, "Kunne ikke læses:")?;
        for (id, e) in &t.broken {
            writeln!(out, "  {}: {}", printable(id), printable(e))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{summary}")
}

fn write_csv(out: &mut impl Write, list: &CallList) -> std::io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    out.write_all(CSV_HEADER.join(";").as_bytes())?;
    out.write_all(b"\r\n")?;
    for r in &list.rows {
        let fix = |i: usize| list.fix(r, i).unwrap_or("").to_string();
        let cells = [
            list.id(r).to_string(),
            if r.searchable { "ja" } else { "nej" }.to_string(),
            r.findability.to_string(),
            r.selection.to_string(),
            r.blocking_text(),
            r.counts[0].to_string(),
            r.counts[1].to_string(),
            r.counts[2].to_string(),
            fix(0),
            fix(1),
            fix(2),
        ];
        out.write_all(cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";").as_bytes())?;
        out.write_all(b"\r\n")?;
    }
    Ok(())
}

/// `jobspor bench batch [--cvs N]`: writes N generated CVs (`joborder::generate_cvs`, in chunks
/// of 10,000 with seeds 1, 2, …, each with an `id`) as NDJSON to a temporary file, then runs
/// `jobspor cv check --cvs FILE --format ndjson|csv` on N/10 and on N of them in a child process
/// (one thread; its stdout to /dev/null): CVs per second and the child's peak memory (max RSS).
pub fn bench(rest: &[&str]) -> Result<String, String> {
    let n = match rest {
        [] => 100_000,
        ["--cvs", v] => v.parse::<usize>().map_err(|_| format!("--cvs: not a number: {v:?}"))?.max(10),
        _ => return Err("usage: jobspor bench batch [--cvs N]".into()),
    };
    let dir = std::env::temp_dir().join(format!("jobspor-bench-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let result = bench_in(&dir, n);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn bench_in(dir: &std::path::Path, n: usize) -> Result<String, String> {
    let io = |e: std::io::Error| format!("bench: {e}");
    let sizes = [n / 10, n];
    let mut files = Vec::new();
    let mut bytes = Vec::new();
    for &size in &sizes {
        let path = dir.join(format!("cvs-{size}.ndjson"));
        let mut w = BufWriter::new(std::fs::File::create(&path).map_err(io)?);
        let mut written = 0usize;
        let mut seed = 1u64;
        while written < size {
            let chunk = (size - written).min(10_000);
            for cv in jobspor_core::joborder::generate_cvs(chunk, seed) {
                written += 1;
                let json = serde_json::to_string(&cv).map_err(|e| format!("bench: {e}"))?;
                // `{"id":"m000001",` + the CV's fields.
                write!(w, "{{\"id\":\"m{written:06}\",{}\n", &json[1..]).map_err(io)?;
            }
            seed += 1;
        }
        w.flush().map_err(io)?;
        bytes.push(std::fs::metadata(&path).map_err(io)?.len());
        files.push(path);
    }
    let exe = std::env::current_exe().map_err(io)?;
    let mut runs = Vec::new();
    let mut summary = serde_json::Map::new();
    for format in ["ndjson", "csv"] {
        for (i, &size) in sizes.iter().enumerate() {
            let run = run_child(&exe, &files[i], format)?;
            if run.code != Some(0) {
                return Err(format!("bench: `jobspor cv check --cvs … --format {format}` ended with {:?}", run.code));
            }
            let suffix = if i == 0 { "_tenth" } else { "" };
            let per_s = (size as f64 / run.seconds).round();
            let per_cpu_s = (size as f64 / run.cpu_seconds.max(1e-6)).round();
            let mib = (run.peak_kib as f64 / 1024.0 * 10.0).round() / 10.0;
            summary.insert(format!("{format}_cvs_per_s{suffix}"), per_s.into());
            summary.insert(format!("{format}_cvs_per_cpu_s{suffix}"), per_cpu_s.into());
            summary.insert(format!("{format}_peak_rss_mib{suffix}"), mib.into());
            runs.push(serde_json::json!({
                "format": format,
                "cvs": size,
                "input_mib": (bytes[i] as f64 / 1048576.0 * 10.0).round() / 10.0,
                "seconds": (run.seconds * 1000.0).round() / 1000.0,
                "cpu_seconds": (run.cpu_seconds * 1000.0).round() / 1000.0,
                "cvs_per_s": per_s,
                "cvs_per_cpu_s": per_cpu_s,
                "peak_rss_mib": mib,
            }));
        }
    }
    summary.extend(breakdown(&files[0])?);
    // The figures for `cargo xtask bench` first (at N, and at N/10 with `_tenth`), then each run.
    let mut out = serde_json::Map::new();
    out.insert("cvs".into(), n.into());
    out.extend(summary);
    out.insert("runs".into(), runs.into());
    super::to_json(&out)
}

/// Where a CV's time goes, in this process over the N/10 file: CPU µs per CV to read the `id`,
/// parse the CV, check it, make its summary row, and write its NDJSON line.
fn breakdown(file: &std::path::Path) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("bench: {e}"))?;
    let lines: Vec<&str> = text.lines().collect();
    let options = CvOptions::default();
    let mut list = CallList::default();
    let mut totals = Totals::default();
    let (mut meta_t, mut parse_t, mut check_t, mut row_t, mut ndjson_t) = (0.0, 0.0, 0.0, 0.0, 0.0);
    let mut sink = Vec::with_capacity(1 << 20);
    for (i, line) in lines.iter().enumerate() {
        let t = thread_cpu();
        let meta = Meta::read(line, false);
        meta_t += thread_cpu() - t;
        let t = thread_cpu();
        let Ok(parsed) = cv::parse_cv(line) else { continue };
        parse_t += thread_cpu() - t;
        let t = thread_cpu();
        let result = cv::check_cv(&parsed, &options);
        check_t += thread_cpu() - t;
        let t = thread_cpu();
        list.add(&mut totals, "x", i as u32, &result, true);
        row_t += thread_cpu() - t;
        let t = thread_cpu();
        sink.clear();
        let id = meta.id.map(|v| v.to_string()).unwrap_or_default();
        ndjson_line(&mut sink, &Line { id: &id, result: Some(&result), error: None }).map_err(|e| format!("bench: {e}"))?;
        ndjson_t += thread_cpu() - t;
    }
    let per = |t: f64| serde_json::Value::from((t * 1e6 / lines.len().max(1) as f64 * 100.0).round() / 100.0);
    let mut m = serde_json::Map::new();
    m.insert("us_per_cv_read_id".into(), per(meta_t));
    m.insert("us_per_cv_parse".into(), per(parse_t));
    m.insert("us_per_cv_check".into(), per(check_t));
    m.insert("us_per_cv_summary_row".into(), per(row_t));
    m.insert("us_per_cv_ndjson_line".into(), per(ndjson_t));
    Ok(m)
}

/// This thread's CPU time in seconds (a load on the machine does not count, unlike wall time).
fn thread_cpu() -> f64 {
    // SAFETY: an all-zero `timespec` is valid; clock_gettime writes into it.
    let mut t: libc::timespec = unsafe { std::mem::zeroed() };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 / 1e9
}

/// This process's peak resident memory (`VmHWM` in /proc/self/status), in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// One child run: wall seconds, CPU seconds (user + system, from `wait4`), peak memory (KiB, as
/// the child reports it), exit code.
struct ChildRun {
    seconds: f64,
    cpu_seconds: f64,
    peak_kib: u64,
    code: Option<i32>,
}

/// Runs `jobspor cv check --cvs FILE --format FORMAT > /dev/null` and waits for it with `wait4`.
fn run_child(exe: &std::path::Path, file: &std::path::Path, format: &str) -> Result<ChildRun, String> {
    use std::io::Read;
    let null = std::fs::File::create("/dev/null").map_err(|e| format!("bench: /dev/null: {e}"))?;
    let start = std::time::Instant::now();
    let mut child = std::process::Command::new(exe)
        .args(["cv", "check", "--cvs"])
        .arg(file)
        .args(["--format", format])
        .env("JOBSPOR_BENCH_PEAK", "1")
        .stdout(null)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("bench: cannot run {}: {e}", exe.display()))?;
    let mut err = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut err);
    }
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is valid; wait4 writes into the two locals and reaps the child
    // we own, whose `Child` handle is never waited on again.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let seconds = start.elapsed().as_secs_f64();
    if pid < 0 {
        return Err(format!("bench: wait4: {}", std::io::Error::last_os_error()));
    }
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let peak_kib = err.lines().find_map(|l| l.strip_prefix("peak_rss_kib ")).and_then(|v| v.trim().parse().ok()).unwrap_or(0);
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Ok(ChildRun { seconds, cpu_seconds: tv(usage.ru_utime) + tv(usage.ru_stime), peak_kib, code })
}
