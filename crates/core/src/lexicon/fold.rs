//! Folding names to lookup keys. Shared by the crate and by `build.rs` (which includes this file
//! with `#[path]`), so the keys compiled into the taxonomy tables are the keys looked up.

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
    for c in name.chars().filter(|c| c.is_alphanumeric()) {
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
