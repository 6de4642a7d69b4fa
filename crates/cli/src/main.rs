//! `jobspor`: Jobspor's rules on the command line.
//!
//! Output is JSON on stdout. Bad input exits with status 2 and one line on stderr naming the
//! problem and its path; nothing here panics on input.

mod abc;
mod batch;
mod cli;
mod cvs;
mod import;
mod first;
mod joborder;
mod occupation;
mod openings;
mod resources;
mod output;
mod plan;
mod progress;
mod report;
mod smart;
mod conversation;
mod track;

/// mimalloc instead of glibc's malloc: the CLI allocates many small strings (findings, texts);
/// `jobspor bench batch` does 27 % more CVs per CPU-second with it (docs/batch.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use jobspor_core::check::CHECKS;
use jobspor_core::cv::{self, rules::RULES};
use jobspor_core::InputError;
use std::io::Read;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "\
jobspor – Jobspor's rules for Danish job centres and a-kasser

Usage:
  jobspor <check> check ARGS…                Run a check (cv, smart, track, abc, job-order, resources, openings); ARGS as below
  jobspor <check> rules [--markdown]         List a check's rules (JSON, or Markdown docs)
  jobspor <check> schema [WHICH]             Print a JSON Schema of a check's contract (default: its input)
                                             e.g. `jobspor cv schema result`, `jobspor abc schema demand`

  jobspor cv check FILE|- [--options FILE]   Check a CV (JSON) for searchability and selection
  jobspor cv import FILE|- [--format F]      Read a CV from JSON Resume, Europass XML (or PDF with it), HR Open
                                             Candidate JSON or LinkedIn's export (zip or CSV): {cv, report};
                                             F: json-resume, hr-open, europass, linkedin, jobspor (default: detected)
  jobspor cv export --to json-resume FILE|-  A CV (JSON) as a JSON Resume
  jobspor cv check --cvs DIR|FILE.ndjson|- [--format table|csv|ndjson] [--report FILE.html]
                   [--options FILE] [--since YYYY-MM-DD]
                                             Check every CV of a folder or NDJSON stream: the call
                                             list (most urgent first), CSV for Danish Excel, NDJSON,
                                             an HTML report; exit 1 when some CV could not be read
  jobspor rules [--markdown]                 List the CV rules (JSON, or Markdown docs)
  jobspor schema cv|cv-options|cv-result     Print a JSON Schema
  jobspor bench cv FILE [--iterations N]     Median time of one CV check (JSON)
  jobspor smart [--kind goal|agreement] [--today YYYY-MM-DD] [--next-meeting YYYY-MM-DD]
                [--offsets unicode|utf16|utf8] [--options FILE] TEXT|-
                                             SMART check of a job goal or agreement (JSON);
                                             default kind agreement, today = current date (UTC)
  jobspor smart --rules [--markdown]         List the SMART rules (JSON, or Markdown docs)
  jobspor schema smart-options|smart-result  Print a JSON Schema of the SMART contract
  jobspor bench smart [--iterations N] [TEXT]  Median time of one SMART check (JSON)
  jobspor track FILE|- [--config FILE]       Track assessment (sporvalg) of a profile (JSON)
  jobspor track --rules [--markdown]         List the track rules (JSON, or Markdown docs)
  jobspor track --elements [--markdown]      The start phase and tracks with their core elements
  jobspor schema track|track-config|track-result  Print a JSON Schema of the track contract
  jobspor abc FILE|- [--demand FILE] [--config FILE]
                                             Check an ABC job plan (JSON): class per row, findings
  jobspor abc --rules [--markdown]           List the ABC rules (JSON, or Markdown docs)
  jobspor schema abc|abc-demand|abc-config|abc-result  Print a JSON Schema of the ABC contract
  jobspor job-order check FILE|-             Is a job order (jobordre) fit for a Jobnet search? (JSON)
  jobspor job-order rules [--markdown]       List the job-order rules (JSON, or Markdown docs)
  jobspor match CV JOBORDER [--options FILE] Would the CV be found by the job order's search? (JSON)
  jobspor match --cvs DIR JOBORDER [--options FILE]
                                             Rank every CV (*.json) in DIR: the gross list (JSON)
  jobspor bench first [CHECK] [--iterations N]  First call of each check (cv, smart, occupation,
                                             track, abc, job-order, match) vs its median (JSON lines)
  jobspor bench match [--cvs N]              Time to rank N generated CVs (default 100000) (JSON)
  jobspor bench batch [--cvs N]              CVs per second and peak memory of `cv check --cvs` over
                                             N generated CVs (default 100000) (JSON)
  jobspor schema job-order|job-order-result|match-options|match-result|rank-result
                                             Print a JSON Schema of the job-order contract
  jobspor occupation [--host FILE] TEXT|-  The occupation a text names: title, area, DISCO-08, how, near misses
  jobspor resources --citizens N --days D --weeks W --intensified SHARE
                    [--still-unemployed SHARE] [--per-day N] [--target N] [--config FILE]
                                             The resource calculator (Ressourceberegner): the whole
                                             calculation as JSON; also `resources FILE|-`
  jobspor openings check FILE|- [--today YYYY-MM-DD] [--config FILE]
                                             The openings list (brancheredskab): ageing, statistics
  jobspor openings csv|import FILE|-         The list as CSV for Danish Excel, and back to JSON
  jobspor openings demand FILE|- [--region R] [--shortage-from N]
                                             The open places as the ABC plan's demand data
  jobspor plan check PLAN|- [--cv FILE] [--joblog FILE] [--options FILE] [--today YYYY-MM-DD]
                                             Check Min Plan, the CV and the joblog together (JSON)
  jobspor plan rules [--markdown]            List the plan rules (JSON, or Markdown docs)
  jobspor plan schema [plan|joblog|options|result]  Print a JSON Schema of the plan contract
  jobspor bench plan [--entries N]           Median time of one plan check with N joblog entries (JSON)
  jobspor progress-card check FILE|- [--config FILE]
                                             The progression card: totals per date and group, progress
  jobspor progress-card items [--markdown]   The card's items and the seed's words for every level
  jobspor placement-followup check FILE|- [--config FILE]
                                             The work-placement follow-up: gaps and prompts per task
  jobspor indsatsplan check FILE|- [--config FILE] [--today YYYY-MM-DD]
                                             The indsatsplan: delmål SMART-checked, areas, findings
  jobspor indsatsplan rules [--markdown] | schema [config|result]
  jobspor conversation guides [--markdown]   The conversation guides as data (seeds 004, 003, 002)
  jobspor conversation summary FILE|- [--today YYYY-MM-DD]
                                             A conversation's summary: agreements SMART-checked
  jobspor conversation schema [guides|record|summary|summary-config]
  jobspor --version | --help

Exit status: 0 ok, 1 output could not be written (and `cv check --cvs`: some CV could not be
read), 2 bad input or usage.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `jobspor cv check --cvs …` streams its output and has exit status 1 for unreadable CVs
    // (batch.rs); every other command prints one result.
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    if let ["cv", "check", rest @ ..] = a.as_slice() {
        if rest.contains(&"--cvs") {
            return batch::main(rest);
        }
    }
    match run(&args) {
        Ok(out) => output::print_result(&out),
        Err(line) => {
            eprintln!("jobspor: {line}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    match a.as_slice() {
        [] | ["--help"] | ["-h"] | ["help"] => Ok(USAGE.to_string()),
        ["--version"] | ["-V"] => Ok(format!("jobspor {}", env!("CARGO_PKG_VERSION"))),
        // `jobspor <check> check|rules|schema …`: the clap command tree (cli.rs).
        [check, "check" | "rules" | "schema", ..] if CHECKS.contains(check) => cli::run(&a),
        ["rules"] => to_json(&RULES.iter().map(|r| r.meta()).collect::<Vec<_>>()),
        ["rules", "--markdown"] => Ok(rules_markdown()),
        ["schema", name] => match cli::schema_by_name(name) {
            Some(schema) => to_json(&schema),
            None => Err(format!("unknown command {:?}; see `jobspor --help`", args.join(" "))),
        },
        // Issue 11's `jobspor occupation …` goes here: `mod occupation;` and
        // `["occupation", ..] => occupation::run(&a),`.
        ["bench", "cv", rest @ ..] => {
            let (file, iterations) = file_and_flag(rest, "--iterations")?;
            let n = match iterations {
                Some(s) => s.parse::<usize>().map_err(|_| format!("--iterations: not a number: {s:?}"))?.max(1),
                None => 10_000,
            };
            bench_cv(&read_input(file)?, n)
        }
        ["bench", "batch", rest @ ..] => batch::bench(rest),
        ["bench", "first", rest @ ..] => first::run(rest),
        a @ ["cv", "import" | "export", ..] => import::run(a),
        a @ ["occupation", ..] => occupation::run(a),
        a @ (["smart", ..] | ["bench", "smart", ..]) => smart::run(a),
        a @ ["abc", ..] => abc::run(a),
        a @ (["job-order", ..] | ["match", ..] | ["bench", "match", ..]) => joborder::run(a),
        a @ ["track", ..] => track::run(a),
        a @ ["resources", ..] => resources::run(a),
        a @ ["openings", ..] => openings::run(a),
        a @ ["bench", "plan", ..] => plan::run(a),
        a @ ["conversation", ..] => conversation::run_conversation(a),
        ["progress-card", "items"] => to_json(&jobspor_core::progress::card::items()),
        ["progress-card", "items", "--markdown"] => Ok(jobspor_core::progress::card::items_markdown()),
        _ => Err(format!("unknown command {:?}; see `jobspor --help`", args.join(" "))),
    }
}

/// `jobspor cv check FILE|- [--options FILE]`.
fn cv_check(rest: &[&str]) -> Result<String, String> {
    let (file, options) = file_and_flag(rest, "--options")?;
    let cv_json = read_input(file)?;
    let options = options.map(read_input).transpose()?;
    let result = cv::check_cv_json(&cv_json, options.as_deref()).map_err(|e| describe(&e))?;
    to_json(&result)
}

/// Splits `FILE [--flag VALUE]` in any order.
fn file_and_flag<'a>(rest: &[&'a str], flag: &str) -> Result<(&'a str, Option<&'a str>), String> {
    let (file, [value]) = file_and_flags(rest, [&[flag]])?;
    Ok((file, value))
}

/// Splits `FILE [--flag VALUE]…` in any order: the one FILE and each flag's value, where
/// `flags[i]` lists the spellings of the i-th flag.
fn file_and_flags<'a, const N: usize>(rest: &[&'a str], flags: [&[&str]; N]) -> Result<(&'a str, [Option<&'a str>; N]), String> {
    let mut file = None;
    let mut values = [None; N];
    let mut it = rest.iter();
    while let Some(&arg) = it.next() {
        if let Some(i) = flags.iter().position(|spellings| spellings.contains(&arg)) {
            values[i] = Some(*it.next().ok_or_else(|| format!("{arg} needs a value"))?);
        } else if arg.starts_with("--") {
            return Err(format!("unknown option {arg}; see `jobspor --help`"));
        } else if file.replace(arg).is_some() {
            return Err("give one FILE (or - for stdin)".into());
        }
    }
    Ok((file.ok_or("missing FILE (or - for stdin); see `jobspor --help`")?, values))
}

fn read_input(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    read.map_err(|e| format!("cannot read {file}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("{file}: not UTF-8 text (byte {})", e.utf8_error().valid_up_to()))
}

/// [`describe`] for an error in a part read from its own file: the path under `what`.
fn describe_under(what: &str, mut e: InputError) -> String {
    e.path = if e.path.is_empty() { what.into() } else { format!("{what}.{}", e.path) };
    describe(&e)
}

/// One line: the path (when there is one) and the problem.
fn describe(e: &InputError) -> String {
    let line = e.to_string().replace('\n', " ");
    if e.path.is_empty() {
        format!("invalid input: {line}")
    } else {
        format!("invalid input at {line}")
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string_pretty(v).map_err(|e| format!("cannot write JSON: {e}"))
}

fn rules_markdown() -> String {
    let mut out = String::from(
        "# CV rules\n\nGenerated by `jobspor rules --markdown`; the source of each section is the rule's doc comment \
         in `crates/core/src/cv/rules/`. Weights are points out of 100 in the rule's score: Jobspor's defaults, \
         not the seeds' (the seeds give no figures); a host replaces them with the options' `weights`. \
         The choices behind them are in `docs/cv.md`.\n\n\
         | code | name | score | weight | severity | Jobnet's rule | title |\n|---|---|---|---|---|---|---|\n",
    );
    for r in RULES {
        let m = r.meta();
        out += &format!(
            "| {} | `{}` | {:?} | {} | {:?} | {} | {} / {} |\n",
            m.code, m.name, m.category, m.weight, m.severity, if m.jobnet_required { "yes" } else { "" }, m.title.da, m.title.en
        );
    }
    for r in RULES {
        let m = r.meta();
        out += &format!(
            "\n## {} `{}` – {} / {}\n\nSource: {}.\n\n{}\n### Eksempel / Example\n\nPasses (merged into `tests/fixtures/cv-good.json`):\n\n```json\n{}\n```\n\nFails:\n\n```json\n{}\n```\n",
            m.code,
            m.name,
            m.title.da,
            m.title.en,
            m.source,
            m.docs_markdown().replace("## ", "### "),
            m.pass_example(),
            m.fail_example()
        );
    }
    out
}

fn bench_cv(json: &str, iterations: usize) -> Result<String, String> {
    let parsed = cv::parse_cv(json).map_err(|e| describe(&e))?;
    let options = cv::CvOptions::default();
    for _ in 0..iterations.min(1000) {
        std::hint::black_box(cv::check_cv(&parsed, &options));
    }
    let mut check = Vec::with_capacity(iterations);
    let mut parse_and_check = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let t = Instant::now();
        std::hint::black_box(cv::check_cv(std::hint::black_box(&parsed), &options));
        check.push(t.elapsed().as_nanos() as f64 / 1000.0);
        let t = Instant::now();
        std::hint::black_box(cv::check_cv_json(std::hint::black_box(json), None).ok());
        parse_and_check.push(t.elapsed().as_nanos() as f64 / 1000.0);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    Ok(format!(
        "{{\"iterations\": {iterations}, \"median_us\": {:.2}, \"median_parse_and_check_us\": {:.2}}}",
        median(&mut check),
        median(&mut parse_and_check)
    ))
}
