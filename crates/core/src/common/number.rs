//! Numbers in Danish text.

/// A number in Danish: a decimal comma, no trailing ",0" (39, 41,6, 80).
pub fn fmt_da(x: f64) -> String {
    fmt_num(x).replace('.', ",")
}

/// A number to two decimals without trailing zeros: 39, 41.6, 80.77. Integer arithmetic only:
/// `f64`'s `Display` would link the float formatter (~5 KB gzip of wasm) for this alone.
pub fn fmt_num(x: f64) -> String {
    let c = (x * 100.0).round();
    if !c.is_finite() || c.abs() >= 1e15 {
        return String::from("?");
    }
    let c = c as i64;
    let (sign, c) = if c < 0 { ("-", -c) } else { ("", c) };
    let (int, frac) = (c / 100, c % 100);
    match frac {
        0 => format!("{sign}{int}"),
        f if f % 10 == 0 => format!("{sign}{int}.{}", f / 10),
        f => format!("{sign}{int}.{f:02}"),
    }
}
