//! Small helpers: paths, running commands, timing.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (this crate lives in `crates/xtask`).
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.ancestors().nth(2).expect("crates/xtask has a workspace root").to_path_buf()
}

/// `$CARGO_HOME` or `~/.cargo`.
pub fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

/// Puts `node_modules/.bin` (npm's binaryen, before Debian's old one) and `$CARGO_HOME/bin`
/// (where `cargo install` puts wasm-pack and wasm-bindgen) first on PATH, for us and every child.
pub fn setup_path(root: &Path) {
    let mut dirs = vec![root.join("node_modules/.bin"), cargo_home().join("bin")];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path).filter(|p| !dirs.contains(p)).collect::<Vec<_>>());
    }
    if let Ok(joined) = std::env::join_paths(dirs) {
        // Edition 2021: set_var is safe; called once at start-up before any thread exists.
        std::env::set_var("PATH", joined);
    }
}

/// An executable named `name` on PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

/// The command line as one shell-ish string, for logs.
pub fn display(cmd: &Command) -> String {
    let mut s = String::new();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            let _ = write!(s, "{}={} ", k.to_string_lossy(), v.to_string_lossy());
        }
    }
    s.push_str(&cmd.get_program().to_string_lossy());
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&quote(a));
    }
    s
}

fn quote(a: &OsStr) -> String {
    let a = a.to_string_lossy();
    if !a.is_empty() && a.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:,@+".contains(c)) {
        a.into_owned()
    } else {
        format!("'{}'", a.replace('\'', r"'\''"))
    }
}

/// Runs a command with inherited stdio; an error unless it exits 0.
pub fn run(cmd: &mut Command) -> Result {
    eprintln!("$ {}", display(cmd));
    let status = cmd
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("could not start `{}`: {e}", cmd.get_program().to_string_lossy()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", display(cmd)))
    }
}

/// Runs a command quietly and returns its stdout when it exits 0.
pub fn stdout_of(cmd: &mut Command) -> Option<String> {
    let out = cmd.stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn cmd(program: impl AsRef<OsStr>) -> Command {
    Command::new(program)
}

pub fn fmt_duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 60.0 {
        format!("{s:.1}s")
    } else {
        format!("{}m{:02}s", (s / 60.0) as u64, (s % 60.0) as u64)
    }
}

pub fn fmt_bytes(n: u64) -> String {
    format!("{n} B ({:.1} KiB)", n as f64 / 1024.0)
}

/// The first `version = "…"` under `[section]` of a TOML file (enough for Cargo.toml).
pub fn toml_version(text: &str, section: &str) -> Option<String> {
    toml_string(text, section, "version")
}

/// The string `key = "…"` of a TOML `section` (a line-based reader for Cargo.toml's simple keys).
pub fn toml_string(text: &str, section: &str, key: &str) -> Option<String> {
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == section;
            continue;
        }
        if inside {
            if let Some(rest) = line.strip_prefix(key).and_then(|r| r.trim_start().strip_prefix('=')) {
                return Some(rest.trim().trim_matches('"').to_string());
            }
        }
    }
    None
}

/// The locked version of `package` in Cargo.lock.
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let want = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == want {
            let v = lines.next()?.trim().strip_prefix("version = ")?;
            return Some(v.trim_matches('"').to_string());
        }
    }
    None
}

/// The number after `"key":` in a flat JSON object (enough for the bench outputs).
pub fn json_number(json: &str, key: &str) -> Option<f64> {
    let pat = format!("\"{key}\"");
    let at = json.find(&pat)? + pat.len();
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start();
    let end = rest.find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c))).unwrap_or(rest.len());
    rest[..end].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions() {
        let toml = "[workspace]\nmembers = []\n\n[workspace.package]\nversion = \"1.2.3\"\nedition = \"2021\"\n";
        assert_eq!(toml_version(toml, "[workspace.package]").as_deref(), Some("1.2.3"));
        assert_eq!(toml_version(toml, "[package]"), None);
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(locked_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(locked_version(lock, "yew"), None);
    }

    #[test]
    fn reads_json_numbers() {
        let j = r#"{"iterations": 10000, "median_us": 12.50, "x": -1e3}"#;
        assert_eq!(json_number(j, "median_us"), Some(12.5));
        assert_eq!(json_number(j, "iterations"), Some(10000.0));
        assert_eq!(json_number(j, "x"), Some(-1000.0));
        assert_eq!(json_number(j, "nope"), None);
    }

    #[test]
    fn quotes_for_display() {
        let mut c = Command::new("echo");
        c.arg("a b").arg("plain");
        assert_eq!(display(&c), "echo 'a b' plain");
    }
}
