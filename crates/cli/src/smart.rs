//! `jobspor smart …`: the SMART check of a job goal or agreement on the command line.
//!
//! ```text
//! jobspor smart [--kind goal|agreement] [--today YYYY-MM-DD] [--next-meeting YYYY-MM-DD]
//!               [--offsets unicode|utf16|utf8] [--options FILE] TEXT|-
//! jobspor smart --rules [--markdown]
//! jobspor schema smart-options|smart-result
//! jobspor bench smart [--iterations N] [--kind goal|agreement] [TEXT]
//! ```
//!
//! TEXT may be several arguments (they are joined with spaces); `-` reads it from stdin. `today`
//! defaults to the current date (UTC). Evidence offsets are Unicode scalar values unless
//! `--offsets` says otherwise.

use jobspor_core::smart::{self, rules, Date, Kind, OffsetUnit, SmartOptions};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// A typical agreement of about 200 characters, for the benchmark.
/// The benchmark's agreement (186 characters), shared with tests/bench/bench-smart-wasm.mjs.
pub const BENCH_TEXT: &str = include_str!("../../../tests/fixtures/smart/bench-agreement.txt");

pub fn run(args: &[&str]) -> Result<String, String> {
    match args {
        ["smart", "--rules"] => super::to_json(&rules::metas()),
        ["smart", "--rules", "--markdown"] => Ok(rules_markdown()),
        ["bench", "smart", rest @ ..] => bench(rest),
        ["smart", rest @ ..] => check(rest),
        _ => Err(format!("unknown command {:?}; see `jobspor --help`", args.join(" "))),
    }
}

struct Parsed {
    options: SmartOptions,
    text: Vec<String>,
    iterations: Option<usize>,
}

fn parse(rest: &[&str], bench: bool) -> Result<Parsed, String> {
    let mut options: Option<SmartOptions> = None;
    let (mut kind, mut today, mut meeting, mut offsets, mut iterations) = (None, None, None, None, None);
    let mut text = Vec::new();
    let mut it = rest.iter();
    while let Some(&arg) = it.next() {
        let mut value = |flag: &str| it.next().copied().ok_or_else(|| format!("{flag} needs a value"));
        match arg {
            "--kind" => {
                kind = Some(match value(arg)? {
                    "goal" => Kind::Goal,
                    "agreement" => Kind::Agreement,
                    other => return Err(format!("--kind: expected goal or agreement, got {other:?}")),
                })
            }
            "--today" => today = Some(date_flag(arg, value(arg)?)?),
            "--next-meeting" => meeting = Some(date_flag(arg, value(arg)?)?),
            "--offsets" => {
                offsets = Some(match value(arg)? {
                    "unicode" => OffsetUnit::Unicode,
                    "utf16" => OffsetUnit::Utf16,
                    "utf8" => OffsetUnit::Utf8,
                    other => return Err(format!("--offsets: expected unicode, utf16 or utf8, got {other:?}")),
                })
            }
            "--options" => {
                let json = super::read_input(value(arg)?)?;
                options = Some(smart::parse_options(&json).map_err(|e| super::describe(&e))?);
            }
            "--iterations" if bench => {
                let v = value(arg)?;
                iterations = Some(v.parse::<usize>().map_err(|_| format!("--iterations: not a number: {v:?}"))?.max(1));
            }
            "--" => text.extend(it.by_ref().map(|s| s.to_string())),
            a if a.starts_with("--") => return Err(format!("unknown option {a}; see `jobspor --help`")),
            a => text.push(a.to_string()),
        }
    }
    let mut options = options.unwrap_or_default();
    if let Some(k) = kind {
        options.kind = k;
    }
    if let Some(o) = offsets {
        options.offsets = o;
    }
    if let Some(m) = meeting {
        options.next_meeting = Some(m);
    }
    options.today = today.or(options.today.take()).or_else(|| Some(system_today().to_string()));
    options.validate().map_err(|e| super::describe(&e))?;
    Ok(Parsed { options, text, iterations })
}

fn date_flag(flag: &str, v: &str) -> Result<String, String> {
    Date::parse(v).map(|d| d.to_string()).ok_or_else(|| format!("{flag}: not a date of the form YYYY-MM-DD: {v:?}"))
}

/// Fills a configuration's unset `today` with the system's date (UTC).
pub(crate) fn default_today(today: &mut Option<String>) {
    if today.is_none() {
        *today = Some(system_today().to_string());
    }
}

/// Today in UTC, from the system clock.
pub(crate) fn system_today() -> Date {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    Date::from_unix_days((secs / 86_400) as i64).unwrap_or_else(|| Date::from_ymd(1970, 1, 1).expect("valid"))
}

fn check(rest: &[&str]) -> Result<String, String> {
    let p = parse(rest, false)?;
    let text = match p.text.as_slice() {
        [] => return Err("missing TEXT (or - for stdin); see `jobspor --help`".into()),
        [one] if one == "-" => super::read_input("-")?,
        parts => parts.join(" "),
    };
    smart::check_text_length(&text).map_err(|e| super::describe(&e))?;
    super::to_json(&smart::check_smart(&text, &p.options))
}

fn bench(rest: &[&str]) -> Result<String, String> {
    let p = parse(rest, true)?;
    let text = if p.text.is_empty() { BENCH_TEXT.to_string() } else { p.text.join(" ") };
    let n = p.iterations.unwrap_or(10_000);
    let t = Instant::now();
    std::hint::black_box(smart::check_smart(&text, &p.options));
    let first = t.elapsed().as_nanos() as f64 / 1000.0;
    for _ in 0..n.min(1000) {
        std::hint::black_box(smart::check_smart(std::hint::black_box(&text), &p.options));
    }
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        std::hint::black_box(smart::check_smart(std::hint::black_box(&text), &p.options));
        times.push(t.elapsed().as_nanos() as f64 / 1000.0);
    }
    times.sort_by(f64::total_cmp);
    Ok(format!(
        "{{\"iterations\": {n}, \"chars\": {}, \"median_us\": {:.2}, \"p90_us\": {:.2}, \"first_call_us\": {:.2}}}",
        text.chars().count(),
        times[times.len() / 2],
        times[times.len() * 9 / 10],
        first
    ))
}

/// The rules reference in Markdown, as committed in docs/smart.md.
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "| code | name | criterion | applies to | gives | title |\n|---|---|---|---|---|---|\n",
    );
    for m in rules::metas() {
        out += &format!(
            "| {} | `{}` | {} | {:?} | {} | {} / {} |\n",
            m.code,
            m.name,
            m.criterion.label().da,
            m.applies,
            if m.positive { "met" } else { "partly / missing" },
            m.title.da,
            m.title.en
        );
    }
    for m in rules::metas() {
        out += &format!(
            "\n### {} `{}` – {} / {}\n\nCriterion: {} ({}). Applies to: {:?}. Source: {}.\n\n{}\nExamples (run as tests): met «{}»; not met «{}».\n",
            m.code,
            m.name,
            m.title.da,
            m.title.en,
            m.criterion.label().da,
            m.criterion.label().en,
            m.applies,
            m.source,
            m.docs_markdown().replace("## ", "#### "),
            m.pass_example(),
            m.fail_example()
        );
    }
    out
}
