//! The one text folding of the crate: names to lookup keys, with canonical composition first (so
//! "å" typed as "a" + U+030A folds like "å"). Shared by the crate and by `build.rs` (which
//! includes this file with `#[path]`), so the keys compiled into the taxonomy tables are the keys
//! looked up. Self-contained: no `crate::` paths.

/// Combining marks (U+0300–U+036F) and the letters they compose with: a letter followed by
/// one of these marks is the precomposed letter (canonical composition, NFC, for the letters a
/// Danish text meets), so "å" typed as "a" + U+030A reads as "å".
const COMPOSITIONS: &[(char, &str)] = &[
    ('\u{300}', "aàeèiìoòuùAÀEÈIÌOÒUÙ"),
    ('\u{301}', "aáeéiíoóuúyýAÁEÉIÍOÓUÚYÝcćnńsśzź"),
    ('\u{302}', "aâeêiîoôuûAÂEÊIÎOÔUÛ"),
    ('\u{303}', "aãnñoõAÃNÑOÕ"),
    ('\u{308}', "aäeëiïoöuüyÿAÄEËIÏOÖUÜ"),
    ('\u{30A}', "aåuůAÅUŮ"),
    ('\u{327}', "cçCÇ"),
];

/// `base` + combining `mark` as one precomposed letter, when there is one.
fn compose_pair(base: char, mark: char) -> Option<char> {
    let (_, pairs) = COMPOSITIONS.iter().find(|(m, _)| *m == mark)?;
    let mut it = pairs.chars();
    while let (Some(b), Some(c)) = (it.next(), it.next()) {
        if b == base {
            return Some(c);
        }
    }
    None
}

/// The text with letter + combining mark composed (see [`COMPOSITIONS`]); borrowed when there
/// is no combining mark.
pub fn composed(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if let Some(prev) = out.chars().next_back() {
            if let Some(p) = compose_pair(prev, c) {
                out.pop();
                out.push(p);
                continue;
            }
        }
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

/// Appends `c` lower-cased and folded: æ/ä → ae, ø/ö → oe, å → aa, é/è/ê → e, ü → u.
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase() {
        match l {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' | 'è' | 'ê' => out.push('e'),
            'ü' => out.push('u'),
            _ => out.push(l),
        }
    }
}

/// The folded key of a name: its letters and digits only, see [`push_folded`].
pub fn fold_into(name: &str, out: &mut String) {
    for c in composed(name).chars().filter(|c| c.is_alphanumeric()) {
        push_folded(c, out);
    }
}

/// The folded key of a name.
#[allow(dead_code)]
pub fn fold(name: &str) -> String {
    let mut s = String::with_capacity(name.len() + 4);
    fold_into(name, &mut s);
    s
}
