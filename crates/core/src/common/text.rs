//! Small, allocation-light helpers for Danish free text.
//!
//! Patterns are lower-case words: `ansvar*` matches any word starting with "ansvar",
//! `*bevis` any word ending in "bevis" (Danish compounds: "hygiejnebevis"), `*certifikat*` any word
//! containing it, `nat` matches only the word "nat", and `offentlig transport` matches the two words in a row.

/// The lower-cased words (letters, digits, `%`) of a text: one allocation for the text, one for
/// the word boundaries. "Ansvar/opgaver" → ["ansvar", "opgaver"].
pub(crate) struct Words {
    lower: String,
    spans: Vec<(usize, usize)>,
}

impl Words {
    pub(crate) fn new(text: &str) -> Self {
        let lower = composed(text).to_lowercase();
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in lower.char_indices() {
            // Combining marks (U+0300–036F) stay in their word: "İ" lower-cases to "i\u{307}".
            let word_char = c.is_alphanumeric() || c == '%' || ('\u{300}'..='\u{36f}').contains(&c);
            match (word_char, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push((s, lower.len()));
        }
        Words { lower, spans }
    }

    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    pub(crate) fn get(&self, i: usize) -> &str {
        let (s, e) = self.spans[i];
        &self.lower[s..e]
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// True when any pattern occurs.
    pub(crate) fn matches_any(&self, patterns: &[&str]) -> bool {
        patterns.iter().any(|p| self.matches(p))
    }

    /// True when the (possibly multi-word) pattern occurs.
    pub(crate) fn matches(&self, pattern: &str) -> bool {
        if !pattern.contains(' ') {
            let p = Pattern::new(pattern);
            return (0..self.len()).any(|i| p.matches(self.get(i)));
        }
        let n = pattern.split(' ').filter(|p| !p.is_empty()).count();
        if n == 0 || n > self.len() {
            return false;
        }
        (0..=self.len() - n).any(|start| {
            pattern.split(' ').filter(|p| !p.is_empty()).enumerate().all(|(k, p)| Pattern::new(p).matches(self.get(start + k)))
        })
    }

    /// True when the first word matches any pattern.
    pub(crate) fn first_matches_any(&self, patterns: &[&str]) -> bool {
        self.len() > 0 && patterns.iter().any(|p| !p.contains(' ') && word_matches(self.get(0), p))
    }
}

fn word_matches(word: &str, pattern: &str) -> bool {
    Pattern::new(pattern).matches(word)
}

/// One word pattern, parsed once: `x` exact, `x*` prefix, `*x` suffix, `*x*` infix.
enum Pattern<'a> {
    Exact(&'a str),
    Prefix(&'a str),
    Suffix(&'a str),
    Infix(&'a str),
}

impl<'a> Pattern<'a> {
    fn new(p: &'a str) -> Self {
        match (p.strip_prefix('*'), p.strip_suffix('*')) {
            (Some(rest), _) => match rest.strip_suffix('*') {
                Some(infix) => Pattern::Infix(infix),
                None => Pattern::Suffix(rest),
            },
            (None, Some(prefix)) => Pattern::Prefix(prefix),
            (None, None) => Pattern::Exact(p),
        }
    }

    fn matches(&self, word: &str) -> bool {
        // Comparing the first byte before calling memcmp makes the common miss cheap.
        let first = |a: &str, b: &str| a.as_bytes().first() == b.as_bytes().first();
        match *self {
            Pattern::Exact(p) => word.len() == p.len() && first(word, p) && word == p,
            Pattern::Prefix(p) => first(word, p) && word.starts_with(p),
            Pattern::Suffix(p) => word.ends_with(p),
            Pattern::Infix(p) => word.contains(p),
        }
    }
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

/// A `Text` known at compile time (rule titles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct StaticText {
    pub da: &'static str,
    pub en: &'static str,
}

impl StaticText {
    /// `("dansk", "English")`, the spelling `declare_rule!` takes.
    pub const fn pair(t: (&'static str, &'static str)) -> Self {
        StaticText { da: t.0, en: t.1 }
    }
}

/// A doc comment as written in the source, without the one space each `///` line starts with.
pub fn unindent(docs: &str) -> String {
    let mut out = String::with_capacity(docs.len());
    for line in docs.lines() {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    out
}

pub use super::fold::{composed, fold_into, push_folded};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_exact_and_phrase_patterns() {
        let w = Words::new("Ansvarlig for natarbejde; kører med offentlig transport.");
        assert!(w.matches("ansvar*"));
        assert!(!w.matches("ansvar"));
        assert!(w.matches("offentlig transport"));
        assert!(!w.matches("nat"));
        assert!(w.matches("natarb*"));
        assert!(!w.matches("transport offentlig"));
        let c = Words::new("Hygiejnebevis og Truckcertifikatet");
        assert!(c.matches("*bevis") && c.matches("*certifikat*") && !c.matches("*certifikat"));
        assert!(c.first_matches_any(&["hygiejne*"]) && !c.first_matches_any(&["og"]));
        let odd = Words::new("İstanbul ÆØÅ 3% ");
        assert_eq!(odd.iter().collect::<Vec<_>>().len(), 3);
        assert!(Words::new("").iter().next().is_none());
    }

    #[test]
    fn a_combining_ring_folds_like_the_precomposed_letter() {
        let (mut a, mut b) = (String::new(), String::new());
        fold_into("Gårdmand", &mut a);
        fold_into("Ga\u{30A}rdmand", &mut b);
        assert_eq!((a.as_str(), b.as_str()), ("gaardmand", "gaardmand"));
        assert_eq!(composed("e\u{301}n A\u{30A}"), "én Å");
        assert_eq!(composed("x\u{301}"), "x\u{301}", "no precomposed letter: left as it is");
        assert!(matches!(composed("plain"), std::borrow::Cow::Borrowed(_)));
        assert!(Words::new("Ga\u{30A}rdmand").matches("gårdmand"));
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
