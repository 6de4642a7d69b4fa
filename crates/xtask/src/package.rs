//! `cargo xtask package`: wasm-pack build, wasm-opt, and the npm package in `target/npm/`.

use crate::util::{cmd, fmt_bytes, run, toml_version, Result};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// The size budget for the gzipped .wasm.
pub const GZIP_BUDGET: u64 = 250 * 1024;

/// What wasm-pack writes (with `--out-name jobspor_wasm`) and the package ships.
const WASM_PACK_FILES: [&str; 4] =
    ["jobspor_wasm.js", "jobspor_wasm_bg.wasm", "jobspor_wasm.d.ts", "jobspor_wasm_bg.wasm.d.ts"];
/// Hand-written files from pkg-config/, copied when present.
const CONFIG_FILES: [&str; 3] = ["jobspor.js", "jobspor.d.ts", "README.md"];

/// wasm-opt's optimisation for size; names and producers sections go (wasm-bindgen keeps none
/// that the JS glue needs).
const WASM_OPT: [&str; 3] = ["-Oz", "--strip-debug", "--strip-producers"];

/// Features Rust's wasm32-unknown-unknown output uses (Rust ≥ 1.82 enables reference-types and
/// multivalue by default); every one is supported by current browsers and Node ≥ 16.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
}

pub fn npm_dir(root: &Path) -> PathBuf {
    root.join("target/npm")
}

pub fn wasm_file(root: &Path) -> PathBuf {
    npm_dir(root).join("jobspor_wasm_bg.wasm")
}

pub fn package(root: &Path) -> Result<Sizes> {
    let out = root.join("target/wasm-pack");
    // `--mode no-install`: use the wasm-bindgen from `cargo xtask install`, never download one;
    // `--no-opt`: wasm-opt runs below from npm's binaryen.
    run(cmd("wasm-pack")
        .args(["build", "crates/wasm", "--mode", "no-install", "--no-pack", "--no-opt"])
        .args(["--target", "web", "--release", "--out-name", "jobspor_wasm", "--out-dir"])
        .arg(&out)
        .current_dir(root))?;

    let wasm = out.join("jobspor_wasm_bg.wasm");
    let before = fs::metadata(&wasm).map_err(|e| format!("{}: {e}", wasm.display()))?.len();
    let wasm_opt = root.join("node_modules/.bin/wasm-opt");
    if !wasm_opt.exists() {
        return Err(format!("{} is missing: run `cargo xtask install`", wasm_opt.display()));
    }

    let npm = npm_dir(root);
    if npm.exists() {
        fs::remove_dir_all(&npm).map_err(|e| format!("{}: {e}", npm.display()))?;
    }
    fs::create_dir_all(&npm).map_err(|e| format!("{}: {e}", npm.display()))?;
    // target/wasm-pack keeps wasm-bindgen's output; the package gets the optimised module.
    run(cmd(&wasm_opt).args(WASM_OPT).args(WASM_FEATURES).arg(&wasm).arg("-o").arg(wasm_file(root)))?;
    for f in WASM_PACK_FILES.iter().filter(|f| !f.ends_with(".wasm")) {
        copy(&out.join(f), &npm.join(f))?;
    }
    for f in CONFIG_FILES {
        let src = root.join("pkg-config").join(f);
        if src.exists() {
            copy(&src, &npm.join(f))?;
        } else {
            println!("package: note: pkg-config/{f} does not exist yet; not in the package");
        }
    }
    let schemas = json_files(&root.join("schema"));
    if !schemas.is_empty() {
        fs::create_dir_all(npm.join("schema")).map_err(|e| e.to_string())?;
        for s in &schemas {
            copy(s, &npm.join("schema").join(s.file_name().unwrap()))?;
        }
    }
    write_package_json(root, &npm)?;

    check_with_npm_pack(&npm)?;

    let sizes = sizes(&npm.join("jobspor_wasm_bg.wasm"))?;
    println!("package: {} ready ({} schema files)", npm.display(), schemas.len());
    println!("package: wasm before wasm-opt  {}", fmt_bytes(before));
    println!("package: wasm raw              {}", fmt_bytes(sizes.raw));
    println!(
        "package: wasm gzip -9          {}  (budget {})",
        fmt_bytes(sizes.gzip),
        fmt_bytes(GZIP_BUDGET)
    );
    if sizes.gzip > GZIP_BUDGET {
        return Err(format!(
            "the gzipped .wasm is {} bytes, over the budget of {GZIP_BUDGET} bytes",
            sizes.gzip
        ));
    }
    Ok(sizes)
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to).map(drop).map_err(|e| format!("copy {} -> {}: {e}", from.display(), to.display()))
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

/// package.json from the template pkg-config/package.json, with `@VERSION@` replaced by the
/// workspace version; warns about `exports` targets that the package doesn't contain.
fn write_package_json(root: &Path, npm: &Path) -> Result {
    let template_path = root.join("pkg-config/package.json");
    let template = fs::read_to_string(&template_path).map_err(|e| format!("{}: {e}", template_path.display()))?;
    let cargo = fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    let version = toml_version(&cargo, "[workspace.package]").ok_or("Cargo.toml: no [workspace.package] version")?;
    if !template.contains("\"@VERSION@\"") {
        return Err("pkg-config/package.json must contain \"version\": \"@VERSION@\"".into());
    }
    let json = template.replace("\"@VERSION@\"", &format!("\"{version}\""));
    fs::write(npm.join("package.json"), &json).map_err(|e| format!("package.json: {e}"))?;
    // Every "./file.ext" the manifest names (export keys like "./api" have no extension).
    let mut targets: Vec<&str> = json
        .split('"')
        .filter(|s| s.starts_with("./") && !s.contains('*') && s[2..].contains('.'))
        .collect();
    targets.sort_unstable();
    targets.dedup();
    for target in targets {
        if !npm.join(target).exists() {
            println!("package: warning: package.json names {target}, which the package does not contain");
        }
    }
    Ok(())
}

/// `npm pack --dry-run`: the manifest is valid and the package holds the files it should.
fn check_with_npm_pack(npm: &Path) -> Result {
    let out = cmd("npm")
        .args(["pack", "--dry-run", "--json", "--ignore-scripts"])
        .current_dir(npm)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("npm pack: {e}"))?;
    if !out.status.success() {
        return Err(format!("npm pack --dry-run failed: {}", String::from_utf8_lossy(&out.stderr).trim()));
    }
    let json = String::from_utf8_lossy(&out.stdout);
    let files = json.matches("\"path\":").count();
    for needed in ["jobspor.js", "jobspor_wasm.js", "jobspor_wasm_bg.wasm", "package.json"] {
        if !json.contains(&format!("\"path\": \"{needed}\"")) {
            return Err(format!("npm pack would leave out {needed}"));
        }
    }
    println!("package: npm pack --dry-run: {files} files");
    Ok(())
}

/// Raw and `gzip -9` sizes of a file.
pub fn sizes(file: &Path) -> Result<Sizes> {
    let raw = fs::metadata(file).map_err(|e| format!("{}: {e}", file.display()))?.len();
    Ok(Sizes { raw, gzip: gzip_size(file)? })
}

fn gzip_size(file: &Path) -> Result<u64> {
    let out = cmd("gzip")
        .args(["-9", "-n", "-c"])
        .arg(file)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip -9 {} failed", file.display()));
    }
    let _ = std::io::stdout().flush();
    Ok(out.stdout.len() as u64)
}
