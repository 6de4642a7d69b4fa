//! A tokeniser for Danish free text that keeps every token's place in the text.
//!
//! Offsets are UTF-8 byte offsets into the original text (always on a char boundary);
//! [`OffsetMap`] turns them into Unicode scalar (char) or UTF-16 offsets in one pass.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits mixed with letters): "lagermedarbejder", "co2", "cv'et".
    Word,
    /// Only ASCII digits: "15", "2026".
    Number,
    /// Any other visible character, one per token: ".", "/", "-", "(", "🙂".
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    pub kind: TokenKind,
    /// Lower-cased text (empty for punctuation).
    pub norm: String,
    /// The first character as written (for punctuation: the character).
    pub ch: char,
    /// True when whitespace (or the start of the text) comes right before the token.
    pub space_before: bool,
    /// True when a line break (or the start of the text) comes before the token.
    pub line_before: bool,
    /// True when the token starts with an upper-case letter.
    pub capital: bool,
    /// True when every letter is upper case (and there are at least two).
    pub all_caps: bool,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The punctuation character, for `Punct` tokens.
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokenKind::Punct => Some(self.ch),
            _ => None,
        }
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }
}

fn word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Combining marks stay in their word: "İ" lower-cases to "i\u{307}".
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn alphabetic(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { c.is_alphabetic() }
}

fn uppercase(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_uppercase() } else { c.is_uppercase() }
}

/// Splits a text into words, numbers and single punctuation characters. An apostrophe between
/// letters stays in the word ("vvs'er", "CV'et"); a hyphen does not ("sosu-hjælper" is three
/// tokens), so compounds written with and without a hyphen can be matched alike.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut line_before = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || c.is_control() || c == '\u{feff}' || c == '\u{200b}' {
            space_before = true;
            line_before |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            continue;
        }
        if word_char(c) {
            let mut end = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            let mut letters = usize::from(alphabetic(c));
            let mut upper = usize::from(uppercase(c));
            while let Some(&(j, d)) = chars.peek() {
                if word_char(d) {
                    all_digits &= d.is_ascii_digit();
                    letters += usize::from(alphabetic(d));
                    upper += usize::from(uppercase(d));
                    end = j + d.len_utf8();
                    chars.next();
                } else if (d == '\'' || d == '’') && !all_digits {
                    // Keep the apostrophe only when a letter follows it.
                    let mut ahead = text[j + d.len_utf8()..].chars();
                    if ahead.next().is_some_and(|n| n.is_alphabetic()) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let raw = &text[i..end];
            out.push(Token {
                start: i,
                end,
                kind: if all_digits { TokenKind::Number } else { TokenKind::Word },
                ch: c,
                norm: {
                    if raw.is_ascii() {
                        raw.to_ascii_lowercase()
                    } else {
                        let lower = raw.to_lowercase();
                        if lower.contains('’') { lower.replace('’', "'") } else { lower }
                    }
                },
                space_before,
                line_before,
                capital: uppercase(c),
                all_caps: letters >= 2 && upper == letters,
            });
        } else {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokenKind::Punct,
                norm: String::new(),
                ch: c,
                space_before,
                line_before,
                capital: false,
                all_caps: false,
            });
        }
        space_before = false;
        line_before = false;
    }
    out
}

/// Converts byte offsets of one text into Unicode scalar (char) and UTF-16 offsets.
///
/// Build it with every byte offset you need (any order, duplicates allowed); it walks the text
/// once, so converting *k* offsets of an *n*-byte text costs O(n + k log k).
pub struct OffsetMap {
    /// (byte, char, utf16), sorted by byte.
    points: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    pub fn new(text: &str, mut bytes: Vec<usize>) -> Self {
        bytes.sort_unstable();
        bytes.dedup();
        let mut points = Vec::with_capacity(bytes.len());
        let (mut chars, mut utf16, mut at) = (0usize, 0usize, 0usize);
        let mut iter = text.char_indices();
        for b in bytes {
            let b = b.min(text.len());
            while at < b {
                match iter.next() {
                    Some((i, c)) => {
                        chars += 1;
                        utf16 += c.len_utf16();
                        at = i + c.len_utf8();
                    }
                    None => break,
                }
            }
            points.push((b, chars, utf16));
        }
        OffsetMap { points }
    }

    fn find(&self, byte: usize) -> (usize, usize) {
        match self.points.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => (self.points[i].1, self.points[i].2),
            Err(_) => (0, 0),
        }
    }

    /// The char (Unicode scalar value) offset of a byte offset given to [`OffsetMap::new`].
    pub fn chars(&self, byte: usize) -> usize {
        self.find(byte).0
    }

    /// The UTF-16 code unit offset of a byte offset given to [`OffsetMap::new`].
    pub fn utf16(&self, byte: usize) -> usize {
        self.find(byte).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_kinds() {
        let text = "På mandag: ring til XXX (15/5) – CV'et, sosu-hjælper 🙂";
        let toks = tokenize(text);
        let norms: Vec<String> = toks.iter().map(|t| if t.is_word() || t.is_number() { t.norm.clone() } else { t.ch.to_string() }).collect();
        assert_eq!(
            norms,
            ["på", "mandag", ":", "ring", "til", "xxx", "(", "15", "/", "5", ")", "–", "cv'et", ",", "sosu", "-", "hjælper", "🙂"]
        );
        for (t, n) in toks.iter().zip(&norms) {
            assert_eq!(t.text(text).to_lowercase().replace('’', "'"), *n);
        }
        assert!(toks[0].capital && !toks[0].all_caps && toks[5].all_caps);
        assert_eq!(toks[7].kind, TokenKind::Number);
        assert!(!toks[8].space_before && !toks[9].space_before && toks[7].space_before == false);
    }

    #[test]
    fn offsets_in_chars_and_utf16() {
        let text = "æø 🙂 x";
        let x = text.find('x').unwrap();
        let m = OffsetMap::new(text, vec![x, 0, x, text.len()]);
        assert_eq!(m.chars(x), 5);
        assert_eq!(m.utf16(x), 6);
        assert_eq!(m.chars(text.len()), 6);
        assert_eq!(m.utf16(0), 0);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", "'", "a'", "'a", "İstanbul", "\u{300}", "1'2", "x\u{feff}y", "ﬀ"] {
            let toks = tokenize(s);
            for t in toks {
                assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            }
        }
    }
}
