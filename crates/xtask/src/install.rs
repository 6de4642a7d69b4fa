//! `cargo xtask install`: everything the build, tests and demo need, installed only when missing.
//!
//! Sources are the ordinary registries only: rustup's target, crates.io (`cargo install`),
//! Debian (`apt-get`) and npm (`npm ci`). Nothing downloads a browser or a prebuilt binary.

use crate::util::{cmd, locked_version, run, stdout_of, which, Result};
use std::path::Path;

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

fn report(item: &str, state: &str) {
    println!("install: {item:<22} {state}");
}

pub fn install(root: &Path) -> Result {
    rust_target()?;
    wasm_pack()?;
    wasm_bindgen_cli(root)?;
    chromium()?;
    node()?;
    npm_deps(root)?;
    crate::fuzz::install_cargo_fuzz()?;
    Ok(())
}

fn rust_target() -> Result {
    let installed = stdout_of(cmd("rustup").args(["target", "list", "--installed"]))
        .ok_or("rustup is needed (https://rustup.rs) to add the wasm32-unknown-unknown target")?;
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        report(WASM_TARGET, "present");
    } else {
        run(cmd("rustup").args(["target", "add", WASM_TARGET]))?;
        report(WASM_TARGET, "installed");
    }
    Ok(())
}

fn first_line(s: Option<String>) -> Option<String> {
    s.and_then(|s| s.lines().next().map(|l| l.trim().to_string()))
}

/// `--mode no-install` and `--no-pack` need wasm-pack 0.13 or newer.
const WASM_PACK_MIN: (u32, u32) = (0, 13);

fn version_at_least(version_line: &str, min: (u32, u32)) -> bool {
    let v = version_line.split_whitespace().last().unwrap_or("");
    let mut parts = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0)) >= min
}

fn wasm_pack() -> Result {
    let have = first_line(stdout_of(cmd("wasm-pack").arg("--version")));
    if let Some(v) = &have {
        if version_at_least(v, WASM_PACK_MIN) {
            report("wasm-pack", &format!("present ({v})"));
            return Ok(());
        }
    }
    // --locked for a reproducible build; without it when the lock file can't be honoured.
    if run(cmd("cargo").args(["install", "--force", "--locked", "wasm-pack"])).is_err() {
        run(cmd("cargo").args(["install", "--force", "wasm-pack"]))?;
    }
    report("wasm-pack", "installed");
    Ok(())
}

/// wasm-bindgen-cli must be exactly the `wasm-bindgen` version in Cargo.lock.
pub fn wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    locked_version(&lock, "wasm-bindgen").ok_or_else(|| "Cargo.lock has no wasm-bindgen".to_string())
}

fn wasm_bindgen_cli(root: &Path) -> Result {
    let want = wasm_bindgen_version(root)?;
    let have = first_line(stdout_of(cmd("wasm-bindgen").arg("--version")));
    let runner = which("wasm-bindgen-test-runner").is_some();
    if have.as_deref() == Some(&format!("wasm-bindgen {want}")) && runner {
        report("wasm-bindgen-cli", &format!("present ({want})"));
        return Ok(());
    }
    // Not --locked: the crate's lock file can't be resolved against this registry mirror.
    run(cmd("cargo").args(["install", "--force", "wasm-bindgen-cli", "--version", &format!("={want}")]))?;
    report("wasm-bindgen-cli", &format!("installed ({want})"));
    Ok(())
}

fn apt_install(packages: &[&str]) -> Result {
    let root_user = stdout_of(cmd("id").arg("-u")).map(|s| s.trim() == "0").unwrap_or(false);
    let apt = |args: &[&str]| {
        let mut c = if root_user {
            cmd("apt-get")
        } else {
            let mut c = cmd("sudo");
            c.arg("-E").arg("apt-get");
            c
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update"]))?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend_from_slice(packages);
    run(&mut apt(&args))
}

fn chromium() -> Result {
    let have = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    if !have {
        apt_install(&["chromium", "chromium-driver"])?;
        if !(Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists()) {
            return Err(format!("apt-get installed chromium but {CHROMIUM} or {CHROMEDRIVER} is missing"));
        }
    }
    let v = first_line(stdout_of(cmd(CHROMEDRIVER).arg("--version"))).unwrap_or_default();
    let v = v.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    report("chromium + driver", &format!("{} ({v})", if have { "present" } else { "installed" }));
    Ok(())
}

fn node() -> Result {
    let have = |name| which(name).is_some();
    if have("node") && have("npm") {
        let v = first_line(stdout_of(cmd("node").arg("--version"))).unwrap_or_default();
        report("node + npm", &format!("present ({v})"));
        return Ok(());
    }
    apt_install(&["nodejs", "npm"])?;
    report("node + npm", "installed");
    Ok(())
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn npm_deps(root: &Path) -> Result {
    let lock = root.join("package-lock.json");
    let marker = root.join("node_modules/.package-lock.json");
    let modified = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    let fresh = match (modified(&marker), modified(&lock)) {
        (Some(m), Some(l)) => m >= l,
        _ => false,
    };
    let tools = root.join("node_modules/.bin/wasm-opt").exists()
        && root.join("node_modules/playwright-core").exists()
        && root.join("node_modules/.bin/tsc").exists()
        && root.join("node_modules/terser/bin/terser").exists();
    if fresh && tools {
        report("npm dev dependencies", "present");
        return Ok(());
    }
    // A worktree whose node_modules links to another checkout's: `npm ci` would empty the
    // linked directory, so leave it alone.
    let link = root.join("node_modules");
    if link.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) {
        report("npm dev dependencies", "node_modules is a symlink: `npm ci` skipped");
        return Ok(());
    }
    run(cmd("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))?;
    report("npm dev dependencies", "installed");
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn compares_versions() {
        assert!(super::version_at_least("wasm-pack 0.15.1", (0, 13)));
        assert!(super::version_at_least("wasm-pack 1.0.0", (0, 13)));
        assert!(!super::version_at_least("wasm-pack 0.12.1", (0, 13)));
        assert!(!super::version_at_least("garbage", (0, 13)));
    }
}
