//! `cargo xtask package`: wasm-pack build, wasm-opt, and the npm package in `target/npm/`.

use crate::util::{cmd, fmt_bytes, run, toml_string, toml_version, Result};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// The size budget for the gzipped .wasm of the main (CV) module; every module's own is in the
/// module table.
pub const GZIP_BUDGET: u64 = MODULES[0].budget;

/// The WebAssembly modules of the package, one per entry point, so that a page loads only the
/// capabilities it uses: the module table (crates/xtask/src/modules.rs). Each is one build of
/// crates/wasm with its own cargo features, and each must stay within its budget.
pub use crate::modules::MODULES;

/// wasm-opt's optimisation for size; names and producers sections go (wasm-bindgen keeps none
/// that the JS glue needs). `-Oz` twice (a second round finds more once the first has inlined
/// and folded) and `--low-memory-unused` (Rust's data starts at 1 MiB and the stack grows down
/// from there, so the lowest 1 KiB is only reached by a stack about to overflow): −1.3 KB brotli
/// per module for ~20 % more wasm-opt time (README, *Bytes per page*; `--converge` saved 0.2 KB
/// more for twice the time, `--ignore-implicit-traps` and `--gufa-optimizing` less).
const WASM_OPT: [&str; 5] = ["-Oz", "-Oz", "--low-memory-unused", "--strip-debug", "--strip-producers"];

/// Features Rust's wasm32-unknown-unknown output uses (Rust ≥ 1.82 enables reference-types and
/// multivalue by default); every one is supported by current browsers and Node ≥ 16.
pub(crate) const WASM_FEATURES: [&str; 6] = [
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

/// The main module's optimised .wasm in the package (the CV check; what the benchmarks load).
pub fn wasm_file(root: &Path) -> PathBuf {
    npm_dir(root).join("jobspor_wasm_bg.wasm")
}

/// Builds every module, assembles `target/npm/`, and returns the main module's sizes.
pub fn package(root: &Path) -> Result<Sizes> {
    let wasm_opt = root.join("node_modules/.bin/wasm-opt");
    if !wasm_opt.exists() {
        return Err(format!("{} is missing: run `cargo xtask install`", wasm_opt.display()));
    }
    let npm = npm_dir(root);
    // Development shortcut: `JOBSPOR_MODULES=jobspor_abc,jobspor_wasm cargo xtask package` rebuilds
    // only those modules and keeps the rest of an earlier target/npm (CI never sets it).
    let only: Option<Vec<String>> =
        std::env::var("JOBSPOR_MODULES").ok().map(|v| v.split(',').map(|s| s.trim().to_string()).collect());
    if only.is_some() && npm.exists() {
        println!("package: JOBSPOR_MODULES={:?}: rebuilding only those", only.as_deref().unwrap_or_default());
    } else if npm.exists() {
        fs::remove_dir_all(&npm).map_err(|e| format!("{}: {e}", npm.display()))?;
    }
    fs::create_dir_all(&npm).map_err(|e| format!("{}: {e}", npm.display()))?;

    let mut report = Vec::new();
    let mut wasm_opt_time = std::time::Duration::ZERO;
    for m in MODULES {
        if only.as_ref().is_some_and(|o| !o.iter().any(|n| n == m.wasm)) && npm.join(format!("{}_bg.wasm", m.wasm)).exists() {
            continue;
        }
        let out = root.join("target/wasm-pack").join(m.wasm);
        // `--mode no-install`: use the wasm-bindgen from `cargo xtask install`, never download
        // one; `--no-opt`: wasm-opt runs below from npm's binaryen.
        let mut build = cmd("wasm-pack");
        build
            .args(["build", "crates/wasm", "--mode", "no-install", "--no-pack", "--no-opt"])
            .args(["--target", "web", "--release", "--out-name", m.wasm, "--out-dir"])
            .arg(&out)
            .current_dir(root);
        if let Some(f) = m.features {
            build.args(["--", "--no-default-features", "--features", f]);
        }
        run(&mut build)?;
        let bg = format!("{}_bg.wasm", m.wasm);
        let wasm = out.join(&bg);
        let before = fs::metadata(&wasm).map_err(|e| format!("{}: {e}", wasm.display()))?.len();
        // target/wasm-pack keeps wasm-bindgen's output; the package gets the optimised module.
        let started = std::time::Instant::now();
        run(cmd(&wasm_opt).args(WASM_OPT).args(WASM_FEATURES).arg(&wasm).arg("-o").arg(npm.join(&bg)))?;
        wasm_opt_time += started.elapsed();
        copy(&out.join(format!("{bg}.d.ts")), &npm.join(format!("{bg}.d.ts")))?;
        let js = format!("{}.js", m.wasm);
        let glue = fs::read_to_string(out.join(&js)).map_err(|e| format!("{js}: {e}"))?;
        fs::write(npm.join(&js), crate::dts::plain_docs(&glue)).map_err(|e| format!("{js}: {e}"))?;
        // The module's own types only (wasm-bindgen writes every module's into each).
        let dts = format!("{}.d.ts", m.wasm);
        let all = fs::read_to_string(out.join(&dts)).map_err(|e| format!("{dts}: {e}"))?;
        let roots: Vec<&str> = MODULES
            .iter()
            .flat_map(|e| e.types.iter())
            .filter(|(module, _)| *module == m.wasm)
            .flat_map(|(_, names)| names.iter().copied())
            .collect();
        let own = crate::dts::filter(&all, &roots);
        println!(
            "package: {dts}: {} of {} types",
            crate::dts::declared_types(&own).len(),
            crate::dts::declared_types(&all).len()
        );
        fs::write(npm.join(&dts), crate::dts::plain_docs(&own)).map_err(|e| format!("{dts}: {e}"))?;
        report.push((m.wasm, m.budget, before, sizes(&npm.join(&bg))?));
    }
    // Hand-written files: every file in pkg-config/ but the package.json template.
    for entry in fs::read_dir(root.join("pkg-config")).map_err(|e| format!("pkg-config: {e}"))?.flatten() {
        let path = entry.path();
        if path.is_file() && entry.file_name() != "package.json" {
            copy(&path, &npm.join(entry.file_name()))?;
        }
    }
    let schemas = json_files(&root.join("schema"));
    if !schemas.is_empty() {
        fs::create_dir_all(npm.join("schema")).map_err(|e| e.to_string())?;
        for s in &schemas {
            copy(s, &npm.join("schema").join(s.file_name().unwrap()))?;
        }
    }
    for f in crate::modules::ROOT_FILES {
        copy(&root.join(f), &npm.join(f))?;
    }
    minify_js(root, &npm)?;
    write_package_json(root, &npm)?;

    check_with_npm_pack(&npm)?;

    println!("package: {} ready ({} schema files; wasm-opt {:.1} s)", npm.display(), schemas.len(), wasm_opt_time.as_secs_f64());
    let mut over = Vec::new();
    for (name, budget, before, sizes) in &report {
        println!(
            "package: {name}_bg.wasm  before wasm-opt {}  raw {}  gzip -9 {}  (budget {})",
            fmt_bytes(*before),
            fmt_bytes(sizes.raw),
            fmt_bytes(sizes.gzip),
            fmt_bytes(*budget)
        );
        if sizes.gzip > *budget {
            over.push(format!("{name}_bg.wasm is {} bytes gzipped (budget {budget})", sizes.gzip));
        }
    }
    if !over.is_empty() {
        return Err(format!("over the budget: {}", over.join(", ")));
    }
    let (_, _, _, main) = report.into_iter().next().ok_or("no modules")?;
    Ok(main)
}

/// The browser JavaScript that [`minify_js`] minifies: each module's wasm-bindgen glue, each
/// module's browser entry (`pkg-config/<entry>.js`), `elements.js`, `cv-check.js` and
/// `recovery.js` – all a page loads. Not the Node files (`*.node.js`, `node-wasm.js`), `vue.js`
/// (for a build tool), the `.d.ts` files or custom-elements.json. The e2e check for a top-level
/// `await` parses the minified files (tests/e2e/embedding.test.mjs).
pub fn minified_js() -> Vec<String> {
    MODULES
        .iter()
        .flat_map(|m| [format!("{}.js", m.wasm), format!("{}.js", m.entry)])
        .chain(crate::modules::MINIFIED_SHARED_FILES.iter().map(|f| f.to_string()))
        .collect()
}

/// Minifies [`minified_js`] in the package with terser (npm, a dev dependency: pure JavaScript,
/// no binary), in place, each with its source map beside it (`FILE.js.map`, sources included;
/// the file ends with a `//# sourceMappingURL` comment). Export and import names, property names
/// and string literals stay as they are (`--module` mangles only local names), so the contract
/// – the exports, the glue's imports object the .wasm calls – is unchanged. When terser is not
/// installed (a worktree whose node_modules predates it) the package keeps the readable files
/// and says so; `cargo xtask install` installs it. `JOBSPOR_TERSER=path/to/terser/bin/terser`
/// points at another copy (development).
fn minify_js(root: &Path, npm: &Path) -> Result {
    let terser = std::env::var_os("JOBSPOR_TERSER").map(PathBuf::from).unwrap_or_else(|| root.join("node_modules/terser/bin/terser"));
    if !terser.exists() {
        println!("package: warning: {} is missing (run `cargo xtask install`): the JavaScript is not minified", terser.display());
        return Ok(());
    }
    let (mut before, mut after) = (0, 0);
    for f in minified_js() {
        let path = npm.join(&f);
        if !path.exists() {
            continue;
        }
        before += fs::metadata(&path).map_err(|e| format!("{f}: {e}"))?.len();
        let map = format!("filename='{f}',url='{f}.map',includeSources");
        run(cmd("node")
            .arg(&terser)
            .arg(&f)
            .args(["--module", "--compress", "--mangle", "--comments", "false", "--source-map"])
            .arg(&map)
            .args(["--output"])
            .arg(&f)
            .current_dir(npm))?;
        after += fs::metadata(&path).map_err(|e| format!("{f}: {e}"))?.len();
    }
    println!("package: minified {} JavaScript files: {} → {} (maps beside them)", minified_js().len(), fmt_bytes(before), fmt_bytes(after));
    Ok(())
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
    let repository = toml_string(&cargo, "[workspace.package]", "repository").ok_or("Cargo.toml: no [workspace.package] repository")?;
    let json = template.replace("\"@VERSION@\"", &format!("\"{version}\"")).replace("@REPOSITORY@", repository.trim_end_matches('/'));
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
    let needed = crate::modules::MODULES
        .iter()
        .flat_map(|m| [format!("{}.js", m.entry), format!("{}.js", m.wasm), format!("{}_bg.wasm", m.wasm)])
        .chain(["package.json".to_string()]);
    for needed in needed {
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// serde_core is the vendored, patched copy (vendor/serde_core/JOBSPOR-PATCH.md): Cargo.lock
    /// resolves it to the path (no registry `source`), at the version serde asks for, with the
    /// patch in it. Fails when a serde update leaves the `[patch]` unused (Cargo then takes the
    /// registry's serde_core and core's float formatter is back in every module) or the patch is
    /// lost from the copy.
    #[test]
    fn serde_core_is_the_patched_copy() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
        let package = |name: &str| -> Vec<String> {
            lock.split("[[package]]").filter(|p| p.contains(&format!("\nname = \"{name}\"\n"))).map(String::from).collect()
        };
        let version = |p: &str| p.lines().find_map(|l| l.strip_prefix("version = \"")).map(|v| v.trim_end_matches('"').to_string());
        let (serde, core) = (package("serde"), package("serde_core"));
        assert_eq!(core.len(), 1, "one serde_core in Cargo.lock: {core:?}");
        assert!(!core[0].contains("source ="), "serde_core comes from the registry, not vendor/serde_core: {}", core[0]);
        assert!(serde.iter().any(|s| version(s) == version(&core[0])), "serde and the vendored serde_core differ: {serde:?} {core:?}");
        let vendored = std::fs::read_to_string(root.join("vendor/serde_core/Cargo.toml")).unwrap();
        assert!(vendored.contains(&format!("\nversion = \"{}\"\n", version(&core[0]).unwrap())));
        let de = std::fs::read_to_string(root.join("vendor/serde_core/src/de/mod.rs")).unwrap();
        assert!(de.contains("#[cfg(target_arch = \"wasm32\")]\n            Float(f) => jobspor_float(formatter, f),"), "the patch is lost");
        assert!(de.contains("fn jobspor_float(") && !de.contains("WithDecimalPoint(f64);\n\nimpl"), "the patch is lost");
    }
}
