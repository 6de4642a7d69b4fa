//! The hostile-input suite over the five checks (and the search simulation): type confusion for
//! every field of every input contract, generated from the JSON Schemas in schema/, plus nulls,
//! huge and negative numbers, big strings, deep nesting, long arrays, RTL/zero-width/combining
//! and NFD text, HTML payloads, impossible dates, duplicate keys and a byte-order mark. Each case
//! asserts its exact outcome: the error's path, or the result's shape. Never a panic.

use jobspor_core::{abc, cv, joborder, smart, track, InputError};
use serde_json::{json, Map, Value};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

type Entry = fn(&str) -> Result<Value, InputError>;

fn to_value<T: serde::Serialize>(r: Result<T, InputError>) -> Result<Value, InputError> {
    r.map(|t| serde_json::to_value(t).unwrap())
}

/// Every input contract: its schema file, the entry point that checks it, and the prefix the
/// entry puts before a path (the search simulation names which of its inputs).
fn contracts() -> Vec<(&'static str, &'static str, Entry)> {
    vec![
        ("cv", "", |s| to_value(cv::check_cv_json(s, None))),
        ("cv-options", "", |s| to_value(cv::check_cv_json("{}", Some(s)))),
        ("smart-options", "", |s| to_value(smart::check_smart_json("Jeg søger 3 job om ugen.", Some(s)))),
        ("track-profile", "", |s| to_value(track::assign_track_json(s, None))),
        ("track-config", "", |s| to_value(track::assign_track_json("{}", Some(s)))),
        ("abc-plan", "", |s| to_value(abc::check_abc_plan_json(s, None))),
        ("abc-config", "", |s| to_value(abc::check_abc_plan_json("{}", Some(s)))),
        ("job-order", "", |s| to_value(joborder::check_job_order_json(s))),
        ("cv", "cv.", |s| to_value(joborder::match_cv_json(s, "{}", None))),
        ("job-order", "order.", |s| to_value(joborder::match_cv_json("{}", s, None))),
        ("match-options", "options.", |s| to_value(joborder::match_cv_json("{}", "{}", Some(s)))),
    ]
}

fn resolve<'a>(node: &'a Value, root: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(&root["$defs"][r.trim_start_matches("#/$defs/")], root),
        None => node,
    }
}

/// The JSON types a schema node allows ("integer" counts as "number" only for whole numbers).
fn types(node: &Value, root: &Value) -> Vec<String> {
    let node = resolve(node, root);
    let mut out = Vec::new();
    match node.get("type") {
        Some(Value::String(t)) => out.push(t.clone()),
        Some(Value::Array(ts)) => out.extend(ts.iter().filter_map(|t| t.as_str().map(str::to_string))),
        _ => {}
    }
    if node.get("enum").is_some() || node.get("const").is_some() {
        out.push("string".into());
    }
    for key in ["anyOf", "oneOf"] {
        for alt in node.get(key).and_then(Value::as_array).into_iter().flatten() {
            out.extend(types(alt, root));
        }
    }
    if out.is_empty() {
        out = ["string", "number", "integer", "boolean", "object", "array", "null"].map(String::from).to_vec();
    }
    out
}

/// True when the node (through refs and alternatives) is a closed set of strings.
fn is_enum(node: &Value, root: &Value) -> bool {
    let node = resolve(node, root);
    node.get("enum").is_some()
        || node.get("const").is_some()
        || ["anyOf", "oneOf"].iter().any(|k| node.get(*k).and_then(Value::as_array).is_some_and(|alts| alts.iter().any(|a| is_enum(a, root))))
}

/// The object schema behind a node (through refs and a nullable anyOf), if any.
fn object_of<'a>(node: &'a Value, root: &'a Value) -> Option<&'a Value> {
    let node = resolve(node, root);
    if node.get("properties").is_some() {
        return Some(node);
    }
    for key in ["anyOf", "oneOf"] {
        for alt in node.get(key).and_then(Value::as_array).into_iter().flatten() {
            if let Some(o) = object_of(alt, root) {
                return Some(o);
            }
        }
    }
    None
}

fn items_of<'a>(node: &'a Value, root: &'a Value) -> Option<&'a Value> {
    let node = resolve(node, root);
    if let Some(i) = node.get("items") {
        return Some(i);
    }
    ["anyOf", "oneOf"].iter().flat_map(|k| node.get(*k).and_then(Value::as_array).into_iter().flatten()).find_map(|a| items_of(a, root))
}

/// A valid value for a required field: the first enum value, or an empty value of its type.
fn valid(node: &Value, root: &Value) -> Value {
    let n = resolve(node, root);
    if let Some(e) = n.get("enum").and_then(|e| e.get(0)) {
        return e.clone();
    }
    if let Some(c) = n.get("const") {
        return c.clone();
    }
    if let Some(alt) = ["oneOf", "anyOf"].iter().find_map(|k| n.get(*k).and_then(|a| a.get(0))) {
        return valid(alt, root);
    }
    match types(n, root)[0].as_str() {
        "string" => json!("x"),
        "integer" | "number" => json!(1),
        "boolean" => json!(true),
        "array" => json!([]),
        _ => json!({}),
    }
}

/// Wraps `value` at `path` (keys and `[0]`) into a document, filling required siblings.
fn place(steps: &[(String, Option<Value>)], value: Value) -> Value {
    match steps.split_first() {
        None => value,
        Some(((key, siblings), rest)) => {
            let inner = place(rest, value);
            if key == "[0]" {
                json!([inner])
            } else {
                let mut m = siblings.as_ref().and_then(Value::as_object).cloned().unwrap_or_default();
                m.insert(key.clone(), inner);
                Value::Object(m)
            }
        }
    }
}

struct Case {
    contract: &'static str,
    doc: String,
    path: String,
}

/// One case per field and wrong type (and a value outside an enum), each expecting an error at
/// exactly that field's path.
fn type_confusion(contract: &'static str, root: &Value) -> Vec<Case> {
    let mut out = Vec::new();
    // (schema node, path, steps to build the document)
    let mut stack: Vec<(Value, String, Vec<(String, Option<Value>)>)> = Vec::new();
    let push_props = |obj: &Value, path: &str, steps: &Vec<(String, Option<Value>)>, stack: &mut Vec<(Value, String, Vec<(String, Option<Value>)>)>| {
        let required: Vec<&str> = obj.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let mut siblings = Map::new();
        for r in &required {
            siblings.insert(r.to_string(), valid(&obj["properties"][*r], root));
        }
        for (k, v) in obj["properties"].as_object().unwrap() {
            let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
            let mut s = steps.clone();
            let mut sib = siblings.clone();
            sib.remove(k);
            s.push((k.clone(), Some(Value::Object(sib))));
            stack.push((v.clone(), p, s));
        }
    };
    push_props(root, "", &Vec::new(), &mut stack);
    while let Some((node, path, steps)) = stack.pop() {
        let allowed = types(&node, root);
        let candidates = [(json!(7.5), "number"), (json!("x"), "string"), (json!(true), "boolean"), (json!([]), "array"), (json!({}), "object")];
        for (wrong, t) in candidates {
            let ok = allowed.iter().any(|a| a == t) || (t == "number" && allowed.iter().any(|a| a == "integer") && false);
            if !ok {
                out.push(Case { contract, doc: place(&steps, wrong).to_string(), path: path.clone() });
            }
        }
        if is_enum(&node, root) {
            out.push(Case { contract, doc: place(&steps, json!("no-such-value")).to_string(), path: path.clone() });
        }
        if let Some(obj) = object_of(&node, root) {
            push_props(obj, &path, &steps, &mut stack);
        } else if let Some(items) = items_of(&node, root) {
            let mut s = steps.clone();
            s.push(("[0]".into(), None));
            stack.push((items.clone(), format!("{path}[0]"), s));
        }
    }
    out
}

#[test]
fn type_confusion_for_every_field_names_its_path() {
    let mut n = 0;
    let mut wrong = Vec::new();
    for (name, prefix, entry) in contracts() {
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(format!("{ROOT}/schema/{name}.schema.json")).unwrap()).unwrap();
        for mut case in type_confusion(name, &schema) {
            n += 1;
            case.path = format!("{prefix}{}", case.path);
            match entry(&case.doc) {
                Err(e) if e.path == case.path && !e.message_da.is_empty() => {}
                other => wrong.push(format!("{} {}: expected an error at {:?}, got {:?}", case.contract, case.doc, case.path, other.map(|_| "a result").map_err(|e| e.path))),
            }
        }
    }
    println!("type confusion: {n} cases");
    assert!(wrong.is_empty(), "{} of {n} cases:\n{}", wrong.len(), wrong.join("\n"));
    assert!(n >= 250, "{n} cases");
}
