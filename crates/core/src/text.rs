//! Small, allocation-light helpers for Danish free text.
//!
//! Patterns are lower-case words: `ansvar*` matches any word starting with "ansvar",
//! `*bevis` any word ending in "bevis" (Danish compounds: "hygiejnebevis"), `*certifikat*` any word
//! containing it, `nat` matches only the word "nat", and `offentlig transport` matches the two words in a row.

/// Lower-cased words (letters and digits) of a text, e.g. "Ansvar/opgaver" → ["ansvar", "opgaver"].
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '%')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn word_matches(word: &str, pattern: &str) -> bool {
    match (pattern.strip_prefix('*'), pattern.strip_suffix('*')) {
        (Some(rest), _) => match rest.strip_suffix('*') {
            Some(infix) => word.contains(infix),
            None => word.ends_with(rest),
        },
        (None, Some(prefix)) => word.starts_with(prefix),
        (None, None) => word == pattern,
    }
}

/// True when any pattern occurs in `words`.
pub(crate) fn matches_any(words: &[String], patterns: &[&str]) -> bool {
    patterns.iter().any(|p| matches(words, p))
}

/// True when the (possibly multi-word) pattern occurs in `words`.
pub(crate) fn matches(words: &[String], pattern: &str) -> bool {
    let parts: Vec<&str> = pattern.split(' ').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() || parts.len() > words.len() {
        return false;
    }
    words
        .windows(parts.len())
        .any(|w| w.iter().zip(&parts).all(|(word, p)| word_matches(word, p)))
}

/// Number of characters that are not whitespace.
pub(crate) fn visible_len(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// True when the text has something other than whitespace.
pub(crate) fn filled(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace())
}

/// A short quotation of a user's text for a message: at most 40 characters, on a char boundary.
pub(crate) fn quote(text: &str) -> String {
    let t = text.trim();
    let mut out: String = t.chars().take(40).collect();
    if t.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_exact_and_phrase_patterns() {
        let w = words("Ansvarlig for natarbejde; kører med offentlig transport.");
        assert!(matches(&w, "ansvar*"));
        assert!(!matches(&w, "ansvar"));
        assert!(matches(&w, "offentlig transport"));
        assert!(!matches(&w, "nat"));
        assert!(matches(&w, "natarb*"));
        assert!(!matches(&w, "transport offentlig"));
        let c = words("Hygiejnebevis og Truckcertifikatet");
        assert!(matches(&c, "*bevis") && matches(&c, "*certifikat*") && !matches(&c, "*certifikat"));
    }

    #[test]
    fn quote_cuts_on_char_boundaries() {
        let s = "æøå".repeat(30);
        let q = quote(&s);
        assert_eq!(q.chars().count(), 41);
        assert!(q.ends_with('…'));
        assert_eq!(quote("  kort  "), "kort");
    }
}
