//! Writing the result to stdout: a reader that went away (`jobspor … | head -c1`) ends the
//! program quietly; any other write error (`> /dev/full`) is an error with status 1. Never a
//! panic (`println!` panics on both).

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

/// Prints `out` and a newline to stdout; the exit status to end with.
pub fn print_result(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let written = stdout.write_all(out.as_bytes()).and_then(|()| stdout.write_all(b"\n")).and_then(|()| stdout.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed(&e),
    }
}

/// The exit status after a failed write to stdout (said on stderr unless the reader went away).
pub fn write_failed(e: &std::io::Error) -> ExitCode {
    if e.kind() == ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("jobspor: could not write the output: {e}");
    ExitCode::from(1)
}
