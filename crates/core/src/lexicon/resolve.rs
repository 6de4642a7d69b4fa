//! `resolve_occupation`: what the recogniser finds in a text, for the CLI (`jobspor occupation`),
//! the JS API (`resolveOccupation`) and the widgets: the title, its area and DISCO-08 group, how it
//! was recognised, and the near misses (what a guard turned down, titles one typo away), so a
//! caseworker can see and correct it.

use super::recognise::{self, HostTitle, How, Miss, MissReason};
use super::HeadKind;
use super::{area, recognise_tokens};
use crate::InputError;
use serde::Serialize;

/// The longest text `resolve_occupation` reads (characters): a job goal, not a document.
pub const MAX_TEXT_CHARS: usize = 500;

/// The occupation a text names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ResolvedOccupation {
    /// The canonical title ("Mekaniker" for "Skibsmekaniker"; for a compound with a generic head
    /// such as "Lufthavnsmedarbejder", the words as written).
    pub title: String,
    /// The taxonomy's title the recognition rests on (the head for a compound).
    pub listed_title: String,
    /// Area id and its Danish and English names.
    pub area: String,
    pub area_da: String,
    pub area_en: String,
    /// DISCO-08 unit group (4 digits).
    pub disco: String,
    /// How it was recognised: `listed`, `synonym`, `compound_head`, `typo`, `host_list`.
    pub how: How,
    /// The same in Danish words, for showing.
    pub how_da: String,
    /// A plural, definite or genitive form ("pædagogerne").
    pub inflected: bool,
    /// The words as written, and their UTF-8 byte range in the text.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Where the taxonomy's name comes from (`jobnet`, `disco`, `ads`, `seed`; `host` for the host list).
    pub source: String,
}

/// A candidate the recogniser did not take, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct NearMiss {
    pub title: String,
    pub area: String,
    pub text: String,
    pub reason: MissReason,
    pub reason_da: String,
    pub reason_en: String,
}

/// What the recogniser found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct OccupationResolution {
    /// The first occupation named, if any.
    pub occupation: Option<ResolvedOccupation>,
    /// Every occupation named, in order (the first is `occupation`).
    pub all: Vec<ResolvedOccupation>,
    pub near_misses: Vec<NearMiss>,
}

/// The occupations a text names (see [`resolve_occupation_with`]) by the built-in taxonomy.
pub fn resolve_occupation(text: &str) -> Result<OccupationResolution, InputError> {
    resolve_occupation_with(text, &[])
}

/// The occupations a text names, the host's titles first (they win), then the taxonomy.
///
/// Errors (path `text`): an empty text, more than [`MAX_TEXT_CHARS`] characters, or control
/// characters other than tab and line breaks.
pub fn resolve_occupation_with(text: &str, host: &[HostTitle]) -> Result<OccupationResolution, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::new("text", "the text is empty", "teksten er tom"));
    }
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(InputError::new(
            "text",
            format!("the text has {chars} characters; at most {MAX_TEXT_CHARS} are read (a job title or goal, not a document)"),
            format!("teksten har {chars} tegn; højst {MAX_TEXT_CHARS} læses (en stillingsbetegnelse eller et mål, ikke et dokument)"),
        ));
    }
    if let Some(c) = text.chars().find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        return Err(InputError::new(
            "text",
            format!("the text contains the control character U+{:04X}", c as u32),
            format!("teksten indeholder kontroltegnet U+{:04X}", c as u32),
        ));
    }
    let mut out = OccupationResolution { occupation: None, all: Vec::new(), near_misses: Vec::new() };
    if let Some(h) = recognise::host_match(text, host) {
        let a = area(&h.area);
        out.all.push(ResolvedOccupation {
            title: h.title.clone(),
            listed_title: h.title.clone(),
            area: h.area.clone(),
            area_da: a.map_or("", |a| a.da).into(),
            area_en: a.map_or("", |a| a.en).into(),
            disco: h.disco.clone(),
            how: How::HostList,
            how_da: How::HostList.da().into(),
            inflected: false,
            text: text.trim().to_string(),
            start: text.len() - text.trim_start().len(),
            end: text.trim_end().len(),
            source: "host".into(),
        });
    }
    let (toks, glued) = recognise_tokens(text);
    let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let mut misses: Vec<Miss> = Vec::new();
    for h in recognise::match_words(&words, &glued, &mut misses) {
        let o = recognise::occupation(h.occ);
        let (start, end) = (toks[h.first].start, toks[h.last].end);
        let written = &text[start..end];
        let title = if h.how == How::CompoundHead && o.kind != HeadKind::Title {
            capitalise(written)
        } else {
            o.title.to_string()
        };
        let a = area(h.area);
        out.all.push(ResolvedOccupation {
            title,
            listed_title: o.title.to_string(),
            area: h.area.to_string(),
            area_da: a.map_or("", |a| a.da).into(),
            area_en: a.map_or("", |a| a.en).into(),
            disco: o.disco.to_string(),
            how: h.how,
            how_da: h.how.da().into(),
            inflected: h.inflected,
            text: written.to_string(),
            start,
            end,
            source: o.source.to_string(),
        });
    }
    out.occupation = out.all.first().cloned();
    for m in misses {
        let o = recognise::occupation(m.occ);
        let (start, end) = (toks[m.first].start, toks[m.last].end);
        let nm = NearMiss {
            title: o.title.to_string(),
            area: o.area.to_string(),
            text: text[start..end].to_string(),
            reason: m.reason,
            reason_da: m.reason.da().into(),
            reason_en: m.reason.en().into(),
        };
        if !out.near_misses.contains(&nm) {
            out.near_misses.push(nm);
        }
    }
    Ok(out)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn how(text: &str) -> Option<(String, How)> {
        resolve_occupation(text).unwrap().occupation.map(|o| (o.title, o.how))
    }

    #[test]
    fn says_how_each_title_was_recognised() {
        assert_eq!(how("Lagermedarbejder"), Some(("Lagermedarbejder".into(), How::Listed)));
        assert_eq!(how("lagermand"), Some(("Lagermedarbejder".into(), How::Synonym)));
        assert_eq!(how("Skibsmekaniker"), Some(("Mekaniker".into(), How::CompoundHead)));
        assert_eq!(how("lagermedarbjder"), Some(("Lagermedarbejder".into(), How::Typo)));
        let r = resolve_occupation("Pædagogerne").unwrap().occupation.unwrap();
        assert!(r.inflected && r.how == How::Listed && r.area == "paedagogik");
        let host = [HostTitle { title: "Skibsmekaniker".into(), area: "transport".into(), disco: "7233".into(), synonyms: vec![] }];
        let r = resolve_occupation_with("skibsmekanikere", &host).unwrap().occupation.unwrap();
        assert_eq!((r.title.as_str(), r.how, r.area.as_str()), ("Skibsmekaniker", How::HostList, "transport"));
    }

    #[test]
    fn guards_report_near_misses() {
        let r = resolve_occupation("din sagsbehandler").unwrap();
        assert!(r.occupation.is_none());
        assert_eq!(r.near_misses[0].reason, MissReason::PersonReference);
        assert_eq!(r.near_misses[0].title, "Sagsbehandler");
        let r = resolve_occupation("Du tjener penge").unwrap();
        assert!(r.occupation.is_none() && r.near_misses[0].reason == MissReason::EverydayWord);
    }

    #[test]
    fn bad_input_is_a_clear_error() {
        for bad in ["", "   ", "tjener\u{0}", &"lager ".repeat(200)] {
            let e = resolve_occupation(bad).unwrap_err();
            assert_eq!(e.path, "text");
            assert!(!e.message.is_empty() && !e.message_da.is_empty());
        }
        assert!(resolve_occupation("Kok\n").is_ok());
    }
}
#[cfg(test)]
#[test]
fn dbg_print() {
    for t in std::env::var("OCC").unwrap_or_default().split('|') {
        if !t.is_empty() { println!("{t:?} => {:#?}", resolve_occupation(t)); }
    }
}
