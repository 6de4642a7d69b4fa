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

/// The parts of a finite, non-zero `f64`: `|x| = mantissa × 2^exponent`, the mantissa below 2^53.
fn parts(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let (exp, frac) = (((bits >> 52) & 0x7ff) as i32, bits & ((1 << 52) - 1));
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

/// `format!("{x}")` – `f64`'s Display: the shortest digits that read back as `x`, never an
/// exponent – without `f64`'s Display, which links core's float formatter (flt2dec, ~17 KB of
/// code) into a wasm module: the digits come from serde_json's float writer (zmij, in every
/// module already), moved to plain notation. NaN, the infinities and −0 too. Pinned against
/// `Display` by tests.
pub fn fmt_shortest(x: f64) -> String {
    if x.is_nan() {
        return String::from("NaN");
    }
    if x.is_infinite() {
        return String::from(if x < 0.0 { "-inf" } else { "inf" });
    }
    // "2.5", "3.0", "-0.0", "1e+20", "1.5e-7".
    let json = serde_json::Number::from_f64(x).map(|n| n.to_string()).unwrap_or_default();
    let (sign, json) = json.strip_prefix('-').map_or(("", json.as_str()), |j| ("-", j));
    let (mantissa, exp) = json.split_once(['e', 'E']).unwrap_or((json, "0"));
    let exp: i32 = exp.trim_start_matches('+').parse().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    // The digits without leading zeros, and where the point goes among them.
    let trimmed = digits.trim_start_matches('0');
    let point = int.len() as i32 + exp - (digits.len() - trimmed.len()) as i32;
    let digits = trimmed.trim_end_matches('0');
    if digits.is_empty() {
        return format!("{sign}0");
    }
    // zmij breaks a tie between two shortest candidates to the even digit, Display upwards.
    let (digits, point) = match exact_digits(x) {
        Some((exact, p)) if p == point && exact.len() == digits.len() + 1 && exact.starts_with(digits) && exact.ends_with('5') => {
            increment(digits, point)
        }
        _ => (digits.to_string(), point),
    };
    let (digits, n) = (digits.as_str(), digits.len() as i32);
    if point <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat(-point as usize))
    } else if point >= n {
        format!("{sign}{digits}{}", "0".repeat((point - n) as usize))
    } else {
        format!("{sign}{}.{}", &digits[..point as usize], &digits[point as usize..])
    }
}

/// The exact decimal digits of a finite `x` ≠ 0 (no leading or trailing zeros) and where the
/// point goes among them, when they fit in a `u128`; `None` for the others, whose exact
/// expansions have more than 18 significant digits.
fn exact_digits(x: f64) -> Option<(String, i32)> {
    let (mut m, mut e) = parts(x);
    if m == 0 {
        return None;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    let (n, s) = if e >= 0 {
        if 64 - m.leading_zeros() as i32 + e > 127 {
            return None;
        }
        ((m as u128) << e, 0)
    } else if e < -27 {
        return None;
    } else {
        (m as u128 * 5u128.pow((-e) as u32), -e)
    };
    let digits = n.to_string();
    let point = digits.len() as i32 - s;
    Some((digits.trim_end_matches('0').to_string(), point))
}

/// The digits plus one in the last place ("129" → "13", "99" → "1" with the point one further).
fn increment(digits: &str, point: i32) -> (String, i32) {
    let mut d = digits.as_bytes().to_vec();
    while let Some(last) = d.pop() {
        if last < b'9' {
            d.push(last + 1);
            return (String::from_utf8(d).unwrap_or_default(), point);
        }
    }
    (String::from("1"), point + 1)
}

/// `format!("{}", x.round())` without `f64`'s Display and without [`fmt_shortest`] (whose
/// digits cost a wasm module ~3.8 KB of code): the same text for every `x` whose rounded value is
/// below 2^53 in magnitude (−0, NaN and the infinities too); beyond, the exact whole number
/// (saturating at 2^64), where `Display` writes zeros after the 17th digit.
pub fn fmt_rounded(x: f64) -> String {
    let r = x.round();
    let sign = if r.is_sign_negative() { "-" } else { "" };
    if r.is_nan() {
        String::from("NaN")
    } else if r.is_infinite() {
        format!("{sign}inf")
    } else {
        format!("{sign}{}", if r < 0.0 { -r } else { r } as u64)
    }
}

/// `format!("{x:.1}")` from integer arithmetic only (`f64`'s Display: see [`fmt_shortest`]): the exact value
/// rounded to one decimal, a tie to the even digit, as `Display` does – so 0.25 gives "0.2" and
/// 0.35 (a little under) "0.3". The same text for every `x` below 2^64 in magnitude (NaN, the
/// infinities and −0 too); "?" beyond. Pinned against `Display` by tests.
pub fn fmt_1dp(x: f64) -> String {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_nan() {
        return String::from("NaN");
    }
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let tenths = if x == 0.0 {
        0
    } else {
        let (m, e) = parts(x);
        let t = m as u128 * 10;
        if e >= 0 {
            if e > 11 {
                return String::from("?");
            }
            t << e
        } else if -e >= 127 {
            0
        } else {
            let s = (-e) as u32;
            let (q, r, half) = (t >> s, t & ((1 << s) - 1), 1u128 << (s - 1));
            q + u128::from(r > half || (r == half && q % 2 == 1))
        }
    };
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
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

#[cfg(test)]
mod display_tests {
    use super::{fmt_1dp, fmt_rounded, fmt_shortest};
    use proptest::prelude::*;

    const EDGES: [f64; 31] = [
        0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.06, 0.25, -0.25, 0.35, 0.45, 0.95, -0.95, 0.15, 1.05,
        2.5, -2.5, 3.5, 9.95, 99.95, 123.456, 0.5, -0.5, 1e-300, -5e-324, 4503599627370495.5,
        9007199254740991.0, 9007199254740992.0, 1e17, 18446744073709549568.0, 1e23,
    ];

    /// The edge cases: the signed zeros, ties (exact, like 0.25, and apparent, like 0.35, a little
    /// under), the smallest numbers, the largest whole numbers, NaN and the infinities.
    #[test]
    fn the_formatters_write_what_display_writes() {
        for x in EDGES.into_iter().chain([f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE]) {
            if !(x.abs() >= 18446744073709551616.0) {
                assert_eq!(fmt_1dp(x), format!("{x:.1}"), "{x:e}");
            }
            if !(x.round().abs() > 9007199254740992.0) {
                assert_eq!(fmt_rounded(x), format!("{}", x.round()), "{x:e}");
            }
            assert_eq!(fmt_shortest(x), format!("{x}"), "{x:e}");
        }
        assert_eq!(fmt_1dp(0.25), "0.2");
        assert_eq!(fmt_1dp(0.35), "0.3");
        assert_eq!(fmt_1dp(-0.04), "-0.0");
        assert_eq!(fmt_rounded(-0.4), "-0");
        assert_eq!(fmt_rounded(2.5), "3");
        assert_eq!(fmt_shortest(1e23), "100000000000000000000000");
        assert_eq!(fmt_shortest(2f64.powi(60)), "1152921504606847000");
        assert_eq!(fmt_rounded(2f64.powi(60)), "1152921504606846976");
        assert_eq!(fmt_rounded(-9007199254740991.4), "-9007199254740991");
        assert_eq!(fmt_1dp(1e20), "?");
        assert_eq!(fmt_shortest(2.5), "2.5");
        assert_eq!(fmt_shortest(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(fmt_shortest(1.5e-7), "0.00000015");
        assert_eq!(fmt_shortest(-1e21), "-1000000000000000000000");
        assert_eq!(fmt_shortest(5e-324), format!("{}", 5e-324));
        // A tie between two shortest candidates: Display takes the upper one (zmij the even).
        let tie = f64::from_bits(4832855959091224125);
        assert_eq!(fmt_shortest(tie), "1249289637513103.3");
        assert_eq!(fmt_shortest(-tie), "-1249289637513103.3");
        for bits in [4832855959091224125, 4809516445116981584] {
            let x = f64::from_bits(bits);
            assert_eq!(fmt_shortest(x), format!("{x}"));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// Any `f64` (below 2^64 for the one decimal), by its bits: every exponent, mantissa and sign.
        #[test]
        fn fmt_1dp_is_display(sign in any::<bool>(), exp in 0u64..1087, frac in any::<u64>()) {
            let x = f64::from_bits(u64::from(sign) << 63 | exp << 52 | frac >> 12);
            prop_assert_eq!(fmt_1dp(x), format!("{x:.1}"));
        }

        #[test]
        fn fmt_shortest_is_display(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assert_eq!(fmt_shortest(x), format!("{x}"));
            if !(x.round().abs() > 9007199254740992.0) {
                prop_assert_eq!(fmt_rounded(x), format!("{}", x.round()));
            }
        }

        /// Numbers a chart or a message holds: a few thousand at most, with any fraction.
        #[test]
        fn small_numbers_are_display(x in -5000.0f64..5000.0, k in 0i32..6) {
            let x = (x * 10f64.powi(k)).round() / 10f64.powi(k);
            prop_assert_eq!(fmt_1dp(x), format!("{x:.1}"));
            prop_assert_eq!(fmt_rounded(x), format!("{}", x.round()));
        }

        /// Where ties between two shortest candidates are common: 16–17 digits with a fraction
        /// of a few bits, small numbers with few bits.
        #[test]
        fn ties_are_display(m in (1u64 << 49)..(1 << 53), s in 1i32..30, neg in any::<bool>()) {
            let x = m as f64 / 2f64.powi(s) * if neg { -1.0 } else { 1.0 };
            prop_assert_eq!(fmt_shortest(x), format!("{x}"));
            let y = (m >> 40) as f64 / 2f64.powi(s);
            prop_assert_eq!(fmt_shortest(y), format!("{y}"));
        }

        /// Large whole numbers, where `Display` writes the shortest digits and zeros.
        #[test]
        fn large_whole_numbers_are_display(m in 1u64..(1 << 53), e in 0i32..74) {
            let x = m as f64 * 2f64.powi(e);
            prop_assert_eq!(fmt_shortest(x), format!("{x}"));
        }
    }
}
