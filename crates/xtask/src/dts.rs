//! Per-module TypeScript: wasm-bindgen writes every tsify type of jobspor-core into every
//! module's `<wasm>.d.ts` (the custom sections come with the crate, whatever the features). The
//! package step keeps, per module, the functions and classes of the module and the types they
//! (and the entries' re-exports in the module table) refer to, transitively – and drops the rest.

use std::collections::BTreeSet;

/// One top-level declaration with its leading doc comment.
struct Decl {
    text: String,
    /// The declared type's name when it is a type (`interface`, `type`, `enum`); `None` for
    /// functions, classes, constants and the default export (always kept).
    type_name: Option<String>,
}

const STARTS: [&str; 7] = ["export ", "declare ", "interface ", "type ", "function ", "class ", "enum "];

fn type_name(line: &str) -> Option<String> {
    let rest = line.strip_prefix("export ").unwrap_or(line);
    let rest = rest.strip_prefix("declare ").unwrap_or(rest);
    let rest = ["interface ", "type ", "enum ", "const enum "].iter().find_map(|k| rest.strip_prefix(k))?;
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
    (!name.is_empty()).then_some(name)
}

/// The file's header (before the first declaration) and its declarations.
fn split(dts: &str) -> (String, Vec<Decl>) {
    let mut header = String::new();
    let mut decls: Vec<Decl> = Vec::new();
    let mut comment = String::new();
    let mut in_comment = false;
    for line in dts.split_inclusive('\n') {
        if in_comment {
            comment.push_str(line);
            in_comment = !line.contains("*/");
            continue;
        }
        if line.starts_with("/*") {
            comment.push_str(line);
            in_comment = !line.contains("*/");
            continue;
        }
        if STARTS.iter().any(|s| line.starts_with(s)) {
            decls.push(Decl { text: std::mem::take(&mut comment) + line, type_name: type_name(line) });
            continue;
        }
        let text = std::mem::take(&mut comment) + line;
        match decls.last_mut() {
            Some(d) => d.text.push_str(&text),
            None => header.push_str(&text),
        }
    }
    match decls.last_mut() {
        Some(d) => d.text.push_str(&comment),
        None => header.push_str(&comment),
    }
    (header, decls)
}

/// The identifiers of a declaration's code (its comments left out).
fn identifiers(text: &str) -> BTreeSet<String> {
    let mut code = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("/*") {
        code.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    code.push_str(rest);
    let code: String = code.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    // Words, but not members (`WebAssembly.Module` is no reference to a type `Module`).
    let mut words = BTreeSet::new();
    let mut word = String::new();
    let mut member = false;
    for c in code.chars().chain([' ']) {
        if c.is_alphanumeric() || c == '_' || c == '$' {
            word.push(c);
            continue;
        }
        if !word.is_empty() && !member {
            words.insert(std::mem::take(&mut word));
        }
        word.clear();
        member = c == '.';
    }
    words
}

/// `dts` with only the declarations reachable from its functions and classes and from `roots`.
pub fn filter(dts: &str, roots: &[&str]) -> String {
    let (header, decls) = split(dts);
    let mut keep: BTreeSet<String> = roots.iter().map(|s| s.to_string()).collect();
    for d in decls.iter().filter(|d| d.type_name.is_none()) {
        keep.extend(identifiers(&d.text));
    }
    loop {
        let before = keep.len();
        for d in &decls {
            if d.type_name.as_ref().is_some_and(|n| keep.contains(n)) {
                keep.extend(identifiers(&d.text));
            }
        }
        if keep.len() == before {
            break;
        }
    }
    let mut out = header;
    for d in decls.iter().filter(|d| d.type_name.as_ref().map_or(true, |n| keep.contains(n))) {
        out.push_str(&without_symbol_dispose(&d.text));
    }
    out
}

/// wasm-bindgen declares `[Symbol.dispose](): void` on every class; under `skipLibCheck: false`
/// with a `lib` older than ES2025/esnext (the default of most projects) that is an error in the
/// host's build. The method stays at runtime; the declaration goes (`free()` is the typed way).
fn without_symbol_dispose(text: &str) -> String {
    text.split_inclusive('\n').filter(|l| l.trim() != "[Symbol.dispose](): void;").collect()
}

/// The type names a `.d.ts` declares (for reports and tests).
pub fn declared_types(dts: &str) -> Vec<String> {
    split(dts).1.into_iter().filter_map(|d| d.type_name).collect()
}

/// wasm-bindgen copies a doc comment that reached it through a `macro_rules!` macro (the widget
/// kit's `element!`) as `r" text`: the raw string's prefix stays in the JSDoc. The glue's `.js` and
/// `.d.ts` get the text alone.
pub fn plain_docs(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|l| {
            let body = l.trim_start();
            match body.strip_prefix("* r\" ") {
                Some(rest) => format!("{}* {rest}", &l[..l.len() - body.len()]),
                None => l.to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_doc_comment_from_a_macro_loses_the_raw_string_prefix() {
        let glue = "/**\n * r\" The Rust side of `<jobspor-track>`.\n */\n    /**\n     * r\" The plan.\n     * r\" More.\n     */\nconst s = 'r\" kept';\n";
        assert_eq!(
            super::plain_docs(glue),
            "/**\n * The Rust side of `<jobspor-track>`.\n */\n    /**\n     * The plan.\n     * More.\n     */\nconst s = 'r\" kept';\n"
        );
    }

    #[test]
    fn symbol_dispose_is_not_declared() {
        let dts = "export class A {\n    free(): void;\n    [Symbol.dispose](): void;\n    x(): void;\n}\n";
        assert_eq!(super::without_symbol_dispose(dts), "export class A {\n    free(): void;\n    x(): void;\n}\n");
    }

    use super::*;

    const DTS: &str = r#"/* tslint:disable */
/* eslint-disable */
/**
 * A CV.
 */
export interface Cv {
    /** The contact: a Contact. */
    contact: Contact;
    level: Level;
}

export type Level = "a" | "b";

export interface Contact {
    name: string;
}

export type Unused = TrackResult;

export interface TrackResult {
    track: string;
}

/** An input error. */
export interface InputError { path: string }

/**
 * Checks a CV.
 */
export function checkCv(cv: any): CvResult | InputError;
export interface CvResult {
    ok: boolean;
}

export class CvCheckElement {
  free(): void;
  get cv(): any;
}

export type Module = "contact";
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}
"#;

    #[test]
    fn keeps_what_the_functions_and_the_roots_reach_and_drops_the_rest() {
        let out = filter(DTS, &["Cv"]);
        assert_eq!(declared_types(&out), ["Cv", "Level", "Contact", "InputError", "CvResult", "InitInput", "InitOutput"]);
        assert!(out.starts_with("/* tslint:disable */\n/* eslint-disable */\n/**\n * A CV.\n */\nexport interface Cv {"));
        assert!(out.contains("/**\n * Checks a CV.\n */\nexport function checkCv"));
        assert!(out.contains("export class CvCheckElement {\n  free(): void;\n  get cv(): any;\n}\n"));
        assert!(!out.contains("TrackResult") && !out.contains("Unused"));
        // Without the root, the CV's types go too (a name in a comment doesn't count).
        let out = filter(DTS, &[]);
        assert_eq!(declared_types(&out), ["InputError", "CvResult", "InitInput", "InitOutput"]);
    }
}
