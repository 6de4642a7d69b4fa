//! The hostile-input suite over the five checks (and the search simulation): type confusion for
//! every field of every input contract, generated from the JSON Schemas in schema/, plus nulls,
//! huge and negative numbers, big strings, deep nesting, long arrays, RTL/zero-width/combining
//! and NFD text, HTML payloads, impossible dates, duplicate keys and a byte-order mark. Each case
//! asserts its exact outcome: the error's path, or the result's shape. Never a panic.

use jobspor_core::{abc, cv, joborder, openings, plan, resources, smart, track, InputError};
use serde_json::{json, Map, Value};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// A valid resource calculator input (the seed's example).
const RESOURCES: &str = r#"{"citizens": 330, "days": 3, "weeks": 44, "intensified": 0.3}"#;

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
        ("progress-card", "", |s| to_value(jobspor_core::progress::check_progress_card_json(s, None))),
        ("progress-card-config", "", |s| to_value(jobspor_core::progress::check_progress_card_json("{}", Some(s)))),
        ("placement-followup", "", |s| to_value(jobspor_core::progress::check_followup_json(s, None))),
        ("placement-followup-config", "", |s| to_value(jobspor_core::progress::check_followup_json("{}", Some(s)))),
        ("plan", "", |s| to_value(plan::check_plan_json(s, None))),
        ("plan-options", "", |s| to_value(plan::check_plan_json("{}", Some(s)))),
        ("resources", "", |s| to_value(resources::calculate_resources_json(s, None))),
        ("resources-config", "", |s| to_value(resources::calculate_resources_json(RESOURCES, Some(s)))),
        ("openings", "", |s| to_value(openings::check_openings_json(s, None))),
        ("openings-config", "", |s| to_value(openings::check_openings_json("{}", Some(s)))),
        ("openings-demand-options", "", |s| {
            let o = InputError::parse_json("the options", s)?;
            let list = openings::parse_openings(r#"{"region": "Aarhus"}"#)?;
            to_value(openings::demand::openings_to_demand(&list, &o))
        }),
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

/// The outcome in short: `err:PATH` or `ok`.
fn outcome(r: &Result<Value, InputError>) -> String {
    match r {
        Ok(_) => "ok".into(),
        Err(e) => format!("err:{}", e.path),
    }
}

fn nest(levels: usize) -> String {
    format!("{{\"x\": {}1{}}}", "[".repeat(levels), "]".repeat(levels))
}

/// The special hostile inputs, per check: (check, input, expected outcome).
fn special_cases() -> Vec<(&'static str, String, String)> {
    let mb = "æ".repeat(512 * 1024); // 1 MB of UTF-8
    let html = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    let rtl = "\u{202e}regiebdemregal\u{202c}";
    let zw = "Lager\u{200b}medarbejder\u{feff}";
    let nfd = "Pa\u{30a}dagog A\u{30a}lborg e\u{301}";
    let mut v: Vec<(&'static str, String, String)> = Vec::new();
    for (check, obj_field, text_field, list_field, num_field) in [
        ("cv", "contact", "profile", "job_wishes", None),
        ("track", "indicators", "job_goal", "cv", Some(("age", true))),
        ("abc", "cv", "justification", "rows", Some(("weeks_unemployed", false))),
        ("job-order", "company", "tasks", "requirements", Some(("positions", true))),
        ("match", "contact", "profile", "education", None),
    ] {
        let prefix = if check == "match" { "cv." } else { "" };
        let at = |field: &str| format!("err:{prefix}{field}");
        // The document itself.
        for doc in ["null", "[]", "7", "\"x\"", "true", "", "{", "{}}", "{\"a\":1,}", "\u{feff}{}", "{} {}", "[{}]"] {
            // A refused document has an empty path (the message names the input).
            let expect = if doc == "\u{feff}{}" { "ok" } else { "err:" };
            v.push((check, doc.to_string(), expect.into()));
        }
        // Nulls, unknown and origin fields are ignored.
        v.push((check, format!("{{\"{obj_field}\": null, \"{text_field}\": null}}"), "ok".into()));
        v.push((check, "{\"ethnicity\": \"x\", \"origin\": \"y\", \"nationality\": \"z\", \"cpr\": \"010101-1234\"}".into(), "ok".into()));
        // Text: 1 MB, HTML, RTL, zero-width, NFD, control characters, a lone surrogate.
        for t in [mb.as_str(), html, rtl, zw, nfd, "\u{0}\u{1}\u{7f}", "😀😀"] {
            v.push((check, json!({ text_field: t }).to_string(), "ok".into()));
        }
        v.push((check, format!("{{\"{text_field}\": \"\\ud800\"}}"), at(text_field)));
        v.push((check, format!("{{\"{text_field}\": \"\\q\"}}"), at(text_field)));
        v.push((check, format!("{{\"{text_field}\": 1e400}}"), at(text_field)));
        // Duplicate keys: refused, naming the key.
        v.push((check, format!("{{\"{text_field}\": \"a\", \"{text_field}\": \"b\"}}"), at(text_field)));
        // Deep nesting: 10,000 levels in an unknown field are skipped without recursion; in a
        // field of the contract they are a type error at that field (never a stack overflow).
        v.push((check, nest(10_000), "ok".into()));
        v.push((check, nest(100), "ok".into()));
        let deep = format!("{{\"{list_field}\": {}1{}}}", "[".repeat(10_000), "]".repeat(10_000));
        // serde maps the outer array to the fields by position: the first field is the wrong type.
        // (The job order's requirements refuse a non-object item outright.)
        let item = if check == "job-order" { format!("{list_field}[0]") } else { format!("{list_field}[0][0]") };
        v.push((check, deep, at(&item)));
        // Numbers: huge, negative, out of range, fractions where whole numbers belong.
        if let Some((n, integer)) = num_field {
            for (x, ok) in [("1e308", false), ("-1", false), ("18446744073709551616", false), ("-0", !integer), ("0.5", !integer), ("3", true)] {
                v.push((check, format!("{{\"{n}\": {x}}}"), if ok { "ok".into() } else { at(n) }));
            }
        }
    }
    // 100,000-element arrays: results, bounded output (findings are capped per rule).
    let many = |x: Value| Value::Array(vec![x; 100_000]);
    v.push(("cv", json!({"driving_licences": many(json!("B")), "certificates": many(json!("<b>x</b>"))}).to_string(), "ok".into()));
    v.push(("job-order", json!({"title": "Lagermedarbejder", "location": {"search_municipalities": many(json!("x"))}}).to_string(), "ok".into()));
    v.push(("job-order", json!({"title": "Lagermedarbejder", "alternative_titles": many(json!("Truckfører"))}).to_string(), "ok".into()));
    v.push(("match", json!({"languages": many(json!({"language": "dansk"}))}).to_string(), "ok".into()));
    v.push(("track", json!({"cv": {"certificates": many(json!("x"))}}).to_string(), "ok".into()));
    // ABC: a result per row (the circles and the reason), so 10,000 rows keep the test quick.
    v.push(("abc", json!({"rows": vec![json!({"plan": "A"}); 10_000]}).to_string(), "ok".into()));
    v.push(("cv", format!("[{}]", vec!["1"; 100_000].join(",")), "err:".into()));
    // Dates in the contracts' text fields are text: impossible ones are kept, not a crash.
    for d in ["0000-00-00", "2026-02-30", "9999-99-99", "-1", "2026-13-01"] {
        v.push(("job-order", json!({"title": "Lagermedarbejder", "start_date": d, "end_date": d}).to_string(), "ok".into()));
        v.push(("cv", json!({"education": [{"title": "HF", "end": d}], "work_experience": [{"title": "x", "start": d, "end": d}]}).to_string(), "ok".into()));
    }
    v
}

/// SMART: the text and the options, with the same hostile values. (text, options, outcome)
fn smart_cases() -> Vec<(String, String, String)> {
    let mut v: Vec<(String, String, String)> = Vec::new();
    let texts = [
        "".to_string(),
        "æ".repeat(512 * 1024),
        "Jeg søger 3 job. ".repeat(10 * 1024 * 1024 / 17 + 1),
        "<script>alert(1)</script> Jeg søger 3 job om ugen inden den 1. maj".into(),
        "\u{202e}Jeg søger 3 job om ugen\u{202c}".into(),
        "Jeg\u{200b} søger\u{200b} 3 job om ugen inden den 30. februar".into(),
        "Jeg so\u{308}ger 3 stillinger som pa\u{30a}dagog om ugen".into(),
        "\u{0}\u{1}\u{7f}\u{feff}".into(),
        "Inden 0000-00-00 søger jeg 3 job".into(),
        "Senest 2026-02-30 søger jeg 3 job".into(),
        "😀".repeat(1000),
        "9".repeat(10_000),
        "inden den 31/12 9999 og inden den 1/1 0".into(),
    ];
    for t in &texts {
        let expect = if t.len() > smart::MAX_TEXT_BYTES { "err:text" } else { "ok" };
        v.push((t.clone(), String::new(), expect.into()));
        v.push((t.clone(), r#"{"offsets": "utf16", "today": "2026-03-01"}"#.into(), expect.into()));
    }
    for (opts, expect) in [
        (r#"{"today": "0000-00-00"}"#, "err:today"),
        (r#"{"today": "2026-02-30"}"#, "err:today"),
        (r#"{"next_meeting": "2026-02-29"}"#, "err:next_meeting"),
        (r#"{"next_meeting": "2028-02-29"}"#, "ok"),
        (r#"{"today": null}"#, "ok"),
        (r#"{"kind": null}"#, "err:kind"),
        (r#"{"kind": "goal", "kind": "agreement"}"#, "err:kind"),
        (r#"{"max_evidence": 1e308}"#, "err:max_evidence"),
        (r#"{"max_evidence": -1}"#, "err:max_evidence"),
        (r#"{"origin": "x"}"#, "err:origin"),
        ("null", "err:"),
        ("[]", "err:"),
        ("\u{feff}{\"kind\": \"goal\"}", "ok"),
        (r#"{"today": "\ud800"}"#, "err:today"),
    ] {
        v.push(("Jeg søger 3 job om ugen.".into(), opts.into(), expect.into()));
    }
    v
}

#[test]
fn hostile_inputs_to_the_smart_check() {
    let mut wrong = Vec::new();
    let cases = smart_cases();
    for (text, opts, expect) in &cases {
        let r = to_value(smart::check_smart_json(text, Some(opts)));
        let got = outcome(&r);
        if let Ok(v) = &r {
            assert!(v["criteria"].is_object() && v["met"].as_u64().unwrap() <= 5);
        }
        if &got != expect {
            wrong.push(format!("{:.60} / {opts}: expected {expect}, got {got} {:?}", text, r.err().map(|e| e.message)));
        }
    }
    println!("SMART hostile cases: {}", cases.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Runs a special case; `err:x` in the table means "an error at the field the case names".
fn run_special(check: &str, input: &str) -> Result<Value, InputError> {
    match check {
        "cv" => to_value(cv::check_cv_json(input, None)),
        "track" => to_value(track::assign_track_json(input, None)),
        "abc" => to_value(abc::check_abc_plan_json(input, None)),
        "job-order" => to_value(joborder::check_job_order_json(input)),
        "match" => to_value(joborder::match_cv_json(input, "{\"title\": \"Lagermedarbejder\"}", None)),
        _ => unreachable!(),
    }
}

#[test]
fn hostile_inputs_to_every_check() {
    let mut n = 0;
    let mut wrong = Vec::new();
    for (check, input, expect) in special_cases() {
        n += 1;
        let r = run_special(check, &input);
        let got = outcome(&r);
        let ok = got == expect;
        if let Ok(v) = &r {
            // The result's shape: every check's result is an object, serialisable, bounded.
            // ABC answers every row with its circles and reason (about 60 × a bare row).
            let factor = if check == "abc" { 100 } else { 4 };
            assert!(v.is_object() && serde_json::to_string(v).unwrap().len() < factor * input.len() + 200_000, "{check}");
        }
        if !ok {
            let msg = r.as_ref().err().map(|e| e.message.clone());
            wrong.push(format!("{check} {:.120}: expected {expect}, got {got} {msg:?}", input));
        }
    }
    println!("special hostile cases: {n}");
    assert!(wrong.is_empty(), "{} of {n}:\n{}", wrong.len(), wrong.join("\n"));
}

/// The three newer checks (issues 16 and 19): the plan (`check_plan_json(plan, options)`), the
/// resource calculator (`calculate_resources_json(input, config)`) and the openings list
/// (`check_openings_json(list, config)`, its CSV and demand data): (check, main input, second
/// input, outcome).
fn newer_cases() -> Vec<(&'static str, String, String, String)> {
    let mb = "æ".repeat(512 * 1024);
    let html = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    let hostile_texts = [mb.as_str(), html, "\u{202e}regiebdemregal\u{202c}", "Lager\u{200b}medarbejder\u{feff}", "Pa\u{30a}dagog A\u{30a}lborg", "\u{0}\u{1}\u{7f}", "😀😀"];
    let mut v: Vec<(&'static str, String, String, String)> = Vec::new();
    let mut add = |check: &'static str, a: String, b: &str, expect: &str| v.push((check, a, b.to_string(), expect.to_string()));
    // Every document, refused as a whole (empty path) unless it is an object; a BOM is skipped.
    for check in ["plan", "plan-options", "resources", "resources-config", "openings", "openings-config", "joblog"] {
        for doc in ["null", "[]", "7", "\"x\"", "true", "{", "{}}", "{\"a\":1,}", "{} {}", "[{}]"] {
            let expect = match (check, doc) {
                ("joblog", "[]") => "ok",
                // The joblog is read as the options' `joblog`.
                ("joblog", "[{}]") => "err:joblog[0].date",
                // The calculator refuses an unknown field before the trailing comma.
                ("resources", "{\"a\":1,}") => "err:a",
                _ => "err:",
            };
            add(check, doc.into(), "", expect);
        }
    }
    for (check, bom) in [("plan", "ok"), ("plan-options", "ok"), ("resources", "err:"), ("resources-config", "ok"), ("openings", "ok"), ("openings-config", "ok")] {
        add(check, "\u{feff}{}".into(), "", bom);
    }
    // ---- the plan
    for t in hostile_texts {
        add("plan", json!({"agreements": [{"text": t}], "jobspor": [{"id": t, "title": t}], "job_goal": t}).to_string(), "", "ok");
        add("plan-options", json!({"joblog": [{"date": "2026-03-02", "title": t, "employer": t, "notes": t, "jobspor": t}]}).to_string(), "", "ok");
    }
    add("plan", r#"{"agreements": [{"text": "\ud800"}]}"#.into(), "", "err:agreements[0].text");
    add("plan", r#"{"agreements": [{"text": "a", "text": "b"}]}"#.into(), "", "err:agreements[0].text");
    add("plan", nest(10_000), "", "ok");
    // serde maps the outer array to the agreement's fields by position: the first is text.
    add("plan", format!("{{\"agreements\": {}1{}}}", "[".repeat(10_000), "]".repeat(10_000)), "", "err:agreements[0][0]");
    add("plan", r#"{"jobspor": null, "agreements": null}"#.into(), "", "err:jobspor");
    add("plan", r#"{"search_requirement": null, "ethnicity": "x", "origin": "y", "cpr": "010101-1234"}"#.into(), "", "ok");
    for (d, ok) in [("0000-00-00", false), ("2026-02-30", false), ("9999-99-99", false), ("2026-13-01", false), ("2028-02-29", true), ("", true)] {
        let e = |p: &str| if ok { "ok".to_string() } else { format!("err:{p}") };
        add("plan", json!({"agreements": [{"text": "Søg 2 job", "date": d}]}).to_string(), "", &e("agreements[0].date"));
        add("plan", json!({"agreements": [{"text": "Søg 2 job", "deadline": d}]}).to_string(), "", &e("agreements[0].deadline"));
        add("plan", json!({"search_requirement": {"applications": 2, "from": d}}).to_string(), "", &e("search_requirement.from"));
        add("plan-options", json!({"today": d}).to_string(), "", &e("today"));
        add("plan-options", json!({"joblog": [{"date": "2026-03-02", "follow_up": d}]}).to_string(), "", &e("joblog[0].follow_up"));
    }
    add("plan-options", json!({"joblog": [{"date": ""}]}).to_string(), "", "err:joblog[0].date");
    for (x, expect) in [("1001", "err:search_requirement"), ("4294967296", "err:search_requirement.applications"), ("-1", "err:search_requirement.applications"), ("1.5", "err:search_requirement.applications"), ("1e308", "err:search_requirement.applications"), ("3", "ok")] {
        add("plan", format!("{{\"search_requirement\": {{\"applications\": {x}}}}}"), "", expect);
    }
    add("plan", r#"{"search_requirement": {"applications": 3, "period_weeks": 521}}"#.into(), "", "err:search_requirement");
    add("plan-options", r#"{"max_entries": -1}"#.into(), "", "err:max_entries");
    add("plan-options", r#"{"one_jobspor_weeks": 1e308}"#.into(), "", "err:one_jobspor_weeks");
    add("plan-options", r#"{"demand": {"Aarhus": {"Lagermedarbejder": "no-such"}}}"#.into(), "", "err:demand.Aarhus.Lagermedarbejder");
    // Long lists: 100,000 agreements or jobspor; the joblog up to its documented bound (20,000),
    // more is an error at `joblog`.
    let many = |x: Value, n: usize| Value::Array(vec![x; n]);
    // Agreements up to the documented bound (each is read by the SMART analyser), more is an
    // error at `agreements`.
    let agreement = json!({"text": "Søg 2 job som lagermedarbejder om ugen"});
    add("plan", json!({"agreements": many(agreement.clone(), plan::MAX_AGREEMENTS)}).to_string(), "", "ok");
    add("plan", json!({"agreements": many(agreement.clone(), plan::MAX_AGREEMENTS + 1)}).to_string(), "", "err:agreements");
    add("plan", json!({"agreements": many(agreement, 100_000)}).to_string(), "", "err:agreements");
    add("plan", json!({"jobspor": many(json!({"id": "a", "title": "Lagermedarbejder"}), plan::MAX_AGREEMENTS)}).to_string(), "", "ok");
    add("plan", json!({"jobspor": many(json!({"id": "a", "title": "Lagermedarbejder"}), 100_000)}).to_string(), "", "err:jobspor");
    // The most of everything at once: every agreement against every joblog entry, every jobspor
    // in every week (a title that names no jobspor, entries 0001 … 9999).
    let full = json!({
        "jobspor": (0..plan::MAX_AGREEMENTS).map(|i| json!({"id": format!("s{i}"), "title": format!("Titel {i}")})).collect::<Vec<_>>(),
        "agreements": many(json!({"text": "Søg stillingen som lagermedarbejder hos Salling Group inden den 12. marts", "date": "2026-01-05"}), plan::MAX_AGREEMENTS),
        "search_requirement": {"applications": 3, "from": "0001-01-01"},
    });
    let log: Vec<Value> = (0..20_000).map(|i| json!({"date": if i % 2 == 0 { "0001-01-01" } else { "9999-12-31" }, "title": format!("Lagermedarbejder {i}"), "employer": "Salling Group A/S"})).collect();
    add("plan", full.to_string(), &json!({"joblog": log, "today": "9999-12-31"}).to_string(), "ok");
    add("plan-options", json!({"joblog": many(json!({"date": "2026-03-02", "title": "Lagermedarbejder"}), 20_000)}).to_string(), "", "ok");
    add("plan-options", json!({"joblog": many(json!({"date": "2026-03-02"}), 20_001)}).to_string(), "", "err:joblog");
    add("joblog", json!(many(json!({"date": "2026-03-02"}), 20_001)).to_string(), "", "err:joblog");
    add("joblog", r#"[{"date": "2026-03-02", "how": 7}]"#.into(), "", "err:[0].how");
    add("joblog", r#"[[]]"#.into(), "", "err:[0]");
    // ---- the resource calculator
    let input = |field: &str, x: &str| {
        let mut m: Map<String, Value> = serde_json::from_str(RESOURCES).unwrap();
        m.insert(field.into(), serde_json::from_str(x).unwrap());
        Value::Object(m).to_string()
    };
    for (field, x, ok) in [
        ("citizens", "1e308", false),
        ("citizens", "-1", false),
        ("citizens", "0.5", false),
        ("citizens", "0", true),
        ("citizens", "null", false),
        ("days", "0", false),
        ("days", "7", true),
        ("days", "7.5", false),
        ("weeks", "54", false),
        ("weeks", "-0", false),
        ("intensified", "1.01", false),
        ("intensified", "-0.01", false),
        ("intensified", "1", true),
        ("still_unemployed_39_weeks", "2", false),
        ("still_unemployed_39_weeks", "null", true),
        ("per_day", "0", false),
        ("per_day", "101", false),
        ("per_day", "4294967296", false),
        ("per_day", "8", true),
        ("target", "1e13", false),
        ("target", "-1", false),
        ("target", "1e12", true),
        ("ethnicity", "\"x\"", false),
    ] {
        add("resources", input(field, x), "", &if ok { "ok".to_string() } else { format!("err:{field}") });
    }
    // A missing field: the message names it, the path is the document's (resources::tests).
    add("resources", r#"{"citizens": 330}"#.into(), "", "err:");
    add("resources", r#"{"citizens": 330, "citizens": 1, "days": 3, "weeks": 44, "intensified": 0.3}"#.into(), "", "err:citizens");
    add("resources", nest(10_000), "", "err:x");
    for (cfg, expect) in [
        (json!({"whole_group": many(json!(4), 21)}), "err:whole_group"),
        (json!({"whole_group": many(json!(4), 100_000)}), "err:whole_group"),
        (json!({"intensified": [1e308]}), "err:intensified[0]"),
        (json!({"intensified": [-1]}), "err:intensified[0]"),
        (json!({"per_day_max": 51}), "err:per_day_max"),
        (json!({"per_day_max": 0}), "err:per_day_max"),
        (json!({"years_max": 101}), "err:years_max"),
        (json!({"capacity_tolerance": 2}), "err:capacity_tolerance"),
        (json!({"typical_weeks": [44, 43]}), "err:typical_weeks[1]"),
        (json!({"typical_weeks": [44]}), "err:typical_weeks"),
        (json!({"typical_weeks": {"0": 43}}), "err:typical_weeks"),
        (json!({"per_day_max": 50, "years_max": 100}), "ok"),
    ] {
        add("resources-config", cfg.to_string(), "", expect);
    }
    // ---- the openings list
    let item = |k: &str, x: Value| {
        let mut m = json!({"date": "2026-03-02", "company": "Salling", "company_type": "Detail", "result": "ordinary_opening", "job_function": "Lagermedarbejder"});
        m[k] = x;
        json!({"region": "Aarhus", "items": [m]}).to_string()
    };
    for t in hostile_texts {
        add("openings", item("company", json!(t)), "", "ok");
        add("openings", item("job_function", json!(t)), "", "ok");
        add("openings-demand", item("job_function", json!(t)), "", "ok");
    }
    for (k, x, expect) in [
        ("places", json!(4294967296u64), "err:items[0].places"),
        ("places", json!(-1), "err:items[0].places"),
        ("places", json!(0), "ok"),
        ("places", json!(u32::MAX), "ok"),
        ("places_filled", json!(u32::MAX), "ok"),
        ("result", json!("no-such"), "err:items[0].result"),
        ("result", json!(null), "ok"),
        ("date", json!("0000-00-00"), "ok"),
        ("date", json!("2026-02-30"), "ok"),
        ("date", json!("9999-12-31"), "ok"),
        ("cvr", json!("<script>"), "ok"),
    ] {
        add("openings", item(k, x), r#"{"today": "2026-03-20"}"#, expect);
    }
    // Sums of places stop at the largest number instead of overflowing.
    let huge = json!({"date": "2026-03-02", "company": "A", "company_type": "Detail", "result": "ordinary_opening", "job_function": "Lager", "places": u32::MAX});
    add("openings", json!({"region": "Aarhus", "items": [huge, huge, huge]}).to_string(), "", "ok");
    add("openings-demand", json!({"region": "Aarhus", "items": [huge, huge, huge]}).to_string(), "", "ok");
    add("openings", format!("{{\"items\": {}1{}}}", "[".repeat(10_000), "]".repeat(10_000)), "", "err:items[0][0]");
    let list = |n: usize| json!({"region": "Aarhus", "items": many(json!({"date": "2026-03-02", "company": "Salling", "result": "ordinary_opening", "job_function": "Lager"}), n)}).to_string();
    add("openings", list(100_000), r#"{"today": "2026-03-20"}"#, "ok");
    add("openings-demand", list(100_000), "", "ok");
    // 100,000 different trades and job functions: the statistics group them without a scan per item.
    let distinct: Vec<Value> = (0..100_000).map(|i| json!({"date": "2026-03-02", "company": format!("Firma {i}"), "company_type": format!("Branche {i}"), "result": if i % 2 == 0 { "ordinary_opening" } else { "no_opening" }, "job_function": format!("Funktion {i}")})).collect();
    let distinct = json!({"region": "Aarhus", "items": distinct}).to_string();
    add("openings", distinct.clone(), r#"{"today": "2026-03-20"}"#, "ok");
    add("openings-demand", distinct, "", "ok");
    add("openings-csv", list(100_000), "", "ok");
    for (cfg, expect) in [
        (r#"{"today": "2026-02-30"}"#, "err:today"),
        (r#"{"today": "\ud800"}"#, "err:today"),
        (r#"{"yellow_weeks": -1}"#, "err:yellow_weeks"),
        (r#"{"yellow_weeks": 1e308}"#, "err:yellow_weeks"),
        (r#"{"red_weeks": 521}"#, "err:red_weeks"),
        (r#"{"yellow_weeks": 3, "red_weeks": 2}"#, "err:red_weeks"),
        (r#"{"company_types": [1]}"#, "err:company_types[0]"),
        (r#"{"yellow_weeks": 0, "red_weeks": 0}"#, "ok"),
    ] {
        add("openings", list(1), cfg, expect);
    }
    add("openings-demand", r#"{"items": []}"#.into(), "", "err:region");
    add("openings-demand", list(3), r#"{"shortage_from": 0}"#, "ok");
    add("openings-demand", list(3), r#"{"shortage_from": -1}"#, "err:shortage_from");
    add("openings-demand", list(3), "[]", "err:");
    v
}

/// The CSV reader's hostile input: (text, outcome `ok`, or `err:ROW`).
fn csv_cases() -> Vec<(String, String)> {
    let header = openings::csv::openings_to_csv(&openings::OpeningsList::default());
    let header = header.trim_end().to_string();
    let mut v = vec![
        (String::new(), "err:1".to_string()),
        ("\u{feff}".into(), "err:1".into()),
        (header.clone(), "ok".into()),
        (format!("{header}\r\n"), "ok".into()),
        ("\"".repeat(100_001), "err:1".into()),
        ("a;b;c\n".repeat(10_000), "err:1".into()),
        ("\u{0}".repeat(1000), "err:1".into()),
        (format!("{header}\n\"{}", "x".repeat(1 << 20)), "err:2".into()),
        // A row of 100,001 empty fields is an empty row: skipped.
        (format!("{header}\n{}", ";".repeat(100_000)), "ok".into()),
        (format!("{header}\n99-99-9999;Salling"), "err:2".into()),
    ];
    let row = openings::csv::openings_to_csv(&openings::parse_openings(r#"{"items": [{"date": "2026-03-02", "company": "<script>alert(1)</script>", "result": "ordinary_opening", "places": 2}]}"#).unwrap());
    let body = row.lines().nth(1).unwrap().to_string();
    v.push((row.clone(), "ok".into()));
    v.push((format!("{header}\n{}", vec![body.as_str(); 100_000].join("\n")), "ok".into()));
    v.push((format!("{header}\n{body}\n{}", body.replace("02-03-2026", "30-02-2026")), "err:3".into()));
    v
}

fn run_newer(check: &str, a: &str, b: &str) -> Result<Value, InputError> {
    let b = Some(b).filter(|s| !s.is_empty());
    match check {
        "plan" => to_value(plan::check_plan_json(a, b)),
        "plan-options" => to_value(plan::check_plan_json("{}", Some(a))),
        "joblog" => to_value(plan::parse_joblog(a)),
        "resources" => to_value(resources::calculate_resources_json(a, b)),
        "resources-config" => to_value(resources::calculate_resources_json(RESOURCES, Some(a))),
        "openings" => to_value(openings::check_openings_json(a, b)),
        "openings-config" => to_value(openings::check_openings_json("{}", Some(a))),
        "openings-demand" => {
            let l = openings::parse_openings(a)?;
            let o = match b {
                Some(j) => openings::demand::parse_options(j)?,
                None => Default::default(),
            };
            to_value(openings::demand::openings_to_demand(&l, &o))
        }
        "openings-csv" => {
            let l = openings::parse_openings(a)?;
            let csv = openings::csv::openings_to_csv(&l);
            let back = openings::csv::openings_from_csv(&csv).map_err(|e| InputError::new(e.path, e.message, e.message_da))?;
            assert_eq!(back.items.len(), l.items.len(), "the CSV keeps every row");
            Ok(json!({"rows": back.items.len()}))
        }
        _ => unreachable!(),
    }
}

#[test]
fn hostile_inputs_to_the_newer_checks() {
    let cases = newer_cases();
    let mut wrong = Vec::new();
    for (check, a, b, expect) in &cases {
        let started = std::time::Instant::now();
        let r = run_newer(check, a, b);
        let took = started.elapsed();
        if took.as_millis() > 500 {
            println!("{check} ({} KB): {took:.1?}", (a.len() + b.len()) / 1024);
        }
        let got = outcome(&r);
        if let Ok(v) = &r {
            // The result's shape, and its size bounded by the input's.
            let size = serde_json::to_string(v).unwrap().len();
            assert!(size < 60 * (a.len() + b.len()) + 200_000, "{check}: {size} bytes of output");
            match *check {
                "plan" | "plan-options" => {
                    assert!(v["summary"].is_object() && v["agreements"].is_array());
                    assert!(v["findings"].as_array().unwrap().len() <= 200, "{} findings", v["findings"].as_array().unwrap().len());
                }
                "resources" | "resources-config" => assert!(v["input"].is_object()),
                "openings" | "openings-config" => {
                    assert!(v["items"].is_array() && v["statistics"].is_object());
                    // Findings are capped per rule: never one per item of a long list.
                    assert!(v["findings"].as_array().unwrap().len() <= 200, "{} findings", v["findings"].as_array().unwrap().len());
                }
                _ => {}
            }
        }
        if &got != expect {
            let msg = r.as_ref().err().map(|e| e.message.clone());
            wrong.push(format!("{check} {a:.100} / {b:.60}: expected {expect}, got {got} {msg:?}"));
        }
    }
    let mut n = cases.len();
    for (text, expect) in csv_cases() {
        n += 1;
        let got = match openings::csv::openings_from_csv(&text) {
            Ok(_) => "ok".to_string(),
            Err(e) => {
                assert!(!e.message_da.is_empty() && !e.column.is_empty());
                format!("err:{}", e.row)
            }
        };
        if got != expect {
            wrong.push(format!("csv {text:.100}: expected {expect}, got {got}"));
        }
    }
    println!("newer checks' hostile cases: {n}");
    assert!(wrong.is_empty(), "{} of {n}:\n{}", wrong.len(), wrong.join("\n"));
    assert!(n >= 150, "{n}");
}
