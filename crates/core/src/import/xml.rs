//! XML → a `serde_json::Value` tree for the Europass importer (through quick-xml).
//!
//! An element is an object of its children (a child that repeats is a list), its attributes as
//! `@name` and its text as `#text`; an element with only text is that text. Namespace prefixes
//! are dropped (`oa:GivenName` → `GivenName`). A DTD (`<!DOCTYPE`) is refused: that is where
//! entity expansion ("billion laughs") and external entities come from, and Europass has none.
//! Only the five predefined entities and character references are read.

use crate::InputError;
use quick_xml::events::Event;
use quick_xml::Reader;
use serde_json::{Map, Value};

/// Deeper nesting than this is refused (Europass needs about 10).
const MAX_DEPTH: usize = 64;

fn err(en: impl Into<String>, da: impl Into<String>) -> InputError {
    InputError::new("", en, da)
}

fn local(name: &[u8]) -> String {
    let n = name.rsplit(|b| *b == b':').next().unwrap_or(name);
    String::from_utf8_lossy(n).into_owned()
}

fn bad(pos: u64, e: impl std::fmt::Display) -> InputError {
    err(format!("the XML is not well-formed at byte {pos}: {e}"), format!("XML'en er ikke velformet ved byte {pos}: {e}"))
}

/// Adds `child` under `name` to `parent`: a second child of the same name makes a list.
fn add(parent: &mut Map<String, Value>, name: String, child: Value) {
    match parent.get_mut(&name) {
        None => {
            parent.insert(name, child);
        }
        Some(Value::Array(a)) => a.push(child),
        Some(v) => {
            let first = v.take();
            *v = Value::Array(vec![first, child]);
        }
    }
}

fn finish(mut m: Map<String, Value>, text: String) -> Value {
    let text = text.trim().to_string();
    if m.is_empty() {
        Value::String(text)
    } else {
        if !text.is_empty() {
            m.insert("#text".into(), Value::String(text));
        }
        Value::Object(m)
    }
}

/// Parses a document into `{root_name: tree}`.
pub fn parse(xml: &str) -> Result<Value, InputError> {
    let mut r = Reader::from_str(xml);
    r.config_mut().check_end_names = true;
    // (name, children, text) of every open element.
    let mut stack: Vec<(String, Map<String, Value>, String)> = vec![(String::new(), Map::new(), String::new())];
    loop {
        let pos = r.buffer_position();
        let ev = r.read_event().map_err(|e| bad(pos, e))?;
        match ev {
            Event::DocType(_) => {
                return Err(err(
                    "the XML has a DTD (<!DOCTYPE …>): refused, because entity definitions can make a small file enormous; Europass XML has none",
                    "XML'en har en DTD (<!DOCTYPE …>): afvist, fordi entitetsdefinitioner kan gøre en lille fil enorm; Europass-XML har ingen",
                ))
            }
            Event::Start(e) | Event::Empty(e) if stack.len() > MAX_DEPTH => {
                let _ = e;
                return Err(err(format!("the XML is nested deeper than {MAX_DEPTH} levels"), format!("XML'en er indlejret mere end {MAX_DEPTH} niveauer")));
            }
            Event::Start(ref e) | Event::Empty(ref e) => {
                let mut attrs = Map::new();
                for a in e.attributes() {
                    let a = a.map_err(|e| bad(pos, e))?;
                    let k = local(a.key.as_ref());
                    if a.key.as_ref().starts_with(b"xmlns") || a.key.as_ref().starts_with(b"xsi:") {
                        continue;
                    }
                    let v = a.unescape_value().map_err(|e| bad(pos, e))?;
                    attrs.insert(format!("@{k}"), Value::String(v.into_owned()));
                }
                let name = local(e.name().as_ref());
                if matches!(ev, Event::Empty(_)) {
                    let (_, parent, _) = stack.last_mut().expect("the root frame");
                    add(parent, name, finish(attrs, String::new()));
                } else {
                    stack.push((name, attrs, String::new()));
                }
            }
            Event::End(_) => {
                let (name, m, text) = stack.pop().expect("quick-xml checks end names");
                let v = finish(m, text);
                let (_, parent, _) = stack.last_mut().ok_or_else(|| bad(pos, "unexpected end tag"))?;
                add(parent, name, v);
            }
            Event::Text(t) => {
                let s = t.decode().map_err(|e| bad(pos, e))?;
                if let Some(top) = stack.last_mut() {
                    top.2.push_str(&s);
                }
            }
            Event::GeneralRef(g) => {
                let name = g.decode().map_err(|e| bad(pos, e))?;
                let ch = match g.resolve_char_ref().map_err(|e| bad(pos, e))? {
                    Some(c) => c.to_string(),
                    None => match &*name {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => {
                            return Err(err(
                                format!("the XML uses the undefined entity &{other};: refused"),
                                format!("XML'en bruger den udefinerede entitet &{other};: afvist"),
                            ))
                        }
                    },
                };
                if let Some(top) = stack.last_mut() {
                    top.2.push_str(&ch);
                }
            }
            Event::CData(t) => {
                let s = t.decode().map_err(|e| bad(pos, e))?;
                if let Some(top) = stack.last_mut() {
                    top.2.push_str(&s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(err(
            format!("the XML ends before <{}> is closed (the file is cut off)", stack.last().map(|s| s.0.as_str()).unwrap_or("")),
            format!("XML'en slutter, før <{}> er lukket (filen er afskåret)", stack.last().map(|s| s.0.as_str()).unwrap_or("")),
        ));
    }
    let (_, root, _) = stack.pop().expect("the root frame");
    if root.is_empty() {
        return Err(err("the XML has no elements", "XML'en har ingen elementer"));
    }
    Ok(Value::Object(root))
}
