//! Numbers in Danish text.

/// A number in Danish: a decimal comma, no trailing ",0" (39, 41,6, 80).
pub fn fmt_da(x: f64) -> String {
    fmt_num(x).replace('.', ",")
}

/// `x.clamp(lo, hi)` without `f64::clamp`'s `lo <= hi` assertion, whose message formats both
/// bounds with `f64`'s `Debug` and so links core's float formatter (its exponential form too) into
/// every wasm module that clamps to a bound known only at run time. The same result as `clamp`
/// for every `x` (NaN stays NaN) when `lo <= hi`; the caller keeps `lo <= hi`.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
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

#[cfg(test)]
mod clamp_tests {
    /// `clamp` agrees with `f64::clamp` everywhere it is used: inside, below, above, at the
    /// bounds, NaN, infinities, a degenerate range and the signed zeros.
    #[test]
    fn clamp_is_f64_clamp() {
        let xs = [-1.5, -0.0, 0.0, 0.25, 0.5, 1.0, 2.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE];
        for (lo, hi) in [(0.0, 1.0), (0.0, 0.25), (0.0, 0.0), (-1.0, 0.5), (0.5, 0.5)] {
            for x in xs {
                let (ours, std) = (super::clamp(x, lo, hi), x.clamp(lo, hi));
                assert!(ours.to_bits() == std.to_bits() || (ours.is_nan() && std.is_nan()), "clamp({x}, {lo}, {hi}) = {ours}, f64::clamp {std}");
            }
        }
        assert_eq!(super::clamp(0.75, 0.0, 0.5), 0.5);
        assert_eq!(super::clamp(-0.1, 0.0, 0.5), 0.0);
        assert!(super::clamp(f64::NAN, 0.0, 1.0).is_nan());
    }
}
