//! The CVR number (the Danish company register): the one validation the job-order check (JO212)
//! and the openings list (OP001) share.

/// True for 8 digits, spaces allowed ("12 34 56 78").
pub fn cvr_valid(cvr: &str) -> bool {
    let digits = cvr.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit())
}
