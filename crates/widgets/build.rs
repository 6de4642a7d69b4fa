//! Writes `$OUT_DIR/widget.css`: the parts of `src/widget.css` this build's widgets use (issue 14:
//! each WebAssembly module carries only its own widgets' CSS). The file is one stylesheet in
//! sections, each opened by a marker comment (`/* <jobspor-track> */`); lines before the first
//! marker and the shared sections go to every build, a widget's section only with its feature.

fn main() {
    let src = "src/widget.css";
    println!("cargo:rerun-if-changed={src}");
    let css = std::fs::read_to_string(src).expect("src/widget.css");
    let on = |f: &str| std::env::var_os(format!("CARGO_FEATURE_{}", f.to_uppercase())).is_some();
    let mut out = String::with_capacity(css.len());
    let mut keep = true;
    for (no, line) in css.lines().enumerate() {
        if let Some(marker) = line.trim().strip_prefix("/*").and_then(|m| m.strip_suffix("*/")).map(str::trim) {
            // A marker comment alone on its line opens a section; other comments are kept as they are.
            let feature = match marker {
                m if m.starts_with("end ") || m.starts_with("shared") => None,
                m if m.starts_with("<jobspor-track>") => Some("track"),
                m if m.starts_with("<jobspor-smart-check>") => Some("smart"),
                m if m.starts_with("<jobspor-cv-check> with a job order") => Some("match"),
                m if m.starts_with("<jobspor-job-order>") => Some("joborder"),
                m if m.starts_with("<jobspor-abc-plan>") => Some("abc"),
                m => panic!("{src}:{}: unknown section marker {m:?}: map it to a feature in build.rs", no + 1),
            };
            keep = match feature {
                None => true,
                Some(f) => on(f),
            };
            continue;
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("widget.css");
    std::fs::write(dest, out).unwrap();
}
