//! The command tree of the checks, built with clap from the [`Check`] trait:
//!
//! ```text
//! jobspor <check> check ARGS…            run the check (ARGS as in the check's old spelling)
//! jobspor <check> rules [--markdown]     its rules (JSON, or the Markdown reference)
//! jobspor <check> schema [WHICH]         a JSON Schema of its contract (default: the input's)
//! ```
//!
//! for `<check>` = cv, smart, track, abc, job-order. The old spellings (`jobspor rules`,
//! `jobspor smart --rules`, `jobspor schema cv-options`, `jobspor track FILE` …) stay in
//! `main.rs` and reach the same code: `check` hands its arguments to the check's own handler,
//! so its flags, errors and exit status are the ones it always had.

use clap::{Arg, ArgAction, ArgMatches, Command};
use jobspor_core::check::{AbcCheck, Check, CvCheck, JobOrderCheck, PlanCheck, SmartCheck, TrackCheck, CHECKS};
use jobspor_core::check::{OpeningsCheck, ResourcesCheck};
use jobspor_core::check::{PlacementFollowupCheck, ProgressCardCheck};
use jobspor_core::check::IndsatsplanCheck;

/// What each check is, for `--help`.
fn about(check: &str) -> &'static str {
    match check {
        "cv" => "The CV check: searchability and selection in Jobnet",
        "smart" => "The SMART check of a job goal or agreement",
        "track" => "The track assessment (sporvalg) of a profile",
        "abc" => "The ABC job plan check",
        "resources" => "The resource calculator (Ressourceberegner): conversations a year and full-time years",
        "openings" => "The openings list (brancheredskab): ageing, statistics, findings",
        "plan" => "The plan check: jobspor, Min Plan, agreements, the CV and the joblog together",
        "progress-card" => "The progression card (progressionskort): totals per date and group, progress between dates",
        "placement-followup" => "The work-placement follow-up (praktikopfølgning): gaps and prompts per task",
        "indsatsplan" => "The indsatsplan: hovedmål, delmål (SMART-checked), activities and evaluations",
        _ => "The job-order check: is a jobordre fit for a Jobnet search?",
    }
}

/// The arguments `check` takes, as in the old spelling.
fn check_usage(check: &str) -> &'static str {
    match check {
        "cv" => "FILE|- [--options FILE] | --cvs DIR|FILE.ndjson|- [--format table|csv|ndjson] [--report FILE.html] [--options FILE] [--since YYYY-MM-DD]",
        "smart" => "[--kind goal|agreement] [--today YYYY-MM-DD] [--next-meeting YYYY-MM-DD] [--offsets unicode|utf16|utf8] [--options FILE] TEXT|-",
        "track" => "FILE|- [--config FILE]",
        "abc" => "FILE|- [--demand FILE] [--config FILE]",
        "resources" => "--citizens N --days D --weeks W --intensified SHARE [--still-unemployed SHARE] [--per-day N] [--target N] [--config FILE] | FILE|-",
        "openings" => "FILE|- [--today YYYY-MM-DD] [--config FILE]",
        "plan" => "PLAN|- [--cv FILE] [--joblog FILE] [--options FILE] [--today YYYY-MM-DD]",
        "progress-card" | "placement-followup" => "FILE|- [--config FILE]",
        "indsatsplan" => "FILE|- [--config FILE] [--today YYYY-MM-DD]",
        _ => "FILE|-",
    }
}

/// The command tree of the five checks.
pub fn command() -> Command {
    let mut cmd = Command::new("jobspor")
        .no_binary_name(true)
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .subcommand_required(true);
    for name in CHECKS {
        cmd = cmd.subcommand(
            Command::new(name)
                .about(about(name))
                .subcommand_required(true)
                .subcommand(
                    Command::new("check")
                        .about(about(name))
                        .override_usage(format!("jobspor {name} check {}", check_usage(name)))
                        .arg(Arg::new("args").num_args(0..).trailing_var_arg(true).allow_hyphen_values(true)),
                )
                .subcommand(
                    Command::new("rules")
                        .about("List the rules (JSON, or the Markdown reference)")
                        .arg(Arg::new("markdown").long("markdown").action(ArgAction::SetTrue)),
                )
                .subcommand(
                    Command::new("schema")
                        .about("Print a JSON Schema of the contract (default: the input's)")
                        .arg(Arg::new("which").help(schema_names(name).join("|"))),
                ),
        );
    }
    cmd
}

/// The schema names of a check.
fn schema_names(check: &str) -> Vec<&'static str> {
    fn names<C: Check>() -> Vec<&'static str> {
        C::schemas().into_iter().map(|(n, _)| n).collect()
    }
    match check {
        "cv" => names::<CvCheck>(),
        "smart" => names::<SmartCheck>(),
        "track" => names::<TrackCheck>(),
        "abc" => names::<AbcCheck>(),
        "resources" => names::<ResourcesCheck>(),
        "openings" => names::<OpeningsCheck>(),
        "plan" => names::<PlanCheck>(),
        "progress-card" => names::<ProgressCardCheck>(),
        "placement-followup" => names::<PlacementFollowupCheck>(),
        "indsatsplan" => names::<IndsatsplanCheck>(),
        _ => names::<JobOrderCheck>(),
    }
}

/// `jobspor <check> check|rules|schema …`.
pub fn run(args: &[&str]) -> Result<String, String> {
    let m = match command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp) => return Ok(e.to_string().trim_end().to_string()),
        Err(e) => {
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("bad usage").trim_start_matches("error: ");
            return Err(format!("{first}; see `jobspor --help`"));
        }
    };
    let Some((check, sub)) = m.subcommand().map(|(c, s)| (c, s.subcommand())) else { return Err("missing command; see `jobspor --help`".into()) };
    match check {
        "cv" => on::<CvCheck>(sub, args),
        "smart" => on::<SmartCheck>(sub, args),
        "track" => on::<TrackCheck>(sub, args),
        "abc" => on::<AbcCheck>(sub, args),
        "resources" => on::<ResourcesCheck>(sub, args),
        "openings" => on::<OpeningsCheck>(sub, args),
        "plan" => on::<PlanCheck>(sub, args),
        "progress-card" => on::<ProgressCardCheck>(sub, args),
        "placement-followup" => on::<PlacementFollowupCheck>(sub, args),
        "indsatsplan" => on::<IndsatsplanCheck>(sub, args),
        _ => on::<JobOrderCheck>(sub, args),
    }
}

/// One check's subcommand.
fn on<C: Check>(sub: Option<(&str, &ArgMatches)>, args: &[&str]) -> Result<String, String> {
    match sub {
        Some(("check", _)) => run_check(C::NAME, &args[2..]),
        Some(("rules", m)) if m.get_flag("markdown") => Ok(rules_markdown(C::NAME)),
        Some(("rules", _)) => super::to_json(&C::rules()),
        Some(("schema", m)) => {
            let which = m.get_one::<String>("which").map(String::as_str);
            let schemas = C::schemas();
            let found = match which {
                None => schemas.first(),
                Some(w) => schemas.iter().find(|(n, _)| *n == w || n.strip_prefix(C::NAME).and_then(|r| r.strip_prefix('-')) == Some(w)),
            };
            match found {
                Some((_, s)) => super::to_json(s),
                None => Err(format!("unknown schema {:?} of {}: one of {}; see `jobspor --help`", which.unwrap_or(""), C::NAME, schema_names(C::NAME).join(", "))),
            }
        }
        _ => Err("missing command; see `jobspor --help`".into()),
    }
}

/// Runs a check with the arguments of its old spelling.
fn run_check(check: &str, rest: &[&str]) -> Result<String, String> {
    let mut args: Vec<&str> = Vec::with_capacity(rest.len() + 2);
    match check {
        "cv" | "job-order" | "openings" => args.extend([check, "check"]),
        _ => args.push(check),
    }
    args.extend(rest);
    match check {
        "cv" => super::cv_check(&args[2..]),
        "smart" => super::smart::run(&args),
        "track" => super::track::run(&args),
        "abc" => super::abc::run(&args),
        "resources" => super::resources::run(&args),
        "openings" => super::openings::run(&args),
        "plan" => super::plan::run(&args),
        "progress-card" | "placement-followup" => super::progress::run(&args),
        "indsatsplan" => super::conversation::run_indsatsplan(&args),
        _ => super::joborder::run(&args),
    }
}

/// The rule reference of a check in Markdown (the sections docs/*.md embed).
pub fn rules_markdown(check: &str) -> String {
    match check {
        "cv" => super::rules_markdown(),
        "smart" => super::smart::rules_markdown(),
        "track" => super::track::rules_markdown(),
        "abc" => super::abc::rules_markdown(),
        "resources" => super::resources::rules_markdown(),
        "openings" => super::openings::rules_markdown(),
        "plan" => super::plan::rules_markdown(),
        "progress-card" | "placement-followup" => super::progress::rules_markdown(check),
        "indsatsplan" => super::conversation::rules_markdown(),
        _ => super::joborder::rules_markdown(),
    }
}

/// `jobspor schema NAME`: the schema of that name, whichever check's contract it belongs to.
pub fn schema_by_name(name: &str) -> Option<schemars::Schema> {
    fn find<C: Check>(name: &str) -> Option<schemars::Schema> {
        C::schemas().into_iter().find(|(n, _)| *n == name).map(|(_, s)| s)
    }
    find::<CvCheck>(name)
        .or_else(|| find::<SmartCheck>(name))
        .or_else(|| find::<TrackCheck>(name))
        .or_else(|| find::<AbcCheck>(name))
        .or_else(|| find::<JobOrderCheck>(name))
        .or_else(|| find::<ResourcesCheck>(name))
        .or_else(|| find::<OpeningsCheck>(name))
        .or_else(|| find::<PlanCheck>(name))
        .or_else(|| find::<ProgressCardCheck>(name))
        .or_else(|| find::<PlacementFollowupCheck>(name))
        .or_else(|| find::<IndsatsplanCheck>(name))
        .or_else(|| super::conversation::schema(name))
}
