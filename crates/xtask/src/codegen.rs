//! `cargo xtask codegen [--check]`: writes every generated file from the module table
//! ([`crate::modules::MODULES`]) and the `jobspor` CLI; `--check` writes nothing and fails listing
//! every stale file (Ruff's `generate_all` pattern). `cargo xtask test` runs the check first.
//!
//! Generated, whole files: `schema/*.schema.json`, `docs/cv-rules.md`, `pkg-config/package.json`.
//! Generated sections (between `<!-- NAME:begin -->`/`<!-- NAME:end -->` in Markdown and
//! `// NAME:begin …`/`// NAME:end` in JS/TS; what is outside the markers is written by hand):
//! the rule references in `docs/*.md`, and the `entry` and `elements` sections of
//! `pkg-config/<entry>.js` and `pkg-config/<entry>.d.ts`.

use crate::modules::{Element, Module, MODULES, PACKAGE_DESCRIPTION, PACKAGE_KEYWORDS, MINIFIED_SHARED_FILES, PROPERTY_ONLY, ROOT_FILES, SHARED_FILES};
use crate::util::{cmd, Result};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// One generated file: its path relative to the root and how to compute its content from the
/// committed content (`None` when the file doesn't exist yet).
pub struct Output {
    pub path: String,
    pub content: std::result::Result<String, String>,
}

/// What `codegen` writes or checks: the module table's files and the CLI's output.
pub fn codegen(root: &Path, check: bool) -> Result {
    check_features(root)?;
    crate::modules::check_borrowed()?;
    let outputs = generate_all(root)?;
    let stale = compare(root, &outputs);
    if check {
        if stale.is_empty() {
            println!("codegen: {} generated files are up to date", outputs.len());
            return Ok(());
        }
        return Err(format!(
            "{} generated file(s) are stale – run `cargo xtask codegen`:\n  {}",
            stale.len(),
            stale.join("\n  ")
        ));
    }
    for o in &outputs {
        if let Ok(content) = &o.content {
            if stale.contains(&o.path) {
                let path = root.join(&o.path);
                fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
                println!("codegen: wrote {}", o.path);
            }
        }
    }
    let errors: Vec<String> = outputs.iter().filter_map(|o| o.content.as_ref().err().map(|e| format!("{}: {e}", o.path))).collect();
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    println!("codegen: {} generated files, {} rewritten", outputs.len(), stale.len());
    Ok(())
}

/// The generated files whose committed content differs from what they should be (or that can't
/// be generated: a missing marker is stale too).
pub fn compare(root: &Path, outputs: &[Output]) -> Vec<String> {
    outputs
        .iter()
        .filter(|o| match &o.content {
            Ok(want) => fs::read_to_string(root.join(&o.path)).ok().as_ref() != Some(want),
            Err(_) => true,
        })
        .map(|o| match &o.content {
            Ok(_) => o.path.clone(),
            Err(e) => format!("{} ({e})", o.path),
        })
        .collect()
}

/// Every generated file's wanted content.
pub fn generate_all(root: &Path) -> Result<Vec<Output>> {
    let cli = Cli::build(root)?;
    let mut outputs = Vec::new();
    let read = |rel: &str| fs::read_to_string(root.join(rel)).ok();
    for m in MODULES {
        for (file, args) in m.schemas {
            let path = format!("schema/{file}");
            let content = cli.run(args).map(|out| whole(read(&path).as_deref(), &out));
            outputs.push(Output { path, content });
        }
    }
    // docs: one output per file, with every section of the file.
    let mut docs: Vec<(&str, Vec<(&str, &[&str])>)> = Vec::new();
    for m in MODULES {
        for (file, section, args) in m.docs {
            match docs.iter_mut().find(|(f, _)| f == file) {
                Some((_, v)) => v.push((section, args)),
                None => docs.push((file, vec![(section, args)])),
            }
        }
    }
    for (file, sections) in docs {
        let mut content = read(file).ok_or_else(|| "the file is missing".to_string());
        for (section, args) in sections {
            content = content.and_then(|text| {
                let out = cli.run(args)?;
                if section.is_empty() {
                    Ok(whole(Some(&text), &out))
                } else {
                    splice(&text, &format!("<!-- {section}:begin"), &format!("<!-- {section}:end -->"), &out)
                }
            });
        }
        outputs.push(Output { path: file.to_string(), content });
    }
    for m in MODULES {
        for (ext, sections) in [("js", entry_js(m)), ("d.ts", entry_dts(m))] {
            let path = format!("pkg-config/{}.{ext}", m.entry);
            let text = read(&path).unwrap_or_else(|| new_entry(m, ext));
            let mut content = Ok(text);
            for (name, body) in sections {
                content = content.and_then(|t| splice(&t, &format!("// {name}:begin"), &format!("// {name}:end"), &body));
            }
            outputs.push(Output { path, content });
        }
    }
    for m in MODULES {
        for (file, text) in node_files(m) {
            let path = format!("pkg-config/{file}");
            outputs.push(Output { content: Ok(whole(read(&path).as_deref(), &text)), path });
        }
    }
    let manifest = crate::manifest::custom_elements_json(|entry| read(&format!("pkg-config/{entry}.d.ts")));
    outputs.push(Output { path: "pkg-config/custom-elements.json".into(), content: manifest });
    outputs.push(Output { path: "pkg-config/vue.d.ts".into(), content: Ok(crate::manifest::vue_dts()) });
    outputs.push(Output { path: "pkg-config/vue.js".into(), content: Ok(crate::manifest::vue_js()) });
    outputs.push(Output { path: "pkg-config/package.json".into(), content: Ok(package_json()) });
    Ok(outputs)
}

/// A whole generated file: the committed text when it differs only in trailing whitespace.
fn whole(committed: Option<&str>, out: &str) -> String {
    match committed {
        Some(c) if c.trim_end() == out.trim_end() => c.to_string(),
        _ => format!("{}\n", out.trim_end()),
    }
}

/// Replaces what is between the line starting with `begin` and the line starting with `end`
/// by `body` (kept as it is when it differs only in trailing whitespace).
pub fn splice(text: &str, begin: &str, end: &str, body: &str) -> std::result::Result<String, String> {
    let b = line_start(text, begin, 0).ok_or_else(|| format!("no `{begin}` marker"))?;
    let from = text[b..].find('\n').map_or(text.len(), |i| b + i + 1);
    let to = line_start(text, end, from).ok_or_else(|| format!("no `{end}` marker after `{begin}`"))?;
    if text[from..to].trim_end() == body.trim_end() {
        return Ok(text.to_string());
    }
    Ok(format!("{}{}\n{}", &text[..from], body.trim_end(), &text[to..]))
}

fn line_start(text: &str, prefix: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while at <= text.len() {
        if text[at..].starts_with(prefix) {
            return Some(at);
        }
        at += text[at..].find('\n')? + 1;
    }
    None
}

/// The `jobspor` CLI, built once (also for the e2e tests: the batch report).
pub(crate) struct Cli(pub(crate) PathBuf);

impl Cli {
    pub(crate) fn build(root: &Path) -> Result<Cli> {
        crate::util::run(cmd("cargo").args(["build", "--quiet", "-p", "jobspor-cli"]).current_dir(root))?;
        let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
        let target = if target.is_absolute() { target } else { root.join(target) };
        Ok(Cli(target.join("debug/jobspor")))
    }

    fn run(&self, args: &[&str]) -> std::result::Result<String, String> {
        let out = cmd(&self.0).args(args).current_dir(crate::util::root()).output().map_err(|e| format!("{}: {e}", self.0.display()))?;
        if !out.status.success() {
            return Err(format!("`jobspor {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim()));
        }
        String::from_utf8(out.stdout).map_err(|e| format!("`jobspor {}`: {e}", args.join(" ")))
    }
}

const GENERATED: &str = "generated by `cargo xtask codegen` from crates/xtask/src/modules.rs";

fn list(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(", ")
}

fn quoted(items: &[&str]) -> String {
    format!("[{}]", list(items.iter().map(|s| format!("'{s}'"))))
}

/// Names wrapped at about 100 columns, each line indented by two spaces.
fn wrapped(names: &[&str]) -> String {
    let mut out = String::new();
    let mut line = String::from(" ");
    for n in names {
        if line.len() + n.len() + 2 > 100 {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(" ");
        }
        let _ = write!(line, " {n},");
    }
    out.push_str(line.trim_end());
    out
}

/// The generated sections of `<entry>.js`: `entry` (the module's loader, `ready`/`load` and the
/// re-exported functions; no top-level await) and `elements` (one class and `define` per element).
fn entry_js(m: &Module) -> Vec<(&'static str, String)> {
    let functions: String = m.functions.iter().map(|f| format!("\nexport const {f} = entry.api('{f}');")).collect();
    let entry = format!(
        "import init, * as wasm from './{w}.js';\nimport {{ wasmLoader, elementClass, define }} from './elements.js';\n\n\
         // The module starts loading on import in a browser; the elements render once it is ready.\n\
         const entry = wasmLoader(wasm, init, () => new URL('./{w}_bg.wasm', import.meta.url));\n\
         export const {{ ready, load }} = entry;\n{functions}\nexport {{ isInputError }} from './elements.js';",
        w = m.wasm,
    );
    let elements = m
        .elements
        .iter()
        .map(|e| {
            format!(
                "export const {i} = define('{t}', elementClass(entry, wasm.{c}, {a}, {p}, {pa}));",
                i = e.interface,
                c = e.class,
                t = e.tag,
                a = quoted(e.attributes),
                p = quoted(e.properties),
                pa = quoted(&property_attributes(e).iter().map(String::as_str).collect::<Vec<_>>()),
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    vec![("entry", entry), ("elements", elements)]
}

/// The attributes that set an element's properties (`jobOrder` → `job-order`): every property
/// but those in [`PROPERTY_ONLY`], for hosts that can only set attributes (React 18).
pub fn property_attributes(e: &Element) -> Vec<String> {
    e.properties.iter().filter(|p| !PROPERTY_ONLY.contains(p)).map(|p| kebab(p)).collect()
}

fn kebab(name: &str) -> String {
    name.chars().flat_map(|c| if c.is_ascii_uppercase() { vec!['-', c.to_ascii_lowercase()] } else { vec![c] }).collect()
}

/// `<entry>.node.js` (the `node` export condition of an entry) and `<wasm>.node.js` (of its raw
/// API): the same exports, with the module read from disk (`node-wasm.js`) and instantiated on
/// import; when the .wasm can't be found (a server bundle that moved it) the import still works
/// and `ready` rejects.
fn node_files(m: &Module) -> Vec<(String, String)> {
    let w = m.wasm;
    let head = |of: &str| {
        format!(
            "// {of} for Node (the package's `node` export condition) – {GENERATED}.\n\
             // The same exports; the WebAssembly module is read from disk and instantiated on import, so the\n\
             // functions work at once. No DOM here: no element is defined.\nimport {{ wasmBytes }} from './node-wasm.js';\n"
        )
    };
    let bytes = format!("const bytes = wasmBytes(new URL('./{w}_bg.wasm', import.meta.url), 'jobspor/{w}_bg.wasm');");
    let entry = format!(
        "{}import {{ load }} from './{e}.js';\n\n{bytes}\nif (bytes) load(bytes);\nelse load().catch(() => {{}});\n\nexport * from './{e}.js';\n",
        head(&format!("{}.js", m.entry)),
        e = m.entry
    );
    let api = format!(
        "{}import {{ initSync }} from './{w}.js';\n\n{bytes}\nif (bytes) initSync({{ module: bytes }});\n\nexport * from './{w}.js';\nexport {{ default }} from './{w}.js';\n",
        head(&format!("{w}.js"))
    );
    vec![(format!("{}.node.js", m.entry), entry), (format!("{w}.node.js"), api)]
}

/// The generated sections of `<entry>.d.ts`: `entry` (the re-exported data types, `version`,
/// `isInputError`) and `elements` (the tag-name map).
fn entry_dts(m: &Module) -> Vec<(&'static str, String)> {
    let mut entry = String::new();
    let mut all: Vec<&str> = Vec::new();
    for (module, names) in m.types {
        let _ = writeln!(entry, "import type {{\n{}\n}} from './{module}.js';", wrapped(names));
        all.extend(names.iter().copied().filter(|n| !all.contains(n)).collect::<Vec<_>>());
    }
    if m.elements.iter().any(|e| !crate::modules::borrows(m, e)) {
        entry.push_str("import type { JobsporElement, JobsporJsxProps } from './elements.js';\n");
    }
    let _ = write!(
        entry,
        "\nexport type {{\n{}\n}};\n\n/** The package version. */\nexport function version(): string;\n\
         /** True when a value returned by the API is an input error. */\nexport function isInputError(r: unknown): r is InputError;\n\
         /**\n * Resolves once the entry's WebAssembly module is ready: the functions throw before. In a browser\n \
         * it starts loading on import (the elements render when it is ready); in Node the `node` export\n \
         * condition loads it on import. Rejects if the first attempt fails (`load()` tries again).\n */\n\
         export const ready: Promise<void>;\n\
         /**\n * Starts loading the module if it hasn't: from `source` when given (a URL, a `Response`, or the\n \
         * bytes / a compiled module: then instantiated synchronously), else from the .wasm next to the entry.\n */\n\
         export function load(source?: string | URL | Request | Response | Promise<Response> | BufferSource | WebAssembly.Module): Promise<void>;",
        wrapped(&all)
    );
    // Elements another entry owns (the suite's): their interface and props type re-exported from
    // that entry's .d.ts, whose global tag map then holds them once (no clashing redeclaration).
    let (borrowed, own): (Vec<&Element>, Vec<&Element>) = m.elements.iter().partition(|e| crate::modules::borrows(m, e));
    let borrowed: String = borrowed
        .iter()
        .map(|e| {
            let o = crate::modules::owner(e.tag).map_or("", |o| o.entry);
            format!(
                "/** `<{t}>`: the element of `{o}.js`, defined by this entry from its own module when no other entry has defined it. */
export {{ {i} }} from './{o}.js';
export type {{ {p} }} from './{o}.js';
",
                t = e.tag,
                i = e.interface,
                p = e.interface.replace("Element", "Props"),
            )
        })
        .collect();
    if own.is_empty() && !borrowed.is_empty() {
        return vec![("entry", entry), ("elements", borrowed)];
    }
    let classes: String = own
        .iter()
        .map(|e| format!("/** The class behind `<{t}>`: to register it under another tag, define a subclass. */\nexport declare const {i}: {{ prototype: {i}; new (): {i} }};\n", t = e.tag, i = e.interface))
        .collect();
    let tags: String = own.iter().map(|e| format!("\n    '{}': {};", e.tag, e.interface)).collect();
    let jsx: Vec<(String, String)> = own.iter().map(|e| crate::manifest::jsx_props(e)).collect();
    let props: String = jsx.iter().map(|(decl, _)| decl.as_str()).collect();
    let intrinsic: String = jsx.iter().map(|(_, entry)| format!("\n      {entry}")).collect();
    // The global `JSX` (React ≤ 18's types, Preact, …) and `React.JSX` (React 19's types, merged
    // into @types/react's global `React` namespace; harmless without React).
    let elements = format!(
        "{borrowed}{classes}{props}declare global {{\n  interface HTMLElementTagNameMap {{{tags}\n  }}\n  \
         namespace JSX {{\n    interface IntrinsicElements {{{intrinsic}\n    }}\n  }}\n  \
         namespace React.JSX {{\n    interface IntrinsicElements {{{intrinsic}\n    }}\n  }}\n}}"
    );
    vec![("entry", entry), ("elements", elements)]
}

/// A new entry file for a module that has none yet: the markers, to be filled in by codegen, and
/// a note on what to write by hand.
fn new_entry(m: &Module, ext: &str) -> String {
    let (hand, after) = if ext == "js" {
        ("// TODO: what this entry is for (one paragraph), and a comment per element.", "")
    } else {
        ("// TODO: the types of the functions and of each element's interface.", "\n// TODO: the element interfaces.\n")
    };
    format!(
        "{hand}\n// entry:begin – {GENERATED}\n// entry:end\n{after}\n// elements:begin – {GENERATED}\n// elements:end\n// ({} entry)\n",
        m.name
    )
}

/// pkg-config/package.json (the package step replaces `@VERSION@`).
pub fn package_json() -> String {
    let mut exports: Vec<(String, String)> = Vec::new();
    // `node`: the same exports with the module read from disk on import (see `node_files`).
    let target = |ts: &str, js: &str| {
        let node = js.replace(".js", ".node.js");
        format!("{{\n      \"types\": \"./{ts}\",\n      \"node\": \"./{node}\",\n      \"default\": \"./{js}\"\n    }}")
    };
    for m in MODULES {
        for s in m.subpaths {
            exports.push((s.to_string(), target(&format!("{}.d.ts", m.entry), &format!("{}.js", m.entry))));
        }
    }
    for m in MODULES {
        exports.push((m.api_subpath.to_string(), target(&format!("{}.d.ts", m.wasm), &format!("{}.js", m.wasm))));
    }
    // The .wasm files, for hosts that load a module themselves (`initSync`, a CDN, a worker).
    for m in MODULES {
        let w = format!("./{}_bg.wasm", m.wasm);
        exports.push((w.clone(), format!("\"{w}\"")));
    }
    exports.push(("./vue".into(), "{\n      \"types\": \"./vue.d.ts\",\n      \"default\": \"./vue.js\"\n    }".into()));
    exports.push(("./custom-elements.json".into(), "\"./custom-elements.json\"".into()));
    exports.push(("./schema/*".into(), "\"./schema/*\"".into()));
    exports.push(("./package.json".into(), "\"./package.json\"".into()));
    let mut files: Vec<String> = MODULES
        .iter()
        .flat_map(|m| [format!("{}.js", m.entry), format!("{}.js.map", m.entry), format!("{}.node.js", m.entry), format!("{}.d.ts", m.entry)])
        .collect();
    files.extend(SHARED_FILES.iter().filter(|f| f.starts_with("elements.")).map(|f| f.to_string()));
    let maps = |elements: bool| MINIFIED_SHARED_FILES.iter().filter(move |f| f.starts_with("elements.") == elements).map(|f| format!("{f}.map"));
    files.extend(maps(true));
    for m in MODULES {
        let w = m.wasm;
        files.extend([format!("{w}.js"), format!("{w}.js.map"), format!("{w}.node.js"), format!("{w}.d.ts"), format!("{w}_bg.wasm"), format!("{w}_bg.wasm.d.ts")]);
    }
    files.extend(["node-wasm.js", "custom-elements.json", "vue.js", "vue.d.ts"].map(String::from));
    files.push("schema/".into());
    files.extend(SHARED_FILES.iter().filter(|f| !f.starts_with("elements.")).map(|f| f.to_string()));
    files.extend(maps(false));
    files.extend(ROOT_FILES.iter().map(|f| f.to_string()));
    let strings = |v: &[String], indent: &str| v.iter().map(|s| format!("\n{indent}\"{s}\"")).collect::<Vec<_>>().join(",");
    let main = MODULES[0].entry;
    let side_effects: Vec<String> = MODULES.iter().flat_map(|m| [format!("./{}.js", m.entry), format!("./{}.node.js", m.entry)]).collect();
    let keywords: Vec<String> = PACKAGE_KEYWORDS.iter().map(|s| s.to_string()).collect();
    format!(
        "{{\n  \"name\": \"jobspor\",\n  \"version\": \"@VERSION@\",\n  \"description\": \"{PACKAGE_DESCRIPTION}\",\n  \
         \"license\": \"MIT OR Apache-2.0\",\n  \"type\": \"module\",\n  \"main\": \"./{main}.js\",\n  \"module\": \"./{main}.js\",\n  \
         \"types\": \"./{main}.d.ts\",\n  \"repository\": {{ \"type\": \"git\", \"url\": \"@REPOSITORY@\" }},\n  \
         \"homepage\": \"@REPOSITORY@#readme\",\n  \"bugs\": {{ \"url\": \"@REPOSITORY@/issues\" }},\n  \"engines\": {{ \"node\": \">=20\" }},\n  \"customElements\": \"./custom-elements.json\",\n  \"exports\": {{{}\n  }},\n  \"files\": [{}\n  ],\n  \"sideEffects\": [{}\n  ],\n  \
         \"keywords\": [{}\n  ]\n}}\n",
        exports.iter().map(|(k, v)| format!("\n    \"{k}\": {v}")).collect::<Vec<_>>().join(","),
        strings(&files, "    "),
        strings(&side_effects, "    "),
        strings(&keywords, "    "),
    )
}

/// Every module's cargo feature is declared in crates/wasm/Cargo.toml.
fn check_features(root: &Path) -> Result {
    let path = root.join("crates/wasm/Cargo.toml");
    let toml = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let features = toml.split("[features]").nth(1).unwrap_or("").split("\n[").next().unwrap_or("");
    let missing: Vec<&str> = MODULES
        .iter()
        .filter_map(|m| m.features)
        .flat_map(|f| f.split(','))
        .filter(|f| !features.lines().any(|l| l.trim_start().starts_with(&format!("{f} ")) || l.trim_start().starts_with(&format!("{f}="))))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("crates/wasm/Cargo.toml has no feature {:?} (the module table in crates/xtask/src/modules.rs names it)", missing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-codegen-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("docs")).unwrap();
        dir
    }

    #[test]
    fn compare_lists_every_stale_file_and_only_those() {
        let dir = temp_dir("compare");
        fs::write(dir.join("fresh.json"), "{}\n").unwrap();
        fs::write(dir.join("stale.json"), "{\"old\": 1}\n").unwrap();
        fs::write(dir.join("docs/x.md"), "intro\n<!-- rules:begin -->\nold rules\n<!-- rules:end -->\nafter\n").unwrap();
        let doc = fs::read_to_string(dir.join("docs/x.md")).unwrap();
        let outputs = vec![
            Output { path: "fresh.json".into(), content: Ok("{}\n".into()) },
            Output { path: "stale.json".into(), content: Ok("{\"new\": 1}\n".into()) },
            Output { path: "missing.json".into(), content: Ok("{}\n".into()) },
            Output { path: "docs/x.md".into(), content: splice(&doc, "<!-- rules:begin", "<!-- rules:end -->", "new rules\n") },
            Output { path: "docs/y.md".into(), content: Err("no `<!-- rules:begin` marker".into()) },
        ];
        let stale = compare(&dir, &outputs);
        assert_eq!(stale, ["stale.json", "missing.json", "docs/x.md", "docs/y.md (no `<!-- rules:begin` marker)"]);
        // Once written, nothing is stale.
        for o in &outputs[..4] {
            fs::write(dir.join(&o.path), o.content.as_ref().unwrap()).unwrap();
        }
        assert!(compare(&dir, &outputs[..4]).is_empty());
        assert_eq!(fs::read_to_string(dir.join("docs/x.md")).unwrap(), "intro\n<!-- rules:begin -->\nnew rules\n<!-- rules:end -->\nafter\n");
        let _ = fs::remove_dir_all(dir);
    }

    #[test]
    fn splice_keeps_the_hand_written_text_and_the_marker_lines() {
        let text = "// hand\n// entry:begin – generated\nold\n// entry:end\n// more hand\n";
        let out = splice(text, "// entry:begin", "// entry:end", "new\nlines").unwrap();
        assert_eq!(out, "// hand\n// entry:begin – generated\nnew\nlines\n// entry:end\n// more hand\n");
        // Only trailing whitespace differs: unchanged.
        assert_eq!(splice(text, "// entry:begin", "// entry:end", "old\n\n").unwrap(), text);
        assert!(splice(text, "// elements:begin", "// elements:end", "x").is_err());
        assert!(splice("// entry:end\n// entry:begin\n", "// entry:begin", "// entry:end", "x").is_err());
    }

    #[test]
    fn package_json_exports_every_module_and_its_api() {
        let json = package_json();
        for m in MODULES {
            for s in m.subpaths.iter().chain([&m.api_subpath]) {
                assert!(json.contains(&format!("\"{s}\": {{")), "{s}");
            }
            assert!(json.contains(&format!("\"{}_bg.wasm\"", m.wasm)));
        }
        assert!(json.contains("\"version\": \"@VERSION@\""));
    }

    #[test]
    fn a_new_module_gets_entry_files_with_the_markers_filled_in() {
        let m = &MODULES[1];
        for (ext, sections) in [("js", entry_js(m)), ("d.ts", entry_dts(m))] {
            let mut text = new_entry(m, ext);
            for (name, body) in &sections {
                text = splice(&text, &format!("// {name}:begin"), &format!("// {name}:end"), body).unwrap();
            }
            assert!(text.contains("TODO"), "{text}");
            assert!(text.contains("jobspor-smart-check"), "{text}");
        }
    }

    /// The committed tree: `cargo xtask codegen --check` itself runs in `cargo xtask test`; this
    /// checks the parts that need no CLI (the entry files and package.json).
    #[test]
    fn committed_entry_files_and_package_json_are_up_to_date() {
        let root = crate::util::root();
        assert_eq!(fs::read_to_string(root.join("pkg-config/package.json")).unwrap(), package_json(), "run `cargo xtask codegen`");
        for m in MODULES {
            for (ext, sections) in [("js", entry_js(m)), ("d.ts", entry_dts(m))] {
                let path = root.join(format!("pkg-config/{}.{ext}", m.entry));
                let text = fs::read_to_string(&path).unwrap();
                let mut want = text.clone();
                for (name, body) in sections {
                    want = splice(&want, &format!("// {name}:begin"), &format!("// {name}:end"), &body).unwrap();
                }
                assert!(want == text, "{} is stale: run `cargo xtask codegen`", path.display());
            }
        }
        check_features(&root).unwrap();
    }
}
