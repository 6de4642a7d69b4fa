//! `jobspor occupation`: what the occupation recogniser finds in a text (issue 11), and
//! `jobspor occupation --bench`: the cost of the first call after start (no lexicon build).

use jobspor_core::lexicon::{resolve_occupation_with, HostTitle};
use jobspor_core::InputError;
use std::time::{Duration, Instant};

const HELP: &str = "\
Usage:
  jobspor occupation [--host FILE] TEXT|-   The occupation a text names (JSON): title, area,
                                           DISCO-08 group, how it was recognised (listed, synonym,
                                           compound_head, typo, host_list) and near misses.
                                           --host: the host's own titles, a JSON array of
                                           {title, area?, disco?, synonyms?}; they win.
  jobspor occupation --bench                First call vs steady state of the recogniser and of
                                           a SMART check (figures only, JSON)";

/// Runs `jobspor occupation …` (`args` starts with "occupation").
pub fn run(args: &[&str]) -> Result<String, String> {
    let rest = args.get(1..).unwrap_or(&[]);
    match rest {
        [] | ["--help"] | ["-h"] => Ok(HELP.to_string()),
        ["--bench"] => Ok(bench()),
        _ => {
            let (text, host) = parse(rest)?;
            let host: Vec<HostTitle> = match host {
                Some(file) => {
                    let json = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
                    InputError::parse_json("host titles", &json).map_err(|e| describe(&e))?
                }
                None => Vec::new(),
            };
            let text = if text == "-" {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| format!("cannot read stdin: {e}"))?;
                s
            } else {
                text.to_string()
            };
            let r = resolve_occupation_with(&text, &host).map_err(|e| describe(&e))?;
            serde_json::to_string_pretty(&r).map_err(|e| e.to_string())
        }
    }
}

fn parse<'a>(rest: &[&'a str]) -> Result<(&'a str, Option<&'a str>), String> {
    let mut text = None;
    let mut host = None;
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            "--host" => {
                host = Some(*rest.get(i + 1).ok_or("--host needs a FILE")?);
                i += 2;
            }
            f if f.starts_with("--") => return Err(format!("unknown option {f}\n{HELP}")),
            t => {
                if text.replace(t).is_some() {
                    return Err("give the text as one argument (quote it)".into());
                }
                i += 1;
            }
        }
    }
    Ok((text.ok_or("the text is missing")?, host))
}

fn describe(e: &InputError) -> String {
    format!("invalid input at {}: {} ({})", if e.path.is_empty() { "(document)" } else { &e.path }, e.message, e.message_da)
}

fn micros(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e7).round() / 10.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// First call (in a fresh process: nothing warmed) vs the median of the next calls.
fn bench() -> String {
    let titles = ["Skibsmekaniker", "Lagermedarbejdere", "din sagsbehandler", "lagermedarbjder", "it supporter"];
    let t = Instant::now();
    let _ = resolve_occupation_with(titles[0], &[]);
    let first_resolve = t.elapsed();
    let steady_resolve = median((0..200).map(|k| {
        let t = Instant::now();
        let _ = resolve_occupation_with(titles[k % titles.len()], &[]);
        t.elapsed()
    }).collect());
    let goal = "Jeg vil søge 3 stillinger om ugen som skibsmekaniker i Frederikshavn frem til 1. juni";
    let opts = jobspor_core::smart::SmartOptions { today: Some("2026-05-01".into()), ..Default::default() };
    let t = Instant::now();
    let _ = jobspor_core::smart::check_smart(goal, &opts);
    let first_smart = t.elapsed();
    let steady_smart = median((0..50).map(|_| {
        let t = Instant::now();
        let _ = jobspor_core::smart::check_smart(goal, &opts);
        t.elapsed()
    }).collect());
    let out = serde_json::json!({
        "resolve_occupation_first_us": micros(first_resolve),
        "resolve_occupation_steady_median_us": micros(steady_resolve),
        "smart_check_first_us": micros(first_smart),
        "smart_check_steady_median_us": micros(steady_smart),
        "note": "first = first call in this process; the taxonomy is static data (build.rs), so the first recogniser call builds nothing. The SMART check's first call still builds its Danish word vocabulary (not the taxonomy).",
    });
    serde_json::to_string_pretty(&out).unwrap_or_default()
}
